/** Permissions of the crimes module and the record-level checks the UI shows as abilities. */
export const CRIME_PERMISSIONS = [
  'crimes:read', 'crimes:record', 'crimes:reclassify', 'crimes:cancel', 'crimes:audit', 'crimes:export',
] as const;
export type CrimePermission = (typeof CRIME_PERMISSIONS)[number];

type Holder = { permissions: ReadonlySet<string> };

export function crimeAbilities(user: Holder, status: string, fromIncident: boolean) {
  const open = status === 'recorded';
  return {
    reclassify: open && user.permissions.has('crimes:reclassify'),
    /** Only the force crime registrar holds crimes:cancel (STANDARDS §3); a designated decision maker role could be granted it per force. */
    cancel: open && user.permissions.has('crimes:cancel'),
    addPerson: open && user.permissions.has('crimes:record'),
    /** A recorded crime not yet linked to the incident it came from. */
    linkIncident: open && !fromIncident && user.permissions.has('crimes:record'),
  };
}
