import type { Ctx } from '../../../platform/http/context.js';
import { problem } from '../../../platform/http/problems.js';
import { audit } from '../../../platform/audit/audit.js';
import { finishTask } from '../../../platform/tasks/index.js';
import type { ReferBody, ReferralStatusBody, RecordVpsBody, ReviewRequestBody, SupportServiceBody, SurveyBody, VictimView } from '../contract.js';
import { presentReferral } from '../present.js';
import {
  getCrimeForVictimCare, getReferral, insertReferral, insertReview, insertService, insertServices, insertStatement, insertSurvey, findSurvey,
  listReferrals, listServices, listStatements, lockOpenEntitlements, updateReferralAtVersion,
} from '../queries.js';
import { referralBasis, referralStatusRefusal, reviewRequestLate, vpsRefusal, type VpsStatus } from '../rules.js';
import { buildVictimView } from './read-victim.js';
import { crimeFactsOf, raiseEntitlement, VICTIM_ENTITY, victimForUser } from './shared.js';

/** Every force starts with the national services; the force adds its own (design default list). */
export const DEFAULT_SUPPORT_SERVICES = [
  { code: 'victim-hub', name: 'Force victim service hub', specialism: 'general' },
  { code: 'victim-support', name: 'Victim Support (national charity)', specialism: 'general' },
  { code: 'da-specialist', name: 'Domestic abuse specialist service (IDVA)', specialism: 'domestic_abuse' },
  { code: 'sv-specialist', name: 'Sexual violence specialist service (ISVA / SARC)', specialism: 'sexual_violence' },
  { code: 'hate-crime', name: 'Hate crime advocacy service', specialism: 'hate_crime' },
  { code: 'homicide-service', name: 'National Homicide Service (bereaved families)', specialism: 'bereavement' },
] as const;

export async function ensureSupportServices(ctx: Pick<Ctx, 'db' | 'forceId'>) {
  await insertServices(ctx.db, DEFAULT_SUPPORT_SERVICES.map((s) => ({ ...s, forceId: ctx.forceId })));
}

export async function listSupportServices(ctx: Ctx) {
  await ensureSupportServices(ctx);
  const rows = await listServices(ctx.db, ctx.forceId);
  return { items: rows.map((r) => ({ code: r.code, name: r.name, specialism: r.specialism, active: r.active })) };
}

export async function addSupportService(ctx: Ctx, body: SupportServiceBody) {
  await ensureSupportServices(ctx);
  return ctx.db.transaction(async (tx) => {
    const row = await insertService(tx, { ...body, forceId: ctx.forceId, active: true, createdAt: ctx.now() });
    await audit(tx, ctx, 'victim_service.added', { type: 'victim_service', id: null }, { detail: { code: row.code, name: row.name } });
    return { code: row.code, name: row.name, specialism: row.specialism, active: row.active };
  });
}

/** The VPS as its own record: offered, declined, taken or updated, with date (STANDARDS §5, F14). */
export async function recordVps(ctx: Ctx, id: string, body: RecordVpsBody): Promise<VictimView> {
  if (new Date(body.at).getTime() > ctx.now().getTime() + 5 * 60_000) throw problem('validation', 'at: must not be in the future', [{ path: 'body.at', message: 'must not be in the future' }]);
  return ctx.db.transaction(async (tx) => {
    await victimForUser(tx, ctx, id);
    const history = (await listStatements(tx, ctx.forceId, id)).map((s) => s.status as VpsStatus);
    const refusal = vpsRefusal(history, body.status);
    if (refusal) throw problem('invalid-state', refusal);
    const row = await insertStatement(tx, { forceId: ctx.forceId, victimId: id, status: body.status, at: new Date(body.at), note: body.note ?? null, recordedBy: ctx.user.id, recordedAt: ctx.now() });
    await audit(tx, ctx, `victim.vps_${body.status}`, { type: VICTIM_ENTITY, id }, { detail: { statementId: row.id, at: body.at } });
    return buildVictimView(tx, ctx, id);
  });
}

/** Referral to a support service on the basis the Code allows; meets the open referral entitlement. */
export async function referVictim(ctx: Ctx, id: string, body: ReferBody): Promise<VictimView> {
  await ensureSupportServices(ctx);
  return ctx.db.transaction(async (tx) => {
    const victim = await victimForUser(tx, ctx, id);
    const services = await listServices(tx, ctx.forceId);
    const service = services.find((s) => s.code === body.serviceCode && s.active);
    if (!service) throw problem('unprocessable', 'Choose one of your force’s active support services.', [{ path: 'body.serviceCode', message: 'unknown or inactive service' }]);
    const crime = await getCrimeForVictimCare(tx, ctx.forceId, victim.crimeId);
    const basis = referralBasis(crimeFactsOf(crime), victim.referralConsent as 'given' | 'refused' | 'not_asked');
    if (basis.basis === 'none') throw problem('invalid-state', `${basis.why}. Record the victim’s consent in a re-assessment first.`);
    const now = ctx.now();
    const referral = await insertReferral(tx, {
      forceId: ctx.forceId, victimId: id, serviceCode: service.code, basis: basis.basis, status: 'sent', sentAt: now, statusAt: now,
      note: body.note ?? null, recordedBy: ctx.user.id, createdAt: now, updatedAt: now,
    });
    for (const open of (await lockOpenEntitlements(tx, ctx.forceId, [id])).filter((o) => o.entitlement.event === 'referral')) {
      await finishTask(tx, ctx, open.task, { status: 'completed', outcome: 'referred', outcomeReason: `Referred to ${service.name} (${basis.basis})`, outcomeDetail: { referralId: referral.id } });
    }
    await audit(tx, ctx, 'victim.referred', { type: VICTIM_ENTITY, id }, { detail: { referralId: referral.id, service: service.code, basis: basis.basis } });
    return buildVictimView(tx, ctx, id);
  });
}

export async function changeReferralStatus(ctx: Ctx, referralId: string, version: number, body: ReferralStatusBody) {
  return ctx.db.transaction(async (tx) => {
    const referral = await getReferral(tx, ctx.forceId, referralId);
    await victimForUser(tx, ctx, referral.victimId);
    if (referral.version !== version) throw problem('stale-version', `The referral is at version ${referral.version}; reload it and try again.`);
    const refusal = referralStatusRefusal(referral.status, body.status);
    if (refusal) throw problem('invalid-state', refusal);
    const updated = await updateReferralAtVersion(tx, referral, version, { status: body.status, statusAt: ctx.now(), note: body.note ?? referral.note }, ctx.now());
    if (!updated) throw problem('stale-version', 'Someone changed the referral while you were saving; reload it and try again.');
    await audit(tx, ctx, 'victim.referral_status', { type: VICTIM_ENTITY, id: referral.victimId }, { detail: { referralId, from: referral.status, to: body.status } });
    const [row] = (await listReferrals(tx, ctx.forceId, referral.victimId)).filter((r) => r.referral.id === referralId);
    return presentReferral(row);
  });
}

/** A right-to-review request is logged and tasked: decide it and tell the victim within the Code's time (STANDARDS §5). */
export async function requestReview(ctx: Ctx, id: string, body: ReviewRequestBody): Promise<VictimView> {
  const told = new Date(body.decisionToldAt);
  const requested = new Date(body.requestedAt);
  const limit = ctx.now().getTime() + 5 * 60_000;
  const bad = [
    ...(told.getTime() > limit ? [{ path: 'body.decisionToldAt', message: 'must not be in the future' }] : []),
    ...(requested.getTime() > limit ? [{ path: 'body.requestedAt', message: 'must not be in the future' }] : []),
    ...(requested.getTime() < told.getTime() ? [{ path: 'body.requestedAt', message: 'must not be before the victim was told of the decision' }] : []),
  ];
  if (bad.length > 0) throw problem('validation', bad.map((b) => `${b.path}: ${b.message}`).join('; '), bad);
  return ctx.db.transaction(async (tx) => {
    const victim = await victimForUser(tx, ctx, id);
    const crime = await getCrimeForVictimCare(tx, ctx.forceId, victim.crimeId);
    const late = reviewRequestLate(told, requested);
    const entitlement = await raiseEntitlement(tx, ctx, victim, {
      event: 'right_to_review', eventAt: requested, crimeReference: crime.reference,
      note: late ? 'Requested more than 3 months after the decision: consider whether exceptional circumstances apply.' : null,
    });
    const review = await insertReview(tx, {
      forceId: ctx.forceId, victimId: id, decision: body.decision, decisionToldAt: told, requestedAt: requested, late, grounds: body.grounds,
      taskId: entitlement.taskId, recordedBy: ctx.user.id, createdAt: ctx.now(), updatedAt: ctx.now(),
    });
    await audit(tx, ctx, 'victim.review_requested', { type: VICTIM_ENTITY, id }, { detail: { reviewId: review.id, decision: body.decision, late } });
    return buildVictimView(tx, ctx, id);
  });
}

/** One satisfaction survey per victim of a crime (STANDARDS §14). */
export async function recordSurvey(ctx: Ctx, id: string, body: SurveyBody): Promise<VictimView> {
  if (new Date(body.surveyedAt).getTime() > ctx.now().getTime() + 5 * 60_000) throw problem('validation', 'surveyedAt: must not be in the future', [{ path: 'body.surveyedAt', message: 'must not be in the future' }]);
  return ctx.db.transaction(async (tx) => {
    await victimForUser(tx, ctx, id);
    if (await findSurvey(tx, ctx.forceId, id)) throw problem('conflict', 'A satisfaction survey is already recorded for this victim of this crime.');
    const survey = await insertSurvey(tx, {
      forceId: ctx.forceId, victimId: id, surveyedAt: new Date(body.surveyedAt), wholeExperience: body.wholeExperience ?? null, easeOfContact: body.easeOfContact ?? null,
      actionsTaken: body.actionsTaken ?? null, keptInformed: body.keptInformed ?? null, treatment: body.treatment ?? null, comments: body.comments ?? null,
      recordedBy: ctx.user.id, recordedAt: ctx.now(),
    });
    await audit(tx, ctx, 'victim.surveyed', { type: VICTIM_ENTITY, id }, { detail: { surveyId: survey.id } });
    return buildVictimView(tx, ctx, id);
  });
}

