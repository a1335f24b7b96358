import type { IncidentView } from '../incidents/types';
import type { LocationView } from '../locations/types';

/** A person chosen for a role on the crime, as the officer sees them (the name, or "Restricted record" when hidden). */
export type CrimePerson = { id: string; reference: string; name: string };
export type PickedPerson = { person: CrimePerson; officerJudgesVulnerable: boolean };

/** What the Record-a-crime form starts from. */
export type CrimeDraft = {
  committedFrom: string;
  reportedAt: string;
  source: string;
  location: LocationView | null;
  victims: PickedPerson[];
  suspects: PickedPerson[];
  witnesses: PickedPerson[];
  /** People on the incident in a role the crime has no place for (caller, subject, involved…): the officer decides. */
  others: { person: CrimePerson; role: string }[];
  summary: string;
};

/** "YYYY-MM-DDTHH:mm" in the browser's time for datetime-local inputs. */
export function localInput(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** A direct report (walk-in, phone, online): nothing known yet but the time it is being recorded. */
export function blankDraft(now: Date, summary = ''): CrimeDraft {
  return {
    committedFrom: localInput(new Date(now.getTime() - 3_600_000)), reportedAt: localInput(now), source: 'walk_in', location: null,
    victims: [], suspects: [], witnesses: [], others: [], summary,
  };
}

const ROLE_OF: Record<string, 'victims' | 'suspects' | 'witnesses'> = { victim: 'victims', suspect: 'suspects', witness: 'witnesses' };

/**
 * The crime as the incident knows it: reported and committed when the call came in (never the moment of recording,
 * which would hide the NCRS clock), where it happened, who was there in which role, and what was said.
 */
export function draftFromIncident(incident: IncidentView, location: LocationView | null, summary?: string | null): CrimeDraft {
  const at = localInput(new Date(incident.createdAt));
  const draft: CrimeDraft = { ...blankDraft(new Date(incident.createdAt)), committedFrom: at, reportedAt: at, source: 'incident', location };
  for (const p of incident.persons) {
    const person = { id: p.personId, reference: p.reference, name: p.name };
    const role = ROLE_OF[p.role];
    if (!role) {
      if (!draft.others.some((o) => o.person.id === person.id)) draft.others.push({ person, role: p.role });
      continue;
    }
    const taken = [...draft.victims, ...draft.suspects, ...draft.witnesses].some((x) => x.person.id === person.id);
    if (!taken) draft[role].push({ person, officerJudgesVulnerable: false });
  }
  draft.others = draft.others.filter((o) => ![...draft.victims, ...draft.suspects, ...draft.witnesses].some((x) => x.person.id === o.person.id));
  const narrative = incident.log.filter((l) => l.kind === 'narrative').map((l) => l.text);
  draft.summary = summary?.trim() || [incident.summary, ...narrative].join('\n\n');
  return draft;
}
