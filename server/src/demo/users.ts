import { DEMO_USERNAMES, ROLES, type Role } from '../platform/auth/roles.js';
import type { ForceId } from './geography.js';
import { caribbean, english, indian, irish, pakistani, polish, type NameStock } from './names.js';
import { Random } from './random.js';

export type DemoUser = {
  forceId: ForceId;
  username: string;
  displayName: string;
  role: Role;
  team: string | null;
  collarNumber: string | null;
  skills: string[];
};

type ForceTeams = { suffix: string; response: string; bcu: string; partner: string; officerTeams: readonly string[]; collarBase: number };

const TEAMS: Record<ForceId, ForceTeams> = {
  HERTS: {
    suffix: '',
    response: 'Watford Response',
    bcu: 'Western BCU',
    partner: "Hertfordshire County Council Children's Services",
    officerTeams: ['Watford Response', 'Stevenage Response', 'Hemel Hempstead Response', 'St Albans Neighbourhood', 'Hatfield CID', 'Public Protection Unit'],
    collarBase: 2000,
  },
  BEDS: {
    suffix: '.beds',
    response: 'Luton Response',
    bcu: 'South BCU',
    partner: 'Luton Borough Council Safeguarding',
    officerTeams: ['Luton Response', 'Bedford Response', 'Dunstable Neighbourhood', 'Luton CID', 'Public Protection Unit'],
    collarBase: 5000,
  },
};

const SKILLS = ['PIP1', 'PIP2', 'DASH', 'ABE', 'Taser', 'Advanced driver', 'Public order', 'Tutor constable', 'SOLO'];

function roleUser(forceId: ForceId, role: Role, teams: ForceTeams): DemoUser {
  const collar = (offset: number) => String(teams.collarBase + offset);
  const base = { forceId, role, username: DEMO_USERNAMES[role] + teams.suffix, collarNumber: null, skills: [] as string[] };
  switch (role) {
    case 'call_handler': return { ...base, displayName: 'Demo Call Handler', team: 'Control Room' };
    case 'constable': return { ...base, displayName: `PC ${collar(417)} Demo Constable`, team: teams.response, collarNumber: collar(417), skills: ['PIP1', 'DASH', 'Advanced driver'] };
    case 'sergeant': return { ...base, displayName: `PS ${collar(118)} Demo Sergeant`, team: teams.response, collarNumber: collar(118), skills: ['PIP1', 'DASH', 'Public order'] };
    case 'inspector': return { ...base, displayName: `Insp ${collar(31)} Demo Inspector`, team: teams.bcu, collarNumber: collar(31), skills: ['PIP2'] };
    case 'superintendent': return { ...base, displayName: 'Supt Demo Superintendent', team: `${teams.bcu} Command`, collarNumber: collar(7) };
    case 'crime_registrar': return { ...base, displayName: 'Demo Crime Registrar', team: 'Crime Registrar' };
    case 'analyst': return { ...base, displayName: 'Demo Analyst', team: 'Performance and Analysis' };
    case 'imu_officer': return { ...base, displayName: 'Demo IMU Officer', team: 'IMU' };
    case 'public_protection_officer': return { ...base, displayName: `DC ${collar(921)} Demo Public Protection Officer`, team: 'Public Protection Unit', collarNumber: collar(921), skills: ['PIP2', 'ABE', 'DASH'] };
    case 'auditor': return { ...base, displayName: 'Demo Auditor', team: 'Information Compliance' };
    case 'administrator': return { ...base, displayName: 'Demo Administrator', team: 'Force Systems' };
    case 'partner': return { ...base, displayName: `Demo Partner (${teams.partner})`, team: teams.partner };
  }
}

const OFFICER_STOCKS: readonly NameStock[] = [english, english, english, english, irish, indian, pakistani, caribbean, polish];

/** Extra constables and sergeants with invented names, so caseloads and access lists have people to choose from. */
function extraOfficers(forceId: ForceId, teams: ForceTeams, count: number): DemoUser[] {
  const random = new Random(teams.collarBase);
  return Array.from({ length: count }, (_, i) => {
    const role: Role = i % 4 === 3 ? 'sergeant' : 'constable';
    const rank = role === 'sergeant' ? 'PS' : 'PC';
    const collar = String(teams.collarBase + 1000 + i * 37);
    const stock = random.pick(OFFICER_STOCKS);
    const sex = random.chance(0.35) ? 'female' : 'male';
    const name = `${stock.forename(sex, random.int(1970, 2000), random)} ${stock.surname(stock.family(random), sex, random)}`;
    const skills = SKILLS.filter(() => random.chance(0.3));
    return {
      forceId, role, username: `${rank.toLowerCase()}${collar}${teams.suffix}`, displayName: `${rank} ${collar} ${name}`,
      team: teams.officerTeams[i % teams.officerTeams.length], collarNumber: collar, skills,
    };
  });
}

/** Demo users of a force: one per role (DESIGN §8 user names, `.beds` for BEDS) and a few extra officers. */
export function demoUsers(forceId: ForceId, extraOfficerCount = 10): DemoUser[] {
  const teams = TEAMS[forceId];
  return [...ROLES.map((role) => roleUser(forceId, role, teams)), ...extraOfficers(forceId, teams, extraOfficerCount)];
}
