import { api, query } from './api';

export type UserSummary = { id: string; username: string; displayName: string; role: string; team: string | null };

export function searchUsers(q: string) {
  return api<{ items: UserSummary[] }>(`/users${query({ q, limit: 10 })}`);
}
