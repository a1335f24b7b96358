/**
 * The forces whose Clare's Law requests this service takes, as the public form offers them. The public form has no
 * sign-in and so no way to ask the server for its forces; the server checks the choice against its forces table and
 * refuses any other ("not a force this service covers"). HERTS is the default, as it was before the form offered a
 * choice; a force's own site can link to `/clares-law?force=BEDS` to preselect itself.
 */
export const CLARES_LAW_FORCES = [
  { id: 'HERTS', name: 'Hertfordshire Constabulary' },
  { id: 'BEDS', name: 'Bedfordshire Police' },
] as const;

export type ClaresLawForce = (typeof CLARES_LAW_FORCES)[number];

export const DEFAULT_CLARES_LAW_FORCE: ClaresLawForce['id'] = 'HERTS';

/** The force named by `?force=`, when it is one the form offers; otherwise the default. */
export function claresLawForce(requested: string | null): ClaresLawForce {
  const id = (requested ?? '').trim().toUpperCase();
  return CLARES_LAW_FORCES.find((f) => f.id === id) ?? CLARES_LAW_FORCES.find((f) => f.id === DEFAULT_CLARES_LAW_FORCE)!;
}

/**
 * Where "Leave this page" and Esc go: an ordinary, neutral page that draws no attention on a shared screen
 * (the GOV.UK "exit this page" pattern uses BBC Weather).
 */
export const QUICK_EXIT_URL = 'https://www.bbc.co.uk/weather';
