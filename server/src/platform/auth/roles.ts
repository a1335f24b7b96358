/** Roles of DESIGN §5. Grants to roles live in server/src/grants.ts. */
export const ROLES = [
  'call_handler',
  'constable',
  'sergeant',
  'inspector',
  'superintendent',
  'crime_registrar',
  'analyst',
  'imu_officer',
  'public_protection_officer',
  'auditor',
  'administrator',
  'partner',
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS = {
  call_handler: 'Call handler',
  constable: 'Constable',
  sergeant: 'Sergeant',
  inspector: 'Inspector',
  superintendent: 'Superintendent',
  crime_registrar: 'Force crime registrar',
  analyst: 'Analyst',
  imu_officer: 'IMU / desk officer',
  public_protection_officer: 'Public protection officer',
  auditor: 'Auditor',
  administrator: 'Administrator',
  partner: 'Partner agency',
} satisfies Record<Role, string>;

/** Supervisor ranks (STANDARDS: supervisor = sergeant or equivalent). */
export const SUPERVISOR_ROLES: readonly Role[] = ['sergeant', 'inspector', 'superintendent'];

/** Demo user names (DESIGN §8); BEDS users carry the suffix `.beds`. */
export const DEMO_USERNAMES = {
  call_handler: 'calltaker',
  constable: 'constable',
  sergeant: 'sergeant',
  inspector: 'inspector',
  superintendent: 'superintendent',
  crime_registrar: 'registrar',
  analyst: 'analyst',
  imu_officer: 'imu',
  public_protection_officer: 'ppu',
  auditor: 'auditor',
  administrator: 'admin',
  partner: 'partner',
} satisfies Record<Role, string>;
