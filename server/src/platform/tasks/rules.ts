/** Pure rules of tasks (DESIGN §4; STANDARDS §17 F10, F13): no I/O, no clock of their own. */

export const TASK_STATUSES = ['open', 'completed', 'closed'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Why a task was closed without being done; each closure also needs a written reason. */
export const TASK_CLOSE_REASONS = {
  not_required: 'No longer required',
  duplicate: 'Duplicate of another task',
  superseded: 'Superseded by a later task or decision',
  could_not_complete: 'Could not be completed',
  other: 'Other (explained in the reason)',
} as const;
export type TaskCloseReason = keyof typeof TASK_CLOSE_REASONS;
export const TASK_CLOSE_REASON_CODES = Object.keys(TASK_CLOSE_REASONS) as [TaskCloseReason, ...TaskCloseReason[]];

export const MIN_CLOSE_REASON_LENGTH = 10;

export type TaskTiming = { status: string; dueAt: Date; escalatedAt: Date | null };

export type TaskAssignment = {
  status: string;
  closesVia?: string | null;
  assigneeUserId: string | null;
  assigneeTeam: string | null;
  escalatedAt: Date | null;
  escalateToRole: string;
};

export type TaskViewer = { id: string; team: string | null; role: string; supervises: boolean };

export function isTaskOverdue(task: Pick<TaskTiming, 'status' | 'dueAt'>, now: Date): boolean {
  return task.status === 'open' && task.dueAt.getTime() < now.getTime();
}

/** Open, overdue and not yet escalated: escalation happens once per task. */
export function taskNeedsEscalation(task: TaskTiming, now: Date): boolean {
  return isTaskOverdue(task, now) && task.escalatedAt === null;
}

/** Assigned to the viewer, or to the viewer's team with nobody named. */
export function isAssignedTo(task: Pick<TaskAssignment, 'assigneeUserId' | 'assigneeTeam'>, viewer: Pick<TaskViewer, 'id' | 'team'>): boolean {
  if (task.assigneeUserId !== null) return task.assigneeUserId === viewer.id;
  return task.assigneeTeam !== null && task.assigneeTeam === viewer.team;
}

/**
 * Who may see and act on a task: the assignee (or their team), whoever the task escalated to,
 * and supervisors of the force. Anyone else must not learn the task exists.
 */
export function taskAccess(task: TaskAssignment, viewer: TaskViewer) {
  const escalatedToViewer = task.escalatedAt !== null && task.escalateToRole === viewer.role;
  const visible = viewer.supervises || escalatedToViewer || isAssignedTo(task, viewer);
  const open = task.status === 'open';
  const generic = open && !task.closesVia;
  return { visible, complete: visible && generic, close: visible && generic, reassign: viewer.supervises && open };
}

/**
 * A task that names where its work is recorded (`closesVia`, e.g. a victim contact) clears only there: the
 * generic complete and close would let a reminder go without the record the task exists for (STANDARDS §17 F13).
 */
export function recordedElsewhereRefusal(task: { closesVia?: string | null }): string | null {
  return task.closesVia ? `This task clears only by ${task.closesVia}; it cannot be completed or closed from the task list.` : null;
}

function notOpenRefusal(task: { status: string }): string | null {
  if (task.status === 'completed') return 'This task has already been completed.';
  if (task.status !== 'open') return 'This task has already been closed.';
  return null;
}

/** A task is done only with a recorded outcome. */
export function completeRefusal(task: { status: string; closesVia?: string | null }, input: { outcome?: string | null }): string | null {
  const state = notOpenRefusal(task) ?? recordedElsewhereRefusal(task);
  if (state) return state;
  if (!input.outcome?.trim()) return 'Record the outcome to complete the task.';
  return null;
}

/** Closing without doing the work needs a reason code and a written reason: a reminder can never just be dismissed. */
export function closeRefusal(task: { status: string; closesVia?: string | null }, input: { reasonCode?: string | null; reason?: string | null }): string | null {
  const state = notOpenRefusal(task) ?? recordedElsewhereRefusal(task);
  if (state) return state;
  if (!input.reasonCode || !(input.reasonCode in TASK_CLOSE_REASONS)) {
    return `Choose why the task is closed without being done (${TASK_CLOSE_REASON_CODES.join(', ')}).`;
  }
  if ((input.reason?.trim().length ?? 0) < MIN_CLOSE_REASON_LENGTH) {
    return `Explain in at least ${MIN_CLOSE_REASON_LENGTH} characters why the task is closed without being done.`;
  }
  return null;
}

/** Anyone may give a task to themselves or their own team; giving work to others is for supervisors. */
export function assignmentRefusal(viewer: TaskViewer, assignee: { userId: string | null; team: string | null }): string | null {
  if (viewer.supervises) return null;
  if (assignee.userId !== null && assignee.userId !== viewer.id) return 'Only a supervisor can give a task to someone else.';
  if (assignee.userId === null && assignee.team !== viewer.team) return 'Only a supervisor can give a task to another team.';
  return null;
}

export type TaskSortKey = readonly [rank: 0 | 1, dueAtMs: number, id: string];

/** Overdue first, then by due time; the id breaks ties so pages are stable. */
export function taskSortKey(task: { id: string; status: string; dueAt: Date }, now: Date): TaskSortKey {
  return [isTaskOverdue(task, now) ? 0 : 1, task.dueAt.getTime(), task.id];
}
