/** Views of the victims API (server/src/modules/victims/contract.ts). */
export type {
  CandidateList, ContactResult, DashboardView, DrillDownView, EntitlementView, LetterView, SupportService, VictimList, VictimSummary, VictimView,
} from '../../../../server/src/modules/victims/contract';
