export type TaskView = {
  id: string;
  kind: string;
  title: string;
  detail: string | null;
  entityType: string | null;
  entityId: string | null;
  dueAt: string;
  status: 'open' | 'completed' | 'closed';
  overdue: boolean;
  escalatedAt: string | null;
  escalateToRole: string;
  /** Set when the task clears only through its module's record (e.g. a victim contact); no complete/close here. */
  closesVia: string | null;
  assignee: { userId: string | null; username: string | null; displayName: string | null; team: string | null };
  version: number;
  abilities: { complete: boolean; close: boolean; reassign: boolean };
};

/** Why a task is closed without being done (the server's closed list); a written reason is required too. */
export const CLOSE_REASONS = [
  { value: 'not_required', label: 'No longer required' },
  { value: 'duplicate', label: 'Duplicate of another task' },
  { value: 'superseded', label: 'Superseded by a later task or decision' },
  { value: 'could_not_complete', label: 'Could not be completed' },
  { value: 'other', label: 'Other (explain below)' },
];

export const MIN_CLOSE_REASON_LENGTH = 10;

