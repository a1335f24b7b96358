import type { Ctx } from '../../../platform/http/context.js';
import { auditSystem } from '../../../platform/audit/audit.js';
import { createTask } from '../../../platform/tasks/index.js';
import { presentQueueItem, storedFlags } from '../present.js';
import { listReassessmentTasks, listUnresolved, settingsOf } from '../queries.js';
import { reassessmentsDue, type Grade, type IncidentStatus, type ReassessmentKind } from '../rules.js';

const TITLES: Record<ReassessmentKind, string> = {
  'target-breached': 'Re-assess: attendance target breached',
  'da-delayed': 'Re-assess: domestic abuse incident awaiting attendance beyond the force limit',
  'review-overdue': 'Review: unresourced incident not reviewed for 8 hours',
};

/**
 * Raises a mandatory re-assessment task (THRIVE, safeguarding, re-grade) for each trigger that has fired and has no
 * open task yet, so running twice raises nothing new (STANDARDS §2 C5; F02). Returns how many tasks were raised.
 */
export async function raiseReassessments(ctx: Omit<Ctx, 'accessReason'>): Promise<number> {
  const now = ctx.now();
  const settings = await settingsOf(ctx.db, ctx.forceId);
  const rows = await listUnresolved(ctx.db, ctx.forceId);
  const due = rows
    .map((row) => ({ row, kinds: reassessmentsDue({ status: row.status as IncidentStatus, grade: row.grade as Grade | null, createdAt: row.createdAt, targetAt: row.targetAt, arrivedAt: row.arrivedAt, lastReviewedAt: row.lastReviewedAt, flags: storedFlags(row), thrive: row.thrive }, now, settings) }))
    .filter((d) => d.kinds.length > 0);
  if (due.length === 0) return 0;
  const existing = await listReassessmentTasks(ctx.db, ctx.forceId, due.map((d) => d.row.id));
  let raised = 0;
  for (const { row, kinds } of due) {
    for (const kind of kinds) {
      // A breach is raised once per incident; the 8-hourly review once per review period.
      const since = kind === 'review-overdue' ? (row.lastReviewedAt ?? row.createdAt) : row.createdAt;
      if (existing.some((t) => t.entityId === row.id && t.kind === `incident-${kind}` && t.createdAt >= since)) continue;
      const item = presentQueueItem(row, settings, now);
      await ctx.db.transaction(async (tx) => {
        await createTask(tx, ctx, {
          kind: `incident-${kind}`,
          title: `${TITLES[kind]} — ${row.reference}`,
          detail: `${item.typeLabel}: ${row.summary}. Risk: ${item.riskReasons.join(', ') || 'none recorded'}. Re-check THRIVE, safeguarding and the grade.`,
          entity: { type: 'incident', id: row.id },
          dueAt: new Date(now.getTime() + 60 * 60_000),
          assignee: { team: settings.reassessmentTeam },
          escalateToRole: 'sergeant',
        });
        await auditSystem(tx, { at: now, forceId: ctx.forceId, username: 'system', action: 'incident.reassessment_raised', entityType: 'incident', entityId: row.id, requestId: ctx.requestId, detail: { kind } });
      });
      raised += 1;
    }
  }
  return raised;
}
