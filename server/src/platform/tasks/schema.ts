import { foreignKey, index, pgTable, primaryKey, text, timestamp, uuid, jsonb } from 'drizzle-orm/pg-core';
import { businessKey, versioned } from '../db/columns.js';
import { users } from '../auth/schema.js';

/** Work items with a due time and escalation; they close only with a recorded outcome (DESIGN §4). */
export const tasks = pgTable(
  'tasks',
  {
    ...businessKey,
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    detail: text('detail'),
    entityType: text('entity_type'),
    entityId: uuid('entity_id'),
    assigneeUserId: uuid('assignee_user_id'),
    assigneeTeam: text('assignee_team'),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    escalateToRole: text('escalate_to_role').notNull().default('sergeant'),
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    /** Where the work is recorded when the generic complete/close must not clear it (e.g. a victim contact, F13). */
    closesVia: text('closes_via'),
    status: text('status').notNull().default('open'),
    outcome: text('outcome'),
    outcomeReason: text('outcome_reason'),
    outcomeDetail: jsonb('outcome_detail').$type<Record<string, unknown>>(),
    completedBy: uuid('completed_by'),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    foreignKey({ columns: [t.forceId, t.assigneeUserId], foreignColumns: [users.forceId, users.id] }),
    index('tasks_assignee_idx').on(t.forceId, t.assigneeUserId, t.status, t.dueAt),
    index('tasks_team_idx').on(t.forceId, t.assigneeTeam, t.status, t.dueAt),
    index('tasks_due_idx').on(t.status, t.dueAt),
    index('tasks_entity_idx').on(t.forceId, t.entityId),
  ],
);
