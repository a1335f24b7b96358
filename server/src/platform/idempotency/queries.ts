import { and, eq, lt } from 'drizzle-orm';
import type { Db } from '../db/connect.js';
import { idempotentRequests } from './schema.js';

type Key = { forceId: string; userId: string; key: string };
const where = (k: Key) => and(eq(idempotentRequests.forceId, k.forceId), eq(idempotentRequests.userId, k.userId), eq(idempotentRequests.key, k.key));

/** Claims the key for this request; false when it was already there. */
export async function claimKey(db: Db, k: Key, requestHash: string, now: Date): Promise<boolean> {
  const rows = await db.insert(idempotentRequests).values({ ...k, requestHash, createdAt: now }).onConflictDoNothing().returning({ key: idempotentRequests.key });
  return rows.length === 1;
}

export async function findKey(db: Db, k: Key) {
  const [row] = await db.select().from(idempotentRequests).where(where(k)).limit(1);
  return row;
}

/** Takes over an expired or abandoned key for a new request. */
export async function reclaimKey(db: Db, k: Key, requestHash: string, now: Date): Promise<void> {
  await db.update(idempotentRequests).set({ requestHash, statusCode: null, headers: null, body: null, createdAt: now }).where(where(k));
}

export async function storeResponse(db: Db, k: Key, response: { statusCode: number; headers: Record<string, string>; body: string }): Promise<void> {
  await db.update(idempotentRequests).set(response).where(where(k));
}

export async function releaseKey(db: Db, k: Key): Promise<void> {
  await db.delete(idempotentRequests).where(where(k));
}

export async function deleteExpired(db: Db, forceId: string, before: Date): Promise<void> {
  await db.delete(idempotentRequests).where(and(eq(idempotentRequests.forceId, forceId), lt(idempotentRequests.createdAt, before)));
}
