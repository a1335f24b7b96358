import Holidays from 'date-holidays';

export type Clock = { now: () => Date };

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests can set and move. */
export function fixedClock(start: Date): Clock & { set: (d: Date) => void; advance: (ms: number) => void } {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    set: (d) => { t = d.getTime(); },
    advance: (ms) => { t += ms; },
  };
}

const englandAndWales = new Holidays('GB', 'ENG');
const holidayCache = new Map<number, Set<string>>();

function bankHolidays(year: number): Set<string> {
  let set = holidayCache.get(year);
  if (!set) {
    set = new Set(
      englandAndWales
        .getHolidays(year)
        .filter((h) => h.type === 'public' || h.type === 'bank')
        .map((h) => h.date.slice(0, 10)),
    );
    holidayCache.set(year, set);
  }
  return set;
}

/** Calendar date (YYYY-MM-DD) as seen in Europe/London. */
export function londonDate(d: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
});

/** How far London's wall clock is ahead of UTC at an instant (0 in GMT, one hour in BST). */
function londonOffsetMs(at: Date): number {
  const p = Object.fromEntries(londonParts.formatToParts(at).map((part) => [part.type, Number(part.value)]));
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant a London calendar day (YYYY-MM-DD) begins: midnight GMT in winter, 23:00 UTC the evening before in summer. */
export function londonDayStart(date: string): Date {
  const midnightUtc = new Date(`${date}T00:00:00Z`);
  return new Date(midnightUtc.getTime() - londonOffsetMs(midnightUtc));
}

export function isWorkingDay(date: string): boolean {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  if (day === 0 || day === 6) return false;
  return !bankHolidays(Number(date.slice(0, 4))).has(date);
}

/** Adds whole working days (Mon–Fri, not an England & Wales bank holiday) to an instant, keeping its time of day. */
export function addWorkingDays(from: Date, days: number): Date {
  const result = new Date(from);
  let left = days;
  while (left > 0) {
    result.setUTCDate(result.getUTCDate() + 1);
    if (isWorkingDay(londonDate(result))) left -= 1;
  }
  return result;
}
