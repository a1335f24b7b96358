import type { GENDERS } from '../platform/pole/reference/catalogue.js';
import type { Origin } from './ethnicity.js';
import type { Sex } from './names.js';
import { weighted, type Random } from './random.js';

export type Gender = (typeof GENDERS)[number];

const GENDER_TABLE = weighted<Gender>([['male', 51], ['female', 47.5], ['unknown', 1], ['other', 0.5]]);

/**
 * Ages of people on record: a fifth under 16 (the county's 20.5%, STANDARDS §16) — children appear as
 * victims, missing people and children at risk — and the rest skewed to 16–60, as police contact is.
 */
const AGE_BANDS = weighted<readonly [number, number]>([
  [[0, 9], 8], [[10, 15], 12], [[16, 24], 20], [[25, 34], 20], [[35, 44], 15], [[45, 59], 15], [[60, 79], 8], [[80, 95], 2],
]);

export function drawAge(random: Random): number {
  const [min, max] = random.choose(AGE_BANDS);
  return random.int(min, max);
}

export function drawGender(random: Random): Gender {
  return random.choose(GENDER_TABLE);
}

/** The sex a name is drawn for: recorded, or either when not known. */
export function nameSex(gender: Gender, random: Random): Sex {
  if (gender === 'male' || gender === 'female') return gender;
  return random.chance(0.5) ? 'male' : 'female';
}

/** A first forename and, for about a third of people, a middle name from the same stock. */
export function drawForenames(random: Random, origin: Origin, sex: Sex, birthYear: number, first?: string): string[] {
  const forename = first ?? origin.forenames.forename(sex, birthYear, random);
  if (!random.chance(0.3)) return [forename];
  const middle = origin.forenames.forename(sex, birthYear, random);
  return middle === forename ? [forename] : [forename, middle];
}

const BUILDS = ['slim', 'medium', 'medium', 'stocky', 'heavy', 'athletic'];
const HAIR = ['black', 'dark brown', 'brown', 'light brown', 'blonde', 'ginger', 'grey', 'bald', 'shaved'];
const EYES = ['brown', 'brown', 'blue', 'blue', 'green', 'hazel', 'grey'];
const MARKS = [
  'Tattoo of a rose on left forearm', 'Scar above right eye', 'Tattoo "MUM" on right hand', 'Pierced eyebrow', 'Missing front tooth',
  'Tattoo of a dragon on neck', 'Scar on left cheek', 'Sleeve tattoo, right arm', 'Birthmark on neck', 'Tattoo of a name on chest',
  'Gold front tooth', 'Limps (left leg)', 'Tattoo of a spider web on elbow', 'Burn scar on right hand',
];

export type Description = {
  heightCm: number | null;
  build: string | null;
  hairColour: string | null;
  eyeColour: string | null;
  distinguishingMarks: string | null;
};

/** Physical description, recorded for most people but not all (records are often incomplete). */
export function drawDescription(random: Random, sex: Sex, age: number): Description {
  const adultHeight = sex === 'male' ? random.normal(177, 7) : random.normal(163, 6.5);
  const height = age >= 17 ? adultHeight : Math.min(adultHeight, 75 + age * 6.2 + random.normal(0, 5));
  const older = age >= 55;
  return {
    heightCm: random.chance(0.7) ? Math.round(height) : null,
    build: random.chance(0.6) ? random.pick(BUILDS) : null,
    hairColour: random.chance(0.6) ? (older && random.chance(0.5) ? 'grey' : random.pick(HAIR)) : null,
    eyeColour: random.chance(0.5) ? random.pick(EYES) : null,
    distinguishingMarks: age >= 14 && random.chance(0.08) ? random.pick(MARKS) : null,
  };
}

const EMAIL_DOMAINS = ['example.com', 'example.org', 'example.net'];

/** Addresses on the reserved example domains (RFC 2606), so no real mailbox is ever named. */
export function drawEmail(random: Random, forename: string, surname: string): string {
  const local = `${forename}.${surname}`.toLowerCase().replace(/[^a-z.]/g, '');
  return `${local}${random.int(1, 99)}@${random.pick(EMAIL_DOMAINS)}`;
}
