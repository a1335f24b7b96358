import { and, asc, desc, eq, gt, ilike, lt, lte, notInArray, or, sql } from 'drizzle-orm';
import type { Db } from '../db/connect.js';
import { likeEscape } from '../db/references.js';
import { problem } from '../http/problems.js';
import { forces, knownDevices, loginThrottle, sessions, users } from './schema.js';
import { KNOWN_DEVICES_PER_USER, type Counter, type CounterRow, type ThrottleScope } from './login-throttle.js';

export async function findUserByUsername(db: Db, username: string) {
  const [row] = await db.select().from(users).where(eq(users.username, username)).limit(1);
  return row;
}

export async function findSessionUser(db: Db, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ user: users, forceName: forces.name, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, and(eq(users.forceId, sessions.forceId), eq(users.id, sessions.userId)))
    .innerJoin(forces, eq(forces.id, users.forceId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now), eq(users.active, true)))
    .limit(1);
  return row;
}

export async function insertSession(db: Db, values: typeof sessions.$inferInsert) {
  await db.insert(sessions).values(values);
}

export async function deleteSession(db: Db, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function getForce(db: Db, forceId: string) {
  const [row] = await db.select().from(forces).where(eq(forces.id, forceId)).limit(1);
  if (!row) throw problem('not-found', `No force ${forceId}`);
  return row;
}

export async function getUser(db: Db, forceId: string, id: string) {
  const [row] = await db.select().from(users).where(and(eq(users.forceId, forceId), eq(users.id, id))).limit(1);
  if (!row) throw problem('not-found', 'No such user in your force');
  return row;
}

type UserFilter = { q?: string; includeInactive: boolean };

function userCondition(forceId: string, query: UserFilter) {
  const like = query.q ? `%${likeEscape(query.q)}%` : undefined;
  const filter = like ? or(ilike(users.username, like), ilike(users.displayName, like)) : undefined;
  return and(eq(users.forceId, forceId), filter, query.includeInactive ? undefined : eq(users.active, true));
}

/** By name; `after` is the (displayName, id) of the last user of the previous page. */
export async function listUsers(db: Db, forceId: string, query: UserFilter & { limit: number }, after?: [string, string]) {
  return db
    .select()
    .from(users)
    .where(and(userCondition(forceId, query), after ? sql`(${users.displayName}, ${users.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined))
    .orderBy(asc(users.displayName), asc(users.id))
    .limit(query.limit);
}

/** How many users match, whatever page is shown. */
export async function countUsers(db: Db, forceId: string, query: UserFilter): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users).where(userCondition(forceId, query));
  return Number(row?.n ?? 0);
}

export async function findUsersByRole(db: Db, forceId: string, roles: string[]) {
  const all = await db.select().from(users).where(and(eq(users.forceId, forceId), eq(users.active, true)));
  return all.filter((u) => roles.includes(u.role));
}

export async function insertUser(db: Db, values: typeof users.$inferInsert) {
  const [row] = await db.insert(users).values(values).returning();
  return row!;
}

export async function updateUserVersioned(db: Db, forceId: string, id: string, version: number, changes: Partial<typeof users.$inferInsert>) {
  const [row] = await db
    .update(users)
    .set({ ...changes, version: sql`${users.version} + 1` })
    .where(and(eq(users.forceId, forceId), eq(users.id, id), eq(users.version, version)))
    .returning();
  return row;
}

export async function deleteSessionsOfUser(db: Db, forceId: string, userId: string) {
  await db.delete(sessions).where(and(eq(sessions.forceId, forceId), eq(sessions.userId, userId)));
}

/**
 * Locks the throttle counters of an attempt (creating them when missing, so two instances count the same row)
 * and returns them by scope. Call inside a transaction; every caller locks account before address.
 */
export async function lockThrottleCounters(tx: Db, keys: { account?: string; address: string }, now: Date) {
  const wanted = [
    ...(keys.account !== undefined ? [{ scope: 'account' as const, key: keys.account }] : []),
    { scope: 'address' as const, key: keys.address },
  ];
  await tx
    .insert(loginThrottle)
    .values(wanted.map((w) => ({ ...w, failures: 0, windowStartedAt: now, updatedAt: now })))
    .onConflictDoNothing();
  const rows = await tx
    .select()
    .from(loginThrottle)
    .where(or(...wanted.map((w) => and(eq(loginThrottle.scope, w.scope), eq(loginThrottle.key, w.key)))))
    .orderBy(asc(loginThrottle.scope), asc(loginThrottle.key))
    .for('update');
  const of = (scope: ThrottleScope): CounterRow | undefined => rows.find((r) => r.scope === scope);
  return { account: of('account'), address: of('address') };
}

export async function saveThrottleCounter(tx: Db, scope: ThrottleScope, key: string, counter: Counter, now: Date) {
  await tx
    .update(loginThrottle)
    .set({ failures: counter.failures, windowStartedAt: counter.windowStartedAt, blockedUntil: counter.blockedUntil, updatedAt: now })
    .where(and(eq(loginThrottle.scope, scope), eq(loginThrottle.key, key)));
}

export async function deleteThrottleCounter(tx: Db, scope: ThrottleScope, key: string) {
  await tx.delete(loginThrottle).where(and(eq(loginThrottle.scope, scope), eq(loginThrottle.key, key)));
}

export async function pruneThrottleCounters(db: Db, before: Date) {
  await db.delete(loginThrottle).where(lt(loginThrottle.updatedAt, before));
}

/**
 * Counts an attempt against a known device in advance and answers whether the device is known to the user
 * (unexpired, under its failure limit). One statement, so parallel guesses with a stolen cookie cannot pass the limit.
 */
export async function claimKnownDevice(db: Db, tokenHash: string, user: { forceId: string; id: string }, now: Date, maxFailures: number) {
  const [row] = await db
    .update(knownDevices)
    .set({ failures: sql`${knownDevices.failures} + 1` })
    .where(and(
      eq(knownDevices.tokenHash, tokenHash), eq(knownDevices.forceId, user.forceId), eq(knownDevices.userId, user.id),
      gt(knownDevices.expiresAt, now), lt(knownDevices.failures, maxFailures),
    ))
    .returning({ failures: knownDevices.failures });
  return row;
}

export async function forgetKnownDevice(db: Db, tokenHash: string, user: { forceId: string; id: string }) {
  await db.delete(knownDevices).where(and(eq(knownDevices.tokenHash, tokenHash), eq(knownDevices.forceId, user.forceId), eq(knownDevices.userId, user.id)));
}

/**
 * After a sign-in: the browser gets a new token (the old one, if it had one, stops working for every account it was
 * known to, and they move to the new one), and it is known to this user until `expiresAt`.
 */
export async function rememberKnownDevice(
  tx: Db,
  device: { previousTokenHash?: string; tokenHash: string; forceId: string; userId: string; now: Date; expiresAt: Date },
) {
  if (device.previousTokenHash) {
    await tx.update(knownDevices).set({ tokenHash: device.tokenHash }).where(eq(knownDevices.tokenHash, device.previousTokenHash));
  }
  await tx
    .insert(knownDevices)
    .values({ tokenHash: device.tokenHash, forceId: device.forceId, userId: device.userId, failures: 0, createdAt: device.now, lastSignInAt: device.now, expiresAt: device.expiresAt })
    .onConflictDoUpdate({
      target: [knownDevices.tokenHash, knownDevices.forceId, knownDevices.userId],
      set: { failures: 0, lastSignInAt: device.now, expiresAt: device.expiresAt },
    });
  const mine = and(eq(knownDevices.forceId, device.forceId), eq(knownDevices.userId, device.userId));
  const newest = tx.select({ tokenHash: knownDevices.tokenHash }).from(knownDevices).where(mine)
    .orderBy(desc(sql`${knownDevices.tokenHash} = ${device.tokenHash}`), desc(knownDevices.lastSignInAt)).limit(KNOWN_DEVICES_PER_USER);
  await tx.delete(knownDevices).where(and(mine, notInArray(knownDevices.tokenHash, newest)));
}

export async function pruneKnownDevices(db: Db, forceId: string, now: Date) {
  await db.delete(knownDevices).where(and(eq(knownDevices.forceId, forceId), lte(knownDevices.expiresAt, now)));
}
