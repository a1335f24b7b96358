import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { businessKey, versioned } from '../../platform/db/columns.js';
import { users } from '../../platform/auth/schema.js';
import { objects } from '../../platform/pole/schema.js';
import { crimes } from '../crimes/schema.js';

/**
 * The investigation of one crime, from screening to outcome (STANDARDS §6). The outcome lives here, not on the
 * crime: the crimes module owns its table; its `outcome` column is left to crimes.
 */
export const investigations = pgTable(
  'investigations',
  {
    ...businessKey,
    crimeId: uuid('crime_id').notNull(),
    status: text('status').notNull(),
    // screening
    risk: text('risk').notNull(),
    riskReasons: text('risk_reasons').array().notNull().default(sql`'{}'::text[]`),
    thrive: jsonb('thrive').$type<Record<string, string>>().notNull(),
    solvabilityFactors: text('solvability_factors').array().notNull().default(sql`'{}'::text[]`),
    solvabilityScore: integer('solvability_score').notNull(),
    /** Facts of the crime at screening, so queues sort and filter without recomputing. */
    domesticAbuse: boolean('domestic_abuse').notNull().default(false),
    childVictim: boolean('child_victim').notNull().default(false),
    vulnerableVictim: boolean('vulnerable_victim').notNull().default(false),
    rapeOrSeriousSexual: boolean('rape_or_serious_sexual').notNull().default(false),
    screenedAt: timestamp('screened_at', { withTimezone: true }).notNull(),
    screenedBy: uuid('screened_by').notNull(),
    // allocation
    allocationRuleId: text('allocation_rule_id').notNull(),
    allocationLabel: text('allocation_label').notNull(),
    team: text('team').notNull(),
    officerId: uuid('officer_id'),
    allocatedAt: timestamp('allocated_at', { withTimezone: true }),
    allocatedBy: uuid('allocated_by'),
    accreditationOverride: text('accreditation_override'),
    /** Screened out (volume crime, no lines of enquiry): the victim must be told. */
    screenOutVictimInformedAt: timestamp('screen_out_victim_informed_at', { withTimezone: true }),
    screenOutVictimInformedMethod: text('screen_out_victim_informed_method'),
    // plan (F08, F09)
    planRecordedAt: timestamp('plan_recorded_at', { withTimezone: true }),
    planSummary: text('plan_summary'),
    safeguarding: text('safeguarding'),
    victimContact: text('victim_contact'),
    sceneAttended: boolean('scene_attended'),
    sceneReason: text('scene_reason'),
    sceneEvidence: text('scene_evidence'),
    bwvCaptured: boolean('bwv_captured'),
    bwvReason: text('bwv_reason'),
    // supervision (F10)
    lastReviewedAt: timestamp('last_reviewed_at', { withTimezone: true }),
    nextReviewDueAt: timestamp('next_review_due_at', { withTimezone: true }),
    // outcome (STANDARDS §4)
    outcome: text('outcome'),
    finalisedAt: timestamp('finalised_at', { withTimezone: true }),
    reopenedCount: integer('reopened_count').notNull().default(0),
    rulesVersion: text('rules_version').notNull(),
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    foreignKey({ columns: [t.forceId, t.crimeId], foreignColumns: [crimes.forceId, crimes.id] }),
    foreignKey({ columns: [t.forceId, t.officerId], foreignColumns: [users.forceId, users.id] }),
    uniqueIndex('investigations_crime_key').on(t.forceId, t.crimeId),
    index('investigations_officer_idx').on(t.forceId, t.officerId, t.status),
    index('investigations_team_idx').on(t.forceId, t.team, t.status),
    index('investigations_review_idx').on(t.forceId, t.status, t.nextReviewDueAt),
    index('investigations_finalised_idx').on(t.forceId, t.finalisedAt, t.officerId),
    index('investigations_team_finalised_idx').on(t.forceId, t.team, t.finalisedAt, t.officerId),
    index('investigations_team_allocated_idx').on(t.forceId, t.team, t.allocatedAt, t.officerId),
    // Caseload view (F12): open investigations only, with every column the view counts, for index-only scans.
    index('investigations_open_team_idx').on(t.forceId, t.team, t.officerId, t.risk, t.createdAt, t.nextReviewDueAt, t.id).where(sql`status in ('allocated', 'under_investigation')`),
    index('investigations_open_officer_idx').on(t.forceId, t.officerId, t.risk, t.createdAt, t.nextReviewDueAt, t.id).where(sql`status in ('allocated', 'under_investigation')`),
    index('investigations_allocated_idx').on(t.forceId, t.allocatedAt, t.officerId),
  ],
);

/** Lines of enquiry / actions of the plan: owner, due date, result. */
export const investigationActions = pgTable(
  'investigation_actions',
  {
    ...businessKey,
    investigationId: uuid('investigation_id').notNull(),
    kind: text('kind').notNull(),
    description: text('description').notNull(),
    ownerId: uuid('owner_id').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    result: text('result'),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    completedBy: uuid('completed_by'),
    createdBy: uuid('created_by').notNull(),
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    foreignKey({ columns: [t.forceId, t.investigationId], foreignColumns: [investigations.forceId, investigations.id] }),
    foreignKey({ columns: [t.forceId, t.ownerId], foreignColumns: [users.forceId, users.id] }),
    index('investigation_actions_inv_idx').on(t.forceId, t.investigationId),
    index('investigation_actions_owner_idx').on(t.forceId, t.ownerId, t.completedAt, t.dueAt),
    index('investigation_actions_outstanding_idx').on(t.forceId, t.investigationId, t.dueAt).where(sql`completed_at is null`),
  ],
);

/** Evidence seized: a POLE object with an exhibit reference and where it is kept. */
export const investigationExhibits = pgTable(
  'investigation_exhibits',
  {
    ...businessKey,
    investigationId: uuid('investigation_id').notNull(),
    objectId: uuid('object_id').notNull(),
    exhibitReference: text('exhibit_reference').notNull(),
    description: text('description').notNull(),
    seizedAt: timestamp('seized_at', { withTimezone: true }).notNull(),
    seizedBy: uuid('seized_by').notNull(),
    currentHolder: text('current_holder').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    foreignKey({ columns: [t.forceId, t.investigationId], foreignColumns: [investigations.forceId, investigations.id] }),
    foreignKey({ columns: [t.forceId, t.objectId], foreignColumns: [objects.forceId, objects.id] }),
    uniqueIndex('investigation_exhibits_ref_key').on(t.forceId, t.investigationId, t.exhibitReference),
  ],
);

/** Continuity of an exhibit: every movement, appended, never changed. */
export const exhibitMovements = pgTable(
  'exhibit_movements',
  {
    ...businessKey,
    exhibitId: uuid('exhibit_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    fromHolder: text('from_holder').notNull(),
    toHolder: text('to_holder').notNull(),
    purpose: text('purpose').notNull(),
    userId: uuid('user_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    foreignKey({ columns: [t.forceId, t.exhibitId], foreignColumns: [investigationExhibits.forceId, investigationExhibits.id] }),
    index('exhibit_movements_exhibit_idx').on(t.forceId, t.exhibitId, t.at),
  ],
);

/** Supervisory reviews with the supervisor's direction (F10). */
export const investigationReviews = pgTable(
  'investigation_reviews',
  {
    ...businessKey,
    investigationId: uuid('investigation_id').notNull(),
    kind: text('kind').notNull(),
    direction: text('direction').notNull(),
    reviewerId: uuid('reviewer_id').notNull(),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }),
    nextDueAt: timestamp('next_due_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    foreignKey({ columns: [t.forceId, t.investigationId], foreignColumns: [investigations.forceId, investigations.id] }),
    index('investigation_reviews_inv_idx').on(t.forceId, t.investigationId, t.reviewedAt),
  ],
);

/** Handover between officers, endorsed by a supervisor's written entry. */
export const investigationHandovers = pgTable(
  'investigation_handovers',
  {
    ...businessKey,
    investigationId: uuid('investigation_id').notNull(),
    fromOfficerId: uuid('from_officer_id'),
    toOfficerId: uuid('to_officer_id').notNull(),
    handoverNote: text('handover_note'),
    supervisoryEntry: text('supervisory_entry').notNull(),
    supervisorId: uuid('supervisor_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    foreignKey({ columns: [t.forceId, t.investigationId], foreignColumns: [investigations.forceId, investigations.id] }),
    index('investigation_handovers_inv_idx').on(t.forceId, t.investigationId, t.at),
  ],
);

/** Every outcome given, with its decision record (STANDARDS §4); reopening marks it reopened instead of deleting it. */
export const investigationOutcomes = pgTable(
  'investigation_outcomes',
  {
    ...businessKey,
    investigationId: uuid('investigation_id').notNull(),
    outcome: text('outcome').notNull(),
    rationale: text('rationale').notNull(),
    conditions: jsonb('conditions').$type<Record<string, unknown>>().notNull(),
    victimInformed: boolean('victim_informed'),
    victimInformedAt: timestamp('victim_informed_at', { withTimezone: true }),
    victimInformedMethod: text('victim_informed_method'),
    victimNotInformedReason: text('victim_not_informed_reason'),
    decidedBy: uuid('decided_by').notNull(),
    authorityRole: text('authority_role').notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
    rulesVersion: text('rules_version').notNull(),
    reopenedAt: timestamp('reopened_at', { withTimezone: true }),
    reopenedBy: uuid('reopened_by'),
    reopenReason: text('reopen_reason'),
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    foreignKey({ columns: [t.forceId, t.investigationId], foreignColumns: [investigations.forceId, investigations.id] }),
    index('investigation_outcomes_inv_idx').on(t.forceId, t.investigationId, t.decidedAt),
    index('investigation_outcomes_decided_idx').on(t.forceId, t.decidedAt),
  ],
);

/** A file-quality sample drawn by a supervisor or inspector (STANDARDS §6 Quality sampling). */
export const fileQualitySamples = pgTable(
  'file_quality_samples',
  {
    ...businessKey,
    reference: text('reference').notNull(),
    team: text('team'),
    periodFrom: timestamp('period_from', { withTimezone: true }).notNull(),
    periodTo: timestamp('period_to', { withTimezone: true }).notNull(),
    requestedSize: integer('requested_size').notNull(),
    populationSize: integer('population_size').notNull(),
    seed: integer('seed').notNull(),
    createdBy: uuid('created_by').notNull(),
    ...versioned,
  },
  (t) => [primaryKey({ columns: [t.forceId, t.id] }), uniqueIndex('file_quality_samples_ref_key').on(t.forceId, t.reference)],
);

export const fileQualityItems = pgTable(
  'file_quality_items',
  {
    ...businessKey,
    sampleId: uuid('sample_id').notNull(),
    investigationId: uuid('investigation_id').notNull(),
    position: integer('position').notNull(),
    team: text('team').notNull(),
    effectiveInvestigation: boolean('effective_investigation'),
    victimCare: boolean('victim_care'),
    supervision: boolean('supervision'),
    outcomeCorrect: boolean('outcome_correct'),
    notes: text('notes'),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    foreignKey({ columns: [t.forceId, t.sampleId], foreignColumns: [fileQualitySamples.forceId, fileQualitySamples.id] }),
    foreignKey({ columns: [t.forceId, t.investigationId], foreignColumns: [investigations.forceId, investigations.id] }),
    uniqueIndex('file_quality_items_position_key').on(t.forceId, t.sampleId, t.position),
  ],
);

/** Digital device examinations (F18): prioritised by risk, aged, and always carrying force_id. */
export const forensicRequests = pgTable(
  'forensic_requests',
  {
    ...businessKey,
    reference: text('reference').notNull(),
    investigationId: uuid('investigation_id').notNull(),
    objectId: uuid('object_id'),
    deviceType: text('device_type').notNull(),
    description: text('description').notNull(),
    risk: text('risk').notNull(),
    childOrVulnerable: boolean('child_or_vulnerable').notNull(),
    priority: integer('priority').notNull(),
    status: text('status').notNull().default('requested'),
    requestedBy: uuid('requested_by').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    examinerId: uuid('examiner_id'),
    result: text('result'),
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    uniqueIndex('forensic_requests_ref_key').on(t.forceId, t.reference),
    foreignKey({ columns: [t.forceId, t.investigationId], foreignColumns: [investigations.forceId, investigations.id] }),
    foreignKey({ columns: [t.forceId, t.objectId], foreignColumns: [objects.forceId, objects.id] }),
    index('forensic_requests_queue_idx').on(t.forceId, t.status, t.priority, t.requestedAt),
  ],
);

/** The force's allocation table and review cadence, versioned (STANDARDS conventions: configurable per force). */
export const investigationRuleSets = pgTable(
  'investigation_rule_sets',
  {
    ...businessKey,
    version: integer('version').notNull(),
    effectiveFrom: timestamp('effective_from', { withTimezone: true }).notNull(),
    allocationRules: jsonb('allocation_rules').$type<unknown>().notNull(),
    reviewCadence: jsonb('review_cadence').$type<unknown>().notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.forceId, t.id] }), uniqueIndex('investigation_rule_sets_version_key').on(t.forceId, t.version)],
);
