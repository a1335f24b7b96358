import { useCallback } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from './api';
import type { User } from './auth-context';

export const ME_KEY = ['auth', 'me'] as const;

/** The current session's user, or null when signed out. */
export function useSession() {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: async () => {
      try {
        return (await api<{ user: User }>('/auth/me')).user;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

export function useSetSessionUser() {
  const client = useQueryClient();
  return useCallback(
    (user: User | null) => {
      if (user === null) client.clear();
      client.setQueryData(ME_KEY, user);
    },
    [client],
  );
}
