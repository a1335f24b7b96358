import { audit } from '../../../platform/audit/audit.js';
import type { Db } from '../../../platform/db/connect.js';
import type { Ctx } from '../../../platform/http/context.js';
import { insertHistory, lockCrime, updateCrimeAtVersion } from '../queries.js';

/**
 * Sets (or, on reopening, clears) the crime's outcome, in the investigation's transaction, so the crime
 * record and the police.uk outcomes file always show what the investigation decided (STANDARDS §4).
 */
export async function recordCrimeOutcome(tx: Db, ctx: Ctx, crimeId: string, outcome: string | null, reason: string) {
  const crime = await lockCrime(tx, ctx.forceId, crimeId);
  if (crime.outcome === outcome) return;
  await updateCrimeAtVersion(tx, crime, crime.version, { outcome }, ctx.now());
  const action = outcome ? 'crime.outcome_recorded' : 'crime.outcome_cleared';
  await insertHistory(tx, {
    forceId: ctx.forceId, crimeId, at: ctx.now(), userId: ctx.user.id, username: ctx.user.username, action, reason,
    detail: { from: crime.outcome, to: outcome },
  });
  await audit(tx, ctx, action, { type: 'crime', id: crimeId }, { reason, detail: { from: crime.outcome, to: outcome } });
}
