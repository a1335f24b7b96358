import { and, asc, eq, inArray, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../db/connect.js';
import { problem } from '../http/problems.js';
import { forces, users } from '../auth/schema.js';
import type { TaskSortKey } from './rules.js';
import { tasks } from './schema.js';

export type Task = typeof tasks.$inferSelect;
export type NewTaskRow = typeof tasks.$inferInsert;
export type TaskChanges = Partial<Pick<Task, 'status' | 'outcome' | 'outcomeReason' | 'outcomeDetail' | 'completedAt' | 'completedBy' | 'assigneeUserId' | 'assigneeTeam'>>;

const assigneeUser = alias(users, 'assignee_user');
const completer = alias(users, 'completer');

/** A task with the names of the people it points at. */
export type TaskRecord = Awaited<ReturnType<typeof getTaskRecord>>;

function selectTaskRecords(db: Db) {
  return db
    .select({
      task: tasks,
      assignee: { userId: assigneeUser.id, username: assigneeUser.username, displayName: assigneeUser.displayName },
      completer: { userId: completer.id, username: completer.username, displayName: completer.displayName },
    })
    .from(tasks)
    .leftJoin(assigneeUser, and(eq(assigneeUser.forceId, tasks.forceId), eq(assigneeUser.id, tasks.assigneeUserId)))
    .leftJoin(completer, and(eq(completer.forceId, tasks.forceId), eq(completer.id, tasks.completedBy)));
}

export async function getTaskRecord(db: Db, forceId: string, id: string) {
  const [row] = await selectTaskRecords(db).where(and(eq(tasks.forceId, forceId), eq(tasks.id, id))).limit(1);
  if (!row) throw problem('not-found', 'No such task');
  return row;
}

export async function insertTask(db: Db, values: NewTaskRow): Promise<Task> {
  const [row] = await db.insert(tasks).values(values).returning();
  return row;
}

/** Applies changes only if the task is still at the expected version; undefined when it is not. */
export async function updateTaskAtVersion(db: Db, forceId: string, id: string, version: number, changes: TaskChanges, now: Date): Promise<Task | undefined> {
  const [row] = await db
    .update(tasks)
    .set({ ...changes, version: sql`${tasks.version} + 1`, updatedAt: now })
    .where(and(eq(tasks.forceId, forceId), eq(tasks.id, id), eq(tasks.version, version)))
    .returning();
  return row;
}

export type TaskStatusFilter = 'open' | 'completed' | 'closed' | 'all';

export type TaskFilter = {
  forceId: string;
  now: Date;
  status: TaskStatusFilter;
  /** Tasks this person would call theirs: assigned to them, to their team with nobody named, or escalated to their role. */
  mineOf?: { userId: string; team: string | null; role: string };
  assigneeUserId?: string;
  assigneeTeam?: string;
  overdueOnly?: boolean;
  kind?: string;
  entityType?: string;
  dueBefore?: Date;
  after?: TaskSortKey;
};

function overdueRank(now: Date): SQL<number> {
  return sql<number>`(case when ${tasks.status} = 'open' and ${tasks.dueAt} < ${now.toISOString()}::timestamptz then 0 else 1 end)`;
}

function mineCondition(mine: NonNullable<TaskFilter['mineOf']>): SQL | undefined {
  return or(
    eq(tasks.assigneeUserId, mine.userId),
    mine.team === null ? undefined : and(isNull(tasks.assigneeUserId), eq(tasks.assigneeTeam, mine.team)),
    and(isNotNull(tasks.escalatedAt), eq(tasks.escalateToRole, mine.role)),
  );
}

function filterCondition(f: TaskFilter): SQL | undefined {
  return and(
    eq(tasks.forceId, f.forceId),
    f.status === 'all' ? undefined : eq(tasks.status, f.status),
    f.mineOf ? mineCondition(f.mineOf) : undefined,
    f.assigneeUserId ? eq(tasks.assigneeUserId, f.assigneeUserId) : undefined,
    f.assigneeTeam ? eq(tasks.assigneeTeam, f.assigneeTeam) : undefined,
    f.overdueOnly ? and(eq(tasks.status, 'open'), lt(tasks.dueAt, f.now)) : undefined,
    f.kind ? eq(tasks.kind, f.kind) : undefined,
    f.entityType ? eq(tasks.entityType, f.entityType) : undefined,
    f.dueBefore ? lt(tasks.dueAt, f.dueBefore) : undefined,
  );
}

/** Overdue first, then by due time (the order of `taskSortKey`). */
export function listTaskRecords(db: Db, f: TaskFilter, limit: number) {
  const rank = overdueRank(f.now);
  return selectTaskRecords(db)
    .where(
      and(
        filterCondition(f),
        f.after
          ? sql`(${rank}, ${tasks.dueAt}, ${tasks.id}) > (${f.after[0]}::int, ${new Date(f.after[1]).toISOString()}::timestamptz, ${f.after[2]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(rank), asc(tasks.dueAt), asc(tasks.id))
    .limit(limit);
}

/** The true size of a filtered list and how many of it are overdue, whatever page is shown. */
export async function countTaskRecords(db: Db, f: TaskFilter): Promise<{ total: number; overdue: number }> {
  const [row] = await db
    .select({
      total: sql<number>`count(*)::int`,
      overdue: sql<number>`count(*) filter (where ${tasks.status} = 'open' and ${tasks.dueAt} < ${f.now.toISOString()}::timestamptz)::int`,
    })
    .from(tasks)
    .where(filterCondition(f));
  return row;
}

export function findEscalationCandidates(db: Db, forceId: string, now: Date, limit: number): Promise<Task[]> {
  return db
    .select()
    .from(tasks)
    .where(and(eq(tasks.forceId, forceId), eq(tasks.status, 'open'), isNull(tasks.escalatedAt), lt(tasks.dueAt, now)))
    .orderBy(asc(tasks.dueAt))
    .limit(limit);
}

/** Marks tasks escalated unless another run got there first; returns the ones this call marked. */
export function markTasksEscalated(db: Db, forceId: string, ids: string[], now: Date): Promise<Task[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .update(tasks)
    .set({ escalatedAt: now, updatedAt: now })
    .where(and(eq(tasks.forceId, forceId), inArray(tasks.id, ids), eq(tasks.status, 'open'), isNull(tasks.escalatedAt)))
    .returning();
}

export async function findActiveUser(db: Db, forceId: string, id: string) {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.forceId, forceId), eq(users.id, id), eq(users.active, true)))
    .limit(1);
  return row;
}

export async function teamHasActiveMember(db: Db, forceId: string, team: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.forceId, forceId), eq(users.team, team), eq(users.active, true)))
    .limit(1);
  return row !== undefined;
}

export async function listForceIds(db: Db): Promise<string[]> {
  const rows = await db.select({ id: forces.id }).from(forces).orderBy(asc(forces.id));
  return rows.map((r) => r.id);
}
