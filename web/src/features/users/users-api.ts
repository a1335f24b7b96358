import { api } from '../../platform/api';
import { usePagedList } from '../../platform/paged';

export type UserAccount = {
  id: string;
  username: string;
  displayName: string;
  role: string;
  roleLabel: string;
  team: string | null;
  collarNumber: string | null;
  active: boolean;
  version: number;
  createdAt: string;
};

export type RoleOption = { code: string; label: string };

/** The force's accounts by name, searched and paged on the server with the true total. */
export function useUserAccounts(q: string, includeInactive: boolean) {
  return usePagedList<UserAccount>(['users', 'accounts'], '/users', { q: q.trim() || undefined, includeInactive: String(includeInactive) }, 50);
}

export function fetchRoles() {
  return api<{ items: RoleOption[] }>('/reference/roles');
}

export function createUserAccount(body: Record<string, unknown>) {
  return api<UserAccount>('/users', { method: 'POST', body });
}

export function updateUserAccount(user: UserAccount, body: Record<string, unknown>) {
  return api<UserAccount>(`/users/${user.id}`, { method: 'PATCH', body, version: user.version });
}

export function resetUserPassword(user: UserAccount, password: string) {
  return api<null>(`/users/${user.id}/password`, { method: 'POST', body: { password } });
}
