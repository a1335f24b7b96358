import { useQuery } from '@tanstack/react-query';
import { api, query } from '../../platform/api';
import { usePagedList } from '../../platform/paged';
import type { CandidateList, DashboardView, DrillDownView, LetterView, VictimSummary, VictimView } from './types';

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

/** The officer's own victims, paged on the server with the true total. */
export function useMyVictims() {
  return usePagedList<VictimSummary>(['victims', 'mine'], '/victims/mine', {}, 25);
}

export function useCandidates(crimeId: string | null) {
  return useQuery({ queryKey: ['victims', 'candidates', crimeId], queryFn: () => api<CandidateList>(`/victims/candidates${query({ crimeId: crimeId ?? '' })}`), enabled: !!crimeId });
}

export function useDashboard(groupBy: string) {
  return useQuery({ queryKey: ['victims', 'dashboard', groupBy], queryFn: () => api<DashboardView>(`/victims/dashboard${query({ groupBy })}`) });
}

/** The entitlements behind one dashboard cell, paged on the server; `total` counts the whole cell. */
export function useDrillDown(filters: { groupBy: string; key?: string; phase: string; state?: string } | null) {
  return usePagedList<DrillDownView['items'][number], DrillDownView>(['victims', 'drill'], '/victims/dashboard/cases', filters ?? {}, 50, filters !== null);
}

export function useLetter(id: string) {
  return useQuery({ queryKey: ['victims', id, 'letter'], queryFn: () => api<LetterView>(`/victims/${id}/letter`) });
}

export const formatWhen = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
