/** Permissions of the incidents module and the record-level checks the UI and use-cases share. */
export const INCIDENT_PERMISSIONS = [
  'incidents:read', 'incidents:create', 'incidents:write', 'incidents:grade', 'incidents:review', 'incidents:supervise',
  'incidents:dispatch', 'incidents:resolve', 'incidents:close', 'incidents:dashboard', 'incidents:units', 'incidents:admin',
] as const;
export type IncidentPermission = (typeof INCIDENT_PERMISSIONS)[number];

type Viewer = { permissions: ReadonlySet<string> };
type Record = { status: string };

const isOpen = (incident: Record) => incident.status !== 'closed';

/** What the viewer may do with this incident; the UI shows buttons from this, never re-implementing the rules. */
export function incidentAbilities(incident: Record, viewer: Viewer) {
  const has = (p: IncidentPermission) => viewer.permissions.has(p);
  return {
    edit: isOpen(incident) && has('incidents:write'),
    grade: isOpen(incident) && incident.status !== 'resolved' && has('incidents:grade'),
    lowerSupervisedGrade: has('incidents:supervise'),
    review: isOpen(incident) && has('incidents:review'),
    dispatch: isOpen(incident) && incident.status !== 'resolved' && has('incidents:dispatch'),
    resolve: isOpen(incident) && has('incidents:resolve'),
    close: incident.status === 'resolved' && has('incidents:close'),
  };
}

/** A supervisor (sergeant or equivalent) may lower DA/child/vulnerable grades and give the closure review (STANDARDS §2 C6). */
export function isSupervisor(viewer: Viewer): boolean {
  return viewer.permissions.has('incidents:supervise');
}
