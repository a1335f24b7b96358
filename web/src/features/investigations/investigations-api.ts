import { useQuery } from '@tanstack/react-query';
import { api, query } from '../../platform/api';
import { usePagedList } from '../../platform/paged';
import type { CandidateList, CaseloadView, ForensicQueue, ForensicRequestView, InvestigationList, InvestigationSummary, InvestigationView, SampleView } from './types';

export const RISK_COLOURS: Record<string, string> = { high: 'red', medium: 'orange', standard: 'gray' };
export const STATUS_LABELS: Record<string, string> = {
  screened: 'Screened', screened_out: 'Screened out', allocated: 'Allocated', under_investigation: 'Under investigation', finalised: 'Finalised',
};

/** STANDARDS §4 outcome types (labels kept short for the select). */
export const OUTCOMES: [string, string][] = [
  ['1', '1 Charged/summonsed'], ['1A', '1A Alternative-offence charge'], ['2', '2 Youth caution'], ['3', '3 Adult caution'], ['4', '4 Taken into consideration'],
  ['5', '5 Offender died'], ['6', '6 Penalty notice for disorder'], ['7', '7 Cannabis/khat warning'], ['8', '8 Community resolution'],
  ['9', '9 Not in the public interest (CPS)'], ['10', '10 Not in the public interest (police)'], ['11', '11 Prevented: suspect under 10'],
  ['12', '12 Prevented: suspect too ill'], ['13', '13 Prevented: victim or witness dead or too ill'],
  ['14', '14 Evidential difficulties: no suspect; victim does not support'], ['15', '15 Evidential difficulties: victim supports'],
  ['16', '16 Evidential difficulties: victim does not support'], ['17', '17 Time limit expired'], ['18', '18 Investigation complete, no suspect'],
  ['19', '19 Filed by NFIB'], ['20', '20 Action by another body'], ['21', '21 Further investigation not in the public interest'],
  ['22', '22 Diversionary activity; no further action'],
];

export const ENQUIRY_KINDS: [string, string][] = [
  ['cctv', 'CCTV'], ['forensics', 'Forensics'], ['house_to_house', 'House-to-house'], ['digital_devices', 'Digital devices'], ['witnesses', 'Witnesses'],
  ['suspect_arrest', 'Suspect arrest'], ['suspect_interview', 'Suspect interview'], ['victim_statement', 'Victim statement'], ['medical', 'Medical'],
  ['financial', 'Financial'], ['intelligence', 'Intelligence'], ['other', 'Other'],
];

export const SOLVABILITY: [string, string][] = [
  ['suspect_named', 'Suspect named'], ['suspect_description', 'Suspect description'], ['suspect_vehicle', 'Suspect vehicle'], ['cctv', 'CCTV'],
  ['forensic_opportunity', 'Forensic opportunity'], ['witnesses', 'Witnesses'], ['stolen_property_traceable', 'Traceable property'],
  ['digital_evidence', 'Digital evidence'], ['suspect_arrested', 'Suspect arrested'],
];

export function useInvestigation(id: string) {
  return useQuery({ queryKey: ['investigations', id], queryFn: () => api<InvestigationView>(`/investigations/${id}`) });
}

export type InvestigationFilters = { status?: string; mine?: string; team?: string; risk?: string; reviewOverdue?: string };

/** The list filtered and paged on the server, with the true total (DESIGN §10). */
export function useInvestigations(filters: InvestigationFilters) {
  return usePagedList<InvestigationSummary, InvestigationList>(['investigations', 'list'], '/investigations', filters, 25);
}

export function useInvestigationTeams(enabled: boolean) {
  return useQuery({ queryKey: ['investigations', 'teams'], queryFn: () => api<{ items: { team: string; open: number }[] }>('/investigations/teams'), enabled, staleTime: 60_000 });
}

export function useCandidates(id: string, enabled: boolean) {
  return useQuery({ queryKey: ['investigations', id, 'candidates'], queryFn: () => api<CandidateList>(`/investigations/${id}/candidates`), enabled });
}

export function useCaseload(team: string | undefined) {
  return useQuery({ queryKey: ['investigations', 'caseload', team], queryFn: () => api<CaseloadView>(`/investigations/caseload${query({ team })}`) });
}

/** The examiners' queue, paged on the server; `total` counts the filtered queue, `outstanding` the backlog. */
export function useForensicQueue(status: string | undefined) {
  return usePagedList<ForensicRequestView, ForensicQueue>(['forensic-requests'], '/forensic-requests', { status }, 50);
}

export function useSamples() {
  return useQuery({ queryKey: ['file-quality'], queryFn: () => api<{ items: Omit<SampleView, 'items'>[] }>('/file-quality-samples') });
}

export function useSample(id: string | null) {
  return useQuery({ queryKey: ['file-quality', id], queryFn: () => api<SampleView>(`/file-quality-samples/${id}`), enabled: id !== null });
}

/** A verb on an investigation, sent with the version the user last saw. */
export function act(inv: InvestigationView, verb: string, body: unknown) {
  return api<InvestigationView>(`/investigations/${inv.id}/${verb}`, { body, version: inv.version });
}
