import { eq, sql } from 'drizzle-orm';
import type { Db } from './connect.js';
import { forces } from '../auth/schema.js';
import { referenceCounters } from '../pole/schema.js';

/** Next number in a force's series; the row lock serialises concurrent callers, so numbers never repeat. */
export async function nextSequence(tx: Db, forceId: string, series: string): Promise<number> {
  const [row] = await tx
    .insert(referenceCounters)
    .values({ forceId, series, lastValue: 1 })
    .onConflictDoUpdate({ target: [referenceCounters.forceId, referenceCounters.series], set: { lastValue: sql`${referenceCounters.lastValue} + 1` } })
    .returning({ value: referenceCounters.lastValue });
  return row.value;
}

const prefixes = new Map<string, string>();

export async function forcePrefix(tx: Db, forceId: string): Promise<string> {
  let prefix = prefixes.get(forceId);
  if (!prefix) {
    const [row] = await tx.select({ prefix: forces.referencePrefix }).from(forces).where(eq(forces.id, forceId));
    prefix = row?.prefix ?? forceId.slice(0, 2);
    prefixes.set(forceId, prefix);
  }
  return prefix;
}

/** Human reference unique within the force, e.g. HT/P/0000042. */
export async function nextReference(tx: Db, forceId: string, series: string, width = 7): Promise<string> {
  const [prefix, n] = [await forcePrefix(tx, forceId), await nextSequence(tx, forceId, series)];
  return `${prefix}/${series}/${String(n).padStart(width, '0')}`;
}

/** Escapes LIKE wildcards in user text. */
export function likeEscape(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
