import type { EntityType } from '../../../server/src/contract';

export type EntityPage = { path: (id: string) => string; label: string };

/**
 * Where each kind of record opens: every task, audit row and person-hub row that names a record links to it. Typed
 * over the server's entity types, so a new linkable record without a page fails to compile. Records without a page
 * of their own open the list that holds them.
 */
export const ENTITY_PAGES = {
  person: { path: (id) => `/people/${id}`, label: 'Open person' },
  location: { path: (id) => `/locations/${id}`, label: 'Open location' },
  object: { path: (id) => `/objects/${id}`, label: 'Open object' },
  event: null,
  incident: { path: (id) => `/incidents/${id}`, label: 'Open incident' },
  crime: { path: (id) => `/crime/${id}`, label: 'Open crime' },
  investigation: { path: (id) => `/investigations/${id}`, label: 'Open investigation' },
  victim: { path: (id) => `/victims/${id}`, label: 'Open victim record' },
  dash_assessment: { path: (id) => `/safeguarding/dash/${id}`, label: 'Open DASH' },
  marac_referral: { path: () => '/safeguarding/marac', label: 'Open MARAC referrals' },
  idva_referral: { path: () => '/safeguarding', label: 'Open safeguarding' },
  safeguarding_referral: { path: () => '/safeguarding/referrals', label: 'Open the referrals hub' },
  protection_notice: { path: () => '/safeguarding/notices', label: 'Open notices and orders' },
  dvds_application: { path: () => '/safeguarding/dvds', label: 'Open Clare’s Law applications' },
} satisfies Record<EntityType, EntityPage | null>;

/** The page of a record named by type and id, or null when it has none. */
export function entityPage(type: string | null, id: string | null): { to: string; label: string } | null {
  if (!type || !id || !(type in ENTITY_PAGES)) return null;
  const page = ENTITY_PAGES[type as EntityType];
  return page ? { to: page.path(id), label: page.label } : null;
}
