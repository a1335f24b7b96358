import { z } from 'zod';
import { DASH_ANSWERS, DASH_QUESTION_KEYS, RISK_LEVELS } from './dash-questions.js';
import { DVDS_DECISIONS, DVDS_STAGES, NO_ARREST_REASON_CODES, RAG_RATINGS } from './rules.js';

/** The questions and the score rule, shared with the web form so its live score is the server's. */
export { DASH_QUESTIONS, dashScore } from './dash-questions.js';

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1).max(max);
const reason = z.string().trim().min(10, 'must be at least 10 characters').max(2000);
const instant = z.iso.datetime({ offset: true });
const iso = z.string();

export const IdParams = z.strictObject({ id: z.uuid() });
export const PageQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });
/** Lists page by cursor (`nextCursor` of the previous page) and carry the true total on every page. */
const cursor = z.string().max(500).optional();
const paged = { nextCursor: z.string().nullable(), total: z.number().int().describe('Rows matching the filters, on every page') };
export const MaracMeetingQuery = PageQuery.extend({ cursor }).strict();

const LinkedRecord = {
  linkedType: z.enum(['incident', 'crime']).nullish(),
  linkedId: z.uuid().nullish(),
  linkedReference: text(40).nullish(),
};

// ---------------------------------------------------------------- DASH

const answerShape = Object.fromEntries(DASH_QUESTION_KEYS.map((k) => [k, z.enum(DASH_ANSWERS).optional()])) as Record<
  (typeof DASH_QUESTION_KEYS)[number],
  z.ZodOptional<z.ZodEnum<{ [K in (typeof DASH_ANSWERS)[number]]: K }>>
>;
const noteShape = Object.fromEntries(DASH_QUESTION_KEYS.map((k) => [k, text(2000).optional()])) as Record<(typeof DASH_QUESTION_KEYS)[number], z.ZodOptional<z.ZodString>>;

export const PositiveActionInput = z.strictObject({
  powerOfArrest: z.boolean(),
  arrested: z.boolean(),
  noArrestReason: z.enum(NO_ARREST_REASON_CODES).nullish(),
  noArrestNote: text(1000).nullish(),
});

export const CreateDashBody = z.strictObject({
  victimPersonId: z.uuid(),
  perpetratorPersonId: z.uuid().nullish(),
  ...LinkedRecord,
  incidentAt: instant,
  intimatePartner: z.boolean().default(true),
  /** Unanswered questions count as "no" but are stored as unanswered (STANDARDS §8). */
  answers: z.strictObject(answerShape),
  answerNotes: z.strictObject(noteShape).default({}),
  victimDeclined: z.boolean().default(false),
  finalLevel: z.enum(RISK_LEVELS).nullish(),
  levelReason: text(2000).nullish(),
  childrenPresent: z.boolean().default(false),
  childrenResident: z.boolean().default(false),
  childrenCount: z.number().int().min(0).max(20).default(0),
  positiveAction: PositiveActionInput.default({ powerOfArrest: false, arrested: false }),
});
export type CreateDashBody = z.infer<typeof CreateDashBody>;

export const SecondaryReviewBody = z.strictObject({ level: z.enum(RISK_LEVELS), reason: text(2000).nullish() });
export type SecondaryReviewBody = z.infer<typeof SecondaryReviewBody>;

export const DashHistoryQuery = z.strictObject({ victimId: z.uuid(), limit: z.coerce.number().int().min(1).max(200).default(50) });

/** A person as this viewer may see them (platform personRefs): "Restricted record" and the reference unless on the access list or a reason was given. */
const PersonRef = z.object({ id: z.string(), reference: z.string(), name: z.string() });
const TaskRef = z.object({ id: z.string(), kind: z.string(), title: z.string(), dueAt: iso });

export const DashView = z.object({
  id: z.string(),
  reference: z.string(),
  version: z.number(),
  victim: PersonRef,
  perpetrator: PersonRef.nullable(),
  linkedType: z.string().nullable(),
  linkedId: z.string().nullable(),
  linkedReference: z.string().nullable(),
  incidentAt: iso,
  intimatePartner: z.boolean(),
  answers: z.record(z.string(), z.string()),
  answerNotes: z.record(z.string(), z.string()),
  unanswered: z.array(z.string()),
  victimDeclined: z.boolean(),
  score: z.number(),
  computedLevel: z.enum(RISK_LEVELS),
  finalLevel: z.enum(RISK_LEVELS),
  levelBasis: z.string(),
  levelReason: z.string().nullable(),
  route: z.object({ queue: z.string(), team: z.string() }),
  childrenPresent: z.boolean(),
  childrenResident: z.boolean(),
  childrenCount: z.number(),
  positiveAction: z.object({ powerOfArrest: z.boolean(), arrested: z.boolean(), noArrestReason: z.string().nullable(), noArrestNote: z.string().nullable() }),
  maracReasons: z.array(z.object({ code: z.string(), label: z.string() })),
  maracReferralId: z.string().nullable(),
  idvaReferralId: z.string().nullable(),
  safeguardingReferralIds: z.array(z.string()),
  tasks: z.array(TaskRef),
  review: z.object({ level: z.string(), reason: z.string().nullable(), reviewedBy: z.string(), reviewedAt: iso }).nullable(),
  assessedBy: z.string(),
  assessedAt: iso,
  rulesVersion: z.string(),
  abilities: z.object({ secondaryReview: z.boolean(), referToMarac: z.boolean() }),
});
export type DashView = z.infer<typeof DashView>;
export const DashList = z.object({ items: z.array(DashView) });

// ---------------------------------------------------------------- MARAC

export const CreateMaracReferralBody = z.strictObject({
  victimPersonId: z.uuid(),
  dashAssessmentId: z.uuid().nullish(),
  professionalJudgementNote: text(2000).nullish(),
});
export type CreateMaracReferralBody = z.infer<typeof CreateMaracReferralBody>;

export const MaracReferralView = z.object({
  id: z.string(),
  reference: z.string(),
  version: z.number(),
  victim: PersonRef,
  dashAssessmentId: z.string().nullable(),
  reasons: z.array(z.object({ code: z.string(), label: z.string() })),
  reasonNote: z.string().nullable(),
  isRepeat: z.boolean(),
  status: z.string(),
  meetingId: z.string().nullable(),
  referredAt: iso,
});
export type MaracReferralView = z.infer<typeof MaracReferralView>;
export const MaracReferralList = z.object({ items: z.array(MaracReferralView), ...paged });
export const MaracReferralQuery = z.strictObject({ status: z.enum(['referred', 'listed', 'heard']).optional(), limit: z.coerce.number().int().min(1).max(200).default(50), cursor });

export const CreateMaracMeetingBody = z.strictObject({
  area: required(100),
  meetingAt: instant,
  agencies: z.array(required(150)).min(1).max(30),
});
export type CreateMaracMeetingBody = z.infer<typeof CreateMaracMeetingBody>;

export const ListCaseBody = z.strictObject({ referralId: z.uuid() });
export const HoldMeetingBody = z.strictObject({ outcome: required(4000) });

export const CreateMaracActionBody = z.strictObject({
  referralId: z.uuid(),
  agency: required(150),
  description: required(2000),
  owner: text(150).nullish(),
  dueAt: instant,
});
export type CreateMaracActionBody = z.infer<typeof CreateMaracActionBody>;
export const CompleteMaracActionBody = z.strictObject({ outcome: required(2000) });

export const MaracActionView = z.object({
  id: z.string(),
  version: z.number(),
  referralId: z.string(),
  meetingId: z.string().nullable(),
  agency: z.string(),
  description: z.string(),
  owner: z.string().nullable(),
  dueAt: iso,
  status: z.string(),
  overdue: z.boolean(),
  outcome: z.string().nullable(),
  completedAt: iso.nullable(),
});
export type MaracActionView = z.infer<typeof MaracActionView>;
export const MaracActionList = z.object({ items: z.array(MaracActionView), ...paged });
export const MaracActionQuery = z.strictObject({ status: z.enum(['open', 'done']).optional(), limit: z.coerce.number().int().min(1).max(200).default(100), cursor });

export const MaracMeetingView = z.object({
  id: z.string(),
  reference: z.string(),
  version: z.number(),
  area: z.string(),
  meetingAt: iso,
  agencies: z.array(z.string()),
  status: z.string(),
  outcome: z.string().nullable(),
  cases: z.array(MaracReferralView),
  actions: z.array(MaracActionView),
});
export type MaracMeetingView = z.infer<typeof MaracMeetingView>;
export const MaracMeetingSummary = MaracMeetingView.omit({ cases: true, actions: true }).extend({ caseCount: z.number() });
export const MaracMeetingList = z.object({ items: z.array(MaracMeetingSummary), ...paged });

// ---------------------------------------------------------------- IDVA

export const IdvaReferralView = z.object({
  id: z.string(),
  version: z.number(),
  victim: PersonRef,
  dashAssessmentId: z.string(),
  provider: z.string(),
  incidentAt: iso,
  referredAt: iso,
  contactedAt: iso.nullable(),
  hoursToReferral: z.number(),
  hoursToContact: z.number().nullable(),
  contactWithinTarget: z.boolean().nullable(),
});
export const IdvaReferralList = z.object({ items: z.array(IdvaReferralView) });
export const IdvaContactBody = z.strictObject({ contactedAt: instant });

// ---------------------------------------------------------------- Safeguarding referrals

export const CreateSafeguardingReferralBody = z.strictObject({
  subjectKind: z.enum(['child', 'adult']),
  subjectPersonId: z.uuid().nullish(),
  subjectDescription: required(500),
  concern: required(4000),
  dashAssessmentId: z.uuid().nullish(),
  ...LinkedRecord,
  riskLevel: z.enum(RISK_LEVELS).nullish(),
  childHarmIndicated: z.boolean().default(false),
});
export type CreateSafeguardingReferralBody = z.infer<typeof CreateSafeguardingReferralBody>;

export const TriageBody = z.strictObject({ rag: z.enum(RAG_RATINGS), agency: required(150), note: text(2000).nullish() });
export type TriageBody = z.infer<typeof TriageBody>;
export const MASH_OUTCOMES = ['no_further_action', 'early_help', 'child_in_need_s17', 'strategy_discussion_s47', 'adult_services_s42', 'advice_given'] as const;
export const MashOutcomeBody = z.strictObject({ outcome: z.enum(MASH_OUTCOMES), note: text(2000).nullish() });
export const SchoolNotifiedBody = z.strictObject({ notifiedAt: instant });

export const SafeguardingReferralView = z.object({
  id: z.string(),
  reference: z.string(),
  version: z.number(),
  subjectKind: z.string(),
  subjectPersonId: z.string().nullable(),
  subject: PersonRef.nullable(),
  subjectDescription: z.string(),
  concern: z.string(),
  dashAssessmentId: z.string().nullable(),
  linkedType: z.string().nullable(),
  linkedReference: z.string().nullable(),
  riskLevel: z.string().nullable(),
  suggestedRag: z.enum(RAG_RATINGS),
  status: z.string(),
  rag: z.string().nullable(),
  agency: z.string().nullable(),
  triageNote: z.string().nullable(),
  dueAt: iso,
  overdue: z.boolean(),
  schoolNotificationDueAt: iso.nullable(),
  schoolNotifiedAt: iso.nullable(),
  decisionDueAt: iso.nullable(),
  mashOutcome: z.string().nullable(),
  mashOutcomeNote: z.string().nullable(),
  createdAt: iso,
  abilities: z.object({ triage: z.boolean(), recordOutcome: z.boolean() }),
});
export type SafeguardingReferralView = z.infer<typeof SafeguardingReferralView>;
export const SafeguardingReferralList = z.object({ items: z.array(SafeguardingReferralView), ...paged });
export const SafeguardingReferralQuery = z.strictObject({ status: z.enum(['new', 'triaged', 'closed']).optional(), limit: z.coerce.number().int().min(1).max(200).default(100), cursor });

// ---------------------------------------------------------------- DVPN / DVPO

export const CreateNoticeBody = z.strictObject({
  perpetratorPersonId: z.uuid(),
  victimPersonId: z.uuid(),
  dashAssessmentId: z.uuid().nullish(),
  grounds: required(4000),
  violenceOrThreat: z.boolean(),
  necessaryToProtect: z.boolean(),
  conditions: z.array(required(500)).max(20).default([]),
});
export type CreateNoticeBody = z.infer<typeof CreateNoticeBody>;
export const AuthoriseNoticeBody = z.strictObject({ decision: z.enum(['authorise', 'refuse']), reason: reason });
export const ServeNoticeBody = z.strictObject({ servedAt: instant });
export const HearingBody = z.strictObject({
  hearingAt: instant,
  court: required(150),
  outcome: z.enum(['order_made', 'order_refused']),
  orderDays: z.number().int().nullish(),
  note: text(2000).nullish(),
});
export type HearingBody = z.infer<typeof HearingBody>;
export const BreachBody = z.strictObject({
  occurredAt: instant,
  detail: required(2000),
  arrested: z.boolean(),
  noArrestReason: text(2000).nullish(),
});
export type BreachBody = z.infer<typeof BreachBody>;

export const BreachView = z.object({ id: z.string(), against: z.string(), occurredAt: iso, detail: z.string(), arrested: z.boolean(), noArrestReason: z.string().nullable() });
export const NoticeView = z.object({
  id: z.string(),
  reference: z.string(),
  version: z.number(),
  perpetrator: PersonRef,
  victim: PersonRef,
  dashAssessmentId: z.string().nullable(),
  grounds: z.string(),
  conditions: z.array(z.string()),
  status: z.string(),
  requestedAt: iso,
  authorisedAt: iso.nullable(),
  decisionReason: z.string().nullable(),
  servedAt: iso.nullable(),
  hearingDueAt: iso.nullable(),
  hearingAt: iso.nullable(),
  hearingLate: z.boolean().nullable(),
  court: z.string().nullable(),
  orderMadeAt: iso.nullable(),
  orderDays: z.number().nullable(),
  orderExpiresAt: iso.nullable(),
  orderState: z.enum(['active', 'expired']).nullable(),
  breaches: z.array(BreachView),
  abilities: z.object({ authorise: z.boolean(), serve: z.boolean(), recordHearing: z.boolean(), recordBreach: z.boolean() }),
});
export type NoticeView = z.infer<typeof NoticeView>;
export const NoticeList = z.object({ items: z.array(NoticeView), ...paged });
export const NoticeQuery = z.strictObject({ status: z.string().max(40).optional(), limit: z.coerce.number().int().min(1).max(200).default(100), cursor });

// ---------------------------------------------------------------- Clare's Law (DVDS)

const phone = z.string({ error: 'enter a phone number' }).trim().regex(/^[+0-9 ()-]{6,25}$/, 'enter a phone number, like 07700 900 982');
const personName = (missing: string) => z.string({ error: missing }).trim().min(2, missing).max(120, 'must be 120 characters or fewer')
  .regex(/^[\p{L}\p{M} .'’-]+$/u, 'must contain only letters, spaces, hyphens and apostrophes');

/** The public right-to-ask form: no login; `website` is a honeypot a person never sees or fills. */
export const PublicClaresLawBody = z
  .strictObject({
    force: z.string({ error: 'must be a force code' }).trim().min(2).max(20).regex(/^[A-Z]+$/, 'must be a force code'),
    applicantName: personName('enter your full name'),
    applyingFor: z.enum(['myself', 'someone_else'], { error: 'say who you are asking for' }),
    relationship: z.string({ error: 'tell us your relationship to the person' }).trim().min(1, 'tell us your relationship to the person').max(200),
    phone: phone.nullish(),
    email: z.email({ error: 'enter an email address, like name@example.com' }).max(200).nullish(),
    safeContactNote: text(500).nullish(),
    subjectName: personName('enter the name of the person you are worried about'),
    subjectDetails: text(1000).nullish(),
    concern: z.string({ error: 'tell us what worries you' }).trim().min(20, 'tell us a little more (at least 20 characters)').max(4000, 'must be 4,000 characters or fewer'),
    consent: z.literal(true, 'you must agree so we can contact you'),
    website: z.string().max(200).optional(),
  })
  .refine((b) => Boolean(b.phone || b.email), { path: ['phone'], message: 'give a phone number or an email address' });
export type PublicClaresLawBody = z.infer<typeof PublicClaresLawBody>;
export const PublicClaresLawReceipt = z.object({ received: z.literal(true), reference: z.string().nullable(), message: z.string() });

export const CreateDvdsBody = z.strictObject({
  route: z.enum(['right_to_ask', 'right_to_know']),
  applicantName: required(120),
  applicantRelationship: required(200),
  applicantPhone: text(30).nullish(),
  applicantEmail: z.email().max(200).nullish(),
  subjectName: required(120),
  subjectPersonId: z.uuid().nullish(),
  atRiskPersonId: z.uuid().nullish(),
  subjectDetails: text(1000).nullish(),
  concern: required(4000),
});
export type CreateDvdsBody = z.infer<typeof CreateDvdsBody>;

export const AdvanceDvdsBody = z.strictObject({
  stage: z.enum(DVDS_STAGES),
  note: text(2000).nullish(),
  identityVerified: z.boolean().nullish(),
  decision: z.enum(DVDS_DECISIONS).nullish(),
  safetyPlan: text(4000).nullish(),
  urgent: z.boolean().default(false),
});
export type AdvanceDvdsBody = z.infer<typeof AdvanceDvdsBody>;

export const DvdsView = z.object({
  id: z.string(),
  reference: z.string(),
  version: z.number(),
  route: z.string(),
  source: z.string(),
  applicantName: z.string(),
  applicantRelationship: z.string(),
  applicantPhone: z.string().nullable(),
  applicantEmail: z.string().nullable(),
  safeContactNote: z.string().nullable(),
  subjectName: z.string(),
  subjectDetails: z.string().nullable(),
  subjectPersonId: z.string().nullable(),
  /** The linked records; when the subject is redacted for this viewer, so are subjectName and subjectDetails. */
  subject: PersonRef.nullable(),
  atRisk: PersonRef.nullable(),
  concern: z.string(),
  stage: z.enum(DVDS_STAGES),
  stageLabel: z.string(),
  stageDueAt: iso.nullable(),
  receivedAt: iso,
  limitAt: iso,
  overdue: z.boolean(),
  identityVerified: z.boolean(),
  decision: z.string().nullable(),
  urgent: z.boolean(),
  safetyPlan: z.string().nullable(),
  disclosedAt: iso.nullable(),
  closedAt: iso.nullable(),
  history: z.array(z.object({ stage: z.string(), at: z.string(), by: z.string(), note: z.string().nullable() })),
  nextStages: z.array(z.enum(DVDS_STAGES)),
});
export type DvdsView = z.infer<typeof DvdsView>;
export const DvdsList = z.object({ items: z.array(DvdsView), ...paged });
export const DvdsQuery = z.strictObject({ stage: z.enum(DVDS_STAGES).optional(), open: z.enum(['true', 'false']).optional(), limit: z.coerce.number().int().min(1).max(200).default(100), cursor });

// ---------------------------------------------------------------- Dashboard

export const DashboardQuery = z.strictObject({ from: instant.optional(), to: instant.optional() });
export const DashboardView = z.object({
  from: iso,
  to: iso,
  dash: z.object({ assessments: z.number(), byLevel: z.record(z.string(), z.number()), repeatVictims: z.number(), raisedByJudgement: z.number(), loweredBySupervisor: z.number() }),
  positiveAction: z.object({
    assessments: z.number(), withPowerOfArrest: z.number(), arrested: z.number(), arrestRate: z.number().nullable(), highRiskArrestRate: z.number().nullable(),
    noArrestReasons: z.record(z.string(), z.number()),
  }),
  charges: z.object({ daCrimes: z.number(), finalised: z.number(), charged: z.number(), chargeRate: z.number().nullable() }),
  marac: z.object({ referrals: z.number(), repeatReferrals: z.number(), repeatRate: z.number().nullable(), byReason: z.record(z.string(), z.number()) }),
  idva: z.object({ referred: z.number(), contacted: z.number(), contactedWithin24h: z.number(), withinTargetRate: z.number().nullable() }),
  notices: z.object({ dvpnRequested: z.number(), dvpnAuthorised: z.number(), dvpoMade: z.number(), breaches: z.number() }),
  dvds: z.object({ rightToAsk: z.number(), rightToKnow: z.number(), disclosures: z.number(), open: z.number(), overdue: z.number(), closedWithinLimit: z.number(), closed: z.number() }),
  safeguardingReferrals: z.object({ raised: z.number(), awaitingTriage: z.number(), overdue: z.number() }),
});
export type DashboardView = z.infer<typeof DashboardView>;
