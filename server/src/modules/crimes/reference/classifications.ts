/**
 * Home Office crime classifications (HOCR) used by Watchhouse, with the police.uk crime type each maps to
 * (STANDARDS §3: "each HOCR classification maps to exactly one"). Versioned: the HOCR lookup is re-issued
 * each April, so a crime stores the list version it was classified under.
 *
 * `rank` orders seriousness for the principal-crime rule (1 = most serious). HOCR's own lookup table is the
 * authority; these ranks are our design-default approximation of it, kept with the list so a new HOCR
 * version can re-rank without code changes.
 */
export const CLASSIFICATION_LIST_VERSION = 'HOCR-2026-04';

export const POLICE_UK_CRIME_TYPES = [
  'Anti-social behaviour', 'Bicycle theft', 'Burglary', 'Criminal damage and arson', 'Drugs', 'Other crime', 'Other theft',
  'Possession of weapons', 'Public order', 'Robbery', 'Shoplifting', 'Theft from the person', 'Vehicle crime', 'Violence and sexual offences',
] as const;
export type PoliceUkCrimeType = (typeof POLICE_UK_CRIME_TYPES)[number];

export const CRIME_GROUPS = [
  'violence_against_the_person', 'sexual_offences', 'robbery', 'theft', 'burglary', 'vehicle', 'criminal_damage_arson', 'drugs',
  'weapons', 'public_order', 'miscellaneous',
] as const;
export type CrimeGroup = (typeof CRIME_GROUPS)[number];

export type Classification = {
  code: string;
  description: string;
  group: CrimeGroup;
  policeUk: PoliceUkCrimeType;
  rank: number;
  /** No identifiable victim: count one per offender or group (STANDARDS §3). */
  victimless?: boolean;
  /** Harassment, stalking, coercive control: one crime up to the report (finished-incident rule). */
  courseOfConduct?: boolean;
  /** Recorded in addition to the principal crime (HOCR "also record" list; design default selection). */
  alsoRecord?: boolean;
  /** Rape: FCR-only cancellation with additional verifiable information; N100 when not crimed. */
  rape?: boolean;
  /** Serious sexual offence: same stricter cancellation route as rape (STANDARDS §3, design default). */
  seriousSexual?: boolean;
  /** Location withheld from the police.uk file (sexual offences against children, rape). */
  sensitiveLocation?: boolean;
  /** Racially or religiously aggravated: a hate crime whatever strand is ticked (STANDARDS §5, Victims' Code). */
  hateAggravated?: boolean;
};

const V = 'Violence and sexual offences' as const;

export const CLASSIFICATIONS: readonly Classification[] = [
  { code: '1/1', description: 'Murder', group: 'violence_against_the_person', policeUk: V, rank: 1 },
  { code: '4/1', description: 'Manslaughter', group: 'violence_against_the_person', policeUk: V, rank: 2 },
  { code: '2/1', description: 'Attempted murder', group: 'violence_against_the_person', policeUk: V, rank: 3 },
  { code: '19C', description: 'Rape of a female aged 16 and over', group: 'sexual_offences', policeUk: V, rank: 4, rape: true, seriousSexual: true, sensitiveLocation: true },
  { code: '19D', description: 'Rape of a female child under 16', group: 'sexual_offences', policeUk: V, rank: 4, rape: true, seriousSexual: true, sensitiveLocation: true },
  { code: '19E', description: 'Rape of a female child under 13', group: 'sexual_offences', policeUk: V, rank: 4, rape: true, seriousSexual: true, sensitiveLocation: true },
  { code: '19F', description: 'Rape of a male aged 16 and over', group: 'sexual_offences', policeUk: V, rank: 4, rape: true, seriousSexual: true, sensitiveLocation: true },
  { code: '19G', description: 'Rape of a male child under 16', group: 'sexual_offences', policeUk: V, rank: 4, rape: true, seriousSexual: true, sensitiveLocation: true },
  { code: '19H', description: 'Rape of a male child under 13', group: 'sexual_offences', policeUk: V, rank: 4, rape: true, seriousSexual: true, sensitiveLocation: true },
  { code: '5D', description: 'Assault with intent to cause serious harm', group: 'violence_against_the_person', policeUk: V, rank: 5 },
  { code: '29', description: 'Aggravated burglary in a dwelling', group: 'burglary', policeUk: 'Burglary', rank: 6 },
  { code: '34B', description: 'Robbery of personal property', group: 'robbery', policeUk: 'Robbery', rank: 7 },
  { code: '34A', description: 'Robbery of business property', group: 'robbery', policeUk: 'Robbery', rank: 7 },
  { code: '17B', description: 'Sexual assault on a male child under 13', group: 'sexual_offences', policeUk: V, rank: 8, seriousSexual: true, sensitiveLocation: true },
  { code: '20B', description: 'Sexual assault on a female child under 13', group: 'sexual_offences', policeUk: V, rank: 8, seriousSexual: true, sensitiveLocation: true },
  { code: '22B', description: 'Sexual activity involving a child under 16', group: 'sexual_offences', policeUk: V, rank: 9, seriousSexual: true, sensitiveLocation: true },
  { code: '17A', description: 'Sexual assault on a male aged 13 and over', group: 'sexual_offences', policeUk: V, rank: 10, seriousSexual: true },
  { code: '20A', description: 'Sexual assault on a female aged 13 and over', group: 'sexual_offences', policeUk: V, rank: 10, seriousSexual: true },
  { code: '88A', description: 'Sexual grooming', group: 'sexual_offences', policeUk: V, rank: 11, sensitiveLocation: true },
  { code: '56A', description: 'Arson endangering life', group: 'criminal_damage_arson', policeUk: 'Criminal damage and arson', rank: 12 },
  { code: '10A', description: 'Possession of firearms with intent', group: 'weapons', policeUk: 'Possession of weapons', rank: 13, alsoRecord: true },
  { code: '8N', description: 'Assault with injury', group: 'violence_against_the_person', policeUk: V, rank: 14 },
  { code: '3A', description: 'Threats to kill', group: 'violence_against_the_person', policeUk: V, rank: 15 },
  { code: '28E', description: 'Burglary – residential, dwelling', group: 'burglary', policeUk: 'Burglary', rank: 16 },
  { code: '28F', description: 'Burglary – residential, non-dwelling', group: 'burglary', policeUk: 'Burglary', rank: 20 },
  { code: '30C', description: 'Burglary – business and community', group: 'burglary', policeUk: 'Burglary', rank: 21 },
  { code: '8U', description: 'Controlling or coercive behaviour', group: 'violence_against_the_person', policeUk: V, rank: 17, courseOfConduct: true, alsoRecord: true },
  { code: '8Q', description: 'Stalking', group: 'violence_against_the_person', policeUk: V, rank: 18, courseOfConduct: true },
  { code: '8L', description: 'Harassment', group: 'violence_against_the_person', policeUk: V, rank: 22, courseOfConduct: true },
  { code: '8P', description: 'Racially or religiously aggravated harassment', group: 'violence_against_the_person', policeUk: V, rank: 19, courseOfConduct: true, hateAggravated: true },
  { code: '10D', description: 'Possession of article with blade or point', group: 'weapons', policeUk: 'Possession of weapons', rank: 23, alsoRecord: true },
  { code: '10C', description: 'Possession of other weapons', group: 'weapons', policeUk: 'Possession of weapons', rank: 24, alsoRecord: true },
  { code: '104', description: 'Assault without injury on a constable', group: 'violence_against_the_person', policeUk: V, rank: 25 },
  { code: '105A', description: 'Assault without injury', group: 'violence_against_the_person', policeUk: V, rank: 26 },
  { code: '37.2', description: 'Aggravated vehicle taking', group: 'vehicle', policeUk: 'Vehicle crime', rank: 27 },
  { code: '48', description: 'Theft or unauthorised taking of a motor vehicle', group: 'vehicle', policeUk: 'Vehicle crime', rank: 28 },
  { code: '39', description: 'Theft from the person', group: 'theft', policeUk: 'Theft from the person', rank: 29 },
  { code: '56B', description: 'Arson not endangering life', group: 'criminal_damage_arson', policeUk: 'Criminal damage and arson', rank: 30 },
  { code: '62A', description: 'Violent disorder', group: 'public_order', policeUk: 'Public order', rank: 31 },
  { code: '92A', description: 'Trafficking in controlled drugs', group: 'drugs', policeUk: 'Drugs', rank: 32, victimless: true },
  { code: '45', description: 'Theft from a vehicle', group: 'vehicle', policeUk: 'Vehicle crime', rank: 33 },
  { code: '44', description: 'Theft or unauthorised taking of a pedal cycle', group: 'theft', policeUk: 'Bicycle theft', rank: 34 },
  { code: '40', description: 'Theft in a dwelling other than from an automatic machine or meter', group: 'theft', policeUk: 'Other theft', rank: 35 },
  { code: '41', description: 'Theft by an employee', group: 'theft', policeUk: 'Other theft', rank: 36 },
  { code: '49', description: 'Other theft', group: 'theft', policeUk: 'Other theft', rank: 37 },
  { code: '49C', description: 'Making off without payment', group: 'theft', policeUk: 'Other theft', rank: 39 },
  { code: '46', description: 'Shoplifting', group: 'theft', policeUk: 'Shoplifting', rank: 38 },
  { code: '54', description: 'Handling stolen goods', group: 'miscellaneous', policeUk: 'Other crime', rank: 40, victimless: true },
  { code: '58A', description: 'Criminal damage to a dwelling', group: 'criminal_damage_arson', policeUk: 'Criminal damage and arson', rank: 41 },
  { code: '58B', description: 'Criminal damage to a building other than a dwelling', group: 'criminal_damage_arson', policeUk: 'Criminal damage and arson', rank: 42 },
  { code: '58C', description: 'Criminal damage to a vehicle', group: 'criminal_damage_arson', policeUk: 'Criminal damage and arson', rank: 43 },
  { code: '58D', description: 'Other criminal damage', group: 'criminal_damage_arson', policeUk: 'Criminal damage and arson', rank: 44 },
  { code: '126', description: 'Interfering with a motor vehicle', group: 'vehicle', policeUk: 'Vehicle crime', rank: 45 },
  { code: '9A', description: 'Public fear, alarm or distress', group: 'public_order', policeUk: 'Public order', rank: 46 },
  { code: '9B', description: 'Racially or religiously aggravated public fear, alarm or distress', group: 'public_order', policeUk: 'Public order', rank: 45, hateAggravated: true },
  { code: '92D', description: 'Possession of controlled drugs (excluding cannabis)', group: 'drugs', policeUk: 'Drugs', rank: 47, victimless: true },
  { code: '92E', description: 'Possession of controlled drugs (cannabis)', group: 'drugs', policeUk: 'Drugs', rank: 48, victimless: true },
  { code: '33', description: 'Going equipped for stealing', group: 'miscellaneous', policeUk: 'Other crime', rank: 49, victimless: true },
  { code: '802', description: 'Dangerous driving', group: 'miscellaneous', policeUk: 'Other crime', rank: 50, victimless: true },
  { code: '53C', description: 'Fraud by false representation (recorded by Action Fraud; kept for transfers)', group: 'miscellaneous', policeUk: 'Other crime', rank: 51 },
];

export const CLASSIFICATION_CODES = CLASSIFICATIONS.map((c) => c.code) as [string, ...string[]];
export const CLASSIFICATION_BY_CODE: ReadonlyMap<string, Classification> = new Map(CLASSIFICATIONS.map((c) => [c.code, c]));

/** A rape report that is not recorded as a crime is classified N100 (STANDARDS §3). */
export const N100 = { code: 'N100', description: 'Rape report not recorded as a crime (incident classification)' } as const;

/** HOCR Section C cancellation codes (STANDARDS §3). */
export const CANCELLATION_CODES = [
  { code: 'C1', label: 'Transfer: the crime happened outside the force area' },
  { code: 'C2', label: 'Additional verifiable information shows no crime' },
  { code: 'C3', label: 'Duplicate, or part of an existing crime' },
  { code: 'C4', label: 'Recorded in error' },
] as const;
export type CancellationCode = (typeof CANCELLATION_CODES)[number]['code'];
export const CANCELLATION_CODE_LIST = CANCELLATION_CODES.map((c) => c.code) as [CancellationCode, ...CancellationCode[]];

/** Hate-crime monitored strands (national standard: the five monitored strands). */
export const HATE_STRANDS = ['race', 'religion', 'sexual_orientation', 'disability', 'transgender'] as const;
export type HateStrand = (typeof HATE_STRANDS)[number];

export const CRIME_FLAGS = [
  'domestic_abuse', 'child_victim', 'vulnerable_victim', 'repeat_victim', 'mental_health', 'alcohol', 'drugs', 'online',
] as const;
export type CrimeFlag = (typeof CRIME_FLAGS)[number];

/** police.uk "Last outcome category" per outcome number (STANDARDS §4). */
export const OUTCOME_CATEGORIES: Readonly<Record<string, string>> = {
  none: 'Under investigation',
  '1': 'Awaiting court outcome', '1A': 'Awaiting court outcome',
  '2': 'Offender given a caution', '3': 'Offender given a caution',
  '4': 'Suspect charged as part of another case',
  '5': 'Unable to prosecute suspect',
  '6': 'Offender given penalty notice',
  '7': 'Offender given a drugs possession warning',
  '8': 'Local resolution',
  '9': 'Formal action is not in the public interest', '10': 'Formal action is not in the public interest',
  '11': 'Unable to prosecute suspect', '12': 'Unable to prosecute suspect', '13': 'Unable to prosecute suspect',
  '14': 'Investigation complete; no suspect identified',
  '15': 'Unable to prosecute suspect', '16': 'Unable to prosecute suspect', '17': 'Unable to prosecute suspect',
  '18': 'Investigation complete; no suspect identified', '19': 'Investigation complete; no suspect identified',
  '20': 'Action to be taken by another organisation',
  '21': 'Further investigation is not in the public interest',
  '22': 'Further action is not in the public interest',
};
