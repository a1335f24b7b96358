/** Views of the safeguarding API (server/src/modules/safeguarding/contract.ts). */
export type PersonRef = { id: string; reference: string; name: string };
export type Reason = { code: string; label: string };
export type TaskRef = { id: string; kind: string; title: string; dueAt: string };

export type DashView = {
  id: string; reference: string; version: number; victim: PersonRef; perpetrator: PersonRef | null; incidentAt: string;
  score: number; computedLevel: string; finalLevel: string; levelBasis: string; levelReason: string | null;
  route: { queue: string; team: string }; maracReasons: Reason[]; maracReferralId: string | null; idvaReferralId: string | null;
  safeguardingReferralIds: string[]; tasks: TaskRef[]; unanswered: string[]; victimDeclined: boolean;
  review: { level: string; reason: string | null } | null; abilities: { secondaryReview: boolean; referToMarac: boolean };
};

export type MaracReferral = { id: string; reference: string; version: number; victim: PersonRef; reasons: Reason[]; reasonNote: string | null; isRepeat: boolean; status: string; meetingId: string | null; referredAt: string };
export type MaracAction = { id: string; version: number; referralId: string; meetingId: string | null; agency: string; description: string; owner: string | null; dueAt: string; status: string; overdue: boolean; outcome: string | null };
export type MaracMeetingSummary = { id: string; reference: string; version: number; area: string; meetingAt: string; agencies: string[]; status: string; outcome: string | null; caseCount: number };
export type MaracMeeting = Omit<MaracMeetingSummary, 'caseCount'> & { cases: MaracReferral[]; actions: MaracAction[] };

export type SafeguardingReferral = {
  id: string; reference: string; version: number; subjectKind: string; subjectDescription: string; concern: string; riskLevel: string | null;
  suggestedRag: string; status: string; rag: string | null; agency: string | null; dueAt: string; overdue: boolean;
  schoolNotificationDueAt: string | null; schoolNotifiedAt: string | null; decisionDueAt: string | null; mashOutcome: string | null;
  abilities: { triage: boolean; recordOutcome: boolean };
};

export type Notice = {
  id: string; reference: string; version: number; perpetrator: PersonRef; victim: PersonRef; grounds: string; conditions: string[]; status: string;
  requestedAt: string; servedAt: string | null; hearingDueAt: string | null; hearingAt: string | null; hearingLate: boolean | null; court: string | null;
  orderDays: number | null; orderExpiresAt: string | null; orderState: string | null;
  breaches: { id: string; against: string; occurredAt: string; detail: string; arrested: boolean }[];
  abilities: { authorise: boolean; serve: boolean; recordHearing: boolean; recordBreach: boolean };
};

export type DvdsApplication = {
  id: string; reference: string; version: number; route: string; source: string; applicantName: string; applicantRelationship: string;
  applicantEmail: string | null; applicantPhone: string | null; safeContactNote: string | null; subjectName: string; concern: string;
  stage: string; stageLabel: string; stageDueAt: string | null; receivedAt: string; limitAt: string; overdue: boolean; identityVerified: boolean;
  decision: string | null; safetyPlan: string | null; closedAt: string | null; nextStages: string[];
  history: { stage: string; at: string; by: string; note: string | null }[];
};

export type Dashboard = {
  dash: { assessments: number; byLevel: Record<string, number>; repeatVictims: number; raisedByJudgement: number; loweredBySupervisor: number };
  positiveAction: { withPowerOfArrest: number; arrested: number; arrestRate: number | null; highRiskArrestRate: number | null; noArrestReasons: Record<string, number> };
  charges: { daCrimes: number; finalised: number; charged: number; chargeRate: number | null };
  marac: { referrals: number; repeatReferrals: number; repeatRate: number | null; byReason: Record<string, number> };
  idva: { referred: number; contacted: number; contactedWithin24h: number; withinTargetRate: number | null };
  notices: { dvpnRequested: number; dvpnAuthorised: number; dvpoMade: number; breaches: number };
  dvds: { rightToAsk: number; rightToKnow: number; disclosures: number; open: number; overdue: number; closedWithinLimit: number; closed: number };
  safeguardingReferrals: { raised: number; awaitingTriage: number; overdue: number };
};

export const LEVEL_COLOURS: Record<string, string> = { standard: 'green', medium: 'orange', high: 'red' };
export const RAG_COLOURS: Record<string, string> = { red: 'red', amber: 'orange', green: 'green' };
