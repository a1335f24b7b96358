import { api, query } from '../../platform/api';

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

export function listUserAccounts(q: string, includeInactive: boolean) {
  return api<{ items: UserAccount[] }>(`/users${query({ q: q || undefined, includeInactive: String(includeInactive), limit: 200 })}`);
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
