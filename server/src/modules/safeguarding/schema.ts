import { boolean, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { businessKey, versioned } from '../../platform/db/columns.js';
import { users } from '../../platform/auth/schema.js';
import { persons } from '../../platform/pole/schema.js';

/**
 * Links to incidents or crimes are a nullable (type, id, reference) triple, not a foreign key: those
 * modules may not exist in a deployment, and safeguarding must not depend on them.
 */
const linkedRecord = {
  linkedType: text('linked_type'),
  linkedId: uuid('linked_id'),
  linkedReference: text('linked_reference'),
};

/** One DASH risk assessment per DA incident or crime, kept as history per victim (STANDARDS §8). */
export const dashAssessments = pgTable(
  'dash_assessments',
  {
    ...businessKey,
    reference: text('reference').notNull(),
    victimPersonId: uuid('victim_person_id').notNull(),
    perpetratorPersonId: uuid('perpetrator_person_id'),
    ...linkedRecord,
    incidentAt: timestamp('incident_at', { withTimezone: true }).notNull(),
    intimatePartner: boolean('intimate_partner').notNull().default(true),
    answers: jsonb('answers').$type<Record<string, string>>().notNull(),
    answerNotes: jsonb('answer_notes').$type<Record<string, string>>().notNull().default({}),
    victimDeclined: boolean('victim_declined').notNull().default(false),
    score: integer('score').notNull(),
    computedLevel: text('computed_level').notNull(),
    finalLevel: text('final_level').notNull(),
    levelBasis: text('level_basis').notNull(),
    levelReason: text('level_reason'),
    childrenPresent: boolean('children_present').notNull().default(false),
    childrenResident: boolean('children_resident').notNull().default(false),
    childrenCount: integer('children_count').notNull().default(0),
    powerOfArrest: boolean('power_of_arrest').notNull().default(false),
    arrested: boolean('arrested').notNull().default(false),
    noArrestReason: text('no_arrest_reason'),
    noArrestNote: text('no_arrest_note'),
    maracReasons: text('marac_reasons').array().notNull().default([]),
    assessedBy: uuid('assessed_by').notNull(),
    assessedAt: timestamp('assessed_at', { withTimezone: true }).notNull(),
    supervisorId: uuid('supervisor_id'),
    reviewLevel: text('review_level'),
    reviewReason: text('review_reason'),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    rulesVersion: text('rules_version').notNull(),
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    uniqueIndex('dash_assessments_reference_key').on(t.forceId, t.reference),
    foreignKey({ columns: [t.forceId, t.victimPersonId], foreignColumns: [persons.forceId, persons.id] }),
    foreignKey({ columns: [t.forceId, t.perpetratorPersonId], foreignColumns: [persons.forceId, persons.id] }),
    foreignKey({ columns: [t.forceId, t.assessedBy], foreignColumns: [users.forceId, users.id] }),
    index('dash_assessments_victim_idx').on(t.forceId, t.victimPersonId, t.incidentAt),
    index('dash_assessments_level_idx').on(t.forceId, t.finalLevel, t.assessedAt),
  ],
);

export const maracMeetings = pgTable(
  'marac_meetings',
  {
    ...businessKey,
    reference: text('reference').notNull(),
    area: text('area').notNull(),
    meetingAt: timestamp('meeting_at', { withTimezone: true }).notNull(),
    agencies: text('agencies').array().notNull().default([]),
    status: text('status').notNull().default('scheduled'),
    outcome: text('outcome'),
    createdBy: uuid('created_by').notNull(),
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    uniqueIndex('marac_meetings_reference_key').on(t.forceId, t.reference),
    index('marac_meetings_date_idx').on(t.forceId, t.meetingAt),
  ],
);

export const maracReferrals = pgTable(
  'marac_referrals',
  {
    ...businessKey,
    reference: text('reference').notNull(),
    victimPersonId: uuid('victim_person_id').notNull(),
    dashAssessmentId: uuid('dash_assessment_id'),
    reasons: text('reasons').array().notNull(),
    reasonNote: text('reason_note'),
    isRepeat: boolean('is_repeat').notNull().default(false),
    status: text('status').notNull().default('referred'),
    meetingId: uuid('meeting_id'),
    outcome: text('outcome'),
    referredBy: uuid('referred_by').notNull(),
    referredAt: timestamp('referred_at', { withTimezone: true }).notNull(),
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    uniqueIndex('marac_referrals_reference_key').on(t.forceId, t.reference),
    foreignKey({ columns: [t.forceId, t.victimPersonId], foreignColumns: [persons.forceId, persons.id] }),
    foreignKey({ columns: [t.forceId, t.dashAssessmentId], foreignColumns: [dashAssessments.forceId, dashAssessments.id] }),
    foreignKey({ columns: [t.forceId, t.meetingId], foreignColumns: [maracMeetings.forceId, maracMeetings.id] }),
    index('marac_referrals_victim_idx').on(t.forceId, t.victimPersonId, t.referredAt),
    index('marac_referrals_meeting_idx').on(t.forceId, t.meetingId),
  ],
);

/** Actions agreed at MARAC, owned by an agency; partner users see only their own agency's. */
export const maracActions = pgTable(
  'marac_actions',
  {
    ...businessKey,
    referralId: uuid('referral_id').notNull(),
    meetingId: uuid('meeting_id'),
    agency: text('agency').notNull(),
    description: text('description').notNull(),
    owner: text('owner'),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    status: text('status').notNull().default('open'),
    outcome: text('outcome'),
    completedBy: uuid('completed_by'),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    createdBy: uuid('created_by').notNull(),
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    foreignKey({ columns: [t.forceId, t.referralId], foreignColumns: [maracReferrals.forceId, maracReferrals.id] }),
    foreignKey({ columns: [t.forceId, t.meetingId], foreignColumns: [maracMeetings.forceId, maracMeetings.id] }),
    index('marac_actions_agency_idx').on(t.forceId, t.agency, t.status, t.dueAt),
    index('marac_actions_referral_idx').on(t.forceId, t.referralId),
  ],
);

export const idvaReferrals = pgTable(
  'idva_referrals',
  {
    ...businessKey,
    victimPersonId: uuid('victim_person_id').notNull(),
    dashAssessmentId: uuid('dash_assessment_id').notNull(),
    incidentAt: timestamp('incident_at', { withTimezone: true }).notNull(),
    referredAt: timestamp('referred_at', { withTimezone: true }).notNull(),
    contactedAt: timestamp('contacted_at', { withTimezone: true }),
    provider: text('provider').notNull(),
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    foreignKey({ columns: [t.forceId, t.victimPersonId], foreignColumns: [persons.forceId, persons.id] }),
    foreignKey({ columns: [t.forceId, t.dashAssessmentId], foreignColumns: [dashAssessments.forceId, dashAssessments.id] }),
    index('idva_referrals_referred_idx').on(t.forceId, t.referredAt),
  ],
);

/** One form → referrals hub triage → MASH or adult services (STANDARDS §9). */
export const safeguardingReferrals = pgTable(
  'safeguarding_referrals',
  {
    ...businessKey,
    reference: text('reference').notNull(),
    subjectKind: text('subject_kind').notNull(),
    subjectPersonId: uuid('subject_person_id'),
    subjectDescription: text('subject_description').notNull(),
    dashAssessmentId: uuid('dash_assessment_id'),
    ...linkedRecord,
    concern: text('concern').notNull(),
    riskLevel: text('risk_level'),
    childHarmIndicated: boolean('child_harm_indicated').notNull().default(false),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    schoolNotificationDueAt: timestamp('school_notification_due_at', { withTimezone: true }),
    schoolNotifiedAt: timestamp('school_notified_at', { withTimezone: true }),
    status: text('status').notNull().default('new'),
    rag: text('rag'),
    agency: text('agency'),
    triageNote: text('triage_note'),
    triagedBy: uuid('triaged_by'),
    triagedAt: timestamp('triaged_at', { withTimezone: true }),
    decisionDueAt: timestamp('decision_due_at', { withTimezone: true }),
    mashOutcome: text('mash_outcome'),
    mashOutcomeNote: text('mash_outcome_note'),
    mashOutcomeAt: timestamp('mash_outcome_at', { withTimezone: true }),
    createdBy: uuid('created_by').notNull(),
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    uniqueIndex('safeguarding_referrals_reference_key').on(t.forceId, t.reference),
    foreignKey({ columns: [t.forceId, t.subjectPersonId], foreignColumns: [persons.forceId, persons.id] }),
    foreignKey({ columns: [t.forceId, t.dashAssessmentId], foreignColumns: [dashAssessments.forceId, dashAssessments.id] }),
    index('safeguarding_referrals_queue_idx').on(t.forceId, t.status, t.dueAt),
  ],
);

/** A DVPN and the DVPO that may follow it: one record, one clock (STANDARDS §8 notices and orders). */
export const protectionNotices = pgTable(
  'protection_notices',
  {
    ...businessKey,
    reference: text('reference').notNull(),
    perpetratorPersonId: uuid('perpetrator_person_id').notNull(),
    victimPersonId: uuid('victim_person_id').notNull(),
    dashAssessmentId: uuid('dash_assessment_id'),
    grounds: text('grounds').notNull(),
    violenceOrThreat: boolean('violence_or_threat').notNull(),
    necessaryToProtect: boolean('necessary_to_protect').notNull(),
    conditions: text('conditions').array().notNull().default([]),
    status: text('status').notNull().default('awaiting_authorisation'),
    requestedBy: uuid('requested_by').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    authorisedBy: uuid('authorised_by'),
    authorisedAt: timestamp('authorised_at', { withTimezone: true }),
    decisionReason: text('decision_reason'),
    servedAt: timestamp('served_at', { withTimezone: true }),
    hearingDueAt: timestamp('hearing_due_at', { withTimezone: true }),
    hearingAt: timestamp('hearing_at', { withTimezone: true }),
    court: text('court'),
    orderMadeAt: timestamp('order_made_at', { withTimezone: true }),
    orderDays: integer('order_days'),
    orderExpiresAt: timestamp('order_expires_at', { withTimezone: true }),
    hearingOutcomeNote: text('hearing_outcome_note'),
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    uniqueIndex('protection_notices_reference_key').on(t.forceId, t.reference),
    foreignKey({ columns: [t.forceId, t.perpetratorPersonId], foreignColumns: [persons.forceId, persons.id] }),
    foreignKey({ columns: [t.forceId, t.victimPersonId], foreignColumns: [persons.forceId, persons.id] }),
    index('protection_notices_status_idx').on(t.forceId, t.status),
  ],
);

export const protectionBreaches = pgTable(
  'protection_breaches',
  {
    ...businessKey,
    noticeId: uuid('notice_id').notNull(),
    against: text('against').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    detail: text('detail').notNull(),
    arrested: boolean('arrested').notNull(),
    noArrestReason: text('no_arrest_reason'),
    recordedBy: uuid('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    foreignKey({ columns: [t.forceId, t.noticeId], foreignColumns: [protectionNotices.forceId, protectionNotices.id] }),
    index('protection_breaches_notice_idx').on(t.forceId, t.noticeId),
  ],
);

/** Clare's Law applications: right to ask (public or third party) and right to know (police-initiated). */
export const dvdsApplications = pgTable(
  'dvds_applications',
  {
    ...businessKey,
    reference: text('reference').notNull(),
    route: text('route').notNull(),
    source: text('source').notNull(),
    applicantName: text('applicant_name').notNull(),
    applicantRelationship: text('applicant_relationship').notNull(),
    applicantPhone: text('applicant_phone'),
    applicantEmail: text('applicant_email'),
    safeContactNote: text('safe_contact_note'),
    subjectName: text('subject_name').notNull(),
    subjectDetails: text('subject_details'),
    subjectPersonId: uuid('subject_person_id'),
    atRiskPersonId: uuid('at_risk_person_id'),
    concern: text('concern').notNull(),
    stage: text('stage').notNull().default('initial_checks'),
    stageDueAt: timestamp('stage_due_at', { withTimezone: true }),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    identityVerified: boolean('identity_verified').notNull().default(false),
    decision: text('decision'),
    urgent: boolean('urgent').notNull().default(false),
    safetyPlan: text('safety_plan'),
    disclosedAt: timestamp('disclosed_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    history: jsonb('history').$type<{ stage: string; at: string; by: string; note: string | null }[]>().notNull().default([]),
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    uniqueIndex('dvds_applications_reference_key').on(t.forceId, t.reference),
    foreignKey({ columns: [t.forceId, t.subjectPersonId], foreignColumns: [persons.forceId, persons.id] }),
    index('dvds_applications_stage_idx').on(t.forceId, t.stage, t.stageDueAt),
  ],
);
