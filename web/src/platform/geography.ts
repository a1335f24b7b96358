import { useQuery } from '@tanstack/react-query';
import { api } from './api';

export type Beat = { code: string; town: string };
export type District = { code: string; name: string; bcu: string; beats: Beat[] };

/** The force's districts with their beats (GET /geography/areas): the list district filters choose from. */
export function useDistricts() {
  return useQuery({ queryKey: ['geography', 'areas'], queryFn: () => api<{ items: District[] }>('/geography/areas'), staleTime: Infinity });
}
