import { and, asc, eq, gt, ilike, or, sql } from 'drizzle-orm';
import type { Db } from '../db/connect.js';
import { likeEscape } from '../db/references.js';
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

export async function listUsers(db: Db, forceId: string, query: { q?: string; includeInactive: boolean; limit: number }) {
  const like = query.q ? `%${likeEscape(query.q)}%` : undefined;
  const filter = like ? or(ilike(users.username, like), ilike(users.displayName, like)) : undefined;
  return db
    .select()
    .from(users)
    .where(and(eq(users.forceId, forceId), filter, query.includeInactive ? undefined : eq(users.active, true)))
    .orderBy(asc(users.displayName))
    .limit(query.limit);
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
