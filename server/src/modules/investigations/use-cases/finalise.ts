import type { Ctx } from '../../../platform/http/context.js';
import { PLATFORM_TARGETS, requireReferenced } from '../../../platform/db/referenced.js';
import { recordCrimeOutcome } from '../../crimes/index.js';
import { fieldProblem, problem } from '../../../platform/http/problems.js';
import type { FinaliseBody, InvestigationView, ReopenBody } from '../contract.js';
import { findOpenTasks, insertOutcome, markOutcomeReopened, REVIEW_TASK_KIND, SCREEN_OUT_TASK_KIND } from '../queries.js';
import { finaliseStateRefusal, firstReviewDueAt, OUTCOME_LABELS, outcomeProblems, reopenRefusal, type InvestigationStatus, type RiskLevel, type VictimInformed } from '../rules.js';
import { changeInvestigation, crimeOf, finishTasks, forceRules, raiseReviewTask, storedFacts } from './shared.js';

/** Finalises with an outcome of the national framework, each type's preconditions enforced (STANDARDS §4). */
export function finaliseInvestigation(ctx: Ctx, id: string, version: number, body: FinaliseBody): Promise<InvestigationView> {
  return changeInvestigation(ctx, id, version, async (tx, inv) => {
    const refusal = finaliseStateRefusal({ status: inv.status as InvestigationStatus });
    if (refusal) throw problem('invalid-state', refusal);
    const now = ctx.now();
    const victimInformed: VictimInformed | null = body.victimInformed
      ? body.victimInformed.informed ? { informed: true, at: new Date(body.victimInformed.at), method: body.victimInformed.method } : { informed: false, reason: body.victimInformed.reason }
      : null;
    if (victimInformed?.informed && victimInformed.at > now) throw fieldProblem('body.victimInformed.at', 'must not be in the future');
    await requireReferenced(tx, ctx.forceId, [{ path: 'body.suspect.personId', id: body.suspect?.personId, to: PLATFORM_TARGETS.person }]);
    const crime = await crimeOf(tx, ctx.forceId, inv);
    const problems = outcomeProblems({ ...body, victimInformed }, storedFacts(inv, crime.classificationCode), ctx.user.role);
    if (problems.length > 0) {
      throw problem('unprocessable', `Outcome ${body.outcome} (${OUTCOME_LABELS[body.outcome]}) cannot be recorded: ${problems.map((p) => p.message).join('; ')}.`, problems);
    }
    const { outcome, rationale, victimInformed: _v, ...conditions } = body;
    const row = await insertOutcome(tx, {
      forceId: ctx.forceId, investigationId: inv.id, outcome, rationale: rationale ?? '', conditions,
      victimInformed: victimInformed ? victimInformed.informed : null,
      victimInformedAt: victimInformed?.informed ? victimInformed.at : null,
      victimInformedMethod: victimInformed?.informed ? victimInformed.method : null,
      victimNotInformedReason: victimInformed && !victimInformed.informed ? victimInformed.reason : null,
      decidedBy: ctx.user.id, authorityRole: ctx.user.role, decidedAt: now, rulesVersion: inv.rulesVersion,
    });
    const open = [...await findOpenTasks(tx, ctx.forceId, inv.id, REVIEW_TASK_KIND), ...(victimInformed?.informed ? await findOpenTasks(tx, ctx.forceId, inv.id, SCREEN_OUT_TASK_KIND) : [])];
    await finishTasks(tx, ctx, open, 'finalised', `Outcome ${outcome}`);
    await recordCrimeOutcome(tx, ctx, inv.crimeId, outcome, `Investigation finalised: outcome ${outcome}`);
    return {
      values: { status: 'finalised', outcome, finalisedAt: now, nextReviewDueAt: null },
      action: 'investigation.finalised',
      reason: rationale,
      detail: { outcomeId: row.id, outcome, authorityRole: ctx.user.role, victimInformed: victimInformed?.informed ?? null, tasksCompleted: open.map((t) => t.id) },
    };
  });
}

/** Reopening clears the outcome, keeps the old decision marked reopened, and restarts supervision. */
export function reopenInvestigation(ctx: Ctx, id: string, version: number, body: ReopenBody): Promise<InvestigationView> {
  return changeInvestigation(ctx, id, version, async (tx, inv) => {
    const refusal = reopenRefusal({ status: inv.status as InvestigationStatus }, body.reason);
    if (refusal) {
      if (inv.status === 'finalised' || inv.status === 'screened_out') throw fieldProblem('body.reason', refusal);
      throw problem('invalid-state', refusal);
    }
    const now = ctx.now();
    await markOutcomeReopened(tx, ctx.forceId, inv.id, { reopenedAt: now, reopenedBy: ctx.user.id, reopenReason: body.reason });
    await recordCrimeOutcome(tx, ctx, inv.crimeId, null, `Investigation reopened: ${body.reason}`);
    const status: InvestigationStatus = inv.allocatedAt === null ? 'screened' : inv.planRecordedAt ? 'under_investigation' : 'allocated';
    let nextReview: Date | null = null;
    if (status !== 'screened') {
      const crime = await crimeOf(tx, ctx.forceId, inv);
      const rules = await forceRules(tx, ctx);
      nextReview = firstReviewDueAt(now, inv.risk as RiskLevel, inv.vulnerableVictim, rules.cadence);
      await raiseReviewTask(tx, ctx, inv, crime.reference, nextReview, ctx.user.id, false);
    }
    return {
      values: { status, outcome: null, finalisedAt: null, reopenedCount: inv.reopenedCount + 1, nextReviewDueAt: nextReview },
      action: 'investigation.reopened',
      reason: body.reason,
      detail: { previousOutcome: inv.outcome, previousStatus: inv.status, status },
    };
  });
}
