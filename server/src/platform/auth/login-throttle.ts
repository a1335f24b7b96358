/**
 * Login throttle rules (OWASP ASVS 2.2): pure, no I/O, no clock of their own. The counters live in the
 * `login_throttle` table (auth/schema.ts) so every server instance shares them; service.ts reads and writes them.
 *
 * - Per account (the user name as typed, existing or not): after LOGIN_MAX_FAILURES failures in a row, each
 *   further attempt from a device the account does not know waits 1, 2, 4, 8 … minutes, at most 15. A sign-in
 *   from a device the account does not know resets it; a quiet day forgets it. A known device is not held back.
 * - Per client address: LOGIN_ADDRESS_MAX_FAILURES failures inside 15 minutes block that address (known devices
 *   excepted) until the window ends. Successes never reset it, so signing in to one's own account between guesses
 *   does not buy more guesses.
 */
import { londonDate } from '../clock.js';

export type ThrottleSettings = {
  /** Failures an account may have in a row before attempts from unknown devices are delayed; also the failures a known device may make before it is forgotten. */
  accountFreeFailures: number;
  /** Failures one address may make inside ADDRESS_WINDOW_MS. */
  addressMaxFailures: number;
};

export const ACCOUNT_FIRST_DELAY_MS = 60_000;
export const ACCOUNT_MAX_DELAY_MS = 15 * 60_000;
/** An account with no failure for this long starts again from zero. */
export const ACCOUNT_QUIET_RESET_MS = 24 * 3600_000;
export const ADDRESS_WINDOW_MS = 15 * 60_000;
/** How long a browser stays known to an account after its last sign-in there. */
export const KNOWN_DEVICE_MS = 180 * 24 * 3600_000;
/** Browsers remembered per user (the most recently used); scripts that drop cookies would otherwise add one a sign-in. */
export const KNOWN_DEVICES_PER_USER = 20;
/** Counter rows untouched for this long are pruned (longer than every window above). */
export const THROTTLE_RETENTION_MS = ACCOUNT_QUIET_RESET_MS;

export type ThrottleScope = 'account' | 'address';

export type Counter = { failures: number; windowStartedAt: Date; blockedUntil: Date | null };

/** Stored counter row, or undefined when there is none. */
export type CounterRow = Counter & { updatedAt: Date };

/** The wait an account's attempts from unknown devices get after its `failures`-th failure in a row. */
export function accountDelayMs(failures: number, settings: ThrottleSettings): number {
  if (failures < settings.accountFreeFailures) return 0;
  return Math.min(ACCOUNT_MAX_DELAY_MS, ACCOUNT_FIRST_DELAY_MS * 2 ** (failures - settings.accountFreeFailures));
}

const fresh = (now: Date): Counter => ({ failures: 0, windowStartedAt: now, blockedUntil: null });

/** An account's counter as it stands at `now`: forgotten after a quiet day. */
export function currentAccountCounter(row: CounterRow | undefined, now: Date): Counter {
  if (!row || row.failures === 0 || now.getTime() - row.updatedAt.getTime() >= ACCOUNT_QUIET_RESET_MS) return fresh(now);
  return { failures: row.failures, windowStartedAt: row.windowStartedAt, blockedUntil: row.blockedUntil };
}

/** An address's counter as it stands at `now`: a fixed window from its first failure. */
export function currentAddressCounter(row: CounterRow | undefined, now: Date): Counter {
  if (!row || row.failures === 0 || now.getTime() - row.windowStartedAt.getTime() >= ADDRESS_WINDOW_MS) return fresh(now);
  return { failures: row.failures, windowStartedAt: row.windowStartedAt, blockedUntil: row.blockedUntil };
}

/** When the counter lets the next attempt through, or null when it does now. */
export function blockedUntil(counter: Counter, now: Date): Date | null {
  return counter.blockedUntil && counter.blockedUntil.getTime() > now.getTime() ? counter.blockedUntil : null;
}

export function afterAccountFailure(counter: Counter, now: Date, settings: ThrottleSettings): Counter {
  const failures = counter.failures + 1;
  const delay = accountDelayMs(failures, settings);
  return { failures, windowStartedAt: counter.failures === 0 ? now : counter.windowStartedAt, blockedUntil: delay > 0 ? new Date(now.getTime() + delay) : null };
}

export function afterAddressFailure(counter: Counter, settings: ThrottleSettings): Counter {
  const failures = counter.failures + 1;
  const end = new Date(counter.windowStartedAt.getTime() + ADDRESS_WINDOW_MS);
  return { failures, windowStartedAt: counter.windowStartedAt, blockedUntil: failures >= settings.addressMaxFailures ? end : null };
}

/**
 * Takes back one failure an attempt counted in advance (attempts are counted before the password is checked,
 * so parallel guesses cannot slip past the limit) when the attempt succeeded — only inside the window it was counted in.
 */
export function withoutAddressFailure(counter: Counter, countedInWindow: Date, settings: ThrottleSettings): Counter {
  if (counter.failures === 0 || counter.windowStartedAt.getTime() !== countedInWindow.getTime()) return counter;
  const failures = counter.failures - 1;
  return { ...counter, failures, blockedUntil: failures >= settings.addressMaxFailures ? counter.blockedUntil : null };
}

/** Seconds for Retry-After, rounded up, at least 1. */
export function retryAfterSeconds(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
}

const londonTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hourCycle: 'h23', hour: '2-digit', minute: '2-digit' });
const londonDay = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'short' });

/** "21:40" (London), rounded up to the minute so that waiting until the time shown is enough; the date too when it is not today. */
export function retryTimeText(until: Date, now: Date): string {
  const shown = new Date(Math.ceil(until.getTime() / 60_000) * 60_000);
  const time = londonTime.format(shown);
  return londonDate(shown) === londonDate(now) ? time : `${time} on ${londonDay.format(shown)}`;
}

/** What a user is told when a sign-in is refused by the throttle. */
export function throttledDetail(scope: ThrottleScope, until: Date, now: Date): string {
  const when = retryTimeText(until, now);
  return scope === 'account'
    ? `Too many failed sign-ins for this account. Try again after ${when}, or sign in from a device you have used before.`
    : `Too many failed sign-ins from your network address. Try again after ${when}.`;
}
