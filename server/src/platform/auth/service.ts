import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/connect.js';
import type { Actor } from '../http/context.js';
import { Problem, problem } from '../http/problems.js';
import { auditSystem } from '../audit/audit.js';
import { ROLE_LABELS, type Role } from './roles.js';
import { newSessionToken, passwordMatchesUser, sessionTokenHash } from './passwords.js';
import {
  claimKnownDevice, deleteSession, deleteThrottleCounter, findSessionUser, findUserByUsername, forgetKnownDevice, getForce, insertSession,
  lockThrottleCounters, pruneKnownDevices, pruneThrottleCounters, rememberKnownDevice, saveThrottleCounter,
} from './queries.js';
import {
  afterAccountFailure, afterAddressFailure, blockedUntil, currentAccountCounter, currentAddressCounter, KNOWN_DEVICE_MS, retryAfterSeconds,
  THROTTLE_RETENTION_MS, throttledDetail, withoutAddressFailure, type Counter, type ThrottleScope, type ThrottleSettings,
} from './login-throttle.js';
import type { UserView } from './contract.js';

export const SESSION_COOKIE = 'wh_session';
/** Long-lived and HttpOnly, sent only to the login route: a browser that has signed in to an account before. */
export const DEVICE_COOKIE = 'wh_device';
export const DEVICE_COOKIE_PATH = '/api/v1/auth/login';

export type AuthDeps = {
  db: Db;
  now: () => Date;
  sessionHours: number;
  throttle: ThrottleSettings;
  permissionsOf: (role: Role) => ReadonlySet<string>;
};

export function userView(actor: Actor, forceName: string): UserView {
  return {
    id: actor.id,
    username: actor.username,
    displayName: actor.displayName,
    role: actor.role,
    roleLabel: ROLE_LABELS[actor.role],
    forceId: actor.forceId,
    forceName,
    team: actor.team,
    permissions: [...actor.permissions].sort(),
  };
}

function actorOf(user: { id: string; username: string; displayName: string; role: string; forceId: string; team: string | null }, deps: AuthDeps): Actor {
  const role = user.role as Role;
  return { id: user.id, username: user.username, displayName: user.displayName, role, forceId: user.forceId, team: user.team, permissions: deps.permissionsOf(role) };
}

const NOBODY = { forceId: '-', id: '00000000-0000-0000-0000-000000000000' };

type LoginInput = { username: string; password: string; ip: string; requestId: string; deviceToken?: string };
type Counted = { account: Counter; address: Counter };
type AuditEvent = (action: string, detail?: Record<string, unknown>) => Parameters<typeof auditSystem>[1];

/**
 * Counts an attempt from a device the account does not know against the account and the address *before* the
 * password is checked, so parallel guesses cannot slip past the limits; a refused attempt is audited and answers 429.
 */
async function countAttempt(deps: AuthDeps, name: string, ip: string, now: Date, event: AuditEvent): Promise<Counted> {
  const outcome = await deps.db.transaction(async (tx) => {
    const rows = await lockThrottleCounters(tx, { account: name, address: ip }, now);
    const account = currentAccountCounter(rows.account, now);
    const address = currentAddressCounter(rows.address, now);
    const refusals = ([['account', blockedUntil(account, now)], ['address', blockedUntil(address, now)]] as const)
      .filter((r): r is readonly [ThrottleScope, Date] => r[1] !== null)
      .sort((a, b) => b[1].getTime() - a[1].getTime());
    if (refusals.length > 0) {
      const [scope, until] = refusals[0]!;
      await auditSystem(tx, event('auth.login_throttled', { scope, until: until.toISOString(), accountFailures: account.failures, addressFailures: address.failures }));
      return { scope, until };
    }
    const counted = { account: afterAccountFailure(account, now, deps.throttle), address: afterAddressFailure(address, deps.throttle) };
    await saveThrottleCounter(tx, 'account', name, counted.account, now);
    await saveThrottleCounter(tx, 'address', ip, counted.address, now);
    return counted;
  });
  if ('scope' in outcome) {
    throw new Problem('too-many-attempts', throttledDetail(outcome.scope, outcome.until, now), undefined, { 'retry-after': String(retryAfterSeconds(outcome.until, now)) });
  }
  return outcome;
}

/** Audits a failed attempt and the locks it set off; a known device's failure also counts against the address, and too many forget the device. */
async function recordFailure(
  deps: AuthDeps, input: LoginInput, now: Date, event: AuditEvent,
  attempt: { counted: Counted } | { device: { tokenHash: string; failures: number; user: { forceId: string; id: string } } },
) {
  const max = deps.throttle.addressMaxFailures;
  await deps.db.transaction(async (tx) => {
    let address: Counter;
    if ('counted' in attempt) {
      const { account } = attempt.counted;
      address = attempt.counted.address;
      await auditSystem(tx, event('auth.login_failed', { accountFailures: account.failures }));
      if (account.blockedUntil) await auditSystem(tx, event('auth.account_locked', { accountFailures: account.failures, until: account.blockedUntil.toISOString() }));
    } else {
      const rows = await lockThrottleCounters(tx, { address: input.ip }, now);
      address = afterAddressFailure(currentAddressCounter(rows.address, now), deps.throttle);
      await saveThrottleCounter(tx, 'address', input.ip, address, now);
      const { device } = attempt;
      await auditSystem(tx, event('auth.login_failed', { knownDevice: true, deviceFailures: device.failures }));
      if (device.failures >= deps.throttle.accountFreeFailures) {
        await forgetKnownDevice(tx, device.tokenHash, device.user);
        await auditSystem(tx, event('auth.known_device_forgotten', { deviceFailures: device.failures }));
      }
    }
    if (address.blockedUntil && address.failures === max) {
      await auditSystem(tx, event('auth.address_blocked', { addressFailures: address.failures, until: address.blockedUntil.toISOString() }));
    }
  });
}

/**
 * Signs in. Throttled per account (progressive delay for devices the account does not know) and per address
 * (login-throttle.ts); every failure, refusal and lock is audited. A sign-in marks the browser as known to the account.
 */
export async function login(deps: AuthDeps, input: LoginInput) {
  const now = deps.now();
  const name = input.username.toLowerCase();
  const user = await findUserByUsername(deps.db, name);
  const active = user?.active ? user : undefined;
  const event: AuditEvent = (action, detail = {}) => ({
    at: now, forceId: user?.forceId ?? '-', username: input.username, action, entityType: 'user', entityId: user?.id ?? null,
    requestId: input.requestId, detail: { ip: input.ip, ...detail },
  });
  const deviceHash = input.deviceToken ? sessionTokenHash(input.deviceToken) : undefined;
  // The device look-up runs for unknown names too (against nobody), so its cost does not tell which names exist.
  const device = deviceHash ? await claimKnownDevice(deps.db, deviceHash, active ?? NOBODY, now, deps.throttle.accountFreeFailures) : undefined;
  const counted = device ? undefined : await countAttempt(deps, name, input.ip, now, event);
  // An argon2 verification even for unknown or deactivated names, so timing does not tell which exist.
  const ok = await passwordMatchesUser(active?.passwordHash, input.password);
  if (!active || !ok) {
    await recordFailure(deps, input, now, event, counted ? { counted } : { device: { tokenHash: deviceHash!, failures: device!.failures, user: active! } });
    throw problem('bad-credentials', 'Check your user name and password.');
  }
  const { token, tokenHash } = newSessionToken();
  const expiresAt = new Date(now.getTime() + deps.sessionHours * 3600_000);
  const newDevice = { ...newSessionToken(), expiresAt: new Date(now.getTime() + KNOWN_DEVICE_MS) };
  const force = await getForce(deps.db, active.forceId);
  await deps.db.transaction(async (tx) => {
    if (counted) {
      // A sign-in from a device the account did not know clears the account's failures; the address keeps its own
      // (only this attempt's advance count is taken back), so signing in to one's own account buys no guesses.
      await deleteThrottleCounter(tx, 'account', name);
      const rows = await lockThrottleCounters(tx, { address: input.ip }, now);
      await saveThrottleCounter(tx, 'address', input.ip, withoutAddressFailure(currentAddressCounter(rows.address, now), counted.address.windowStartedAt, deps.throttle), now);
    }
    await rememberKnownDevice(tx, { previousTokenHash: deviceHash, tokenHash: newDevice.tokenHash, forceId: active.forceId, userId: active.id, now, expiresAt: newDevice.expiresAt });
    await insertSession(tx, { tokenHash, forceId: active.forceId, userId: active.id, expiresAt });
    await auditSystem(tx, { ...event('auth.login', { knownDevice: Boolean(device) }), username: active.username });
  });
  return { token, expiresAt, device: { token: newDevice.token, expiresAt: newDevice.expiresAt }, user: userView(actorOf(active, deps), force.name) };
}

export async function sessionActor(deps: AuthDeps, token: string | undefined): Promise<{ actor: Actor; forceName: string } | undefined> {
  if (!token) return undefined;
  const row = await findSessionUser(deps.db, sessionTokenHash(token), deps.now());
  return row ? { actor: actorOf(row.user, deps), forceName: row.forceName } : undefined;
}

export async function logout(deps: AuthDeps, token: string | undefined, request: FastifyRequest) {
  if (token) await deleteSession(deps.db, sessionTokenHash(token));
  const actor = request.actor;
  if (actor) {
    await auditSystem(deps.db, { at: deps.now(), forceId: actor.forceId, username: actor.username, action: 'auth.logout', entityType: 'user', entityId: actor.id, requestId: request.id });
  }
}

/** Drops throttle counters nobody has touched for a day and this force's expired known devices (safe to run twice). */
export async function pruneLoginThrottle(db: Db, forceId: string, now: Date) {
  await pruneThrottleCounters(db, new Date(now.getTime() - THROTTLE_RETENTION_MS));
  await pruneKnownDevices(db, forceId, now);
}
