import type { Db } from '../db/connect.js';
import type { Ctx } from '../http/context.js';
import { auditLog } from './schema.js';

export type AuditEntity = { type: string; id: string | null };

/** Writes one audit row; call it with the transaction that makes the change or the read. */
export async function audit(
  tx: Db,
  ctx: Pick<Ctx, 'user' | 'forceId' | 'requestId' | 'now'>,
  action: string,
  entity: AuditEntity,
  extra: { reason?: string | null; detail?: Record<string, unknown>; personIds?: readonly string[] } = {},
) {
  await tx.insert(auditLog).values({
    at: ctx.now(),
    forceId: ctx.forceId,
    userId: ctx.user.id,
    username: ctx.user.username,
    action,
    entityType: entity.type,
    entityId: entity.id,
    requestId: ctx.requestId,
    reason: extra.reason ?? null,
    detail: extra.detail ?? null,
    personIds: extra.personIds && extra.personIds.length > 0 ? [...extra.personIds] : null,
  });
}

/** For events with no signed-in user (failed logins, scheduler runs). */
export async function auditSystem(
  tx: Db,
  entry: { at: Date; forceId: string; username: string; action: string; entityType: string; entityId?: string | null; requestId?: string; detail?: Record<string, unknown> },
) {
  await tx.insert(auditLog).values({ ...entry, entityId: entry.entityId ?? null, requestId: entry.requestId ?? null, detail: entry.detail ?? null });
}
