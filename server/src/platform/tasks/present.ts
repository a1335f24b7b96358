import type { TaskView } from './contract.js';
import type { TaskRecord } from './queries.js';
import { isTaskOverdue, taskAccess, type TaskStatus, type TaskViewer } from './rules.js';

export function presentTask({ task, assignee, completer }: TaskRecord, viewer: TaskViewer, now: Date): TaskView {
  const access = taskAccess(task, viewer);
  return {
    id: task.id,
    kind: task.kind,
    title: task.title,
    detail: task.detail,
    entityType: task.entityType,
    entityId: task.entityId,
    dueAt: task.dueAt.toISOString(),
    status: task.status as TaskStatus,
    overdue: isTaskOverdue(task, now),
    escalatedAt: task.escalatedAt?.toISOString() ?? null,
    escalateToRole: task.escalateToRole,
    closesVia: task.closesVia,
    assignee: {
      userId: task.assigneeUserId,
      username: assignee?.username ?? null,
      displayName: assignee?.displayName ?? null,
      team: task.assigneeTeam,
    },
    outcome: task.outcome,
    outcomeReason: task.outcomeReason,
    completedAt: task.completedAt?.toISOString() ?? null,
    completedBy: completer,
    version: task.version,
    abilities: { complete: access.complete, close: access.close, reassign: access.reassign },
  };
}
