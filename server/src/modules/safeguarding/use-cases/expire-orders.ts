import { and, eq, lte } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit.js';
import type { Ctx } from '../../../platform/http/context.js';
import { protectionNotices } from '../schema.js';

/** Scheduled: a DVPO past its expiry is marked expired and audited; running twice changes nothing more. */
export async function expireProtectionOrders(ctx: Omit<Ctx, 'accessReason'>): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const expired = await tx
      .update(protectionNotices)
      .set({ status: 'order_expired', updatedAt: now })
      .where(and(eq(protectionNotices.forceId, ctx.forceId), eq(protectionNotices.status, 'order_made'), lte(protectionNotices.orderExpiresAt, now)))
      .returning({ id: protectionNotices.id });
    for (const { id } of expired) await audit(tx, ctx, 'dvpo.expired', { type: 'protection_notice', id });
    return expired.length;
  });
}
