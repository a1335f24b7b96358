import { and, arrayContains, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/connect.js';
import { crimes } from '../schema.js';

/** Domestic abuse crimes recorded in a window: how many, how many finalised with an outcome, how many charged (F16). */
export async function domesticAbuseOutcomes(db: Db, forceId: string, from: Date, to: Date): Promise<{ recorded: number; finalised: number; charged: number }> {
  const [row] = await db
    .select({
      recorded: sql<number>`count(*)::int`,
      finalised: sql<number>`count(${crimes.outcome})::int`,
      // Outcome types 1 and 1A are a charge or summons (STANDARDS §4).
      charged: sql<number>`count(*) filter (where ${crimes.outcome} in ('1', '1A'))::int`,
    })
    .from(crimes)
    .where(and(eq(crimes.forceId, forceId), eq(crimes.status, 'recorded'), arrayContains(crimes.flags, ['domestic_abuse']), gte(crimes.recordedAt, from), lte(crimes.recordedAt, to)));
  return { recorded: Number(row.recorded), finalised: Number(row.finalised), charged: Number(row.charged) };
}
