import { and, arrayOverlaps, desc, eq, gte, inArray, lt, lte, or } from 'drizzle-orm';
import type { Db } from '../db/connect.js';
import { auditLog } from './schema.js';

export type AuditFilter = {
  forceId: string;
  /** Rows about any of these records, or that disclosed any of these people. */
  subjectIds?: readonly string[];
  userId?: string;
  username?: string;
  action?: string;
  from?: Date;
  to?: Date;
  beforeSeq?: number;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function subjectFilter(ids: readonly string[]) {
  const uuids = ids.filter((id) => UUID.test(id));
  if (ids.length === 0) return eq(auditLog.seq, -1);
  return uuids.length > 0 ? or(inArray(auditLog.entityId, [...ids]), arrayOverlaps(auditLog.personIds, uuids)) : inArray(auditLog.entityId, [...ids]);
}

export function listAudit(db: Db, f: AuditFilter, limit: number) {
  return db
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.forceId, f.forceId),
        f.subjectIds ? subjectFilter(f.subjectIds) : undefined,
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
