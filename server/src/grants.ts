import type { Role } from './platform/auth/roles.js';
import type { PLATFORM_PARTS } from './platform/parts.js';
import type { IncidentPermission } from './modules/incidents/policy.js';
import type { SafeguardingPermission } from './modules/safeguarding/policy.js';
import type { CrimePermission } from './modules/crimes/policy.js';
import type { InvestigationPermission } from './modules/investigations/policy.js';
import type { VictimPermission } from './modules/victims/policy.js';

type Part = (typeof PLATFORM_PARTS)[number];
export type Permission = Part['permissions'][number] | CrimePermission | SafeguardingPermission | IncidentPermission | InvestigationPermission | VictimPermission;

const READ_POLE = ['persons:read', 'locations:read', 'objects:read', 'events:read', 'reference:read', 'geography:read'] as const satisfies readonly Permission[];
const WRITE_POLE = [...READ_POLE, 'persons:write', 'markers:write', 'locations:write', 'objects:write', 'events:write', 'links:write'] as const satisfies readonly Permission[];
const SUPERVISE = ['persons:merge', 'persons:restrict', 'tasks:supervise', 'users:read'] as const satisfies readonly Permission[];
const TASKS = ['tasks:read', 'tasks:write'] as const satisfies readonly Permission[];
// Cancelling a crime is the force crime registrar's alone (STANDARDS §3); a force may add a designated decision maker role.
const CRIMES = ['crimes:read', 'crimes:record', 'crimes:reclassify'] as const satisfies readonly Permission[];

// Safeguarding (STANDARDS §8, §9): a DVPN is authorised by a superintendent only; partners see only their agency's MARAC actions.
const SG_OFFICER = ['safeguarding:read', 'safeguarding:assess', 'safeguarding:refer', 'safeguarding:dvpn'] as const satisfies readonly Permission[];
const SG_SUPERVISOR = [...SG_OFFICER, 'safeguarding:review', 'safeguarding:marac', 'safeguarding:marac-actions', 'safeguarding:triage', 'safeguarding:stats'] as const satisfies readonly Permission[];
// Control room (STANDARDS §2): handlers log and grade; supervisors may lower DA/child/vulnerable grades and review; the IMU resolves at the desk.
const INC_READ = ['incidents:read'] as const satisfies readonly Permission[];
const INC_HANDLER = [...INC_READ, 'incidents:create', 'incidents:write', 'incidents:grade', 'incidents:dispatch'] as const satisfies readonly Permission[];
const INC_SUPERVISOR = [...INC_HANDLER, 'incidents:review', 'incidents:supervise', 'incidents:resolve', 'incidents:close', 'incidents:dashboard', 'incidents:units'] as const satisfies readonly Permission[];
// Investigations (STANDARDS §4, §6): supervisors allocate, review, hand over and reopen; outcome authority by rank is a rule, not a grant.
const INV_OFFICER = ['investigations:read', 'investigations:screen', 'investigations:plan', 'investigations:finalise', 'investigations:forensics'] as const satisfies readonly Permission[];
const INV_SUPERVISOR = [
  ...INV_OFFICER, 'investigations:allocate', 'investigations:review', 'investigations:reopen', 'investigations:caseload', 'investigations:file-quality',
  'investigations:forensics-manage',
] as const satisfies readonly Permission[];
// Victims' Code (STANDARDS §5): officers assess, contact and refer; supervisors and analysts see the compliance dashboard.
const VIC_OFFICER = ['victims:read', 'victims:write'] as const satisfies readonly Permission[];
const VIC_SUPERVISOR = [...VIC_OFFICER, 'victims:dashboard'] as const satisfies readonly Permission[];
/** Who may do what (DESIGN §5). A role missing here fails to compile. */
export const GRANTS = {
  call_handler: [...READ_POLE, 'persons:write', 'locations:write', 'objects:write', 'events:write', 'links:write', ...TASKS, 'crimes:read', 'safeguarding:refer', ...INC_HANDLER],
  constable: [...WRITE_POLE, ...TASKS, ...CRIMES, ...SG_OFFICER, ...INC_READ, 'incidents:create', 'incidents:write', 'incidents:dispatch', 'incidents:close', ...INV_OFFICER, ...VIC_OFFICER],
  sergeant: [...WRITE_POLE, ...TASKS, ...SUPERVISE, ...CRIMES, ...SG_SUPERVISOR, ...INC_SUPERVISOR, ...INV_SUPERVISOR, ...VIC_SUPERVISOR],
  inspector: [...WRITE_POLE, ...TASKS, ...SUPERVISE, ...CRIMES, ...SG_SUPERVISOR, 'safeguarding:dvds', ...INC_SUPERVISOR, ...INV_SUPERVISOR, ...VIC_SUPERVISOR],
  superintendent: [...WRITE_POLE, ...TASKS, ...SUPERVISE, ...CRIMES, ...SG_SUPERVISOR, 'safeguarding:dvds', 'safeguarding:dvpn-authorise', ...INC_SUPERVISOR, ...INV_SUPERVISOR, 'investigations:configure', ...VIC_SUPERVISOR],
  crime_registrar: [...READ_POLE, ...TASKS, 'persons:merge', 'users:read', ...CRIMES, 'crimes:cancel', 'crimes:audit', 'crimes:export', ...INC_READ, 'investigations:read'],
  analyst: [...READ_POLE, 'tasks:read', 'crimes:read', 'crimes:export', 'safeguarding:stats', ...INC_READ, 'incidents:dashboard', 'investigations:read', 'investigations:caseload', 'victims:dashboard'],
  imu_officer: [...WRITE_POLE, ...TASKS, ...CRIMES, ...SG_OFFICER, ...INC_HANDLER, 'incidents:review', 'incidents:resolve', 'incidents:close', 'incidents:dashboard', ...INV_OFFICER, ...VIC_OFFICER],
  public_protection_officer: [...WRITE_POLE, ...TASKS, 'persons:restrict', 'users:read', ...CRIMES, ...SG_SUPERVISOR, 'safeguarding:dvds', ...INC_READ, ...INV_OFFICER, ...VIC_OFFICER],
  auditor: [...READ_POLE, 'audit:read', 'tasks:read', 'users:read', 'crimes:read', 'crimes:audit', ...INC_READ, 'incidents:dashboard', 'investigations:read', 'investigations:file-quality'],
  administrator: [...WRITE_POLE, ...TASKS, ...SUPERVISE, 'audit:read', 'users:admin', 'crimes:read', 'crimes:export', ...INC_READ, 'incidents:dashboard', 'incidents:units', 'incidents:admin', 'investigations:read', 'investigations:configure', 'victims:configure'],
  // Partners see only what is shared with their agency: no nominal search, no markers, no intelligence.
  partner: ['tasks:read', 'tasks:write', 'safeguarding:marac-actions'],
} as const satisfies Record<Role, readonly Permission[]>;

const grantSets = new Map<Role, ReadonlySet<string>>(
  (Object.entries(GRANTS) as [Role, readonly string[]][]).map(([role, list]) => [role, new Set(list)]),
);

export function permissionsOf(role: Role): ReadonlySet<string> {
  return grantSets.get(role) ?? new Set();
}

export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(Object.values(GRANTS).flat());
