import { and, eq, gt, ilike, or, asc } from 'drizzle-orm';
import type { Db } from '../db/connect.js';
import { problem } from '../http/problems.js';
import { forces, sessions, users } from './schema.js';

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

export async function listUsers(db: Db, forceId: string, q: string | undefined, limit: number) {
  const filter = q ? or(ilike(users.username, `%${q}%`), ilike(users.displayName, `%${q}%`)) : undefined;
  return db
    .select()
    .from(users)
    .where(and(eq(users.forceId, forceId), filter))
    .orderBy(asc(users.displayName))
    .limit(limit);
}

export async function findUsersByRole(db: Db, forceId: string, roles: string[]) {
  const all = await db.select().from(users).where(and(eq(users.forceId, forceId), eq(users.active, true)));
  return all.filter((u) => roles.includes(u.role));
}
