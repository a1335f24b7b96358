import { useQuery } from '@tanstack/react-query';
import { api, query } from '../../platform/api';
import type { MarkerType, Page, PersonRow, ReferenceItem } from './types';

type PersonSearch = { q?: string; dob?: string; ageFrom?: string; ageTo?: string; limit?: number };

export function searchPersons(params: PersonSearch) {
  return api<Page<PersonRow>>(`/persons${query(params)}`);
}

export function useEthnicities() {
  return useQuery({
    queryKey: ['reference', 'ethnicities'],
    queryFn: () => api<{ items: ReferenceItem[] }>('/reference/ethnicities'),
    staleTime: Infinity,
  });
}

export function useMarkerTypes() {
  return useQuery({
    queryKey: ['reference', 'warning-markers'],
    queryFn: () => api<{ items: MarkerType[] }>('/reference/warning-markers'),
    staleTime: Infinity,
  });
}
