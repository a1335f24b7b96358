/** The left navigation: one entry per business area (DESIGN §1). Areas not built yet say so honestly. */
export type ModuleEntry = {
  key: string;
  label: string;
  path: string;
  /** Only shown to users holding this permission. */
  permission?: string;
  /** What the module will do, shown while it is not available yet. */
  planned?: string;
};

export const MODULES: ModuleEntry[] = [
  { key: 'work', label: 'My work', path: '/work' },
  { key: 'people', label: 'People', path: '/people', permission: 'persons:read' },
  { key: 'locations', label: 'Locations', path: '/locations', permission: 'locations:read' },
  { key: 'objects', label: 'Objects', path: '/objects', permission: 'objects:read' },
  {
    key: 'incidents',
    label: 'Control room',
    path: '/incidents',
    permission: 'incidents:read',
  },
  {
    key: 'crime',
    label: 'Crime',
    path: '/crime',
    permission: 'crimes:read',
  },
  {
    key: 'investigations',
    label: 'Investigations',
    path: '/investigations',
    permission: 'investigations:read',
  },
  {
    key: 'victims',
    label: 'Victim care',
    path: '/victims',
    permission: 'victims:read',
  },
  {
    key: 'safeguarding',
    label: 'Domestic abuse & safeguarding',
    path: '/safeguarding',
  },
  {
    key: 'suspects',
    label: 'Suspects & custody',
    path: '/suspects',
    planned: 'Manage wanted and outstanding suspects, arrests, custody detention clocks and bail.',
  },
  {
    key: 'missing',
    label: 'Missing persons',
    path: '/missing',
    planned: 'Record missing-person reports, grade risk and schedule the supervisory reviews of each investigation.',
  },
  {
    key: 'offenders',
    label: 'Offender management',
    path: '/offenders',
    planned: 'Manage registered sex offenders and other managed offenders, their risk assessments and home visits.',
  },
  {
    key: 'asb',
    label: 'ASB',
    path: '/asb',
    planned: 'Record anti-social behaviour, spot repeat and vulnerable victims and track case reviews.',
  },
  {
    key: 'neighbourhood',
    label: 'Neighbourhood',
    path: '/neighbourhood',
    planned: 'Show beats and districts on a map with local priorities, problem-solving plans and hotspots.',
  },
  {
    key: 'performance',
    label: 'Performance',
    path: '/performance',
    planned: 'Chart demand, response times, crime recording compliance and overdue work across teams.',
  },
  { key: 'audit', label: 'Audit', path: '/audit', permission: 'audit:read' },
  {
    key: 'admin',
    label: 'Users',
    path: '/admin/users',
    permission: 'users:admin',
  },
];
