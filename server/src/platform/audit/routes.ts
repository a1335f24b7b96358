import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../http/request.js';
import { decodeCursor, pageOf } from '../http/pagination.js';
import { fieldProblem } from '../http/problems.js';
import { AuditPage, AuditQuery } from './contract.js';
import { listAudit } from './queries.js';
import { personIdsMatching } from '../pole/queries.js';
import { audit } from './audit.js';
import { londonDayStart } from '../clock.js';

/** A date alone means the whole London day: `to=2026-07-01` includes everything up to midnight BST that night. */
function boundary(value: string | undefined, end: boolean): Date | undefined {
  if (!value) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(value);
  if (!end) return londonDayStart(value);
  const next = new Date(`${value}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return new Date(londonDayStart(next.toISOString().slice(0, 10)).getTime() - 1);
}

export async function auditRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/audit', {
    config: { permission: 'audit:read' },
    schema: {
      tags: ['audit'],
      summary: 'The audit trail of your force: who read or changed what, when (newest first)',
      querystring: AuditQuery,
      response: { 200: AuditPage },
    },
  }, async (request) => {
    const ctx = ctxOf(request, app.deps);
    const q = request.query;
    const from = boundary(q.from, false);
    const to = boundary(q.to, true);
    if (from && to && from > to) throw fieldProblem('querystring.from', 'must not be after to');
    const cursor = decodeCursor(q.cursor, z.number().int().positive());
    const subjectIds = q.entityId || q.person
      ? [...(q.entityId ? [q.entityId] : []), ...(q.person ? await personIdsMatching(ctx.db, ctx.forceId, q.person) : [])]
      : undefined;
    const rows = await listAudit(ctx.db, { forceId: ctx.forceId, subjectIds, userId: q.userId, username: q.username, action: q.action, from, to, beforeSeq: cursor }, q.limit + 1);
    // Reading the audit trail is itself a consultation of personal data (DPA 2018 s.62).
    await audit(ctx.db, ctx, 'audit.searched', { type: 'audit', id: null }, { detail: { filter: { ...q, cursor: undefined } } });
    const page = pageOf(rows, q.limit, (last) => last.seq);
    return {
      nextCursor: page.nextCursor,
      items: page.items.map((e) => ({
        seq: e.seq, at: e.at.toISOString(), userId: e.userId, username: e.username, action: e.action,
        entityType: e.entityType, entityId: e.entityId, reason: e.reason, requestId: e.requestId, detail: e.detail, personIds: e.personIds ?? [],
      })),
    };
  });
}
