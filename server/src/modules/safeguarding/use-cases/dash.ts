import { audit } from '../../../platform/audit/audit.js';
import { isWorkingDay } from '../../../platform/clock.js';
import { nextReference } from '../../../platform/db/references.js';
import type { Db } from '../../../platform/db/connect.js';
import { linkReference, requireReferenced, type EntityTargets } from '../../../platform/db/referenced.js';
import type { Ctx } from '../../../platform/http/context.js';
import { problem } from '../../../platform/http/problems.js';
import { personRefs } from '../../../platform/pole/disclosure.js';
import type { CreateDashBody, DashView, SecondaryReviewBody } from '../contract.js';
import { DASH_QUESTIONS, type RiskLevel } from '../dash-questions.js';
import { presentDash } from '../present.js';
import {
  countVictimHistory, findIdvaOfDash, findMaracReferralOfDash, findReferralsOfDash, findTasksOf, getDash, insertDash, insertIdvaReferral,
  insertMaracReferral, insertReferral, lastMaracReferral, listDashByVictim, requirePerson, updateDash, type DashRow,
} from '../queries.js';
import {
  addMonths, childSafeguardingDue, dashRiskLevel, dashScore, finalRiskLevel, idvaDueAt, maracReferralReasons, needsIdvaReferral,
  positiveActionRefusal, riskRoute, RULES_VERSION, secondaryReviewRefusal, type MaracReason,
} from '../rules.js';
import { auditRead, checkPersonAccess, DA_TEAM, finishTasks, IDVA_PROVIDER, notInFuture, raiseTask, refusal, restrictedProblem, staleProblem } from './shared.js';

const ENTITY = 'dash_assessment';
const HOUR = 3_600_000;

/** The views of these assessments; their people come from one personRefs call (redacted for this viewer, disclosure audited). */
async function dashViews(tx: Db, ctx: Ctx, rows: DashRow[]): Promise<DashView[]> {
  const people = await personRefs(tx, ctx, rows.flatMap((r) => [r.victimPersonId, r.perpetratorPersonId]), rows.length === 1 ? { type: ENTITY, id: rows[0].id } : { type: ENTITY, id: null });
  const views: DashView[] = [];
  for (const row of rows) {
    const marac = await findMaracReferralOfDash(tx, ctx.forceId, row.id);
    const idva = await findIdvaOfDash(tx, ctx.forceId, row.id);
    const referrals = await findReferralsOfDash(tx, ctx.forceId, row.id);
    const tasks = await findTasksOf(tx, ctx.forceId, [row.id, ...(marac ? [marac.id] : []), ...(idva ? [idva.id] : []), ...referrals.map((r) => r.id)]);
    views.push(presentDash(row, {
      people, maracReferralId: marac?.id ?? null, idvaReferralId: idva?.id ?? null, safeguardingReferralIds: referrals.map((r) => r.id), tasks,
    }, ctx.user));
  }
  return views;
}

const dashView = async (tx: Db, ctx: Ctx, row: DashRow): Promise<DashView> => (await dashViews(tx, ctx, [row]))[0];

/** A MARAC referral with its computed reasons and a task to list it at the next meeting (STANDARDS §8). */
async function referToMarac(tx: Db, ctx: Ctx, dash: DashRow, reasons: MaracReason[], note: string | null) {
  const referral = await insertMaracReferral(tx, {
    forceId: ctx.forceId, reference: await nextReference(tx, ctx.forceId, 'MARAC'), victimPersonId: dash.victimPersonId, dashAssessmentId: dash.id,
    reasons, reasonNote: note, isRepeat: reasons.includes('repeat'), referredBy: ctx.user.id, referredAt: ctx.now(),
  });
  await audit(tx, ctx, 'marac_referral.created', { type: 'marac_referral', id: referral.id }, { detail: { reasons, dashAssessmentId: dash.id } });
  await raiseTask(tx, ctx, {
    kind: 'marac-listing', title: `MARAC referral ${referral.reference}: research and list at the next meeting`, entity: { type: 'marac_referral', id: referral.id },
    dueAt: new Date(ctx.now().getTime() + 7 * 24 * HOUR), team: DA_TEAM, escalateToRole: 'inspector', closesVia: 'listing the case at a MARAC meeting',
  });
  return referral;
}

/** Every high-risk victim is referred to an IDVA; contact is due 24 h after the incident (STANDARDS §8, §14). */
async function referToIdva(tx: Db, ctx: Ctx, dash: DashRow) {
  const idva = await insertIdvaReferral(tx, {
    forceId: ctx.forceId, victimPersonId: dash.victimPersonId, dashAssessmentId: dash.id, incidentAt: dash.incidentAt, referredAt: ctx.now(), provider: IDVA_PROVIDER,
  });
  await audit(tx, ctx, 'idva_referral.created', { type: 'idva_referral', id: idva.id }, { detail: { dashAssessmentId: dash.id } });
  await raiseTask(tx, ctx, {
    kind: 'idva-contact', title: 'IDVA: record contact with the high-risk victim', entity: { type: 'idva_referral', id: idva.id },
    dueAt: idvaDueAt(dash.incidentAt), team: DA_TEAM, closesVia: 'recording the IDVA contact',
  });
  return idva;
}

/**
 * Children present or normally resident → a referral to the hub with a due time, and a school notification (STANDARDS §8, §9).
 * The household is named by the victim's reference, never the name: the hub reads it whether or not it may see the victim.
 */
async function referChildren(tx: Db, ctx: Ctx, dash: DashRow, victimReference: string) {
  const due = childSafeguardingDue({ childrenPresent: dash.childrenPresent, childrenResident: dash.childrenResident, incidentAt: dash.incidentAt }, isWorkingDay);
  if (!due) return;
  const childHarmIndicated = dash.answers.children_hurt === 'yes' || dash.answers.children_threatened === 'yes';
  const count = dash.childrenCount > 0 ? `${dash.childrenCount} child${dash.childrenCount === 1 ? '' : 'ren'}` : 'Children';
  const referral = await insertReferral(tx, {
    forceId: ctx.forceId, reference: await nextReference(tx, ctx.forceId, 'SGR'), subjectKind: 'child',
    subjectDescription: `${count} in the household of ${victimReference}`,
    concern: `Domestic abuse incident (${dash.reference}) with children ${dash.childrenPresent ? 'present' : 'normally resident'}; DASH ${dash.finalLevel} risk.`,
    dashAssessmentId: dash.id, linkedType: dash.linkedType, linkedId: dash.linkedId, linkedReference: dash.linkedReference,
    riskLevel: dash.finalLevel, childHarmIndicated, dueAt: due.referralDueAt, schoolNotificationDueAt: due.schoolNotificationDueAt, createdBy: ctx.user.id,
  });
  await audit(tx, ctx, 'safeguarding_referral.created', { type: 'safeguarding_referral', id: referral.id }, { detail: { dashAssessmentId: dash.id, automatic: true } });
  await raiseTask(tx, ctx, {
    kind: 'safeguarding-triage', title: `Referrals hub: triage child referral ${referral.reference}`, entity: { type: 'safeguarding_referral', id: referral.id },
    dueAt: due.referralDueAt, team: DA_TEAM, closesVia: 'triaging the referral in the referrals hub',
  });
  await raiseTask(tx, ctx, {
    kind: 'school-notification', title: `Notify the school before the next school day (${referral.reference})`, entity: { type: 'safeguarding_referral', id: referral.id },
    dueAt: due.schoolNotificationDueAt, team: DA_TEAM, closesVia: 'recording the school notification in the referrals hub',
  });
}

export async function createDashAssessment(ctx: Ctx, body: CreateDashBody, entities: EntityTargets): Promise<DashView> {
  const now = ctx.now();
  const incidentAt = new Date(body.incidentAt);
  notInFuture(incidentAt, now, 'body.incidentAt');
  const score = dashScore(body.answers);
  const computed = dashRiskLevel(score);
  const decision = finalRiskLevel({ computed, requested: body.finalLevel, reason: body.levelReason, assessorRole: ctx.user.role });
  if (!decision.ok) throw refusal(decision.field, decision.refusal);
  const pa = body.positiveAction;
  const paRefusal = positiveActionRefusal(pa);
  if (paRefusal) throw refusal(paRefusal.field, paRefusal.refusal);
  if (body.linkedId && !body.linkedType) throw refusal('body.linkedType', 'Say whether the linked record is an incident or a crime.');
  const linked = linkReference(entities, { type: body.linkedType, id: body.linkedId, typePath: 'body.linkedType', idPath: 'body.linkedId' });

  return ctx.db.transaction(async (tx) => {
    await requireReferenced(tx, ctx.forceId, linked);
    const victim = await requirePerson(tx, ctx.forceId, body.victimPersonId, 'body.victimPersonId');
    if (body.perpetratorPersonId) await requirePerson(tx, ctx.forceId, body.perpetratorPersonId, 'body.perpetratorPersonId');
    const history = await countVictimHistory(tx, ctx.forceId, body.victimPersonId, addMonths(incidentAt, -12));
    const lastMarac = await lastMaracReferral(tx, ctx.forceId, body.victimPersonId);
    const thisIsCrime = body.linkedType === 'crime';
    const reasons = maracReferralReasons({
      score, finalLevel: decision.level, incidentAt,
      incidentsLast12m: history.incidents + (thisIsCrime ? 0 : 1), crimesLast12m: history.crimes + (thisIsCrime ? 1 : 0),
      lastMaracAt: lastMarac?.referredAt ?? null,
    });
    const answers = Object.fromEntries(Object.entries(body.answers).filter(([, v]) => v)) as Record<string, string>;
    const answerNotes = Object.fromEntries(Object.entries(body.answerNotes).filter(([, v]) => v)) as Record<string, string>;
    const dash = await insertDash(tx, {
      forceId: ctx.forceId, reference: await nextReference(tx, ctx.forceId, 'DASH'), victimPersonId: body.victimPersonId,
      perpetratorPersonId: body.perpetratorPersonId ?? null, linkedType: body.linkedType ?? null, linkedId: body.linkedId ?? null,
      linkedReference: body.linkedReference ?? null, incidentAt, intimatePartner: body.intimatePartner, answers, answerNotes,
      victimDeclined: body.victimDeclined, score, computedLevel: computed, finalLevel: decision.level, levelBasis: decision.basis,
      levelReason: decision.basis === 'score' ? null : (body.levelReason ?? null), childrenPresent: body.childrenPresent,
      childrenResident: body.childrenResident, childrenCount: body.childrenCount, powerOfArrest: pa.powerOfArrest, arrested: pa.arrested,
      noArrestReason: pa.arrested ? null : (pa.noArrestReason ?? null), noArrestNote: pa.arrested ? null : (pa.noArrestNote ?? null),
      maracReasons: reasons, assessedBy: ctx.user.id, assessedAt: now,
      supervisorId: decision.basis === 'supervisor_lowered' ? ctx.user.id : null, rulesVersion: RULES_VERSION, createdAt: now, updatedAt: now,
    });
    await audit(tx, ctx, 'dash.created', { type: ENTITY, id: dash.id }, {
      reason: dash.levelReason,
      detail: { victimPersonId: dash.victimPersonId, score, computedLevel: computed, finalLevel: decision.level, basis: decision.basis, maracReasons: reasons, rulesVersion: RULES_VERSION },
    });
    const route = riskRoute(decision.level, DA_TEAM);
    await raiseTask(tx, ctx, {
      kind: route.taskKind, title: `${route.title} (${dash.reference})`, entity: { type: ENTITY, id: dash.id },
      dueAt: new Date(now.getTime() + route.dueHours * HOUR),
      ...(route.queue === 'daisu_safeguarding' ? { team: route.team, closesVia: 'the secondary risk assessment on the DASH page' } : { userId: ctx.user.id }),
    });
    // STANDARDS §8: a supervisor reviews every DASH (§17 F15).
    await raiseTask(tx, ctx, {
      kind: 'dash-supervisor-review', title: `Supervisor review of DASH ${dash.reference} (${decision.level} risk)`, entity: { type: ENTITY, id: dash.id },
      dueAt: new Date(now.getTime() + 24 * HOUR), team: ctx.user.team, escalateToRole: 'inspector',
    });
    if (reasons.length > 0) await referToMarac(tx, ctx, dash, reasons, decision.basis === 'professional_judgement_raised' ? dash.levelReason : null);
    if (needsIdvaReferral(decision.level)) await referToIdva(tx, ctx, dash);
    await referChildren(tx, ctx, dash, victim.reference);
    return dashView(tx, ctx, dash);
  });
}

export async function readDashAssessment(ctx: Ctx, id: string): Promise<DashView> {
  const view = await ctx.db.transaction(async (tx) => {
    const row = await getDash(tx, ctx.forceId, id);
    if (!(await checkPersonAccess(tx, ctx, row.victimPersonId, { type: ENTITY, id: row.id }))) return null;
    await auditRead(tx, ctx, ENTITY, [row.id]);
    return dashView(tx, ctx, row);
  });
  if (!view) throw restrictedProblem();
  return view;
}

/** Re-assessment on each new incident: the history per victim, newest first. */
export async function dashHistory(ctx: Ctx, victimId: string, limit: number): Promise<{ items: DashView[] }> {
  const result = await ctx.db.transaction(async (tx) => {
    const rows = await listDashByVictim(tx, ctx.forceId, victimId, limit);
    if (rows.length > 0 && !(await checkPersonAccess(tx, ctx, victimId, { type: 'person', id: victimId }))) return null;
    await auditRead(tx, ctx, ENTITY, rows.map((r) => r.id));
    return { items: await dashViews(tx, ctx, rows) };
  });
  if (!result) throw restrictedProblem();
  return result;
}

/** Secondary risk assessment by a specialist: confirms or changes the level with a reason (STANDARDS §8). */
export async function secondaryReview(ctx: Ctx, id: string, version: number, body: SecondaryReviewBody): Promise<DashView> {
  return ctx.db.transaction(async (tx) => {
    const row = await getDash(tx, ctx.forceId, id);
    if (row.version !== version) throw staleProblem('DASH assessment');
    if (row.reviewedAt) throw problem('invalid-state', 'This DASH has already had its secondary risk assessment.');
    const current = row.finalLevel as RiskLevel;
    const why = secondaryReviewRefusal(current, body.level, body.reason);
    if (why) throw refusal('body.reason', why);
    const now = ctx.now();
    const updated = await updateDash(tx, row, version, {
      finalLevel: body.level, reviewLevel: body.level, reviewReason: body.reason ?? null, reviewedBy: ctx.user.id, reviewedAt: now,
      levelBasis: body.level === current ? row.levelBasis : 'secondary_review',
    }, now);
    if (!updated) throw staleProblem('DASH assessment');
    await audit(tx, ctx, 'dash.secondary_reviewed', { type: ENTITY, id }, { reason: body.reason ?? null, detail: { from: current, to: body.level } });
    await finishTasks(tx, ctx, id, ['dash-high-risk'], `Secondary risk assessment: ${body.level}`);
    if (body.level === 'high' && current !== 'high') {
      if (!(await findMaracReferralOfDash(tx, ctx.forceId, id))) await referToMarac(tx, ctx, updated, ['professional_judgement'], body.reason ?? null);
      if (!(await findIdvaOfDash(tx, ctx.forceId, id))) await referToIdva(tx, ctx, updated);
    }
    return dashView(tx, ctx, updated);
  });
}

export const DASH_QUESTION_LIST = DASH_QUESTIONS.map((q) => ({ n: q.n, key: q.key, text: q.text }));
