import type { Ctx } from '../../../platform/http/context.js';
import { fieldProblem, problem } from '../../../platform/http/problems.js';
import type { AllocateBody, CandidateList, HandoverBody, InvestigationView } from '../contract.js';
import { findCandidates, findOpenTasks, findUser, getInvestigation, insertHandover, REVIEW_TASK_KIND, type InvestigationRow } from '../queries.js';
import {
  accreditationRefusal, allocationStateRefusal, firstReviewDueAt, handoverRefusal, isAccredited, needsAccreditedInvestigator, type RiskLevel,
} from '../rules.js';
import { changeInvestigation, crimeOf, forceRules, isSupervisor, raiseReviewTask, storedFacts } from './shared.js';
import type { Db } from '../../../platform/db/connect.js';

async function activeOfficer(tx: Db, ctx: Ctx, id: string, path: string) {
  const officer = await findUser(tx, ctx.forceId, id);
  if (!officer || !officer.active) throw problem('unprocessable', 'The officer is not an active user of your force.', [{ path, message: 'not an active user of your force' }]);
  return officer;
}

async function accreditationCheck(tx: Db, ctx: Ctx, inv: InvestigationRow, skills: string[], overrideReason: string | null | undefined) {
  const crime = await crimeOf(tx, ctx.forceId, inv);
  const refusal = accreditationRefusal(storedFacts(inv, crime.classificationCode), inv.risk as RiskLevel, {
    officerSkills: skills, overrideReason, actorIsSupervisor: isSupervisor(ctx),
  });
  if (refusal) throw problem('unprocessable', refusal, [{ path: 'body.overrideReason', message: refusal }]);
  return crime;
}

/** The officers a supervisor can allocate to, with their live caseload (STANDARDS §6); the whole force when the unit has nobody. */
export async function allocationCandidates(ctx: Ctx, id: string, team: string | undefined): Promise<CandidateList> {
  const inv = await getInvestigation(ctx.db, ctx.forceId, id);
  const crime = await crimeOf(ctx.db, ctx.forceId, inv);
  const wanted = team ?? inv.team;
  let rows = await findCandidates(ctx.db, ctx.forceId, wanted);
  let shown = wanted;
  if (rows.length === 0 && team === undefined) {
    rows = await findCandidates(ctx.db, ctx.forceId, null);
    shown = 'All teams';
  }
  return {
    team: shown,
    accreditedInvestigatorNeeded: needsAccreditedInvestigator(storedFacts(inv, crime.classificationCode), inv.risk as RiskLevel),
    items: rows.map((r) => ({
      id: r.id, displayName: r.displayName, role: r.role, team: r.team, accredited: isAccredited(r.skills), skills: r.skills,
      openCaseload: Number(r.openCaseload), highRisk: Number(r.highRisk),
    })),
  };
}

/** Allocates to a unit and optionally an officer; the first supervisory review is raised on the cadence (F10, F11). */
export function allocateInvestigation(ctx: Ctx, id: string, version: number, body: AllocateBody): Promise<InvestigationView> {
  return changeInvestigation(ctx, id, version, async (tx, inv) => {
    const stateRefusal = allocationStateRefusal(inv.status as never);
    if (stateRefusal) throw problem('invalid-state', stateRefusal);
    const open = inv.status === 'allocated' || inv.status === 'under_investigation';
    if (open && inv.officerId) throw problem('invalid-state', 'The investigation already has an officer; hand it over with a supervisory entry instead.');
    const officer = body.officerId ? await activeOfficer(tx, ctx, body.officerId, 'body.officerId') : null;
    const crime = await accreditationCheck(tx, ctx, inv, officer ? officer.skills : [], body.overrideReason);
    const overridden = officer !== null && body.overrideReason && !isAccredited(officer.skills) ? body.overrideReason : null;
    const now = ctx.now();
    const rules = await forceRules(tx, ctx);
    const firstAllocation = inv.allocatedAt === null;
    const dueAt = inv.nextReviewDueAt ?? firstReviewDueAt(now, inv.risk as RiskLevel, inv.vulnerableVictim, rules.cadence);
    if ((await findOpenTasks(tx, ctx.forceId, inv.id, REVIEW_TASK_KIND)).length === 0) {
      await raiseReviewTask(tx, ctx, inv, crime.reference, dueAt, ctx.user.id, inv.lastReviewedAt === null);
    }
    return {
      values: {
        status: open ? inv.status : 'allocated',
        team: body.team ?? inv.team,
        officerId: officer?.id ?? null,
        allocatedAt: firstAllocation ? now : inv.allocatedAt,
        allocatedBy: ctx.user.id,
        accreditationOverride: overridden ?? inv.accreditationOverride,
        nextReviewDueAt: dueAt,
      },
      action: 'investigation.allocated',
      reason: overridden,
      detail: { team: body.team ?? inv.team, officerId: officer?.id ?? null, accreditationOverride: overridden !== null, firstReviewDueAt: dueAt.toISOString() },
    };
  });
}

/** Handover between officers, endorsed by a supervisor's written entry (STANDARDS §6). */
export function handOverInvestigation(ctx: Ctx, id: string, version: number, body: HandoverBody): Promise<InvestigationView> {
  return changeInvestigation(ctx, id, version, async (tx, inv) => {
    const refusal = handoverRefusal({ status: inv.status as never, currentOfficerId: inv.officerId, toOfficerId: body.toOfficerId, supervisoryEntry: body.supervisoryEntry });
    if (refusal) {
      const open = inv.status === 'allocated' || inv.status === 'under_investigation';
      if (open && body.supervisoryEntry.trim().length < 20) throw fieldProblem('body.supervisoryEntry', refusal);
      throw problem(open ? 'unprocessable' : 'invalid-state', refusal);
    }
    const officer = await activeOfficer(tx, ctx, body.toOfficerId, 'body.toOfficerId');
    await accreditationCheck(tx, ctx, inv, officer.skills, body.overrideReason);
    const handover = await insertHandover(tx, {
      forceId: ctx.forceId, investigationId: inv.id, fromOfficerId: inv.officerId, toOfficerId: officer.id, handoverNote: body.handoverNote ?? null,
      supervisoryEntry: body.supervisoryEntry, supervisorId: ctx.user.id, at: ctx.now(),
    });
    const overridden = body.overrideReason && !isAccredited(officer.skills) ? body.overrideReason : null;
    return {
      values: { officerId: officer.id, accreditationOverride: overridden ?? inv.accreditationOverride },
      action: 'investigation.handed_over',
      reason: body.supervisoryEntry,
      detail: { handoverId: handover.id, from: inv.officerId, to: officer.id, accreditationOverride: overridden !== null },
    };
  });
}
