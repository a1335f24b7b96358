/** Permissions of the safeguarding module and pure record-level checks (DESIGN §5). */
import type { Role } from '../../platform/auth/roles.js';

export const SAFEGUARDING_PERMISSIONS = [
  'safeguarding:read',
  'safeguarding:assess',
  'safeguarding:review',
  'safeguarding:marac',
  'safeguarding:marac-actions',
  'safeguarding:refer',
  'safeguarding:triage',
  'safeguarding:dvpn',
  'safeguarding:dvpn-authorise',
  'safeguarding:dvds',
  'safeguarding:stats',
] as const;
export type SafeguardingPermission = (typeof SAFEGUARDING_PERMISSIONS)[number];

export type Viewer = { role: Role | string; team: string | null; permissions: ReadonlySet<string> };

/** Partner users see only MARAC actions assigned to their own agency (their team names the agency). */
export function canSeeMaracAction(action: { agency: string }, viewer: Viewer): boolean {
  if (viewer.role !== 'partner') return viewer.permissions.has('safeguarding:marac') || viewer.permissions.has('safeguarding:marac-actions');
  return viewer.team !== null && viewer.team === action.agency;
}

export function canCompleteMaracAction(action: { agency: string; status: string }, viewer: Viewer): boolean {
  return action.status === 'open' && canSeeMaracAction(action, viewer);
}

/** The agency filter a list of MARAC actions must apply for this viewer: null means every agency. */
export function maracActionAgencyFilter(viewer: Viewer): string | null {
  return viewer.role === 'partner' ? (viewer.team ?? '\u0000no-agency') : null;
}
