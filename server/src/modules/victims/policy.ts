/** Permissions of the victims module and the record-level checks the UI shows as abilities (DESIGN §5). */
export const VICTIM_PERMISSIONS = ['victims:read', 'victims:write', 'victims:dashboard', 'victims:configure'] as const;
export type VictimPermission = (typeof VICTIM_PERMISSIONS)[number];

type Holder = { id: string; permissions: ReadonlySet<string> };

/** What the viewer may do with a victim record; the crime must still be live for new entitlements. */
export function victimAbilities(user: Holder, victim: { oicUserId: string }, crimeLive: boolean) {
  const write = user.permissions.has('victims:write');
  return {
    reassess: write,
    recordContact: write,
    recordEvent: write && crimeLive,
    changeContract: write,
    recordVps: write,
    refer: write,
    requestReview: write,
    recordSurvey: write,
    isOic: victim.oicUserId === user.id,
  };
}
