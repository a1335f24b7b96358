import { WARNING_MARKER_BY_CODE } from './reference/catalogue.js';

/** Whole years between a date of birth and a day (both YYYY-MM-DD). */
export function ageOn(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

export const EARLIEST_BIRTH_DATE = '1900-01-01';

export function dateOfBirthProblem(dateOfBirth: string, today: string): string | null {
  if (dateOfBirth > today) return 'cannot be in the future';
  if (dateOfBirth < EARLIEST_BIRTH_DATE) return `cannot be before ${EARLIEST_BIRTH_DATE}`;
  return null;
}

/** Digits only, UK international prefix folded to 0: "+44 7700 900123" → "07700900123". */
export function normalisePhone(number: string): string | null {
  let digits = number.replace(/[^\d+]/g, '');
  if (digits.startsWith('+44')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('0044')) digits = `0${digits.slice(4)}`;
  digits = digits.replace(/\+/g, '');
  return digits.length >= 6 && digits.length <= 15 ? digits : null;
}

/** PNC ID: year / serial + check letter, e.g. 85/123456X or 1985/0123456X. */
export const PNC_ID_PATTERN = /^(\d{2}|\d{4})\/\d{1,7}[A-Z]$/;

export function normalisePncId(value: string): string {
  return value.trim().toUpperCase();
}

export function normaliseVrm(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

export type MarkerLike = { code: string; endedAt: Date | null; reviewDate: string | null };

const SEVERITY_ORDER = { high: 0, medium: 1, info: 2 } as const;

export function markerSeverity(code: string): 'high' | 'medium' | 'info' {
  return WARNING_MARKER_BY_CODE.get(code)?.severity ?? 'info';
}

/** Banner order: active before ended, then most severe first. */
export function compareMarkers(a: MarkerLike, b: MarkerLike): number {
  const active = Number(a.endedAt !== null) - Number(b.endedAt !== null);
  if (active !== 0) return active;
  return SEVERITY_ORDER[markerSeverity(a.code)] - SEVERITY_ORDER[markerSeverity(b.code)];
}

export function markerDatesProblem(startDate: string, reviewDate: string | null | undefined): string | null {
  return reviewDate && reviewDate < startDate ? 'reviewDate must not be before startDate' : null;
}

export type MergeSide = { id: string; mergedIntoId: string | null; restricted: boolean };

/** Why two person records may not be merged, or null. */
export function mergeRefusal(survivor: MergeSide, duplicate: MergeSide): string | null {
  if (survivor.id === duplicate.id) return 'A record cannot be merged into itself.';
  if (survivor.mergedIntoId) return 'The surviving record has itself been merged; merge into the record it was merged into.';
  if (duplicate.mergedIntoId) return 'That record has already been merged into another.';
  return null;
}

export type RestrictedAccess = 'open' | 'on-access-list' | 'reason-given' | 'refused';

/** Need-to-know (DESIGN §5): restricted records open to their access list, or to anyone who states a reason (audited). */
export function restrictedAccess(person: { restricted: boolean }, onAccessList: boolean, reason: string | undefined): RestrictedAccess {
  if (!person.restricted) return 'open';
  if (onAccessList) return 'on-access-list';
  if (reason && reason.trim().length >= 10) return 'reason-given';
  return 'refused';
}
