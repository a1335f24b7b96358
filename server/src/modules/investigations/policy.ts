import type { InvestigationStatus } from './rules.js';

/** Permissions of the investigations module and the record-level checks the UI shows as abilities. */
export const INVESTIGATION_PERMISSIONS = [
  'investigations:read', 'investigations:screen', 'investigations:plan', 'investigations:allocate', 'investigations:review',
  'investigations:finalise', 'investigations:reopen', 'investigations:caseload', 'investigations:file-quality',
  'investigations:forensics', 'investigations:forensics-manage', 'investigations:configure',
] as const;
export type InvestigationPermission = (typeof INVESTIGATION_PERMISSIONS)[number];

type Holder = { permissions: ReadonlySet<string> };

export function investigationAbilities(user: Holder, status: InvestigationStatus, planRecorded: boolean) {
  const has = (p: InvestigationPermission) => user.permissions.has(p);
  const open = status === 'allocated' || status === 'under_investigation';
  return {
    allocate: (status === 'screened' || status === 'screened_out' || open) && has('investigations:allocate'),
    plan: open && has('investigations:plan'),
    addAction: open && planRecorded && has('investigations:plan'),
    review: open && planRecorded && has('investigations:review'),
    handover: open && has('investigations:review'),
    finalise: status !== 'finalised' && has('investigations:finalise'),
    reopen: (status === 'finalised' || status === 'screened_out') && has('investigations:reopen'),
    requestForensics: open && has('investigations:forensics'),
    informVictim: status === 'screened_out' && has('investigations:screen'),
  };
}
