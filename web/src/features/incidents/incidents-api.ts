import { useEffect } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, query } from '../../platform/api';
import type { Dashboard, IncidentType, IncidentView, QueuePage, UnitView } from './types';

export function useIncidentTypes() {
  return useQuery({ queryKey: ['incidents', 'types'], queryFn: () => api<{ items: IncidentType[] }>('/incidents/types'), staleTime: Infinity });
}

export function useIncident(id: string, enabled = true) {
  return useQuery({ queryKey: ['incidents', id], queryFn: () => api<IncidentView>(`/incidents/${id}`), enabled });
}

export type QueueFilters = { district?: string; grade?: string; flag?: string };

export function useQueue(filters: QueueFilters) {
  return useQuery({ queryKey: ['incidents', 'queue', filters], queryFn: () => api<QueuePage>(`/incidents/queue${query({ ...filters, limit: 500 })}`) });
}

export function useUnits() {
  return useQuery({ queryKey: ['incidents', 'units'], queryFn: () => api<{ items: UnitView[] }>('/units') });
}

export function useDashboard(hours: number) {
  return useQuery({ queryKey: ['incidents', 'dashboard', hours], queryFn: () => api<Dashboard>(`/incidents/dashboard${query({ hours })}`) });
}

/** An action on the incident: POST with If-Match, the new view returned. */
export function incidentAction(incident: { id: string; version: number }, verb: string, body: unknown, withVersion = true) {
  return api<IncidentView>(`/incidents/${incident.id}/${verb}`, { body, ...(withVersion ? { version: incident.version } : {}) });
}

/** Live updates: any change in the force refetches incident lists, maps and units (server-sent events). */
export function useIncidentStream() {
  const client = useQueryClient();
  useEffect(() => {
    const source = new EventSource('/api/v1/incidents/stream');
    source.addEventListener('change', () => {
      void client.invalidateQueries({ queryKey: ['incidents'] });
    });
    return () => source.close();
  }, [client]);
}
