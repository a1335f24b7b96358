import { z } from 'zod';
import type { Db } from '../db/connect.js';
import { linkReference, requireReferenced, type EntityTargets } from '../db/referenced.js';
import type { Role } from '../auth/roles.js';
import { audit } from '../audit/audit.js';
import { can, requirePermission, type Ctx } from '../http/context.js';
import { decodeCursor, pageOf } from '../http/pagination.js';
import { problem } from '../http/problems.js';
import type { CloseTaskBody, CompleteTaskBody, CreateTaskBody, MyTasksQuery, ReassignTaskBody, TaskList, TaskListQuery, TaskView } from './contract.js';
import { presentTask } from './present.js';
import {
  findActiveUser, getTaskRecord, insertTask, countTaskRecords, listTaskRecords, teamHasActiveMember, updateTaskAtVersion,
  type Task, type TaskChanges, type TaskFilter, type TaskRecord,
} from './queries.js';
import { assignmentRefusal, closeRefusal, completeRefusal, isTaskOverdue, taskAccess, taskSortKey, type TaskViewer } from './rules.js';

/** Who is acting and when; modules pass their own Ctx, the scheduler its system one. */
type TaskCtx = Pick<Ctx, 'user' | 'forceId' | 'requestId' | 'now'>;

/** What another module gives to raise a task inside its own transaction. */
export type NewTask = {
  kind: string;
  title: string;
  detail?: string | null;
  entity?: { type: string; id: string } | null;
  dueAt: Date;
  /** A person (optionally noting their team), or a team with nobody named. */
  assignee: { userId: string; team?: string | null } | { team: string };
  escalateToRole?: Role;
  /** Where the work is recorded (e.g. "recording the contact on the victim's page"); the generic complete/close then refuse. */
  closesVia?: string;
};

const SortKeyCursor = z.tuple([z.union([z.literal(0), z.literal(1)]), z.number().int(), z.uuid()]);

function viewerOf(ctx: TaskCtx): TaskViewer {
  return { id: ctx.user.id, team: ctx.user.team, role: ctx.user.role, supervises: can(ctx, 'tasks:supervise') };
}

function assigneeFields(assignee: NewTask['assignee']): { userId: string | null; team: string | null } {
  return 'userId' in assignee ? { userId: assignee.userId, team: assignee.team ?? null } : { userId: null, team: assignee.team };
}

/** Where a request named the assignee, so a refusal names the field. */
type AssigneePaths = { userId: string; team: string };
const ASSIGNEE_INPUT: AssigneePaths = { userId: 'assignee.userId', team: 'assignee.team' };

/** Refuses an assignee nobody would see: an unknown or inactive user, or a team with no active member. */
async function checkAssignee(db: Db, forceId: string, assignee: { userId: string | null; team: string | null }, paths: AssigneePaths = ASSIGNEE_INPUT) {
  if (assignee.userId !== null && !(await findActiveUser(db, forceId, assignee.userId))) {
    throw problem('unprocessable', 'The assignee is not an active user of your force.', [{ path: paths.userId, message: 'not an active user of your force' }]);
  }
  if (assignee.userId === null && (assignee.team === null || !(await teamHasActiveMember(db, forceId, assignee.team)))) {
    throw problem('unprocessable', `No active user of your force is in the team ${assignee.team ?? '(none)'}.`, [{ path: paths.team, message: 'no active user of your force is in this team' }]);
  }
}

/** Raises a task in the caller's transaction and audits it; for modules turning deadlines into work (DESIGN §4). */
export async function createTask(tx: Db, ctx: TaskCtx, input: NewTask): Promise<Task> {
  const assignee = assigneeFields(input.assignee);
  const now = ctx.now();
  await checkAssignee(tx, ctx.forceId, assignee);
  const task = await insertTask(tx, {
    forceId: ctx.forceId,
    kind: input.kind,
    title: input.title,
    detail: input.detail ?? null,
    entityType: input.entity?.type ?? null,
    entityId: input.entity?.id ?? null,
    assigneeUserId: assignee.userId,
    assigneeTeam: assignee.team,
    dueAt: input.dueAt,
    escalateToRole: input.escalateToRole ?? 'sergeant',
    closesVia: input.closesVia ?? null,
    createdBy: ctx.user.id,
    createdAt: now,
    updatedAt: now,
  });
  await audit(tx, ctx, 'task.created', { type: 'task', id: task.id }, {
    detail: { kind: task.kind, dueAt: task.dueAt.toISOString(), assignee, entityType: task.entityType, entityId: task.entityId },
  });
  return task;
}

/** A task the caller may see, or 404 so its existence does not leak. */
async function visibleTask(db: Db, ctx: TaskCtx, id: string): Promise<TaskRecord> {
  const record = await getTaskRecord(db, ctx.forceId, id);
  if (!taskAccess(record.task, viewerOf(ctx)).visible) throw problem('not-found', 'No such task');
  return record;
}

function present(record: TaskRecord, ctx: TaskCtx, now: Date): TaskView {
  return presentTask(record, viewerOf(ctx), now);
}

/** A task raised by hand; what it is about must be a record of the caller's force of a linkable type (`entities`). */
export async function addTask(ctx: Ctx, body: CreateTaskBody, entities: EntityTargets): Promise<TaskView> {
  const assignee: NewTask['assignee'] = body.assigneeUserId
    ? { userId: body.assigneeUserId, team: body.assigneeTeam ?? null }
    : body.assigneeTeam ? { team: body.assigneeTeam } : { userId: ctx.user.id };
  const refusal = assignmentRefusal(viewerOf(ctx), assigneeFields(assignee));
  if (refusal) throw problem('forbidden', refusal);
  const about = linkReference(entities, { type: body.entityType, id: body.entityId, typePath: 'body.entityType', idPath: 'body.entityId' });
  return ctx.db.transaction(async (tx) => {
    await requireReferenced(tx, ctx.forceId, about);
    await checkAssignee(tx, ctx.forceId, assigneeFields(assignee), { userId: 'body.assigneeUserId', team: 'body.assigneeTeam' });
    const task = await createTask(tx, ctx, {
      kind: body.kind,
      title: body.title,
      detail: body.detail,
      entity: body.entityType && body.entityId ? { type: body.entityType, id: body.entityId } : null,
      dueAt: new Date(body.dueAt),
      assignee,
      escalateToRole: body.escalateToRole,
    });
    return present(await getTaskRecord(tx, ctx.forceId, task.id), ctx, ctx.now());
  });
}

export async function getTask(ctx: Ctx, id: string): Promise<TaskView> {
  const task = await visibleTask(ctx.db, ctx, id);
  await audit(ctx.db, ctx, 'read', { type: 'task', id });
  return present(task, ctx, ctx.now());
}

type TaskChange = { changes: TaskChanges; action: string; reason?: string; detail: Record<string, unknown> };

/** Loads, checks the version, applies the change at that version, audits, and returns the new view. */
async function changeTask(
  ctx: Ctx,
  id: string,
  version: number,
  decide: (tx: Db, task: Task) => Promise<TaskChange> | TaskChange,
): Promise<TaskView> {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const { task } = await visibleTask(tx, ctx, id);
    if (task.version !== version) throw problem('stale-version', `The task is at version ${task.version}; reload it and try again.`);
    const { changes, action, reason, detail } = await decide(tx, task);
    const updated = await updateTaskAtVersion(tx, ctx.forceId, id, version, changes, now);
    if (!updated) throw problem('stale-version', 'Someone changed the task while you were saving; reload it and try again.');
    await audit(tx, ctx, action, { type: 'task', id }, { reason, detail });
    return present(await getTaskRecord(tx, ctx.forceId, id), ctx, now);
  });
}

function refused(task: Task, refusal: string) {
  return problem(task.status === 'open' && !task.closesVia ? 'unprocessable' : 'invalid-state', refusal);
}

/**
 * For the module that owns a task's record: completes it (work done) or closes it (not done, with the reason)
 * in the caller's transaction at the version read, and audits it. Refuses a task that is no longer open.
 */
export async function finishTask(
  tx: Db,
  ctx: TaskCtx,
  task: Pick<Task, 'id' | 'kind' | 'status' | 'version'>,
  result: { status: 'completed' | 'closed'; outcome: string; outcomeReason: string; outcomeDetail?: Record<string, unknown> },
): Promise<Task> {
  if (task.status !== 'open') throw problem('invalid-state', `Task ${task.id} is no longer open.`);
  const now = ctx.now();
  const updated = await updateTaskAtVersion(tx, ctx.forceId, task.id, task.version, {
    status: result.status, outcome: result.outcome, outcomeReason: result.outcomeReason, outcomeDetail: result.outcomeDetail ?? null, completedAt: now, completedBy: ctx.user.id,
  }, now);
  if (!updated) throw problem('stale-version', 'A task changed while you were saving; reload and try again.');
  await audit(tx, ctx, result.status === 'completed' ? 'task.completed' : 'task.closed_without_action', { type: 'task', id: task.id }, {
    reason: result.status === 'closed' ? result.outcomeReason : undefined,
    detail: { kind: task.kind, outcome: result.outcome, ...(result.outcomeDetail ?? {}) },
  });
  return updated;
}

export function completeTask(ctx: Ctx, id: string, version: number, body: CompleteTaskBody): Promise<TaskView> {
  return changeTask(ctx, id, version, (_tx, task) => {
    const refusal = completeRefusal(task, body);
    if (refusal) throw refused(task, refusal);
    return {
      changes: { status: 'completed', outcome: body.outcome, outcomeReason: body.note ?? null, completedAt: ctx.now(), completedBy: ctx.user.id },
      action: 'task.completed',
      detail: { kind: task.kind, outcome: body.outcome, note: body.note ?? null },
    };
  });
}

/** Closed without the work being done: always with a reason code and a written reason, audited (STANDARDS §17 F13). */
export function closeTask(ctx: Ctx, id: string, version: number, body: CloseTaskBody): Promise<TaskView> {
  return changeTask(ctx, id, version, (_tx, task) => {
    const refusal = closeRefusal(task, body);
    if (refusal) throw refused(task, refusal);
    return {
      changes: { status: 'closed', outcome: body.reasonCode, outcomeReason: body.reason, completedAt: ctx.now(), completedBy: ctx.user.id },
      action: 'task.closed_without_action',
      reason: body.reason,
      detail: { kind: task.kind, reasonCode: body.reasonCode, overdue: isTaskOverdue(task, ctx.now()) },
    };
  });
}

export function reassignTask(ctx: Ctx, id: string, version: number, body: ReassignTaskBody): Promise<TaskView> {
  requirePermission(ctx, 'tasks:supervise');
  const to = { userId: body.userId ?? null, team: body.team ?? null };
  return changeTask(ctx, id, version, async (tx, task) => {
    if (!taskAccess(task, viewerOf(ctx)).reassign) throw problem('invalid-state', 'Only an open task can be reassigned.');
    await checkAssignee(tx, ctx.forceId, to, { userId: 'body.userId', team: 'body.team' });
    return {
      changes: { assigneeUserId: to.userId, assigneeTeam: to.team },
      action: 'task.reassigned',
      reason: body.reason,
      detail: { from: { userId: task.assigneeUserId, team: task.assigneeTeam }, to },
    };
  });
}

async function listPage(ctx: Ctx, filter: Omit<TaskFilter, 'forceId' | 'now' | 'after'>, limit: number, cursor: string | undefined): Promise<TaskList> {
  const now = ctx.now();
  const after = decodeCursor(cursor, SortKeyCursor);
  const rows = await listTaskRecords(ctx.db, { ...filter, forceId: ctx.forceId, now, after }, limit + 1);
  const counts = await countTaskRecords(ctx.db, { ...filter, forceId: ctx.forceId, now });
  const page = pageOf(rows, limit, (last) => taskSortKey(last.task, now));
  return { items: page.items.map((r) => present(r, ctx, now)), nextCursor: page.nextCursor, ...counts };
}

const refinements = (q: MyTasksQuery) => ({ kind: q.kind, entityType: q.entityType, dueBefore: q.dueBefore ? new Date(q.dueBefore) : undefined });

/** "My work": assigned to me or to my team with nobody named, and whatever escalated to my role; overdue first. */
export function listMyTasks(ctx: Ctx, query: MyTasksQuery): Promise<TaskList> {
  return listPage(ctx, { ...refinements(query), status: query.status, mineOf: { userId: ctx.user.id, team: ctx.user.team, role: ctx.user.role } }, query.limit, query.cursor);
}

/** Every task of the force, for supervisors. */
export function listTasks(ctx: Ctx, query: TaskListQuery): Promise<TaskList> {
  requirePermission(ctx, 'tasks:supervise');
  return listPage(ctx, { ...refinements(query), status: query.status, assigneeUserId: query.assignee, assigneeTeam: query.team, overdueOnly: query.overdueOnly }, query.limit, query.cursor);
}
