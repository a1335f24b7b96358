import { z } from 'zod';
import { ROLES } from '../auth/roles.js';
import { PageQuery } from '../http/pagination.js';
import { MIN_CLOSE_REASON_LENGTH, TASK_CLOSE_REASON_CODES, TASK_STATUSES } from './rules.js';

const slug = z.string().regex(/^[a-z][a-z0-9_.-]{0,59}$/, 'lower-case letters, digits, _ . - (at most 60)');
const team = z.string().trim().min(1).max(100);
const queryFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const UserRef = z.object({ userId: z.string(), username: z.string(), displayName: z.string() });

export const TaskView = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  detail: z.string().nullable(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  dueAt: z.string(),
  status: z.enum(TASK_STATUSES),
  overdue: z.boolean(),
  escalatedAt: z.string().nullable(),
  escalateToRole: z.string(),
  /** Set when the task clears only by its module's record (e.g. a victim contact), not by complete/close here. */
  closesVia: z.string().nullable(),
  assignee: z.object({
    userId: z.string().nullable(),
    username: z.string().nullable(),
    displayName: z.string().nullable(),
    team: z.string().nullable(),
  }),
  outcome: z.string().nullable(),
  outcomeReason: z.string().nullable(),
  completedAt: z.string().nullable(),
  completedBy: UserRef.nullable(),
  version: z.number().int(),
  abilities: z.object({ complete: z.boolean(), close: z.boolean(), reassign: z.boolean() }),
});
export type TaskView = z.infer<typeof TaskView>;

export const TaskList = z.object({
  items: z.array(TaskView),
  nextCursor: z.string().nullable(),
  total: z.number().int().describe('Tasks matching the filter, on every page'),
  overdue: z.number().int().describe('Of those, open and past due'),
});
export type TaskList = z.infer<typeof TaskList>;

export const TaskParams = z.object({ id: z.uuid() });

const StatusFilter = z.enum([...TASK_STATUSES, 'all']).default('open');

const Refinements = {
  kind: slug.optional(),
  entityType: slug.optional(),
  dueBefore: z.iso.datetime({ offset: true }).optional(),
};

export const MyTasksQuery = PageQuery.extend({ status: StatusFilter, ...Refinements }).strict();
export type MyTasksQuery = z.infer<typeof MyTasksQuery>;

export const TaskListQuery = PageQuery.extend({
  status: StatusFilter,
  ...Refinements,
  assignee: z.uuid().optional(),
  team: team.optional(),
  overdueOnly: queryFlag.default(false),
}).strict();
export type TaskListQuery = z.infer<typeof TaskListQuery>;

export const CreateTaskBody = z
  .strictObject({
    kind: slug.default('general'),
    title: z.string().trim().min(1).max(200),
    detail: z.string().trim().max(4000).optional(),
    entityType: slug.optional(),
    entityId: z.uuid().optional(),
    dueAt: z.iso.datetime({ offset: true }),
    /** Nobody named and no team: the task is the caller's own. */
    assigneeUserId: z.uuid().optional(),
    assigneeTeam: team.optional(),
    escalateToRole: z.enum(ROLES).default('sergeant'),
  })
  .superRefine((body, issues) => {
    if ((body.entityType === undefined) !== (body.entityId === undefined)) {
      issues.addIssue({ code: 'custom', path: [body.entityType === undefined ? 'entityType' : 'entityId'], message: 'give entityType and entityId together' });
    }
  });
export type CreateTaskBody = z.infer<typeof CreateTaskBody>;

export const CompleteTaskBody = z.strictObject({
  outcome: z.string().trim().min(1).max(200),
  note: z.string().trim().max(2000).optional(),
});
export type CompleteTaskBody = z.infer<typeof CompleteTaskBody>;

export const CloseTaskBody = z.strictObject({
  reasonCode: z.enum(TASK_CLOSE_REASON_CODES),
  reason: z.string().trim().min(MIN_CLOSE_REASON_LENGTH).max(2000),
});
export type CloseTaskBody = z.infer<typeof CloseTaskBody>;

export const ReassignTaskBody = z
  .strictObject({
    userId: z.uuid().optional(),
    team: team.optional(),
    reason: z.string().trim().min(MIN_CLOSE_REASON_LENGTH).max(2000),
  })
  .superRefine((body, issues) => {
    if (body.userId === undefined && body.team === undefined) {
      issues.addIssue({ code: 'custom', path: ['userId'], message: 'give a userId or a team to reassign to' });
    }
  });
export type ReassignTaskBody = z.infer<typeof ReassignTaskBody>;
