import { and, desc, eq, gte, lt, lte } from 'drizzle-orm';
import type { Db } from '../db/connect.js';
import { auditLog } from './schema.js';

export type AuditFilter = {
  forceId: string;
  entityId?: string;
  userId?: string;
  username?: string;
  action?: string;
  from?: Date;
  to?: Date;
  beforeSeq?: number;
};

export function listAudit(db: Db, f: AuditFilter, limit: number) {
  return db
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.forceId, f.forceId),
        f.entityId ? eq(auditLog.entityId, f.entityId) : undefined,
        f.userId ? eq(auditLog.userId, f.userId) : undefined,
        f.username ? eq(auditLog.username, f.username) : undefined,
        f.action ? eq(auditLog.action, f.action) : undefined,
        f.from ? gte(auditLog.at, f.from) : undefined,
        f.to ? lte(auditLog.at, f.to) : undefined,
        f.beforeSeq ? lt(auditLog.seq, f.beforeSeq) : undefined,
      ),
    )
    .orderBy(desc(auditLog.seq))
    .limit(limit);
}
