import type { ForceId } from './geography.js';
import type { Random } from './random.js';

/** Series of the human references this generator numbers (and the reference_counters rows it advances). */
export type Series = 'P' | 'L' | 'O';

export function reference(prefix: string, series: Series, n: number): string {
  return `${prefix}/${series}/${String(n).padStart(7, '0')}`;
}

const UPRN_BASE: Record<ForceId, number> = { HERTS: 100_000_000_000, BEDS: 200_000_000_000 };
const UPRN_PRIME = 10_000_000_019;

/** A 12-digit UPRN-like number: a bijection of the location's sequence number, so it is unique and looks unordered. */
export function uprn(forceId: ForceId, n: number): string {
  return String(UPRN_BASE[forceId] + ((n * 48_271 + 1_234_567) % UPRN_PRIME));
}

const PNC_CHECK = 'ZABCDEFGHJKLMNPQRTUVWXY';

/** PNC ID `YY/NNNNNNA`: the year the record was created, a serial, and the mod-23 check letter. */
export function pncId(year: number, serial: number): string {
  const yy = String(year % 100).padStart(2, '0');
  const digits = String(serial).padStart(6, '0');
  return `${yy}/${digits}${PNC_CHECK[Number(yy + digits) % 23]}`;
}

/** 15-digit IMEI: a type-allocation code, a serial and the Luhn check digit. */
export function imei(random: Random): string {
  const body = `35${random.digits(12)}`;
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return body + ((10 - (sum % 10)) % 10);
}

const MEMORY_TAG_FIRST = 'ABCDEFGHKLMNOPRSVWY';
const VRM_LETTERS = 'ABCDEFGHJKLMNOPRSTUVWXY';
const VRM_RANDOM_LETTERS = 'ABCDEFGHJKLMNOPRSTUVWXYZ';

/** Current-format registration mark `AB12 CDE`: memory tag, age identifier (March yy, September yy+50), random letters. */
export function vrm(random: Random, firstYear: number, lastYear: number): string {
  const year = random.int(firstYear, lastYear);
  const september = random.chance(0.5) && year >= 2001;
  const age = september ? (year % 100) + 50 : year % 100;
  const tag = random.letters(1, MEMORY_TAG_FIRST) + random.letters(1, VRM_LETTERS);
  return `${tag}${String(age).padStart(2, '0')} ${random.letters(3, VRM_RANDOM_LETTERS)}`;
}

const MOBILE_PREFIXES = ['071', '073', '074', '075', '077', '078', '079'];

export function mobileNumber(random: Random): string {
  const digits = random.pick(MOBILE_PREFIXES) + random.digits(8);
  return `${digits.slice(0, 5)} ${digits.slice(5)}`;
}

/** A landline in the town's area: `01923 123456`, or `020 8123 4567` in the London-numbered towns. */
export function landlineNumber(random: Random, dialCode: string): string {
  if (dialCode === '020') return `020 8${random.digits(3)} ${random.digits(4)}`;
  return `${dialCode} ${random.int(2, 9)}${random.digits(5)}`;
}

/** Digits only, with a +44 prefix folded to 0: the form phone numbers are matched on. */
export function normalisePhone(number: string): string {
  const digits = number.replace(/\D/g, '');
  return digits.startsWith('44') ? `0${digits.slice(2)}` : digits;
}
