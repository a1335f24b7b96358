import { useQuery } from '@tanstack/react-query';
import { api, query } from '../../platform/api';
import type { CandidateList, DashboardView, DrillDownView, LetterView, VictimList, VictimView } from './types';

export const STATE_LABELS: Record<string, string> = { on_time: 'On time', late: 'Late', missed: 'Missed', overdue: 'Overdue', pending: 'Due' };
export const STATE_COLOURS: Record<string, string> = { on_time: 'green', late: 'orange', missed: 'red', overdue: 'red', pending: 'blue' };

export const CONTACT_METHODS: [string, string][] = [
  ['phone', 'Telephone'], ['visit', 'In person'], ['email', 'Email'], ['letter', 'Letter'], ['text_message', 'Text message'], ['video', 'Video call'],
  ['via_intermediary', 'Through an intermediary or interpreter'],
];
export const NO_CONTACT_REASONS: [string, string][] = [
  ['no_answer', 'Tried, no answer'], ['declined_contact', 'Victim declined this update'], ['opted_out', 'Victim opted out in writing'],
  ['unreachable', 'Victim cannot be reached'], ['deceased', 'Victim has died'], ['not_applicable', 'The event did not happen'],
];
export const VULNERABILITIES: [string, string][] = [
  ['under_18', 'Under 18'], ['mental_disorder', 'Mental disorder'], ['impaired_intelligence', 'Significant impairment of intelligence and social functioning'],
  ['physical_disability', 'Physical disability or disorder'],
];
export const EVENTS: [string, string][] = [
  ['arrest', 'Arrest'], ['interview', 'Interview'], ['release', 'Release (bail / RUI / NFA)'], ['bail_change', 'Change to bail'], ['charge', 'Charge'],
  ['decision_not_to_proceed', 'Decision not to proceed'], ['outcome', 'Outcome'],
];

export function useVictim(id: string) {
  return useQuery({ queryKey: ['victims', id], queryFn: () => api<VictimView>(`/victims/${id}`) });
}

export function useMyVictims() {
  return useQuery({ queryKey: ['victims', 'mine'], queryFn: () => api<VictimList>('/victims/mine?limit=100') });
}

export function useCandidates(crimeId: string | null) {
  return useQuery({ queryKey: ['victims', 'candidates', crimeId], queryFn: () => api<CandidateList>(`/victims/candidates${query({ crimeId: crimeId ?? '' })}`), enabled: !!crimeId });
}

export function useDashboard(groupBy: string) {
  return useQuery({ queryKey: ['victims', 'dashboard', groupBy], queryFn: () => api<DashboardView>(`/victims/dashboard${query({ groupBy })}`) });
}

export function useDrillDown(filters: { groupBy: string; key?: string; phase: string; state?: string } | null) {
  return useQuery({
    queryKey: ['victims', 'drill', filters],
    queryFn: () => api<DrillDownView>(`/victims/dashboard/cases${query({ ...filters!, limit: 200 })}`),
    enabled: filters !== null,
  });
}

export function useLetter(id: string) {
  return useQuery({ queryKey: ['victims', id, 'letter'], queryFn: () => api<LetterView>(`/victims/${id}/letter`) });
}

export const formatWhen = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
