import type { Ctx } from '../../../platform/http/context.js';
import { findActiveSupervisor, findUnsupervised } from '../queries.js';
import { raiseReviewTask } from './shared.js';

const BATCH = 500;

/**
 * Scheduled safety net (F10): every open investigation always has an open supervisory review task. One whose task
 * is missing gets a new one, due when the review was due (so it shows overdue at once), assigned to the supervisor
 * who allocated it or another active sergeant. Safe to run twice: it only acts where no open task exists.
 */
export async function ensureReviewTasks(ctx: Omit<Ctx, 'accessReason'>): Promise<number> {
  const rows = await findUnsupervised(ctx.db, ctx.forceId, BATCH);
  let raised = 0;
  for (const { inv, crimeReference } of rows) {
    await ctx.db.transaction(async (tx) => {
      const supervisor = await findActiveSupervisor(tx, ctx.forceId, inv.allocatedBy);
      if (!supervisor) return;
      await raiseReviewTask(tx, ctx, inv, crimeReference, inv.nextReviewDueAt ?? ctx.now(), supervisor, inv.lastReviewedAt === null);
      raised++;
    });
  }
  return raised;
}
