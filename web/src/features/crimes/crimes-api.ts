import { useQuery } from '@tanstack/react-query';
import { api, query } from '../../platform/api';
import { usePagedList } from '../../platform/paged';
import type { AuditComparison, AuditSummary, AuditView, ClassificationList, CrimeList, CrimeSummary, CrimeView, IncidentCrimeRecordingView, TimelinessStats } from './types';

export function useClassifications() {
  return useQuery({ queryKey: ['crimes', 'classifications'], queryFn: () => api<ClassificationList>('/reference/crime-classifications'), staleTime: Infinity });
}

export function useCrime(id: string) {
  return useQuery({ queryKey: ['crimes', id], queryFn: () => api<CrimeView>(`/crimes/${id}`) });
}

export type CrimeFilters = { reference?: string; classification?: string; status?: string; flags?: string; district?: string; personId?: string };

/** Crimes matching the filters, filtered and paged on the server with the true total (DESIGN §10). */
export function useCrimes(filters: CrimeFilters) {
  return usePagedList<CrimeSummary, CrimeList>(['crimes', 'list'], '/crimes', filters, 25);
}

export function useTimeliness(days: number) {
  const to = new Date();
  const from = new Date(to.getTime() - days * 86_400_000);
  return useQuery({
    queryKey: ['crimes', 'timeliness', days],
    queryFn: () => api<TimelinessStats>(`/crimes/timeliness${query({ from: from.toISOString(), to: to.toISOString() })}`),
  });
}

/** What became of the crime disclosed in an incident: crimes recorded from it and its recording-decision task. */
export function useIncidentCrimeRecording(incidentId: string | null, enabled = true) {
  return useQuery({
    queryKey: ['crimes', 'of-incident', incidentId],
    queryFn: () => api<IncidentCrimeRecordingView>(`/incidents/${incidentId}/crime-recording`),
    enabled: Boolean(incidentId) && enabled,
  });
}

export function linkCrimeToIncident(crime: CrimeView, incidentReference: string) {
  return api<CrimeView>(`/crimes/${crime.id}/incident`, { body: { incidentReference }, version: crime.version });
}

export function recordCrime(body: Record<string, unknown>) {
  return api<CrimeView>('/crimes', { body });
}

export function reclassifyCrime(crime: CrimeView, body: { classificationCode: string; reason: string }) {
  return api<CrimeView>(`/crimes/${crime.id}/reclassify`, { body, version: crime.version });
}

export function cancelCrime(crime: CrimeView, body: Record<string, unknown>) {
  return api<CrimeView>(`/crimes/${crime.id}/cancel`, { body, version: crime.version });
}

export function useAudits() {
  return useQuery({ queryKey: ['crime-audits'], queryFn: () => api<{ items: AuditSummary[] }>('/crime-audits') });
}

export function useAuditComparison() {
  return useQuery({ queryKey: ['crime-audits', 'compare'], queryFn: () => api<AuditComparison>('/crime-audits/compare') });
}

export function useAudit(id: string) {
  return useQuery({ queryKey: ['crime-audits', id], queryFn: () => api<AuditView>(`/crime-audits/${id}`) });
}

export function createAudit(body: Record<string, unknown>) {
  return api<AuditView>('/crime-audits', { body });
}

export function reviewAuditItem(auditId: string, itemId: string, version: number, body: Record<string, unknown>) {
  return api<AuditView>(`/crime-audits/${auditId}/items/${itemId}/review`, { body, version });
}

export function completeAudit(audit: AuditView) {
  return api<AuditView>(`/crime-audits/${audit.id}/complete`, { method: 'POST', version: audit.version });
}

/** "87% (79–92%)" */
export function formatRate(r: { rate: number | null; lower: number | null; upper: number | null; numerator: number; denominator: number }): string {
  if (r.rate === null) return 'none to audit';
  const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
  return `${pct(r.rate)} (95% CI ${pct(r.lower ?? 0)}–${pct(r.upper ?? 1)}; ${r.numerator}/${r.denominator})`;
}

export const FLAG_LABELS: Record<string, string> = {
  domestic_abuse: 'Domestic abuse', child_victim: 'Child victim', vulnerable_victim: 'Vulnerable victim', repeat_victim: 'Repeat victim',
  mental_health: 'Mental health', alcohol: 'Alcohol', drugs: 'Drugs', online: 'Online / cyber',
};
