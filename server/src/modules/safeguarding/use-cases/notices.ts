import { audit } from '../../../platform/audit/audit.js';
import { nextReference } from '../../../platform/db/references.js';
import type { Db } from '../../../platform/db/connect.js';
import type { Ctx } from '../../../platform/http/context.js';
import { pageOf } from '../../../platform/http/pagination.js';
import { problem } from '../../../platform/http/problems.js';
import { personRefs } from '../../../platform/pole/disclosure.js';
import type { BreachBody, CreateNoticeBody, HearingBody, NoticeView } from '../contract.js';
import { presentNotice } from '../present.js';
import {
  findActiveUserOfRole, findBreaches, getDash, getNotice, insertBreach, insertNotice, listNotices, countNotices, noticeCursor, requirePerson, updateNotice, type NoticeRow,
} from '../queries.js';
import {
  ageOn, breachRefusal, dvpnAuthorisationRefusal, dvpnHearingDeadline, dvpnTestRefusal, dvpoDurationRefusal, dvpoExpiry, isDvpnExcludedDay,
} from '../rules.js';
import { afterCursor, auditRead, DA_TEAM, finishTasks, isBankHoliday, notInFuture, raiseTask, refusal, staleProblem } from './shared.js';

const ENTITY = 'protection_notice';
const HOUR = 3_600_000;

/** The views of these notices; their people come from one personRefs call (redacted for this viewer, disclosure audited). */
async function noticeView(tx: Db, ctx: Ctx, rows: NoticeRow[]): Promise<NoticeView[]> {
  const people = await personRefs(tx, ctx, rows.flatMap((r) => [r.perpetratorPersonId, r.victimPersonId]), { type: ENTITY, id: rows.length === 1 ? rows[0].id : null });
  const breaches = await findBreaches(tx, ctx.forceId, rows.map((r) => r.id));
  return rows.map((r) => presentNotice(r, people, breaches.filter((b) => b.noticeId === r.id), ctx.user, ctx.now()));
}

/** An officer applies for a DVPN; it waits for a superintendent's authorisation (STANDARDS §8). */
export async function requestNotice(ctx: Ctx, body: CreateNoticeBody): Promise<NoticeView> {
  if (body.perpetratorPersonId === body.victimPersonId) throw refusal('body.victimPersonId', 'The person at risk and the perpetrator must be different people.');
  return ctx.db.transaction(async (tx) => {
    const perpetrator = await requirePerson(tx, ctx.forceId, body.perpetratorPersonId, 'body.perpetratorPersonId');
    await requirePerson(tx, ctx.forceId, body.victimPersonId, 'body.victimPersonId');
    if (body.dashAssessmentId && !(await getDash(tx, ctx.forceId, body.dashAssessmentId).catch(() => null))) {
      throw refusal('body.dashAssessmentId', 'No such DASH assessment in your force.');
    }
    const now = ctx.now();
    const test = dvpnTestRefusal({
      perpetratorAge: perpetrator.dateOfBirth ? ageOn(perpetrator.dateOfBirth, now) : null,
      violenceOrThreat: body.violenceOrThreat, necessaryToProtect: body.necessaryToProtect,
    });
    if (test) throw refusal(test.field === 'body.perpetratorDateOfBirth' ? 'body.perpetratorPersonId' : test.field, test.refusal);
    const notice = await insertNotice(tx, {
      forceId: ctx.forceId, reference: await nextReference(tx, ctx.forceId, 'DVPN'), perpetratorPersonId: body.perpetratorPersonId,
      victimPersonId: body.victimPersonId, dashAssessmentId: body.dashAssessmentId ?? null, grounds: body.grounds, violenceOrThreat: body.violenceOrThreat,
      necessaryToProtect: body.necessaryToProtect, conditions: body.conditions, requestedBy: ctx.user.id, requestedAt: now, createdAt: now, updatedAt: now,
    });
    await audit(tx, ctx, 'dvpn.requested', { type: ENTITY, id: notice.id });
    const superintendent = await findActiveUserOfRole(tx, ctx.forceId, 'superintendent');
    await raiseTask(tx, ctx, {
      kind: 'dvpn-authorisation', title: `Authorise or refuse DVPN ${notice.reference}`, entity: { type: ENTITY, id: notice.id },
      dueAt: new Date(now.getTime() + 2 * HOUR), userId: superintendent?.id, escalateToRole: 'superintendent', closesVia: 'the superintendent’s decision on the DVPN page',
    });
    return (await noticeView(tx, ctx, [notice]))[0];
  });
}

/** Newest first, paged by cursor with the true total. */
export async function listProtectionNotices(ctx: Ctx, query: { status?: string; limit: number; cursor?: string }) {
  const after = afterCursor(query.cursor);
  return ctx.db.transaction(async (tx) => {
    const filter = { status: query.status };
    const { items: rows, nextCursor } = pageOf(await listNotices(tx, ctx.forceId, filter, query.limit + 1, after), query.limit, noticeCursor);
    const total = await countNotices(tx, ctx.forceId, filter);
    await auditRead(tx, ctx, ENTITY, rows.map((r) => r.id));
    return { items: await noticeView(tx, ctx, rows), nextCursor, total };
  });
}

export async function readNotice(ctx: Ctx, id: string): Promise<NoticeView> {
  return ctx.db.transaction(async (tx) => {
    const row = await getNotice(tx, ctx.forceId, id);
    await auditRead(tx, ctx, ENTITY, [id]);
    return (await noticeView(tx, ctx, [row]))[0];
  });
}

/** Which clock tasks each recorded step satisfies. */
const CLEARED_BY: Record<string, string[]> = {
  'dvpn.authorised': ['dvpn-authorisation'], 'dvpn.refused': ['dvpn-authorisation'], 'dvpo.made': ['dvpo-hearing'], 'dvpo.refused': ['dvpo-hearing'],
};

type Change = (row: NoticeRow, now: Date) => Promise<{ values: Partial<NoticeRow>; action: string; reason?: string | null; after?: (tx: Db, updated: NoticeRow) => Promise<void> }>;

async function changeNotice(ctx: Ctx, id: string, version: number, change: Change): Promise<NoticeView> {
  return ctx.db.transaction(async (tx) => {
    const row = await getNotice(tx, ctx.forceId, id);
    if (row.version !== version) throw staleProblem('DVPN');
    const now = ctx.now();
    const { values, action, reason, after } = await change(row, now);
    const updated = await updateNotice(tx, row, version, values, now);
    if (!updated) throw staleProblem('DVPN');
    await audit(tx, ctx, action, { type: ENTITY, id }, { reason: reason ?? null, detail: { status: updated.status } });
    await finishTasks(tx, ctx, id, CLEARED_BY[action] ?? [], action);
    if (after) await after(tx, updated);
    return (await noticeView(tx, ctx, [updated]))[0];
  });
}

export function authoriseNotice(ctx: Ctx, id: string, version: number, body: { decision: 'authorise' | 'refuse'; reason: string }) {
  const rank = dvpnAuthorisationRefusal(ctx.user.role);
  if (rank) throw problem('forbidden', rank);
  return changeNotice(ctx, id, version, async (row) => {
    if (row.status !== 'awaiting_authorisation') throw problem('invalid-state', 'This DVPN has already been decided.');
    if (row.requestedBy === ctx.user.id) throw problem('forbidden', 'The officer who applied for the DVPN cannot authorise it.');
    return {
      values: { status: body.decision === 'authorise' ? 'authorised' : 'refused', authorisedBy: ctx.user.id, authorisedAt: ctx.now(), decisionReason: body.reason },
      action: body.decision === 'authorise' ? 'dvpn.authorised' : 'dvpn.refused',
      reason: body.reason,
    };
  });
}

/** Serving starts the clock: the DVPO hearing within 48 h, Sundays and bank holidays excluded (STANDARDS §8). */
export function serveNotice(ctx: Ctx, id: string, version: number, servedAtText: string) {
  return changeNotice(ctx, id, version, async (row, now) => {
    if (row.status !== 'authorised') throw problem('invalid-state', 'Only an authorised DVPN can be served.');
    const servedAt = new Date(servedAtText);
    notInFuture(servedAt, now, 'body.servedAt');
    if (row.authorisedAt && servedAt < row.authorisedAt) throw refusal('body.servedAt', 'A DVPN cannot be served before it was authorised.');
    const hearingDueAt = dvpnHearingDeadline(servedAt, (d) => isDvpnExcludedDay(d, isBankHoliday));
    return {
      values: { status: 'served', servedAt, hearingDueAt },
      action: 'dvpn.served',
      after: async (tx, updated) => {
        await raiseTask(tx, ctx, {
          kind: 'dvpo-hearing', title: `Apply to the magistrates for a DVPO (${updated.reference}): hearing by the deadline`,
          entity: { type: ENTITY, id: updated.id }, dueAt: hearingDueAt, team: DA_TEAM, escalateToRole: 'inspector', closesVia: 'recording the hearing on the DVPN page',
        });
      },
    };
  });
}

export function recordHearing(ctx: Ctx, id: string, version: number, body: HearingBody) {
  return changeNotice(ctx, id, version, async (row) => {
    if (row.status !== 'served') throw problem('invalid-state', 'A hearing can be recorded only for a served DVPN.');
    const hearingAt = new Date(body.hearingAt);
    notInFuture(hearingAt, ctx.now(), 'body.hearingAt');
    if (row.servedAt && hearingAt < row.servedAt) throw refusal('body.hearingAt', 'The hearing cannot be before the DVPN was served.');
    if (body.outcome === 'order_made') {
      const days = body.orderDays ?? null;
      const why = days === null ? 'Give the length of the order in days.' : dvpoDurationRefusal(days);
      if (why) throw refusal('body.orderDays', why);
      const expiresAt = dvpoExpiry(hearingAt, days!);
      return {
        values: { status: 'order_made', hearingAt, court: body.court, orderMadeAt: hearingAt, orderDays: days, orderExpiresAt: expiresAt, hearingOutcomeNote: body.note ?? null },
        action: 'dvpo.made',
      };
    }
    return { values: { status: 'order_refused', hearingAt, court: body.court, hearingOutcomeNote: body.note ?? null }, action: 'dvpo.refused' };
  });
}

/** Breaches are recorded against the notice or the order in force at the time, with the arrest (STANDARDS §8). */
export async function recordBreach(ctx: Ctx, id: string, body: BreachBody): Promise<NoticeView> {
  return ctx.db.transaction(async (tx) => {
    const row = await getNotice(tx, ctx.forceId, id);
    const at = new Date(body.occurredAt);
    notInFuture(at, ctx.now(), 'body.occurredAt');
    const noticeInForce = row.servedAt !== null && row.hearingDueAt !== null && at >= row.servedAt && at < (row.hearingAt ?? row.hearingDueAt);
    const orderInForce = row.orderMadeAt !== null && row.orderExpiresAt !== null && at >= row.orderMadeAt && at < row.orderExpiresAt;
    const why = breachRefusal({ orderActiveAt: noticeInForce || orderInForce, arrested: body.arrested, noArrestReason: body.noArrestReason });
    if (why) throw refusal(why.field, why.refusal);
    const breach = await insertBreach(tx, {
      forceId: ctx.forceId, noticeId: id, against: orderInForce ? 'dvpo' : 'dvpn', occurredAt: at, detail: body.detail, arrested: body.arrested,
      noArrestReason: body.arrested ? null : (body.noArrestReason ?? null), recordedBy: ctx.user.id, recordedAt: ctx.now(),
    });
    await updateNotice(tx, row, row.version, {}, ctx.now());
    await audit(tx, ctx, 'dvpn.breach_recorded', { type: ENTITY, id }, { detail: { breachId: breach.id, against: breach.against, arrested: breach.arrested } });
    return (await noticeView(tx, ctx, [await getNotice(tx, ctx.forceId, id)]))[0];
  });
}
