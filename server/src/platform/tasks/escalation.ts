import type { Db } from '../db/connect.js';
import { auditSystem } from '../audit/audit.js';
import { findEscalationCandidates, markTasksEscalated } from './queries.js';
import { taskNeedsEscalation } from './rules.js';

const BATCH = 500;

/**
 * Escalates every overdue open task of a force to its escalation role, once; returns how many it escalated.
 * Safe to run twice or concurrently: a task already marked by another run is skipped and audited only once.
 * The version is left alone so an officer completing the task as it escalates is not refused as stale.
 */
export async function escalateOverdueTasks(db: Db, forceId: string, now: Date): Promise<number> {
  let escalated = 0;
  for (;;) {
    const candidates = await findEscalationCandidates(db, forceId, now, BATCH);
    const ids = candidates.filter((t) => taskNeedsEscalation(t, now)).map((t) => t.id);
    const marked = await db.transaction(async (tx) => {
      const rows = await markTasksEscalated(tx, forceId, ids, now);
      for (const task of rows) {
        await auditSystem(tx, {
          at: now, forceId, username: 'system', action: 'task.escalated', entityType: 'task', entityId: task.id,
          detail: { kind: task.kind, dueAt: task.dueAt.toISOString(), escalateToRole: task.escalateToRole, assigneeUserId: task.assigneeUserId, assigneeTeam: task.assigneeTeam },
        });
      }
      return rows.length;
    });
    escalated += marked;
    if (candidates.length < BATCH || marked === 0) return escalated;
  }
}
