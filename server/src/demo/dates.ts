const DAY_MS = 86_400_000;

/** Calendar dates as whole days since 1970-01-01 (UTC), so date arithmetic is integer arithmetic. */
export function dayOf(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

const isoDates = new Map<number, string>();

export function isoDate(day: number): string {
  let text = isoDates.get(day);
  if (text === undefined) {
    text = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoDates.set(day, text);
  }
  return text;
}

export function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** A moment during the given day, at a working-hours time. */
export function timestampOn(day: number, minuteOfDay: number): Date {
  return new Date(day * DAY_MS + minuteOfDay * 60_000);
}

export const DAYS_PER_YEAR = 365.25;
