import { audit } from '../../../platform/audit/audit.js';
import { isWorkingDay } from '../../../platform/clock.js';
import { nextReference } from '../../../platform/db/references.js';
import { linkReference, requireReferenced, type EntityTargets } from '../../../platform/db/referenced.js';
import type { Ctx } from '../../../platform/http/context.js';
import { pageOf } from '../../../platform/http/pagination.js';
import { problem } from '../../../platform/http/problems.js';
import { personRefs } from '../../../platform/pole/disclosure.js';
import type { Db } from '../../../platform/db/connect.js';
import type { CreateSafeguardingReferralBody, SafeguardingReferralView, TriageBody } from '../contract.js';
import { presentIdva, presentReferral } from '../present.js';
import {
  findDashVictims, getDash, getIdvaReferral, getReferral, insertReferral, listIdvaReferrals, listReferrals, countReferrals, referralCursor, requirePerson, updateIdvaReferral, updateReferral,
  type ReferralRow,
} from '../queries.js';
import { mashDecisionDue } from '../rules.js';
import { afterCursor, auditRead, CURSORS, DA_TEAM, finishTasks, notInFuture, raiseTask, refusal, staleProblem } from './shared.js';

const ENTITY = 'safeguarding_referral';
const HOUR = 3_600_000;

/**
 * The views of these referrals: the subject and the household (an automatic child referral's DASH victim) come from
 * one personRefs call, redacted for this viewer with the disclosure audited.
 */
async function referralViews(tx: Db, ctx: Ctx, rows: ReferralRow[]): Promise<SafeguardingReferralView[]> {
  const households = await findDashVictims(tx, ctx.forceId, rows.map((r) => r.dashAssessmentId));
  const householdOf = (r: ReferralRow) => (r.dashAssessmentId && r.subjectDescription.includes(' in the household of ') ? households.get(r.dashAssessmentId) ?? null : null);
  const people = await personRefs(tx, ctx, rows.flatMap((r) => [r.subjectPersonId, householdOf(r)]), { type: ENTITY, id: rows.length === 1 ? rows[0].id : null });
  const now = ctx.now();
  return rows.map((r) => presentReferral(r, people, householdOf(r), ctx.user, now));
}

const referralView = async (tx: Db, ctx: Ctx, row: ReferralRow) => (await referralViews(tx, ctx, [row]))[0];

/** One form for every safeguarding concern, to the referrals hub (STANDARDS §9). */
export async function createSafeguardingReferral(ctx: Ctx, body: CreateSafeguardingReferralBody, entities: EntityTargets): Promise<SafeguardingReferralView> {
  if (body.linkedId && !body.linkedType) throw refusal('body.linkedType', 'Say whether the linked record is an incident or a crime.');
  const linked = linkReference(entities, { type: body.linkedType, id: body.linkedId, typePath: 'body.linkedType', idPath: 'body.linkedId' });
  return ctx.db.transaction(async (tx) => {
    await requireReferenced(tx, ctx.forceId, linked);
    if (body.subjectPersonId) await requirePerson(tx, ctx.forceId, body.subjectPersonId, 'body.subjectPersonId');
    if (body.dashAssessmentId && !(await getDash(tx, ctx.forceId, body.dashAssessmentId).catch(() => null))) {
      throw refusal('body.dashAssessmentId', 'No such DASH assessment in your force.');
    }
    const now = ctx.now();
    const referral = await insertReferral(tx, {
      forceId: ctx.forceId, reference: await nextReference(tx, ctx.forceId, 'SGR'), subjectKind: body.subjectKind, subjectPersonId: body.subjectPersonId ?? null,
      subjectDescription: body.subjectDescription, concern: body.concern, dashAssessmentId: body.dashAssessmentId ?? null, linkedType: body.linkedType ?? null,
      linkedId: body.linkedId ?? null, linkedReference: body.linkedReference ?? null, riskLevel: body.riskLevel ?? null, childHarmIndicated: body.childHarmIndicated,
      dueAt: new Date(now.getTime() + 24 * HOUR), createdBy: ctx.user.id, createdAt: now, updatedAt: now,
    });
    await audit(tx, ctx, 'safeguarding_referral.created', { type: ENTITY, id: referral.id }, { detail: { subjectKind: referral.subjectKind } });
    await raiseTask(tx, ctx, {
      kind: 'safeguarding-triage', title: `Referrals hub: triage ${body.subjectKind} referral ${referral.reference}`, entity: { type: ENTITY, id: referral.id },
      dueAt: referral.dueAt, team: DA_TEAM, closesVia: 'triaging the referral in the referrals hub',
    });
    return referralView(tx, ctx, referral);
  });
}

/** The hub queue, red first then by due time: paged by cursor with the true total. */
export async function referralHub(ctx: Ctx, query: { status?: string; limit: number; cursor?: string }) {
  const after = afterCursor(query.cursor, CURSORS.referral);
  return ctx.db.transaction(async (tx) => {
    const filter = { status: query.status };
    const { items: rows, nextCursor } = pageOf(await listReferrals(tx, ctx.forceId, filter, query.limit + 1, after), query.limit, referralCursor);
    const total = await countReferrals(tx, ctx.forceId, filter);
    await auditRead(tx, ctx, ENTITY, rows.map((r) => r.id));
    return { items: await referralViews(tx, ctx, rows), nextCursor, total };
  });
}

export async function readSafeguardingReferral(ctx: Ctx, id: string): Promise<SafeguardingReferralView> {
  return ctx.db.transaction(async (tx) => {
    const row = await getReferral(tx, ctx.forceId, id);
    await auditRead(tx, ctx, ENTITY, [id]);
    return referralView(tx, ctx, row);
  });
}

/** Hub triage: RAG and the agency it goes to; the local authority decides within 1 working day (§9). */
export async function triageReferral(ctx: Ctx, id: string, version: number, body: TriageBody): Promise<SafeguardingReferralView> {
  return ctx.db.transaction(async (tx) => {
    const row = await getReferral(tx, ctx.forceId, id);
    if (row.version !== version) throw staleProblem('referral');
    if (row.status !== 'new') throw problem('invalid-state', 'This referral has already been triaged.');
    const now = ctx.now();
    const decisionDueAt = mashDecisionDue(now, isWorkingDay);
    const updated = await updateReferral(tx, row, version, {
      status: 'triaged', rag: body.rag, agency: body.agency, triageNote: body.note ?? null, triagedBy: ctx.user.id, triagedAt: now, decisionDueAt,
    }, now);
    if (!updated) throw staleProblem('referral');
    await audit(tx, ctx, 'safeguarding_referral.triaged', { type: ENTITY, id }, { detail: { rag: body.rag, agency: body.agency } });
    await finishTasks(tx, ctx, id, ['safeguarding-triage'], `Triaged ${body.rag} to ${body.agency}`);
    await raiseTask(tx, ctx, {
      kind: 'mash-outcome', title: `Record the ${body.agency} decision on ${row.reference}`, entity: { type: ENTITY, id }, dueAt: decisionDueAt, userId: ctx.user.id,
      closesVia: 'recording the MASH outcome in the referrals hub',
    });
    return referralView(tx, ctx, updated);
  });
}

export async function recordMashOutcome(ctx: Ctx, id: string, version: number, body: { outcome: string; note?: string | null }): Promise<SafeguardingReferralView> {
  return ctx.db.transaction(async (tx) => {
    const row = await getReferral(tx, ctx.forceId, id);
    if (row.version !== version) throw staleProblem('referral');
    if (row.status !== 'triaged') throw problem('invalid-state', row.status === 'new' ? 'Triage the referral before recording the MASH outcome.' : 'The outcome has already been recorded.');
    const now = ctx.now();
    const updated = await updateReferral(tx, row, version, { status: 'closed', mashOutcome: body.outcome, mashOutcomeNote: body.note ?? null, mashOutcomeAt: now }, now);
    if (!updated) throw staleProblem('referral');
    await audit(tx, ctx, 'safeguarding_referral.outcome_recorded', { type: ENTITY, id }, { detail: { outcome: body.outcome } });
    await finishTasks(tx, ctx, id, ['mash-outcome'], `MASH outcome: ${body.outcome}`);
    return referralView(tx, ctx, updated);
  });
}

export async function recordSchoolNotified(ctx: Ctx, id: string, version: number, notifiedAt: string): Promise<SafeguardingReferralView> {
  return ctx.db.transaction(async (tx) => {
    const row = await getReferral(tx, ctx.forceId, id);
    if (row.version !== version) throw staleProblem('referral');
    if (row.subjectKind !== 'child') throw problem('invalid-state', 'Schools are notified only for child referrals.');
    if (row.schoolNotifiedAt) throw problem('invalid-state', 'The school notification has already been recorded.');
    const at = new Date(notifiedAt);
    notInFuture(at, ctx.now(), 'body.notifiedAt');
    const updated = await updateReferral(tx, row, version, { schoolNotifiedAt: at }, ctx.now());
    if (!updated) throw staleProblem('referral');
    await finishTasks(tx, ctx, id, ['school-notification'], 'School notified');
    await audit(tx, ctx, 'safeguarding_referral.school_notified', { type: ENTITY, id }, { detail: { late: row.schoolNotificationDueAt ? at > row.schoolNotificationDueAt : false } });
    return referralView(tx, ctx, updated);
  });
}

export async function listIdva(ctx: Ctx, limit: number) {
  return ctx.db.transaction(async (tx) => {
    const rows = await listIdvaReferrals(tx, ctx.forceId, limit);
    await auditRead(tx, ctx, 'idva_referral', rows.map((r) => r.id));
    const people = await personRefs(tx, ctx, rows.map((r) => r.victimPersonId), { type: 'idva_referral', id: null });
    return { items: rows.map((r) => presentIdva(r, people)) };
  });
}

/** STANDARDS §14: IDVA contact is measured from the incident (target 24 h). */
export async function recordIdvaContact(ctx: Ctx, id: string, version: number, contactedAt: string) {
  return ctx.db.transaction(async (tx) => {
    const row = await getIdvaReferral(tx, ctx.forceId, id);
    if (row.version !== version) throw staleProblem('IDVA referral');
    if (row.contactedAt) throw problem('invalid-state', 'Contact has already been recorded.');
    const at = new Date(contactedAt);
    notInFuture(at, ctx.now(), 'body.contactedAt');
    if (at < row.incidentAt) throw refusal('body.contactedAt', 'Contact cannot be before the incident.');
    const updated = await updateIdvaReferral(tx, row, version, { contactedAt: at }, ctx.now());
    if (!updated) throw staleProblem('IDVA referral');
    await audit(tx, ctx, 'idva_referral.contacted', { type: 'idva_referral', id });
    await finishTasks(tx, ctx, id, ['idva-contact'], 'IDVA contact recorded');
    return presentIdva(updated, await personRefs(tx, ctx, [updated.victimPersonId], { type: 'idva_referral', id: updated.id }));
  });
}
