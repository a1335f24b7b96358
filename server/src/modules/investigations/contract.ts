import { z } from 'zod';
import { PageQuery } from '../../platform/http/pagination.js';
import {
  DEVICE_TYPES, ENQUIRY_KINDS, FILE_QUALITY_CRITERIA, FORENSIC_STATUSES, INVESTIGATION_STATUSES, OUTCOME_CODES, RISK_LEVELS, SOLVABILITY_FACTORS,
  THRIVE_ELEMENTS,
} from './rules.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const instant = z.iso.datetime({ offset: true });
const level = z.enum(['low', 'medium', 'high']);

// ------------------------------------------------------------------ requests

export const ScreenCrimeBody = z.strictObject({
  crimeId: z.uuid(),
  thrive: z.strictObject(Object.fromEntries(THRIVE_ELEMENTS.map((e) => [e, level.optional()])) as Record<(typeof THRIVE_ELEMENTS)[number], z.ZodOptional<typeof level>>),
  solvability: z.array(z.enum(SOLVABILITY_FACTORS)).max(SOLVABILITY_FACTORS.length).default([]),
  dashLevel: z.enum(['standard', 'medium', 'high']).nullish(),
});
export type ScreenCrimeBody = z.infer<typeof ScreenCrimeBody>;

export const AllocateBody = z.strictObject({
  /** Defaults to the unit the allocation table chose. */
  team: text(100).optional(),
  officerId: z.uuid().nullish(),
  overrideReason: text(2000).nullish(),
});
export type AllocateBody = z.infer<typeof AllocateBody>;

export const ActionInput = z.strictObject({
  kind: z.enum(ENQUIRY_KINDS),
  description: text(2000),
  /** Defaults to the investigating officer. */
  ownerId: z.uuid().nullish(),
  dueAt: instant,
});
export type ActionInput = z.infer<typeof ActionInput>;

export const PlanBody = z.strictObject({
  summary: text(4000),
  safeguarding: text(4000),
  victimContact: text(2000),
  sceneAttended: z.boolean(),
  sceneReason: text(2000).nullish(),
  sceneEvidence: text(4000).nullish(),
  bwvCaptured: z.boolean(),
  bwvReason: text(2000).nullish(),
  actions: z.array(ActionInput).max(50).default([]),
});
export type PlanBody = z.infer<typeof PlanBody>;

export const ActionResultBody = z.strictObject({ result: text(4000) });
export type ActionResultBody = z.infer<typeof ActionResultBody>;

export const ReviewBody = z.strictObject({ direction: text(4000) });
export type ReviewBody = z.infer<typeof ReviewBody>;

export const HandoverBody = z.strictObject({
  toOfficerId: z.uuid(),
  handoverNote: text(4000).nullish(),
  supervisoryEntry: z.string().trim().max(4000),
  overrideReason: text(2000).nullish(),
});
export type HandoverBody = z.infer<typeof HandoverBody>;

export const VictimInformedInput = z.discriminatedUnion('informed', [
  z.strictObject({ informed: z.literal(true), at: instant, method: text(100) }),
  z.strictObject({ informed: z.literal(false), reason: text(2000) }),
]);

export const FinaliseBody = z.strictObject({
  outcome: z.enum(OUTCOME_CODES),
  rationale: z.string().trim().max(4000).nullish(),
  victimInformed: VictimInformedInput.nullish(),
  suspect: z.strictObject({
    personId: z.uuid().nullish(),
    named: z.boolean(),
    charged: z.boolean().optional(),
    ageAtOffence: z.number().int().min(0).max(120).nullish(),
    admission: z.boolean().optional(),
    responsibilityAccepted: z.boolean().optional(),
  }).nullish(),
  chargingAuthority: z.enum(['cps', 'police']).nullish(),
  victimViewsSought: z.boolean().optional(),
  victimSupports: z.boolean().nullish(),
  withdrawalRecorded: z.boolean().optional(),
  evidenceLedConsidered: z.boolean().optional(),
  courtAccepted: z.boolean().optional(),
  reasonEvidence: z.string().trim().max(4000).nullish(),
  timeLimit: z.string().trim().max(500).nullish(),
  proportionateEnquiriesCompleted: z.boolean().optional(),
  otherBody: z.string().trim().max(200).nullish(),
  diversionaryActivity: z.string().trim().max(2000).nullish(),
  domesticAbuseException: z.string().trim().max(2000).nullish(),
});
export type FinaliseBody = z.infer<typeof FinaliseBody>;

export const ReopenBody = z.strictObject({ reason: z.string().trim().max(4000) });
export type ReopenBody = z.infer<typeof ReopenBody>;

export const InformVictimBody = z.strictObject({ at: instant, method: text(100) });
export type InformVictimBody = z.infer<typeof InformVictimBody>;

export const ExhibitBody = z.strictObject({
  objectId: z.uuid(),
  exhibitReference: text(40),
  description: text(2000),
  seizedAt: instant,
  holder: text(200),
});
export type ExhibitBody = z.infer<typeof ExhibitBody>;

export const MovementBody = z.strictObject({ toHolder: text(200), purpose: text(500) });
export type MovementBody = z.infer<typeof MovementBody>;

export const ForensicRequestBody = z.strictObject({
  deviceType: z.enum(DEVICE_TYPES),
  description: text(2000),
  objectId: z.uuid().nullish(),
});
export type ForensicRequestBody = z.infer<typeof ForensicRequestBody>;

export const CompleteForensicBody = z.strictObject({ result: text(4000) });
export type CompleteForensicBody = z.infer<typeof CompleteForensicBody>;

export const CreateSampleBody = z.strictObject({
  team: text(100).nullish(),
  from: instant,
  to: instant,
  size: z.number().int().min(1).max(200).default(10),
  seed: z.number().int().min(0).max(2_147_483_647).optional(),
}).refine((b) => new Date(b.to) > new Date(b.from), { path: ['to'], message: 'must be after from' });
export type CreateSampleBody = z.infer<typeof CreateSampleBody>;

export const ScoreItemBody = z.strictObject({
  ...Object.fromEntries(FILE_QUALITY_CRITERIA.map((c) => [c, z.boolean()])) as Record<(typeof FILE_QUALITY_CRITERIA)[number], z.ZodBoolean>,
  notes: z.string().trim().max(4000).nullish(),
});
export type ScoreItemBody = z.infer<typeof ScoreItemBody>;

// ------------------------------------------------------------------ queries and params

export const InvestigationParams = z.strictObject({ id: z.uuid() });
export const ActionParams = z.strictObject({ id: z.uuid(), actionId: z.uuid() });
export const ExhibitParams = z.strictObject({ id: z.uuid(), exhibitId: z.uuid() });
export const SampleItemParams = z.strictObject({ id: z.uuid(), itemId: z.uuid() });

const queryFlag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const InvestigationListQuery = PageQuery.extend({
  /** One status, or `open`: every case not finalised or screened out. */
  status: z.enum([...INVESTIGATION_STATUSES, 'open']).optional(),
  risk: z.enum(RISK_LEVELS).optional(),
  team: z.string().trim().min(1).max(100).optional(),
  officerId: z.uuid().optional(),
  crimeId: z.uuid().optional(),
  /** Allocated to me (wins over officerId). */
  mine: queryFlag.optional(),
  /** Only open cases whose supervisory review is past due. */
  reviewOverdue: queryFlag.optional(),
}).strict();
export type InvestigationListQuery = z.infer<typeof InvestigationListQuery>;

export const CandidatesQuery = z.object({ team: z.string().trim().min(1).max(100).optional() });

export const CaseloadQuery = z.object({
  team: z.string().trim().min(1).max(100).optional(),
  /** Throughput window (F24): defaults to the last 28 days. */
  from: instant.optional(),
  to: instant.optional(),
});
export type CaseloadQuery = z.infer<typeof CaseloadQuery>;

export const ForensicQueueQuery = z.strictObject({ status: z.enum(FORENSIC_STATUSES).optional(), limit: z.coerce.number().int().min(1).max(500).default(100), cursor: z.string().max(500).optional() });

// ------------------------------------------------------------------ views

const UserRef = z.object({ id: z.string(), displayName: z.string(), team: z.string().nullable() });

export const ActionView = z.object({
  id: z.string(), kind: z.string(), description: z.string(), owner: UserRef, dueAt: z.string(), result: z.string().nullable(),
  completedAt: z.string().nullable(), overdue: z.boolean(),
});
export const ReviewView = z.object({ id: z.string(), kind: z.string(), direction: z.string(), reviewer: UserRef, reviewedAt: z.string(), dueAt: z.string().nullable(), late: z.boolean(), nextDueAt: z.string().nullable() });
export const HandoverView = z.object({ id: z.string(), from: UserRef.nullable(), to: UserRef, handoverNote: z.string().nullable(), supervisoryEntry: z.string(), supervisor: UserRef, at: z.string() });
export const OutcomeView = z.object({
  id: z.string(), outcome: z.string(), label: z.string(), group: z.string(), rationale: z.string(), conditions: z.record(z.string(), z.unknown()),
  victimInformed: z.boolean().nullable(), victimInformedAt: z.string().nullable(), victimInformedMethod: z.string().nullable(), victimNotInformedReason: z.string().nullable(),
  decidedBy: UserRef, authorityRole: z.string(), decidedAt: z.string(), reopenedAt: z.string().nullable(), reopenReason: z.string().nullable(),
});
export const MovementView = z.object({ at: z.string(), fromHolder: z.string(), toHolder: z.string(), purpose: z.string(), by: z.string() });
export const ExhibitView = z.object({
  id: z.string(), objectId: z.string(), objectReference: z.string(), exhibitReference: z.string(), description: z.string(), seizedAt: z.string(),
  currentHolder: z.string(), movements: z.array(MovementView),
});
export const ForensicRequestView = z.object({
  id: z.string(), reference: z.string(), investigationId: z.string(), crimeReference: z.string(), deviceType: z.string(), description: z.string(),
  risk: z.string(), childOrVulnerable: z.boolean(), priority: z.number(), status: z.string(), requestedAt: z.string(), startedAt: z.string().nullable(),
  completedAt: z.string().nullable(), ageDays: z.number(), result: z.string().nullable(), version: z.number(), forceId: z.string(),
});
export type ForensicRequestView = z.infer<typeof ForensicRequestView>;

export const CrimeRef = z.object({
  id: z.string(), reference: z.string(), classificationCode: z.string(), classification: z.string(), summary: z.string(), recordedAt: z.string(),
  flags: z.array(z.string()), status: z.string(),
});

export const InvestigationSummary = z.object({
  id: z.string(),
  crime: CrimeRef,
  status: z.enum(INVESTIGATION_STATUSES),
  risk: z.enum(RISK_LEVELS),
  riskReasons: z.array(z.string()),
  team: z.string(),
  officer: UserRef.nullable(),
  outcome: z.string().nullable(),
  nextReviewDueAt: z.string().nullable(),
  reviewOverdue: z.boolean(),
  openedAt: z.string(),
  version: z.number(),
});
export type InvestigationSummary = z.infer<typeof InvestigationSummary>;

export const InvestigationView = InvestigationSummary.extend({
  screening: z.object({
    thrive: z.record(z.string(), z.string()), solvabilityFactors: z.array(z.string()), solvabilityScore: z.number(), screenedAt: z.string(),
    allocationRuleId: z.string(), allocationLabel: z.string(), screenOut: z.boolean(), victimInformedAt: z.string().nullable(), victimInformedMethod: z.string().nullable(),
  }),
  facts: z.object({ domesticAbuse: z.boolean(), childVictim: z.boolean(), vulnerableVictim: z.boolean(), rapeOrSeriousSexual: z.boolean(), accreditedInvestigatorNeeded: z.boolean() }),
  allocatedAt: z.string().nullable(),
  accreditationOverride: z.string().nullable(),
  plan: z.object({
    recordedAt: z.string(), summary: z.string().nullable(), safeguarding: z.string().nullable(), victimContact: z.string().nullable(),
    sceneAttended: z.boolean().nullable(), sceneReason: z.string().nullable(), sceneEvidence: z.string().nullable(), bwvCaptured: z.boolean().nullable(), bwvReason: z.string().nullable(),
  }).nullable(),
  actions: z.array(ActionView),
  reviews: z.array(ReviewView),
  handovers: z.array(HandoverView),
  outcomes: z.array(OutcomeView),
  exhibits: z.array(ExhibitView),
  forensicRequests: z.array(ForensicRequestView),
  reviewTasks: z.array(z.object({ id: z.string(), title: z.string(), dueAt: z.string(), status: z.string(), overdue: z.boolean() })),
  finalisedAt: z.string().nullable(),
  reopenedCount: z.number(),
  rulesVersion: z.string(),
  abilities: z.object({
    allocate: z.boolean(), plan: z.boolean(), addAction: z.boolean(), review: z.boolean(), handover: z.boolean(), finalise: z.boolean(), reopen: z.boolean(),
    requestForensics: z.boolean(), informVictim: z.boolean(),
  }),
});
export type InvestigationView = z.infer<typeof InvestigationView>;

export const InvestigationList = z.object({
  items: z.array(InvestigationSummary),
  nextCursor: z.string().nullable(),
  total: z.number().int().describe('Investigations matching the filters, on every page'),
});
export type InvestigationList = z.infer<typeof InvestigationList>;

export const InvestigationTeamList = z.object({ items: z.array(z.object({ team: z.string(), open: z.number().int() })) });
export type InvestigationTeamList = z.infer<typeof InvestigationTeamList>;

export const CandidateList = z.object({
  team: z.string(),
  accreditedInvestigatorNeeded: z.boolean(),
  items: z.array(z.object({ id: z.string(), displayName: z.string(), role: z.string(), team: z.string().nullable(), accredited: z.boolean(), skills: z.array(z.string()), openCaseload: z.number(), highRisk: z.number() })),
});
export type CandidateList = z.infer<typeof CandidateList>;

const RiskCounts = z.object({ high: z.number(), medium: z.number(), standard: z.number() });
export const CaseloadView = z.object({
  team: z.string().nullable(),
  from: z.string(),
  to: z.string(),
  meanOpen: z.number(),
  officers: z.array(z.object({
    officer: UserRef,
    open: z.number(),
    byRisk: RiskCounts,
    byAge: z.object({ '0-7d': z.number(), '8-28d': z.number(), '29-90d': z.number(), '90d+': z.number() }),
    overdueActions: z.number(),
    overdueReviews: z.number(),
    oldestOpenDays: z.number().nullable(),
    finalisedInPeriod: z.number(),
    allocatedInPeriod: z.number(),
    outlier: z.boolean(),
  })),
  unallocated: z.object({ open: z.number(), byRisk: RiskCounts }),
});
export type CaseloadView = z.infer<typeof CaseloadView>;

export const SampleItemView = z.object({
  id: z.string(), position: z.number(), investigationId: z.string(), crimeReference: z.string(), outcome: z.string().nullable(), team: z.string(),
  effectiveInvestigation: z.boolean().nullable(), victimCare: z.boolean().nullable(), supervision: z.boolean().nullable(), outcomeCorrect: z.boolean().nullable(),
  notes: z.string().nullable(), reviewedAt: z.string().nullable(), score: z.number().nullable(), version: z.number(),
});
const QualitySummary = z.object({
  reviewed: z.number(), effective: z.number(), goodVictimCare: z.number(), supervised: z.number(), outcomeCorrect: z.number(),
  effectiveRate: z.number().nullable(), victimCareRate: z.number().nullable(),
});
export const SampleView = z.object({
  id: z.string(), reference: z.string(), team: z.string().nullable(), periodFrom: z.string(), periodTo: z.string(), requestedSize: z.number(),
  populationSize: z.number(), seed: z.number(), createdAt: z.string(), items: z.array(SampleItemView), summary: QualitySummary, version: z.number(),
});
export type SampleView = z.infer<typeof SampleView>;
export const SampleList = z.object({ items: z.array(SampleView.omit({ items: true })) });
export const QualityTrend = z.object({
  items: z.array(z.object({ team: z.string(), month: z.string(), summary: QualitySummary })),
});
export type QualityTrend = z.infer<typeof QualityTrend>;

export const ForensicQueue = z.object({
  items: z.array(ForensicRequestView),
  nextCursor: z.string().nullable(),
  /** Requests matching the status filter, on every page. */
  total: z.number().int(),
  outstanding: z.number(),
  oldestOutstandingDays: z.number().nullable(),
  medianTurnaroundDays: z.number().nullable(),
});
export type ForensicQueue = z.infer<typeof ForensicQueue>;

export const RuleSetView = z.object({ version: z.number(), effectiveFrom: z.string().nullable(), allocationRules: z.array(z.unknown()), reviewCadence: z.record(z.string(), z.unknown()), rulesVersion: z.string() });

const AllocationRuleInput = z.strictObject({
  id: z.string().trim().min(1).max(40),
  label: text(200),
  when: z.strictObject({
    rapeOrSeriousSexual: z.boolean().optional(),
    domesticAbuse: z.boolean().optional(),
    childVictim: z.boolean().optional(),
    risk: z.array(z.enum(RISK_LEVELS)).max(3).optional(),
    groups: z.array(z.string().trim().min(1).max(60)).max(20).optional(),
    codes: z.array(z.string().trim().min(1).max(10)).max(100).optional(),
    excludeCodes: z.array(z.string().trim().min(1).max(10)).max(100).optional(),
    linesOfEnquiry: z.boolean().optional(),
    vulnerableVictim: z.boolean().optional(),
  }),
  unit: text(100),
  screenOut: z.boolean().optional(),
});

export const RuleSetBody = z.strictObject({
  allocationRules: z.array(AllocationRuleInput).min(1).max(100),
  reviewCadence: z.strictObject({
    firstReviewHours: z.number().int().min(1).max(24 * 14),
    firstReviewHoursHighRisk: z.number().int().min(1).max(24 * 7),
    reviewDays: z.number().int().min(1).max(90),
    reviewDaysSpecialist: z.number().int().min(1).max(90),
    specialistCodes: z.array(z.string().trim().min(1).max(10)).max(100),
  }),
  effectiveFrom: instant.optional(),
});
export type RuleSetBody = z.infer<typeof RuleSetBody>;
