import type { Ctx } from '../../../platform/http/context.js';
import { findVictimsWithoutOpenUpdate, getCrimeForVictimCare, lastContactMade } from '../queries.js';
import { raiseEntitlement } from './shared.js';

const BATCH = 200;

/**
 * Every victim of a live crime always has an open agreed update (STANDARDS §5: a victim contract on every crime).
 * Restarts a chain that broke (e.g. the last update closed as missed on another path); safe to run twice because
 * it looks for victims without an open update first.
 */
export async function restartUpdateChains(ctx: Omit<Ctx, 'accessReason'>): Promise<number> {
  const missing = await findVictimsWithoutOpenUpdate(ctx.db, ctx.forceId, BATCH);
  for (const { victim, contract } of missing) {
    await ctx.db.transaction(async (tx) => {
      const crime = await getCrimeForVictimCare(tx, ctx.forceId, victim.crimeId);
      const from = (await lastContactMade(tx, ctx.forceId, victim.id)) ?? victim.assessedAt;
      await raiseEntitlement(tx, ctx as Ctx, victim, {
        event: 'update', eventAt: from, intervalDays: contract?.updateIntervalDays, crimeReference: crime.reference,
        note: 'Restarted by the scheduler: no agreed update was open.',
      });
    });
  }
  return missing.length;
}
