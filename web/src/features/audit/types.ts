export type AuditEntry = {
  seq: number;
  at: string;
  userId: string | null;
  username: string;
  action: string;
  entityType: string;
  entityId: string | null;
  reason: string | null;
  requestId: string | null;
};

export type AuditFilter = {
  entityId?: string;
  userId?: string;
  username?: string;
  action?: string;
  from?: string;
  to?: string;
  limit?: number;
  cursor?: string;
};
