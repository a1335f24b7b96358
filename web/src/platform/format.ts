/** Dates and times are stored UTC and shown Europe/London (DESIGN §2). */

const dateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: '2-digit',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

const dateOnly = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: '2-digit', month: 'short', year: 'numeric' });

/** An instant (ISO timestamp) as London wall-clock time, e.g. "05 Mar 2026, 14:30". */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return dateTime.format(new Date(iso));
}

/** A calendar date ("YYYY-MM-DD") as "05 Mar 2026"; calendar dates carry no time zone. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  return dateOnly.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

/** Whole years between a date of birth and today. */
export function ageFrom(isoDate: string | null | undefined, today = new Date()): number | null {
  if (!isoDate) return null;
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  let age = today.getFullYear() - y;
  if (today.getMonth() + 1 < m || (today.getMonth() + 1 === m && today.getDate() < d)) age -= 1;
  return age;
}

/** "05 Mar 1990 (36)" or "DOB unknown". */
export function formatDob(isoDate: string | null | undefined): string {
  if (!isoDate) return 'DOB unknown';
  return `${formatDate(isoDate)} (${ageFrom(isoDate)})`;
}

/** A London calendar date "YYYY-MM-DD" for today, used as form defaults. */
export function todayInLondon(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}

/** Minutes London is ahead of UTC at an instant (0 in winter, 60 in summer). */
function londonOffsetMinutes(at: Date): number {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'shortOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/** The UTC instant at which a London calendar day ("YYYY-MM-DD") starts, as ISO. */
export function londonDayStart(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const utcMidnight = new Date(Date.UTC(y, m - 1, d));
  return new Date(utcMidnight.getTime() - londonOffsetMinutes(utcMidnight) * 60_000).toISOString();
}

/** The last millisecond of a London calendar day, as ISO. */
export function londonDayEnd(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
  return new Date(new Date(londonDayStart(next)).getTime() - 1).toISOString();
}
