import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../http/request.js';
import { decodeCursor, pageOf } from '../http/pagination.js';
import { fieldProblem } from '../http/problems.js';
import { AuditPage, AuditQuery } from './contract.js';
import { listAudit } from './queries.js';
import { audit } from './audit.js';

/** A date alone means the whole day: `to=2026-11-23` includes everything on the 23rd. */
function boundary(value: string | undefined, end: boolean): Date | undefined {
  if (!value) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T${end ? '23:59:59.999' : '00:00:00.000'}Z`);
  return new Date(value);
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
    const rows = await listAudit(ctx.db, { forceId: ctx.forceId, entityId: q.entityId, userId: q.userId, username: q.username, action: q.action, from, to, beforeSeq: cursor }, q.limit + 1);
    // Reading the audit trail is itself a consultation of personal data (DPA 2018 s.62).
    await audit(ctx.db, ctx, 'audit.searched', { type: 'audit', id: null }, { detail: { filter: { ...q, cursor: undefined } } });
    const page = pageOf(rows, q.limit, (last) => last.seq);
    return {
      nextCursor: page.nextCursor,
      items: page.items.map((e) => ({
        seq: e.seq, at: e.at.toISOString(), userId: e.userId, username: e.username, action: e.action,
        entityType: e.entityType, entityId: e.entityId, reason: e.reason, requestId: e.requestId, detail: e.detail,
      })),
    };
  });
}
