/** Views of the crimes API (server/src/modules/crimes/contract.ts). */
export type { AuditItemView, AuditView, CrimeList, CrimeSummary, CrimeView, IncidentCrimeRecordingView, TimelinessStats } from '../../../../server/src/modules/crimes/contract';

export type Classification = { code: string; description: string; policeUkCrimeType: string; group: string; rank: number; rape: boolean; courseOfConduct: boolean; victimless: boolean };

export type ClassificationList = {
  version: string;
  items: Classification[];
  policeUkCrimeTypes: string[];
  cancellationCodes: { code: string; label: string }[];
  flags: string[];
  hateStrands: string[];
};

export type RateWithInterval = { numerator: number; denominator: number; rate: number | null; lower: number | null; upper: number | null };
export type AuditGroupResult = { group: string; compliance: RateWithInterval; classification: RateWithInterval; timeliness: RateWithInterval };
export type AuditSummary = Omit<import('../../../../server/src/modules/crimes/contract').AuditView, 'items'>;
export type AuditComparison = {
  audits: { id: string; reference: string; title: string; from: string; to: string; completedAt: string | null; results: AuditGroupResult[] }[];
  changes: { from: string; to: string; group: string; difference: number; lower: number; upper: number }[];
};
