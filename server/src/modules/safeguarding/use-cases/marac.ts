import { audit } from '../../../platform/audit/audit.js';
import { nextReference } from '../../../platform/db/references.js';
import type { Db } from '../../../platform/db/connect.js';
import type { Ctx } from '../../../platform/http/context.js';
import { pageOf } from '../../../platform/http/pagination.js';
import { problem } from '../../../platform/http/problems.js';
import { personRefs } from '../../../platform/pole/disclosure.js';
import type { CreateMaracActionBody, CreateMaracMeetingBody, CreateMaracReferralBody, MaracActionView, MaracMeetingView, MaracReferralView } from '../contract.js';
import { canCompleteMaracAction, canSeeMaracAction, maracActionAgencyFilter } from '../policy.js';
import { presentMaracAction, presentMaracReferral } from '../present.js';
import {
  countMaracActions, countMaracMeetings, countMaracReferrals, countVictimHistory, findMaracReferralOfDash, getDash, getMaracAction, getMaracMeeting, getMaracReferral, insertMaracAction, insertMaracMeeting, insertMaracReferral, lastMaracReferral, listMaracActions, listMaracMeetings, listMaracReferrals,
  maracActionCursor, maracReferralCursor, meetingCursor, requirePerson, updateMaracAction, updateMaracMeeting, updateMaracReferral, type MaracMeetingRow,
} from '../queries.js';
import { addMonths, maracReferralReasons, MIN_REASON_LENGTH, type MaracReason } from '../rules.js';
import { afterCursor, auditRead, DA_TEAM, finishTasks, raiseTask, refusal, staleProblem } from './shared.js';

const HOUR = 3_600_000;

/**
 * A referral made by hand: the reasons are computed from the victim's DASH and history; professional
 * judgement with a written note is always a reason on its own (STANDARDS §8 MARAC).
 */
export async function createMaracReferral(ctx: Ctx, body: CreateMaracReferralBody): Promise<MaracReferralView> {
  return ctx.db.transaction(async (tx) => {
    await requirePerson(tx, ctx.forceId, body.victimPersonId, 'body.victimPersonId');
    const now = ctx.now();
    const dash = body.dashAssessmentId ? await getDash(tx, ctx.forceId, body.dashAssessmentId).catch(() => null) : null;
    if (body.dashAssessmentId && !dash) throw refusal('body.dashAssessmentId', 'No such DASH assessment in your force.');
    if (dash && dash.victimPersonId !== body.victimPersonId) throw refusal('body.dashAssessmentId', 'That DASH assessment is about another victim.');
    if (dash && (await findMaracReferralOfDash(tx, ctx.forceId, dash.id))) throw problem('conflict', 'This DASH assessment has already been referred to MARAC.');
    const at = dash?.incidentAt ?? now;
    const history = await countVictimHistory(tx, ctx.forceId, body.victimPersonId, addMonths(at, -12));
    const last = await lastMaracReferral(tx, ctx.forceId, body.victimPersonId);
    const reasons: MaracReason[] = maracReferralReasons({
      score: dash?.score ?? 0, finalLevel: (dash?.finalLevel as 'standard' | 'medium' | 'high') ?? 'standard', incidentAt: at,
      incidentsLast12m: history.incidents, crimesLast12m: history.crimes, lastMaracAt: last?.referredAt ?? null,
    });
    const note = body.professionalJudgementNote?.trim() ?? '';
    if (note.length >= MIN_REASON_LENGTH && !reasons.includes('professional_judgement')) reasons.push('professional_judgement');
    if (reasons.length === 0) {
      throw refusal('body.professionalJudgementNote', `No MARAC referral criterion applies; refer on professional judgement with a note of at least ${MIN_REASON_LENGTH} characters.`);
    }
    const referral = await insertMaracReferral(tx, {
      forceId: ctx.forceId, reference: await nextReference(tx, ctx.forceId, 'MARAC'), victimPersonId: body.victimPersonId, dashAssessmentId: dash?.id ?? null,
      reasons, reasonNote: note || null, isRepeat: reasons.includes('repeat'), referredBy: ctx.user.id, referredAt: now,
    });
    await audit(tx, ctx, 'marac_referral.created', { type: 'marac_referral', id: referral.id }, { reason: note || null, detail: { reasons } });
    await raiseTask(tx, ctx, {
      kind: 'marac-listing', title: `MARAC referral ${referral.reference}: research and list at the next meeting`, entity: { type: 'marac_referral', id: referral.id },
      dueAt: new Date(now.getTime() + 7 * 24 * HOUR), team: DA_TEAM, escalateToRole: 'inspector', closesVia: 'listing the case at a MARAC meeting',
    });
    return presentMaracReferral(referral, await personRefs(tx, ctx, [referral.victimPersonId], { type: 'marac_referral', id: referral.id }));
  });
}

/** Oldest first, paged by cursor with the true total. */
export async function listMaracReferralQueue(ctx: Ctx, query: { status?: string; limit: number; cursor?: string }) {
  const after = afterCursor(query.cursor);
  return ctx.db.transaction(async (tx) => {
    const filter = { status: query.status };
    const { items: rows, nextCursor } = pageOf(await listMaracReferrals(tx, ctx.forceId, filter, query.limit + 1, after), query.limit, maracReferralCursor);
    const total = await countMaracReferrals(tx, ctx.forceId, filter);
    await auditRead(tx, ctx, 'marac_referral', rows.map((r) => r.id));
    const people = await personRefs(tx, ctx, rows.map((r) => r.victimPersonId), { type: 'marac_referral', id: null });
    return { items: rows.map((r) => presentMaracReferral(r, people)), nextCursor, total };
  });
}

export async function readMaracReferral(ctx: Ctx, id: string): Promise<MaracReferralView> {
  return ctx.db.transaction(async (tx) => {
    const row = await getMaracReferral(tx, ctx.forceId, id);
    await auditRead(tx, ctx, 'marac_referral', [row.id]);
    return presentMaracReferral(row, await personRefs(tx, ctx, [row.victimPersonId], { type: 'marac_referral', id: row.id }));
  });
}

async function meetingView(tx: Db, ctx: Ctx, meeting: MaracMeetingRow): Promise<MaracMeetingView> {
  const cases = await listMaracReferrals(tx, ctx.forceId, { meetingId: meeting.id }, 500);
  const actions = await listMaracActions(tx, ctx.forceId, { agency: null, meetingId: meeting.id }, 1000);
  const people = await personRefs(tx, ctx, cases.map((c) => c.victimPersonId), { type: 'marac_meeting', id: meeting.id });
  const now = ctx.now();
  return {
    id: meeting.id, reference: meeting.reference, version: meeting.version, area: meeting.area, meetingAt: meeting.meetingAt.toISOString(),
    agencies: meeting.agencies, status: meeting.status, outcome: meeting.outcome,
    cases: cases.map((c) => presentMaracReferral(c, people)), actions: actions.map((a) => presentMaracAction(a, now)),
  };
}

export async function createMaracMeeting(ctx: Ctx, body: CreateMaracMeetingBody): Promise<MaracMeetingView> {
  return ctx.db.transaction(async (tx) => {
    const meeting = await insertMaracMeeting(tx, {
      forceId: ctx.forceId, reference: await nextReference(tx, ctx.forceId, 'MTG'), area: body.area, meetingAt: new Date(body.meetingAt),
      agencies: [...new Set(body.agencies)], createdBy: ctx.user.id, createdAt: ctx.now(), updatedAt: ctx.now(),
    });
    await audit(tx, ctx, 'marac_meeting.created', { type: 'marac_meeting', id: meeting.id }, { detail: { area: meeting.area, meetingAt: body.meetingAt } });
    return meetingView(tx, ctx, meeting);
  });
}

/** Newest first, paged by cursor with the true total. */
export async function listMeetings(ctx: Ctx, query: { limit: number; cursor?: string }) {
  const after = afterCursor(query.cursor);
  const [found, total] = await Promise.all([listMaracMeetings(ctx.db, ctx.forceId, query.limit + 1, after), countMaracMeetings(ctx.db, ctx.forceId)]);
  const { items: rows, nextCursor } = pageOf(found, query.limit, (r) => meetingCursor(r.meeting));
  return {
    items: rows.map(({ meeting: m, caseCount }) => ({
      id: m.id, reference: m.reference, version: m.version, area: m.area, meetingAt: m.meetingAt.toISOString(), agencies: m.agencies, status: m.status, outcome: m.outcome, caseCount,
    })),
    nextCursor,
    total,
  };
}

export async function readMaracMeeting(ctx: Ctx, id: string): Promise<MaracMeetingView> {
  return ctx.db.transaction(async (tx) => {
    const meeting = await getMaracMeeting(tx, ctx.forceId, id);
    await auditRead(tx, ctx, 'marac_meeting', [meeting.id]);
    return meetingView(tx, ctx, meeting);
  });
}

/** Lists a referred case at a meeting (the case list); a case sits on one meeting at a time. */
export async function listCaseAtMeeting(ctx: Ctx, meetingId: string, version: number, referralId: string): Promise<MaracMeetingView> {
  return ctx.db.transaction(async (tx) => {
    const meeting = await getMaracMeeting(tx, ctx.forceId, meetingId);
    if (meeting.version !== version) throw staleProblem('MARAC meeting');
    if (meeting.status !== 'scheduled') throw problem('invalid-state', 'Cases can be listed only at a meeting that has not been held yet.');
    const referral = await getMaracReferral(tx, ctx.forceId, referralId).catch(() => null);
    if (!referral) throw refusal('body.referralId', 'No such MARAC referral in your force.');
    if (referral.status !== 'referred') throw problem('invalid-state', `Referral ${referral.reference} is already ${referral.status}.`);
    const now = ctx.now();
    if (!(await updateMaracReferral(tx, referral, { status: 'listed', meetingId }, now))) throw staleProblem('MARAC referral');
    const updated = await updateMaracMeeting(tx, meeting, version, {}, now);
    if (!updated) throw staleProblem('MARAC meeting');
    await audit(tx, ctx, 'marac_meeting.case_listed', { type: 'marac_meeting', id: meetingId }, { detail: { referralId } });
    await finishTasks(tx, ctx, referralId, ['marac-listing'], `Listed at MARAC ${meeting.reference}`);
    return meetingView(tx, ctx, updated);
  });
}

/** Records that the meeting was held: its outcome, and every listed case is now heard. */
export async function holdMaracMeeting(ctx: Ctx, meetingId: string, version: number, outcome: string): Promise<MaracMeetingView> {
  return ctx.db.transaction(async (tx) => {
    const meeting = await getMaracMeeting(tx, ctx.forceId, meetingId);
    if (meeting.version !== version) throw staleProblem('MARAC meeting');
    if (meeting.status !== 'scheduled') throw problem('invalid-state', 'This meeting has already been held.');
    const now = ctx.now();
    if (meeting.meetingAt.getTime() > now.getTime()) throw problem('invalid-state', 'A meeting cannot be recorded as held before its date.');
    for (const c of await listMaracReferrals(tx, ctx.forceId, { meetingId }, 500)) await updateMaracReferral(tx, c, { status: 'heard' }, now);
    const updated = await updateMaracMeeting(tx, meeting, version, { status: 'held', outcome }, now);
    if (!updated) throw staleProblem('MARAC meeting');
    await audit(tx, ctx, 'marac_meeting.held', { type: 'marac_meeting', id: meetingId });
    return meetingView(tx, ctx, updated);
  });
}

export async function addMaracAction(ctx: Ctx, meetingId: string, body: CreateMaracActionBody): Promise<MaracActionView> {
  return ctx.db.transaction(async (tx) => {
    const meeting = await getMaracMeeting(tx, ctx.forceId, meetingId);
    const referral = await getMaracReferral(tx, ctx.forceId, body.referralId).catch(() => null);
    if (!referral || referral.meetingId !== meeting.id) throw refusal('body.referralId', 'That referral is not a case at this meeting.');
    if (!meeting.agencies.includes(body.agency)) throw refusal('body.agency', `The agency must be one of the meeting's agencies: ${meeting.agencies.join(', ')}.`);
    const action = await insertMaracAction(tx, {
      forceId: ctx.forceId, referralId: referral.id, meetingId, agency: body.agency, description: body.description, owner: body.owner ?? null,
      dueAt: new Date(body.dueAt), createdBy: ctx.user.id, createdAt: ctx.now(), updatedAt: ctx.now(),
    });
    await audit(tx, ctx, 'marac_action.created', { type: 'marac_action', id: action.id }, { detail: { agency: action.agency, referralId: referral.id } });
    return presentMaracAction(action, ctx.now());
  });
}

/** Partner users see only their own agency's actions; everyone else with the permission sees all. */
/** Soonest due first (a partner sees only their agency's), paged by cursor with the true total. */
export async function listActions(ctx: Ctx, query: { status?: string; limit: number; cursor?: string }) {
  const after = afterCursor(query.cursor);
  return ctx.db.transaction(async (tx) => {
    const filter = { agency: maracActionAgencyFilter(ctx.user), status: query.status };
    const { items: rows, nextCursor } = pageOf(await listMaracActions(tx, ctx.forceId, filter, query.limit + 1, after), query.limit, maracActionCursor);
    const total = await countMaracActions(tx, ctx.forceId, filter);
    await auditRead(tx, ctx, 'marac_action', rows.map((r) => r.id));
    return { items: rows.map((r) => presentMaracAction(r, ctx.now())), nextCursor, total };
  });
}

async function visibleAction(tx: Db, ctx: Ctx, id: string) {
  const action = await getMaracAction(tx, ctx.forceId, id);
  if (!canSeeMaracAction(action, ctx.user)) throw problem('not-found', 'No such MARAC action in your force.');
  return action;
}

export async function readMaracAction(ctx: Ctx, id: string): Promise<MaracActionView> {
  return ctx.db.transaction(async (tx) => {
    const action = await visibleAction(tx, ctx, id);
    await auditRead(tx, ctx, 'marac_action', [id]);
    return presentMaracAction(action, ctx.now());
  });
}

export async function completeMaracAction(ctx: Ctx, id: string, version: number, outcome: string): Promise<MaracActionView> {
  return ctx.db.transaction(async (tx) => {
    const action = await visibleAction(tx, ctx, id);
    if (action.version !== version) throw staleProblem('MARAC action');
    if (!canCompleteMaracAction(action, ctx.user)) throw problem('invalid-state', 'This action is already done.');
    const now = ctx.now();
    const updated = await updateMaracAction(tx, action, version, { status: 'done', outcome, completedAt: now, completedBy: ctx.user.id }, now);
    if (!updated) throw staleProblem('MARAC action');
    await audit(tx, ctx, 'marac_action.completed', { type: 'marac_action', id }, { detail: { agency: action.agency } });
    return presentMaracAction(updated, now);
  });
}
