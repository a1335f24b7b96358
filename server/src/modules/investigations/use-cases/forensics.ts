import { audit } from '../../../platform/audit/audit.js';
import { nextReference } from '../../../platform/db/references.js';
import type { Db } from '../../../platform/db/connect.js';
import type { Ctx } from '../../../platform/http/context.js';
import { decodeCursor, pageOf } from '../../../platform/http/pagination.js';
import { problem } from '../../../platform/http/problems.js';
import { z } from 'zod';
import type { CompleteForensicBody, ForensicQueue, ForensicRequestBody, ForensicRequestView } from '../contract.js';
import { presentForensic } from '../present.js';
import { countForensicQueue, findObject, forensicQueueRows, forensicStats, getForensic, getInvestigation, insertForensic, updateForensicAtVersion, type ForensicRow } from '../queries.js';
import { forensicPriority, isOpenStatus, type InvestigationStatus, type RiskLevel } from '../rules.js';
import { crimeOf } from './shared.js';

async function view(db: Db, ctx: Ctx, row: ForensicRow): Promise<ForensicRequestView> {
  const inv = await getInvestigation(db, ctx.forceId, row.investigationId);
  const crime = await crimeOf(db, ctx.forceId, inv);
  return presentForensic(row, crime.reference, ctx.now());
}

/** A device examination request, prioritised from the investigation's risk and whether children or vulnerable people are involved (F18). */
export async function requestForensicExamination(ctx: Ctx, investigationId: string, body: ForensicRequestBody): Promise<ForensicRequestView> {
  return ctx.db.transaction(async (tx) => {
    const inv = await getInvestigation(tx, ctx.forceId, investigationId);
    if (!isOpenStatus(inv.status as InvestigationStatus)) throw problem('invalid-state', 'Only an open investigation can request a device examination.');
    if (body.objectId && !(await findObject(tx, ctx.forceId, body.objectId))) {
      throw problem('unprocessable', 'No such object in your force.', [{ path: 'body.objectId', message: 'no such object in your force' }]);
    }
    const childOrVulnerable = inv.childVictim || inv.vulnerableVictim;
    const now = ctx.now();
    const row = await insertForensic(tx, {
      forceId: ctx.forceId, reference: await nextReference(tx, ctx.forceId, 'DF', 6), investigationId: inv.id, objectId: body.objectId ?? null,
      deviceType: body.deviceType, description: body.description, risk: inv.risk, childOrVulnerable,
      priority: forensicPriority({ risk: inv.risk as RiskLevel, childOrVulnerable }), requestedBy: ctx.user.id, requestedAt: now, createdAt: now, updatedAt: now,
    });
    await audit(tx, ctx, 'forensic_request.created', { type: 'forensic_request', id: row.id }, { detail: { investigationId: inv.id, priority: row.priority, deviceType: row.deviceType } });
    return view(tx, ctx, row);
  });
}

/** The unit's queue: priority, then age; with the backlog's age and the median turnaround of completed work. */
const QueueCursor = z.tuple([z.number().int(), z.iso.datetime(), z.uuid()]);

/** The queue in priority then age order, paged by cursor; `total` counts the filtered queue, `outstanding` the whole backlog. */
export async function forensicQueue(ctx: Ctx, query: { status?: string; limit: number; cursor?: string }): Promise<ForensicQueue> {
  const now = ctx.now();
  const after = decodeCursor(query.cursor, QueueCursor);
  const found = await forensicQueueRows(ctx.db, ctx.forceId, query.status, query.limit + 1, after);
  const { items: rows, nextCursor } = pageOf(found, query.limit, (r) => [r.request.priority, r.request.requestedAt.toISOString(), r.request.id]);
  const total = await countForensicQueue(ctx.db, ctx.forceId, query.status);
  const stats = await forensicStats(ctx.db, ctx.forceId, now);
  return {
    items: rows.map((r) => presentForensic(r.request, r.crimeReference, now)),
    nextCursor,
    total,
    outstanding: Number(stats?.outstanding ?? 0),
    oldestOutstandingDays: stats?.oldest ? Math.floor((now.getTime() - new Date(stats.oldest).getTime()) / 86_400_000) : null,
    medianTurnaroundDays: stats?.median === null || stats?.median === undefined ? null : Math.round(Number(stats.median) * 10) / 10,
  };
}

function transition(ctx: Ctx, id: string, version: number, to: 'in_progress' | 'completed', body?: CompleteForensicBody): Promise<ForensicRequestView> {
  return ctx.db.transaction(async (tx) => {
    const row = await getForensic(tx, ctx.forceId, id);
    if (row.version !== version) throw problem('stale-version', `The request is at version ${row.version}; reload it and try again.`);
    const allowedFrom = to === 'in_progress' ? ['requested'] : ['requested', 'in_progress'];
    if (!allowedFrom.includes(row.status)) throw problem('invalid-state', `The request is ${row.status.replace('_', ' ')}.`);
    const now = ctx.now();
    const values = to === 'in_progress'
      ? { status: to, startedAt: now, examinerId: ctx.user.id }
      : { status: to, completedAt: now, startedAt: row.startedAt ?? now, examinerId: row.examinerId ?? ctx.user.id, result: body?.result ?? null };
    const updated = await updateForensicAtVersion(tx, row, version, values, now);
    if (!updated) throw problem('stale-version', 'Someone changed the request while you were saving; reload it and try again.');
    await audit(tx, ctx, to === 'in_progress' ? 'forensic_request.started' : 'forensic_request.completed', { type: 'forensic_request', id }, { detail: { investigationId: row.investigationId } });
    return view(tx, ctx, updated);
  });
}

export const startForensicExamination = (ctx: Ctx, id: string, version: number) => transition(ctx, id, version, 'in_progress');
export const completeForensicExamination = (ctx: Ctx, id: string, version: number, body: CompleteForensicBody) => transition(ctx, id, version, 'completed', body);
