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

/**
 * An England & Wales bank or public holiday (date-holidays GB-ENG), whatever day of the week it falls on: Christmas Day
 * on a Saturday is one, as statutory clocks that disregard holidays (e.g. the DVPN hearing, STANDARDS §8) need.
 */
export function isBankHoliday(date: string): boolean {
  return bankHolidays(Number(date.slice(0, 4))).has(date);
}

export function isWorkingDay(date: string): boolean {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  if (day === 0 || day === 6) return false;
  return !bankHolidays(Number(date.slice(0, 4))).has(date);
}

function nextDate(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * STANDARDS §5: "a time limit of N working days ends at the close of the Nth working day after the day of the event
 * (Europe/London), not at the same clock time" — the last millisecond (23:59:59.999 London, GMT or BST) of that day.
 */
export function endOfWorkingDays(from: Date, days: number): Date {
  let date = londonDate(from);
  for (let left = days; left > 0;) {
    date = nextDate(date);
    if (isWorkingDay(date)) left -= 1;
  }
  return new Date(londonDayStart(nextDate(date)).getTime() - 1);
}
