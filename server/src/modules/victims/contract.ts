import { z } from 'zod';
import {
  CONTACT_METHOD_CODES, ENTITLEMENT_EVENT_CODES, NO_CONTACT_REASON_CODES, NOTIFIABLE_EVENTS, REFERRAL_STATUSES, REVIEWABLE_DECISION_CODES,
  SATISFACTION_SCALE, VICTIMS_CODE_VERSION_CODES, VPS_STATUSES, VULNERABILITY_REASON_CODES,
} from './rules.js';

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1).max(max);
const instant = z.iso.datetime({ offset: true });
const Reason = z.object({ code: z.string(), label: z.string() });
const UserRef = z.object({ id: z.string(), username: z.string(), displayName: z.string(), team: z.string().nullable() });
const Satisfaction = z.enum(SATISFACTION_SCALE);

// ---------------------------------------------------------------- needs assessment

const NeedsFields = {
  businessVictim: z.boolean().default(false),
  vulnerabilities: z.array(z.enum(VULNERABILITY_REASON_CODES)).max(VULNERABILITY_REASON_CODES.length).default([]),
  intimidated: z.boolean().default(false),
  persistentlyTargeted: z.boolean().default(false),
  bereavedRelative: z.boolean().default(false),
  language: text(60).nullish(),
  interpreterNeeded: z.boolean().default(false),
  communicationNeeds: text(1000).nullish(),
  specialMeasures: text(1000).nullish(),
  preferredContactMethod: z.enum(CONTACT_METHOD_CODES),
  contactDetails: text(200).nullish(),
  referralConsent: z.enum(['given', 'refused', 'not_asked']),
};

export const AssessVictimBody = z.strictObject({
  crimePersonId: z.uuid(),
  ...NeedsFields,
  codeVersion: z.enum(VICTIMS_CODE_VERSION_CODES).optional(),
  /** The officer in the case for victim care; defaults to whoever recorded the crime. */
  oicUserId: z.uuid().optional(),
  /** The victim contract agreed at assessment; the interval defaults to the Code's longest for the level. */
  updateIntervalDays: z.number().int().min(1).max(28).optional(),
  updatePoints: text(1000).optional(),
});
export type AssessVictimBody = z.infer<typeof AssessVictimBody>;

export const ReassessVictimBody = z.strictObject({ ...NeedsFields, oicUserId: z.uuid().optional() });
export type ReassessVictimBody = z.infer<typeof ReassessVictimBody>;

export const ContractBody = z.strictObject({
  updateIntervalDays: z.number().int().min(1).max(28),
  method: z.enum(CONTACT_METHOD_CODES),
  updatePoints: required(1000),
});
export type ContractBody = z.infer<typeof ContractBody>;

export const RecordEventBody = z.strictObject({
  event: z.enum(NOTIFIABLE_EVENTS),
  occurredAt: instant,
  note: text(1000).nullish(),
});
export type RecordEventBody = z.infer<typeof RecordEventBody>;

export const RecordContactBody = z.strictObject({
  made: z.boolean(),
  contactedAt: instant.nullish(),
  method: z.enum(CONTACT_METHOD_CODES).nullish(),
  summary: text(4000).nullish(),
  noContactReasonCode: z.enum(NO_CONTACT_REASON_CODES).nullish(),
  noContactReason: text(2000).nullish(),
  /** The victim's other (linked) crimes this one contact also counts for. */
  alsoForVictimIds: z.array(z.uuid()).max(20).default([]),
  /** The entitlements this contact met (or could not meet); open agreed updates are always met by a contact made. */
  entitlementIds: z.array(z.uuid()).max(50).default([]),
});
export type RecordContactBody = z.infer<typeof RecordContactBody>;

export const RecordVpsBody = z.strictObject({ status: z.enum(VPS_STATUSES), at: instant, note: text(2000).nullish() });
export type RecordVpsBody = z.infer<typeof RecordVpsBody>;

export const ReferBody = z.strictObject({ serviceCode: required(40), note: text(2000).nullish() });
export type ReferBody = z.infer<typeof ReferBody>;

export const ReferralStatusBody = z.strictObject({ status: z.enum(REFERRAL_STATUSES), note: text(2000).nullish() });
export type ReferralStatusBody = z.infer<typeof ReferralStatusBody>;

export const ReviewRequestBody = z.strictObject({
  decision: z.enum(REVIEWABLE_DECISION_CODES),
  decisionToldAt: instant,
  requestedAt: instant,
  grounds: required(4000),
});
export type ReviewRequestBody = z.infer<typeof ReviewRequestBody>;

export const SurveyBody = z.strictObject({
  surveyedAt: instant,
  wholeExperience: Satisfaction.nullish(),
  easeOfContact: Satisfaction.nullish(),
  actionsTaken: Satisfaction.nullish(),
  keptInformed: Satisfaction.nullish(),
  treatment: Satisfaction.nullish(),
  comments: text(4000).nullish(),
});
export type SurveyBody = z.infer<typeof SurveyBody>;

export const SupportServiceBody = z.strictObject({
  code: z.string().trim().regex(/^[a-z0-9_-]{2,40}$/, 'lower-case letters, digits, - and _ (2–40)'),
  name: required(200),
  specialism: z.enum(['general', 'domestic_abuse', 'sexual_violence', 'hate_crime', 'children', 'bereavement', 'other']),
});
export type SupportServiceBody = z.infer<typeof SupportServiceBody>;

export const CandidatesQuery = z.strictObject({ crimeId: z.uuid() });
export const DashboardQuery = z.strictObject({
  groupBy: z.enum(['officer', 'team', 'crimeType']).default('officer'),
  from: instant.optional(),
  to: instant.optional(),
});
export type DashboardQuery = z.infer<typeof DashboardQuery>;
export const DrillDownQuery = z.strictObject({
  groupBy: z.enum(['officer', 'team', 'crimeType']).default('officer'),
  key: z.string().max(200).optional(),
  phase: z.enum(['live', 'closed', 'all']).default('all'),
  state: z.enum(['on_time', 'late', 'missed', 'overdue', 'pending']).optional(),
  event: z.enum(ENTITLEMENT_EVENT_CODES).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(500).optional(),
});
export type DrillDownQuery = z.infer<typeof DrillDownQuery>;
export const MyVictimsQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(200).default(50), cursor: z.string().max(500).optional() });

// ---------------------------------------------------------------- views

const State = z.enum(['on_time', 'late', 'missed', 'overdue', 'pending']);

export const EntitlementView = z.object({
  id: z.string(),
  event: z.string(),
  label: z.string(),
  eventAt: z.string(),
  dueAt: z.string(),
  level: z.string(),
  taskId: z.string(),
  taskStatus: z.string(),
  taskVersion: z.number().int(),
  state: State,
  metAt: z.string().nullable(),
  contactId: z.string().nullable(),
  note: z.string().nullable(),
});
export type EntitlementView = z.infer<typeof EntitlementView>;

export const ContactView = z.object({
  id: z.string(),
  made: z.boolean(),
  contactedAt: z.string(),
  method: z.string(),
  summary: z.string().nullable(),
  noContactReasonCode: z.string().nullable(),
  noContactReason: z.string().nullable(),
  recordedBy: z.string(),
  recordedAt: z.string(),
  /** Every crime of this victim the contact counts for. */
  crimeReferences: z.array(z.string()),
});
export type ContactView = z.infer<typeof ContactView>;

export const ContractView = z.object({
  id: z.string(), updateIntervalDays: z.number().int(), method: z.string(), updatePoints: z.string(), agreedAt: z.string(), version: z.number().int(),
});
export const VpsView = z.object({ id: z.string(), status: z.string(), at: z.string(), note: z.string().nullable() });
export const ReferralView = z.object({
  id: z.string(), serviceCode: z.string(), serviceName: z.string(), basis: z.string(), status: z.string(), sentAt: z.string(), statusAt: z.string(), note: z.string().nullable(), version: z.number().int(),
});
export type ReferralView = z.infer<typeof ReferralView>;
export const ReviewView = z.object({
  id: z.string(), decision: z.string(), decisionToldAt: z.string(), requestedAt: z.string(), late: z.boolean(), grounds: z.string(), taskId: z.string(),
});
export const SurveyView = z.object({
  id: z.string(), surveyedAt: z.string(), wholeExperience: z.string().nullable(), easeOfContact: z.string().nullable(), actionsTaken: z.string().nullable(),
  keptInformed: z.string().nullable(), treatment: z.string().nullable(), comments: z.string().nullable(),
});

export const VictimSummary = z.object({
  id: z.string(),
  crime: z.object({ id: z.string(), reference: z.string(), classification: z.string(), live: z.boolean() }),
  person: z.object({ id: z.string(), reference: z.string(), forenames: z.string(), surname: z.string() }),
  level: z.enum(['standard', 'enhanced']),
  oic: UserRef,
  nextDueAt: z.string().nullable(),
});
export type VictimSummary = z.infer<typeof VictimSummary>;

export const VictimView = VictimSummary.extend({
  codeVersion: z.string(),
  reasons: z.array(Reason),
  needs: z.object({
    businessVictim: z.boolean(), vulnerabilities: z.array(z.string()), intimidated: z.boolean(), persistentlyTargeted: z.boolean(), bereavedRelative: z.boolean(),
    language: z.string().nullable(), interpreterNeeded: z.boolean(), communicationNeeds: z.string().nullable(), specialMeasures: z.string().nullable(),
    preferredContactMethod: z.string(), contactDetails: z.string().nullable(), referralConsent: z.string(),
  }),
  referralBasis: z.object({ basis: z.string(), why: z.string() }),
  assessedAt: z.string(),
  contract: ContractView.nullable(),
  entitlements: z.array(EntitlementView),
  contacts: z.array(ContactView),
  statements: z.array(VpsView),
  referrals: z.array(ReferralView),
  reviews: z.array(ReviewView),
  survey: SurveyView.nullable(),
  /** The same person's victim records on other crimes: one contact can count for them all. */
  linked: z.array(VictimSummary),
  version: z.number().int(),
  abilities: z.object({
    reassess: z.boolean(), recordContact: z.boolean(), recordEvent: z.boolean(), changeContract: z.boolean(), recordVps: z.boolean(),
    refer: z.boolean(), requestReview: z.boolean(), recordSurvey: z.boolean(), isOic: z.boolean(),
  }),
});
export type VictimView = z.infer<typeof VictimView>;

export const VictimList = z.object({ items: z.array(VictimSummary) });
/** The officer's own victims: paged by cursor, with the true total on every page. */
export const MyVictimList = VictimList.extend({ nextCursor: z.string().nullable(), total: z.number().int() });
export type MyVictimList = z.infer<typeof MyVictimList>;
export type VictimList = z.infer<typeof VictimList>;

export const CandidateList = z.object({
  crime: z.object({ id: z.string(), reference: z.string(), classification: z.string() }),
  items: z.array(z.object({
    crimePersonId: z.string(),
    person: z.object({ id: z.string(), reference: z.string(), forenames: z.string(), surname: z.string(), dateOfBirth: z.string().nullable() }),
    victimId: z.string().nullable(),
  })),
});
export type CandidateList = z.infer<typeof CandidateList>;

export const ContactResult = z.object({ contact: ContactView, met: z.array(z.string()), notMet: z.array(z.string()), nextUpdates: z.array(EntitlementView) });
export type ContactResult = z.infer<typeof ContactResult>;

export const SupportService = z.object({ code: z.string(), name: z.string(), specialism: z.string(), active: z.boolean() });
export type SupportService = z.infer<typeof SupportService>;
export const SupportServiceList = z.object({ items: z.array(SupportService) });

const Counts = z.object({ on_time: z.number(), late: z.number(), missed: z.number(), overdue: z.number(), pending: z.number() });
const Compliance = z.object({ counts: Counts, rate: z.number().nullable() });
const Rate = z.object({ respondents: z.number(), satisfied: z.number(), rate: z.number().nullable(), ci95: z.number().nullable() });

export const DashboardView = z.object({
  groupBy: z.string(),
  overall: z.object({ live: Compliance, closed: Compliance, all: Compliance }),
  byEvent: z.array(z.object({ event: z.string(), label: z.string(), all: Compliance })),
  groups: z.array(z.object({ key: z.string(), label: z.string(), live: Compliance, closed: Compliance, all: Compliance, satisfaction: Rate })),
  satisfaction: z.object({
    wholeExperience: Rate, easeOfContact: Rate, actionsTaken: Rate, keptInformed: Rate, treatment: Rate,
  }),
});
export type DashboardView = z.infer<typeof DashboardView>;

export const DrillDownView = z.object({
  items: z.array(z.object({
    entitlementId: z.string(), victimId: z.string(), crimeReference: z.string(), crimeType: z.string(), live: z.boolean(),
    victimName: z.string(), officer: z.string(), team: z.string().nullable(), event: z.string(), label: z.string(), dueAt: z.string(), state: State, metAt: z.string().nullable(),
  })),
  /** Every entitlement of the cell, whatever page is shown. */
  total: z.number(),
  nextCursor: z.string().nullable(),
});
export type DrillDownView = z.infer<typeof DrillDownView>;

export const LetterView = z.object({
  victimName: z.string(),
  crimeReference: z.string(),
  crimeDescription: z.string(),
  level: z.string(),
  levelExplained: z.string(),
  whatToExpect: z.array(z.string()),
  nextUpdateDue: z.string().nullable(),
  officer: z.object({ name: z.string(), team: z.string().nullable() }),
  howToContact: z.string(),
  supportServices: z.array(z.string()),
  issuedAt: z.string(),
});
export type LetterView = z.infer<typeof LetterView>;
