import type { Ctx } from '../../../platform/http/context.js';
import { problem } from '../../../platform/http/problems.js';
import type { InvestigationView, ReviewBody } from '../contract.js';
import { findOpenTasks, insertReview, REVIEW_TASK_KIND } from '../queries.js';
import { nextReviewDueAt, reviewRefusal, type InvestigationStatus } from '../rules.js';
import { changeInvestigation, crimeOf, finishTasks, forceRules, raiseReviewTask, storedFacts } from './shared.js';

/** A supervisor records direction; the review task closes with it and the next one is raised on the cadence (F09, F10). */
export function reviewInvestigation(ctx: Ctx, id: string, version: number, body: ReviewBody): Promise<InvestigationView> {
  return changeInvestigation(ctx, id, version, async (tx, inv) => {
    const refusal = reviewRefusal({ status: inv.status as InvestigationStatus, planRecorded: inv.planRecordedAt !== null });
    if (refusal) throw problem('invalid-state', refusal);
    const now = ctx.now();
    const crime = await crimeOf(tx, ctx.forceId, inv);
    const rules = await forceRules(tx, ctx);
    const next = nextReviewDueAt(now, storedFacts(inv, crime.classificationCode), rules.cadence);
    const kind = inv.lastReviewedAt === null ? 'first' : 'periodic';
    const review = await insertReview(tx, {
      forceId: ctx.forceId, investigationId: inv.id, kind, direction: body.direction, reviewerId: ctx.user.id, reviewedAt: now, dueAt: inv.nextReviewDueAt, nextDueAt: next,
    });
    const open = await findOpenTasks(tx, ctx.forceId, inv.id, REVIEW_TASK_KIND);
    await finishTasks(tx, ctx, open, 'reviewed', body.direction.slice(0, 500));
    await raiseReviewTask(tx, ctx, inv, crime.reference, next, ctx.user.id, false);
    return {
      values: { lastReviewedAt: now, nextReviewDueAt: next },
      action: 'investigation.reviewed',
      detail: { reviewId: review.id, kind, late: inv.nextReviewDueAt !== null && now > inv.nextReviewDueAt, nextDueAt: next.toISOString(), tasksCompleted: open.map((t) => t.id) },
    };
  });
}
