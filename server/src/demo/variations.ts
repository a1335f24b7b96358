import type { Sex } from './names.js';
import type { Random } from './random.js';

/** How a planted duplicate differs from its original record. */
export const DUPLICATE_VARIATIONS = [
  'surname_typo',
  'swapped_names',
  'nickname',
  'transliteration',
  'missing_dob',
  'dob_day_month_swapped',
  'initial_only',
] as const;
export type DuplicateVariation = (typeof DUPLICATE_VARIATIONS)[number];

/** Formal forename → the short forms people give instead. */
const NICKNAMES: Record<string, { sex: Sex; short: readonly string[] }> = {
  William: { sex: 'male', short: ['Bill', 'Will', 'Billy'] },
  John: { sex: 'male', short: ['Jon', 'Johnny', 'Jack'] },
  Robert: { sex: 'male', short: ['Bob', 'Rob', 'Robbie'] },
  Richard: { sex: 'male', short: ['Rick', 'Rich', 'Richie'] },
  James: { sex: 'male', short: ['Jim', 'Jimmy', 'Jamie'] },
  Michael: { sex: 'male', short: ['Mike', 'Mick', 'Micky'] },
  Christopher: { sex: 'male', short: ['Chris'] },
  Anthony: { sex: 'male', short: ['Tony'] },
  Thomas: { sex: 'male', short: ['Tom', 'Tommy'] },
  Joseph: { sex: 'male', short: ['Joe'] },
  Daniel: { sex: 'male', short: ['Dan', 'Danny'] },
  David: { sex: 'male', short: ['Dave'] },
  Matthew: { sex: 'male', short: ['Matt'] },
  Andrew: { sex: 'male', short: ['Andy'] },
  Alexander: { sex: 'male', short: ['Alex'] },
  Edward: { sex: 'male', short: ['Ed', 'Eddie', 'Ted'] },
  Benjamin: { sex: 'male', short: ['Ben'] },
  Samuel: { sex: 'male', short: ['Sam'] },
  Nicholas: { sex: 'male', short: ['Nick'] },
  Stephen: { sex: 'male', short: ['Steve'] },
  Steven: { sex: 'male', short: ['Steve'] },
  Peter: { sex: 'male', short: ['Pete'] },
  Patrick: { sex: 'male', short: ['Pat', 'Paddy'] },
  Charles: { sex: 'male', short: ['Charlie'] },
  Kenneth: { sex: 'male', short: ['Ken', 'Kenny'] },
  Ronald: { sex: 'male', short: ['Ron', 'Ronnie'] },
  Frederick: { sex: 'male', short: ['Fred', 'Freddie'] },
  Terence: { sex: 'male', short: ['Terry'] },
  Raymond: { sex: 'male', short: ['Ray'] },
  Philip: { sex: 'male', short: ['Phil'] },
  Timothy: { sex: 'male', short: ['Tim'] },
  Gregory: { sex: 'male', short: ['Greg'] },
  Jonathan: { sex: 'male', short: ['Jon'] },
  Leonard: { sex: 'male', short: ['Len'] },
  Gerald: { sex: 'male', short: ['Gerry'] },
  Lawrence: { sex: 'male', short: ['Larry'] },
  Zachary: { sex: 'male', short: ['Zak'] },
  Nathaniel: { sex: 'male', short: ['Nat', 'Nate'] },
  Donald: { sex: 'male', short: ['Don'] },
  Harold: { sex: 'male', short: ['Harry'] },
  Oliver: { sex: 'male', short: ['Ollie'] },
  Mohammed: { sex: 'male', short: ['Mo'] },
  Muhammad: { sex: 'male', short: ['Mo'] },
  Aleksander: { sex: 'male', short: ['Olek'] },
  Wojciech: { sex: 'male', short: ['Wojtek'] },
  Tomasz: { sex: 'male', short: ['Tomek'] },
  Jakub: { sex: 'male', short: ['Kuba'] },
  Rajesh: { sex: 'male', short: ['Raj'] },
  Siddharth: { sex: 'male', short: ['Sid'] },
  Elizabeth: { sex: 'female', short: ['Liz', 'Beth', 'Lizzie'] },
  Margaret: { sex: 'female', short: ['Maggie', 'Peggy'] },
  Catherine: { sex: 'female', short: ['Kate', 'Cathy'] },
  Rebecca: { sex: 'female', short: ['Becky'] },
  Jennifer: { sex: 'female', short: ['Jenny', 'Jen'] },
  Deborah: { sex: 'female', short: ['Debbie'] },
  Susan: { sex: 'female', short: ['Sue'] },
  Victoria: { sex: 'female', short: ['Vicky'] },
  Jessica: { sex: 'female', short: ['Jess'] },
  Samantha: { sex: 'female', short: ['Sam'] },
  Alexandra: { sex: 'female', short: ['Alex'] },
  Abigail: { sex: 'female', short: ['Abi', 'Abbie'] },
  Charlotte: { sex: 'female', short: ['Lottie', 'Charlie'] },
  Christine: { sex: 'female', short: ['Chris'] },
  Josephine: { sex: 'female', short: ['Jo', 'Josie'] },
  Patricia: { sex: 'female', short: ['Pat', 'Trish'] },
  Olivia: { sex: 'female', short: ['Liv'] },
  Eleanor: { sex: 'female', short: ['Ellie', 'Nell'] },
  Katarzyna: { sex: 'female', short: ['Kasia'] },
  Malgorzata: { sex: 'female', short: ['Gosia'] },
};

const FORMAL_BY_SEX: Record<Sex, readonly string[]> = {
  male: Object.keys(NICKNAMES).filter((n) => NICKNAMES[n].sex === 'male'),
  female: Object.keys(NICKNAMES).filter((n) => NICKNAMES[n].sex === 'female'),
};

/** Spellings of the same name in different romanisations. */
const TRANSLITERATION_GROUPS: readonly (readonly string[])[] = [
  ['Mohammed', 'Muhammad', 'Mohamed', 'Mohammad'],
  ['Ahmed', 'Ahmad'],
  ['Yusuf', 'Yousef', 'Youssef'],
  ['Hussain', 'Hussein', 'Husain', 'Hossain'],
  ['Aisha', 'Ayesha'],
  ['Fatima', 'Fatimah'],
  ['Mustafa', 'Mustapha'],
  ['Ibrahim', 'Ebrahim'],
  ['Abdirahman', 'Abdulrahman'],
  ['Osman', 'Usman'],
  ['Hassan', 'Hasan'],
  ['Omar', 'Umar'],
  ['Khalid', 'Khaled'],
  ['Zainab', 'Zaynab'],
  ['Maryam', 'Mariam'],
  ['Chaudhry', 'Choudhury', 'Chowdhury', 'Chaudhary'],
  ['Rahman', 'Rehman'],
  ['Mahmood', 'Mahmud', 'Mehmood'],
  ['Hoque', 'Haque', 'Huq'],
  ['Sheikh', 'Shaikh'],
  ['Miah', 'Mia'],
  ['Zhang', 'Cheung'],
  ['Chen', 'Chan'],
  ['Wang', 'Wong'],
  ['Li', 'Lee'],
  ['Georgiou', 'Yiorgiou'],
  ['Panayi', 'Panagi'],
  ['Huseyin', 'Huseyn'],
];

const TRANSLITERATIONS = new Map<string, readonly string[]>();
for (const group of TRANSLITERATION_GROUPS) {
  for (const name of group) TRANSLITERATIONS.set(name, group.filter((other) => other !== name));
}

/** Forenames a transliteration duplicate can be built on, by sex. */
export const TRANSLITERABLE_FORENAMES: Record<Sex, readonly string[]> = {
  male: ['Mohammed', 'Muhammad', 'Mohamed', 'Ahmed', 'Yusuf', 'Hussain', 'Mustafa', 'Ibrahim', 'Abdirahman', 'Osman', 'Hassan', 'Omar', 'Khalid'],
  female: ['Aisha', 'Ayesha', 'Fatima', 'Zainab', 'Maryam', 'Mariam'],
};

/** Whether a record with these details can carry the variation (a nickname needs a formal forename, …). */
export function variationFits(variation: DuplicateVariation, forenames: readonly string[], surname: string, dateOfBirth: string): boolean {
  const first = forenames[0];
  switch (variation) {
    case 'surname_typo':
      return surname.length >= 4;
    case 'nickname':
      return hasNickname(first);
    case 'transliteration':
      return TRANSLITERATIONS.has(first) || TRANSLITERATIONS.has(surname);
    case 'dob_day_month_swapped':
      return swapDayMonth(dateOfBirth) !== null;
    case 'initial_only':
      return first.length > 1;
    case 'swapped_names':
    case 'missing_dob':
      return true;
  }
}

/**
 * The name and date of birth a near-duplicate record carries. Half the time the middle names are left off
 * too, as they often are when a record is keyed again.
 */
export function vary(
  variation: DuplicateVariation, forenames: readonly string[], surname: string, dateOfBirth: string, random: Random,
): { forenames: string; surname: string; dateOfBirth: string | null } {
  const names = random.chance(0.5) ? [forenames[0]] : [...forenames];
  switch (variation) {
    case 'surname_typo':
      return { forenames: names.join(' '), surname: typo(surname, random), dateOfBirth };
    case 'swapped_names':
      return { forenames: surname, surname: forenames[0], dateOfBirth };
    case 'nickname':
      names[0] = nicknameOf(names[0], random);
      return { forenames: names.join(' '), surname, dateOfBirth };
    case 'transliteration': {
      const spellings = TRANSLITERATIONS.get(names[0]);
      if (spellings) names[0] = random.pick(spellings);
      return { forenames: names.join(' '), surname: spellings ? surname : random.pick(TRANSLITERATIONS.get(surname)!), dateOfBirth };
    }
    case 'missing_dob':
      return { forenames: names.join(' '), surname, dateOfBirth: null };
    case 'dob_day_month_swapped':
      return { forenames: names.join(' '), surname, dateOfBirth: swapDayMonth(dateOfBirth)! };
    case 'initial_only':
      return { forenames: forenames[0][0], surname, dateOfBirth };
  }
}

export function hasNickname(forename: string): boolean {
  return forename in NICKNAMES;
}

export function nicknameOf(forename: string, random: Random): string {
  return random.pick(NICKNAMES[forename].short);
}

export function formalForename(sex: Sex, random: Random): string {
  return random.pick(FORMAL_BY_SEX[sex]);
}

const KEYBOARD_NEIGHBOURS: Record<string, string> = {
  a: 'sq', b: 'vn', c: 'xv', d: 'sf', e: 'wr', f: 'dg', g: 'fh', h: 'gj', i: 'uo', j: 'hk', k: 'jl', l: 'k', m: 'n',
  n: 'bm', o: 'ip', p: 'o', q: 'wa', r: 'et', s: 'ad', t: 'ry', u: 'yi', v: 'cb', w: 'qe', x: 'zc', y: 'tu', z: 'x',
};

/** One keying error (substitution by a neighbouring key, a dropped or a doubled letter) after the first letter. */
function typo(word: string, random: Random): string {
  for (let attempt = 0; attempt < 10; attempt++) {
    const at = random.int(1, word.length - 1);
    const letter = word[at].toLowerCase();
    if (!/[a-z]/.test(letter)) continue;
    const kind = random.int(0, 2);
    let result: string;
    if (kind === 0) result = word.slice(0, at) + random.pick([...KEYBOARD_NEIGHBOURS[letter]]) + word.slice(at + 1);
    else if (kind === 1 && word.length >= 5) result = word.slice(0, at) + word.slice(at + 1);
    else result = word.slice(0, at) + letter + word.slice(at);
    if (result !== word) return result;
  }
  return word + 'e';
}

/** YYYY-MM-DD with day and month exchanged, when the result is a different valid date. */
function swapDayMonth(isoDate: string): string | null {
  const [year, month, day] = isoDate.split('-');
  if (Number(day) > 12 || day === month) return null;
  return `${year}-${day}-${month}`;
}
