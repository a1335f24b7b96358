/**
 * The kinds of record that tasks, audit rows, polymorphic links and the person hub point at. The server maps each to
 * its table (entities.ts) and the web app to its page (web/src/platform/entity-pages.ts); both are typed over this
 * list, so a new kind without a table or a page fails to compile.
 */
export const ENTITY_TYPES = [
  'person', 'location', 'object', 'event', 'incident', 'crime', 'investigation', 'victim', 'dash_assessment', 'marac_referral',
  'idva_referral', 'safeguarding_referral', 'protection_notice', 'dvds_application',
] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];
