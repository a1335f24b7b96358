import { audit } from '../../../platform/audit/audit.js';
import type { Db } from '../../../platform/db/connect.js';
import { can, type Ctx } from '../../../platform/http/context.js';
import { problem } from '../../../platform/http/problems.js';
import { createTask, finishTask } from '../../../platform/tasks/index.js';
import { CLASSIFICATION_BY_CODE } from '../../crimes/index.js';
import type { InvestigationView } from '../contract.js';
import { presentInvestigation } from '../present.js';
import {
  findActions, findCrimeRefs, findExhibits, findHandovers, findOutcomes, findReviews, findTasksOf, findUsers, forensicOfInvestigation, getInvestigation,
  latestRuleSet, REVIEW_TASK_KIND, updateInvestigationAtVersion, type InvestigationRow,
} from '../queries.js';
import {
  DEFAULT_ALLOCATION_RULES, DEFAULT_REVIEW_CADENCE, INVESTIGATION_RULES_VERSION, type AllocationRule, type CrimeFacts, type ReviewCadence,
} from '../rules.js';

/** The rules the crime facts need, from the crime row and the crimes module's classification list. */
export function crimeFactsOf(crime: { classificationCode: string; flags: string[]; vulnerableVictim?: boolean; childVictimOnRecord?: boolean }): CrimeFacts {
  const c = CLASSIFICATION_BY_CODE.get(crime.classificationCode);
  return {
    classificationCode: crime.classificationCode,
    group: c?.group ?? 'miscellaneous',
    rape: c?.rape === true,
    seriousSexual: c?.seriousSexual === true,
    domesticAbuse: crime.flags.includes('domestic_abuse'),
    childVictim: crime.flags.includes('child_victim') || crime.childVictimOnRecord === true,
    vulnerableVictim: crime.flags.includes('vulnerable_victim') || crime.vulnerableVictim === true,
    victimless: c?.victimless === true,
  };
}

/** Facts as stored on the investigation at screening, with the crime's current classification. */
export function storedFacts(inv: InvestigationRow, classificationCode: string): CrimeFacts {
  const c = CLASSIFICATION_BY_CODE.get(classificationCode);
  return {
    classificationCode,
    group: c?.group ?? 'miscellaneous',
    rape: c?.rape === true,
    seriousSexual: c?.seriousSexual === true || inv.rapeOrSeriousSexual,
    domesticAbuse: inv.domesticAbuse,
    childVictim: inv.childVictim,
    vulnerableVictim: inv.vulnerableVictim,
    victimless: c?.victimless === true,
  };
}

export type ForceRules = { version: string; allocationRules: readonly AllocationRule[]; cadence: ReviewCadence };

/** The force's rule set in effect now, or the design defaults; decisions store the version used. */
export async function forceRules(db: Db, ctx: Pick<Ctx, 'forceId' | 'now'>): Promise<ForceRules> {
  const row = await latestRuleSet(db, ctx.forceId, ctx.now());
  if (!row) return { version: INVESTIGATION_RULES_VERSION, allocationRules: DEFAULT_ALLOCATION_RULES, cadence: DEFAULT_REVIEW_CADENCE };
  return {
    version: `${INVESTIGATION_RULES_VERSION}/${ctx.forceId}-${row.version}`,
    allocationRules: row.allocationRules as AllocationRule[],
    cadence: { ...DEFAULT_REVIEW_CADENCE, ...(row.reviewCadence as Partial<ReviewCadence>) },
  };
}

export async function crimeOf(db: Db, forceId: string, inv: InvestigationRow) {
  const crime = (await findCrimeRefs(db, forceId, [inv.crimeId])).get(inv.crimeId);
  if (!crime) throw problem('not-found', 'The crime of this investigation is not in your force.');
  return crime;
}

export async function investigationView(tx: Db, ctx: Ctx, inv: InvestigationRow): Promise<InvestigationView> {
  const crime = await crimeOf(tx, ctx.forceId, inv);
  const [actions, reviews, handovers, outcomes, exhibits, forensic, tasks] = [
    await findActions(tx, ctx.forceId, inv.id), await findReviews(tx, ctx.forceId, inv.id), await findHandovers(tx, ctx.forceId, inv.id),
    await findOutcomes(tx, ctx.forceId, inv.id), await findExhibits(tx, ctx.forceId, inv.id), await forensicOfInvestigation(tx, ctx.forceId, inv.id),
    await findTasksOf(tx, ctx.forceId, inv.id),
  ];
  const userIds = [
    inv.officerId, ...actions.map((a) => a.ownerId), ...reviews.map((r) => r.reviewerId), ...handovers.flatMap((h) => [h.fromOfficerId, h.toOfficerId, h.supervisorId]),
    ...outcomes.map((o) => o.decidedBy),
  ].filter((x): x is string => Boolean(x));
  const people = await findUsers(tx, ctx.forceId, userIds);
  return presentInvestigation(inv, { crime, actions, reviews, handovers, outcomes, exhibits, forensic, tasks: tasks.filter((t) => t.kind === REVIEW_TASK_KIND), people }, ctx.user, ctx.now());
}

export type Change = { values: Parameters<typeof updateInvestigationAtVersion>[3]; action: string; reason?: string | null; detail?: Record<string, unknown> };

/**
 * Loads the investigation, checks the version, lets `decide` run the rules and write its own rows, applies the change
 * at that version, audits, and returns the new view — all in one transaction.
 */
export function changeInvestigation(ctx: Ctx, id: string, version: number, decide: (tx: Db, inv: InvestigationRow) => Promise<Change>): Promise<InvestigationView> {
  return ctx.db.transaction(async (tx) => {
    const inv = await getInvestigation(tx, ctx.forceId, id);
    if (inv.version !== version) throw problem('stale-version', `The investigation is at version ${inv.version}; reload it and try again.`);
    const change = await decide(tx, inv);
    const updated = await updateInvestigationAtVersion(tx, inv, version, change.values, ctx.now());
    if (!updated) throw problem('stale-version', 'Someone changed the investigation while you were saving; reload it and try again.');
    await audit(tx, ctx, change.action, { type: 'investigation', id }, { reason: change.reason ?? null, detail: { crimeId: inv.crimeId, ...change.detail } });
    return investigationView(tx, ctx, updated);
  });
}

/** A supervisory review task on the cadence, with the supervisor as assignee; overdue escalates to an inspector (F10). */
export async function raiseReviewTask(tx: Db, ctx: Ctx, inv: InvestigationRow, crimeReference: string, dueAt: Date, supervisorId: string, first: boolean) {
  return createTask(tx, ctx, {
    kind: REVIEW_TASK_KIND,
    title: `${first ? 'First supervisory review' : 'Supervisory review'} of ${crimeReference} (${inv.risk} risk)`,
    detail: first ? 'Review the investigation plan and set direction (STANDARDS §6).' : 'Review progress against the plan and record direction.',
    entity: { type: 'investigation', id: inv.id },
    dueAt,
    assignee: { userId: supervisorId },
    escalateToRole: 'inspector',
    closesVia: 'recording the supervisory review on the investigation',
  });
}

/** Completes the tasks whose work this module has just recorded (the review, the victim told), audited by the tasks platform. */
export async function finishTasks(tx: Db, ctx: Ctx, open: { id: string; kind: string; status: string; version: number }[], outcome: string, outcomeReason: string) {
  for (const task of open) await finishTask(tx, ctx, task, { status: 'completed', outcome, outcomeReason });
  return open.map((t) => t.id);
}

export const isSupervisor = (ctx: Ctx) => can(ctx, 'investigations:review');
