/** Views of the investigations API (server/src/modules/investigations/contract.ts). */
export type {
  CandidateList, CaseloadView, ForensicQueue, ForensicRequestView, InvestigationList, InvestigationSummary, InvestigationView, SampleView,
} from '../../../../server/src/modules/investigations/contract';
