import { isValid as isValidPostcode, validOutcode } from 'postcode';
import { nameWords } from './keys.js';

/** A person search as typed, split into the parts each search channel uses. */
export type ParsedPersonQuery = {
  nameTokens: string[];
  /** YYYY-MM-DD */
  dateOfBirth?: string;
  birthYear?: number;
  ageFrom?: number;
  ageTo?: number;
  /** Inclusive date-of-birth bounds (YYYY-MM-DD) that the age range means on the day of the search. */
  bornFrom?: string;
  bornTo?: string;
  /** Digits only, UK numbers with a leading 0. */
  phone?: string;
  /** Upper-case as typed, e.g. 85/123456X; `pncIdForms` gives the spellings it may be stored as. */
  pncId?: string;
  /** Upper-case without spaces: a full postcode (SG12AB) or an outward code alone (SG1). */
  postcode?: string;
  street?: string;
};

export type PersonQueryOptions = {
  /** Explicit date of birth (YYYY-MM-DD); replaces one found in the text. */
  dob?: string;
  ageFrom?: number;
  ageTo?: number;
  /** YYYY-MM-DD, needed for age ranges and two-digit years. */
  today?: string;
};

const PNC = /^(\d{2}|\d{4})\/(\d{1,7})([A-Z])$/i;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const UK_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;
const YEAR = /^(19|20)\d{2}$/;
const HOUSE_NUMBER = /^\d{1,4}[a-z]?$/i;
const AGE_WORD = /^(age|aged)$/i;
const AGE_RANGE = /^(\d{1,3})(?:-(\d{1,3}))?$/;

/** Words that end a street name even without a house number before it. */
const STREET_TYPES = new Set(['road', 'rd', 'street', 'avenue', 'ave', 'crescent', 'gardens', 'terrace', 'mews', 'boulevard', 'approach']);
/** Words that end a street name after a house number ("12 Park Lane"): surnames too, or "St" as in St Albans. */
const STREET_TYPES_AFTER_NUMBER = new Set([
  'st', 'lane', 'close', 'drive', 'way', 'court', 'place', 'grove', 'hill', 'walk', 'square', 'row', 'rise', 'view', 'park', 'green',
  'parade', 'mount', 'end', 'bank', 'ridge', 'meadow', 'heights', 'croft', 'vale', 'wood', 'chase', 'gate', 'grange', 'fields',
]);
const STREET_ABBREVIATIONS: Record<string, string> = { rd: 'road', ave: 'avenue', st: 'street' };
const MAX_STREET_WORDS = 4;

/** Free text → search parts. Explicit options win over what the text says; both age bounds need `today`. */
export function parsePersonQuery(text: string, options: PersonQueryOptions = {}): ParsedPersonQuery {
  const query: ParsedPersonQuery = { nameTokens: [] };
  const words = text.trim().split(/[\s,]+/).filter(Boolean);
  const rest: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const next = words[i + 1];
    const phone = phoneAt(words, i);
    const date = parseDate(word, options.today);
    if (phone) {
      query.phone = phone.number;
      i += phone.used - 1;
    } else if (PNC.test(word)) {
      query.pncId = word.toUpperCase();
    } else if (date) {
      query.dateOfBirth = date;
    } else if (YEAR.test(word)) {
      query.birthYear = Number(word);
    } else if (next && /\d/.test(word) && isValidPostcode(`${word} ${next}`)) {
      query.postcode = `${word}${next}`.toUpperCase();
      i++;
    } else if (/\d/.test(word) && /[a-z]/i.test(word) && (isValidPostcode(word) || validOutcode(word))) {
      query.postcode = word.toUpperCase();
    } else if (AGE_WORD.test(word) && next && AGE_RANGE.test(next)) {
      const [, from, to] = AGE_RANGE.exec(next)!;
      query.ageFrom = Number(from);
      query.ageTo = Number(to ?? from);
      i++;
    } else {
      rest.push(word);
    }
  }
  const { street, names } = splitStreet(rest);
  if (street) query.street = street;
  query.nameTokens = names.flatMap(nameWords);

  if (options.dob) {
    query.dateOfBirth = options.dob;
    delete query.birthYear;
  }
  if (query.dateOfBirth && query.birthYear === Number(query.dateOfBirth.slice(0, 4))) delete query.birthYear;
  if (options.ageFrom !== undefined) query.ageFrom = options.ageFrom;
  if (options.ageTo !== undefined) query.ageTo = options.ageTo;
  if (options.today) {
    if (query.ageFrom !== undefined) query.bornTo = yearsBefore(options.today, query.ageFrom);
    if (query.ageTo !== undefined) query.bornFrom = addDays(yearsBefore(options.today, query.ageTo + 1), 1);
  }
  return query;
}

/** UK numbers: digits only, +44 / 0044 replaced by 0. */
export function normalisePhone(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (value.trim().startsWith('+44') || digits.startsWith('0044')) return `0${digits.slice(digits.startsWith('0044') ? 4 : 2).replace(/^0/, '')}`;
  return digits;
}

/** A phone number starting at words[i]: it starts with 0 or +, may be split by spaces, and has 9–14 digits. */
function phoneAt(words: string[], i: number): { number: string; used: number } | undefined {
  if (!/^(\+|\(?0)[\d()-]*$/.test(words[i]) || !/\d/.test(words[i])) return undefined;
  let raw = words[i];
  let used = 1;
  while (i + used < words.length && /^\(?\d[\d()-]*$/.test(words[i + used]) && (raw + words[i + used]).replace(/\D/g, '').length <= 14) {
    raw += ` ${words[i + used]}`;
    used++;
  }
  const digits = raw.replace(/\D/g, '').length;
  return digits >= 9 && digits <= 14 ? { number: normalisePhone(raw), used } : undefined;
}

/** "12/03/1985", "12-03-85", "1985-03-12" → "1985-03-12"; two-digit years need today. */
export function parseDate(value: string, today?: string): string | undefined {
  let year: number;
  let month: number;
  let day: number;
  const iso = ISO_DATE.exec(value);
  const uk = UK_DATE.exec(value);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (uk) {
    [day, month, year] = [Number(uk[1]), Number(uk[2]), Number(uk[3])];
    if (uk[3].length === 2) {
      if (!today) return undefined;
      const thisYear = Number(today.slice(0, 4));
      year += year > thisYear % 100 ? 1900 : 2000;
      if (year > thisYear) year -= 100;
    }
  } else return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Every way a PNC ID may be written: short or full year, serial with or without leading zeros. */
export function pncIdForms(value: string): string[] {
  const match = PNC.exec(value.trim());
  if (!match) return [value.trim().toUpperCase()];
  const [, year, serial, letter] = match;
  const check = letter.toUpperCase();
  const years = year.length === 4 ? [year, year.slice(2)] : [year, `19${year}`, `20${year}`];
  const serials = [serial, String(Number(serial)), serial.padStart(7, '0')];
  return [...new Set(years.flatMap((y) => serials.map((s) => `${y}/${s}${check}`)))];
}

/**
 * The street in the leftover words, the rest being name words. After a house number ("12 Kingsway", "4 Park Lane")
 * the street runs to its last street-type word ("Park Lane") or for at most four words; without a number only an unambiguous type word
 * ("High Street") marks one.
 */
function splitStreet(words: string[]): { street?: string; names: string[] } {
  const lower = words.map((w) => w.toLowerCase());
  const number = lower.findIndex((w, i) => HOUSE_NUMBER.test(w) && i + 1 < lower.length && !HOUSE_NUMBER.test(lower[i + 1]));
  let start = -1;
  let end = -1;
  if (number >= 0) {
    start = number + 1;
    const last = Math.min(lower.length, start + MAX_STREET_WORDS) - 1;
    const typed = lower.findLastIndex((w, i) => i >= start && i <= last && (STREET_TYPES.has(w) || STREET_TYPES_AFTER_NUMBER.has(w)));
    end = typed >= 0 ? typed : last;
  } else {
    end = lower.findIndex((w, i) => i > 0 && STREET_TYPES.has(w));
    start = end - 1;
  }
  if (end < 0) return { names: words.filter((w) => !HOUSE_NUMBER.test(w)) };
  const street = lower.slice(start, end + 1).map((w) => STREET_ABBREVIATIONS[w] ?? w).join(' ');
  const names = [...words.slice(0, number >= 0 ? number : start), ...words.slice(end + 1)];
  return { street, names: names.filter((w) => !HOUSE_NUMBER.test(w)) };
}

function yearsBefore(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y - years, m - 1, d));
  // 29 February in a year without one becomes 28 February, not 1 March.
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  const target = new Date(`${date}T00:00:00Z`);
  target.setUTCDate(target.getUTCDate() + days);
  return target.toISOString().slice(0, 10);
}
