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

/** A task, as far as deciding where it sends the user: its kind and the record it is about. */
export type TaskTarget = { id: string; kind: string; entityType: string | null; entityId: string | null };

export type TaskAction = { path: (task: TaskTarget & { entityId: string }) => string; label: string; /** Shown only to users who hold it. */ permission: string };

/**
 * Where a kind of task is done, when that is not simply its record's page: the card shows it as the main action beside
 * the record's link. The control room's NCRS crime-recording decision opens Record a crime prefilled from the incident,
 * and recording completes the task.
 */
export const TASK_ACTIONS: Readonly<Record<string, TaskAction>> = {
  'crime-recording-decision': {
    path: (task) => `/crime/new?incidentId=${encodeURIComponent(task.entityId)}&taskId=${encodeURIComponent(task.id)}`,
    label: 'Record the crime',
    permission: 'crimes:record',
  },
};

/** The page where the work of this task is done (for a user who may do it), or null when its record's page is the place. */
export function taskAction(task: TaskTarget, can: (permission: string) => boolean): { to: string; label: string } | null {
  const action = Object.hasOwn(TASK_ACTIONS, task.kind) ? TASK_ACTIONS[task.kind] : undefined;
  if (!action || !task.entityId || !can(action.permission)) return null;
  return { to: action.path({ ...task, entityId: task.entityId }), label: action.label };
}
