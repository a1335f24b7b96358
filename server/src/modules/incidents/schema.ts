import { sql } from 'drizzle-orm';
import {
  boolean, doublePrecision, foreignKey, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';
import { businessKey, versioned } from '../../platform/db/columns.js';
import { locations, persons } from '../../platform/pole/schema.js';
import type { ControlRoomSettings, Thrive } from './rules.js';

export type QuestionAnswers = Record<string, string | boolean>;
export type Question = { id: string; text: string; kind: 'yes_no' | 'text' | 'choice'; options?: string[]; advice?: string; required?: boolean };
export type Resolution = { kind: 'telephone' | 'appointment'; outcome: string | null; reason: string; thriveRationale: string };

/** One call for service (STANDARDS §2). */
export const incidents = pgTable(
  'incidents',
  {
    ...businessKey,
    reference: text('reference').notNull(),
    source: text('source').notNull(),
    type: text('type').notNull(),
    status: text('status').notNull().default('open'),
    summary: text('summary').notNull(),
    locationId: uuid('location_id'),
    locationText: text('location_text'),
    district: text('district'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    areaType: text('area_type').notNull().default('urban'),
    domesticAbuse: boolean('domestic_abuse').notNull().default(false),
    mentalHealth: boolean('mental_health').notNull().default(false),
    hate: boolean('hate').notNull().default(false),
    childInvolved: boolean('child_involved').notNull().default(false),
    firearms: boolean('firearms').notNull().default(false),
    /** Derived from linked people and location, refreshed whenever they change (STANDARDS §2 C2, C3). */
    knownVulnerable: boolean('known_vulnerable').notNull().default(false),
    dangerousSuspect: boolean('dangerous_suspect').notNull().default(false),
    repeatVictim: boolean('repeat_victim').notNull().default(false),
    repeatVictimCount: integer('repeat_victim_count').notNull().default(0),
    repeatLocation: boolean('repeat_location').notNull().default(false),
    repeatLocationCount: integer('repeat_location_count').notNull().default(0),
    thrive: jsonb('thrive').$type<Thrive>().notNull().default({}),
    questionSetId: uuid('question_set_id'),
    questionSetVersion: integer('question_set_version'),
    answers: jsonb('answers').$type<QuestionAnswers>().notNull().default({}),
    proposedGrade: text('proposed_grade'),
    proposedReasons: text('proposed_reasons').array().notNull().default(sql`'{}'::text[]`),
    grade: text('grade'),
    gradedAt: timestamp('graded_at', { withTimezone: true }),
    gradedBy: uuid('graded_by'),
    targetAt: timestamp('target_at', { withTimezone: true }),
    riskScore: integer('risk_score').notNull().default(0),
    firstAssignedAt: timestamp('first_assigned_at', { withTimezone: true }),
    arrivedAt: timestamp('arrived_at', { withTimezone: true }),
    clearedAt: timestamp('cleared_at', { withTimezone: true }),
    resolution: jsonb('resolution').$type<Resolution>(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedBy: uuid('resolved_by'),
    appointmentId: uuid('appointment_id'),
    crimeDisclosed: boolean('crime_disclosed'),
    closingCode: text('closing_code'),
    closingNote: text('closing_note'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by'),
    lastReviewedAt: timestamp('last_reviewed_at', { withTimezone: true }),
    lastReviewedBy: text('last_reviewed_by'),
    /** Last supervisor review, compared with the last grade/status change for closure (C6). */
    supervisorReviewedAt: timestamp('supervisor_reviewed_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    uniqueIndex('incidents_reference_key').on(t.forceId, t.reference),
    foreignKey({ columns: [t.forceId, t.locationId], foreignColumns: [locations.forceId, locations.id] }),
    index('incidents_status_idx').on(t.forceId, t.status),
    index('incidents_location_idx').on(t.forceId, t.locationId, t.createdAt),
    index('incidents_created_idx').on(t.forceId, t.createdAt),
  ],
);

/** People involved, by role; the repeat-victim count reads this by person (C3). */
export const incidentPersons = pgTable(
  'incident_persons',
  {
    ...businessKey,
    incidentId: uuid('incident_id').notNull(),
    personId: uuid('person_id').notNull(),
    role: text('role').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull(),
    addedBy: uuid('added_by'),
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    foreignKey({ columns: [t.forceId, t.incidentId], foreignColumns: [incidents.forceId, incidents.id] }),
    foreignKey({ columns: [t.forceId, t.personId], foreignColumns: [persons.forceId, persons.id] }),
    uniqueIndex('incident_persons_role_key').on(t.forceId, t.incidentId, t.personId, t.role),
    index('incident_persons_person_idx').on(t.forceId, t.personId, t.role, t.addedAt),
  ],
);

/** The timestamped narrative: append-only (a trigger refuses UPDATE and DELETE). */
export const incidentLog = pgTable(
  'incident_log',
  {
    ...businessKey,
    incidentId: uuid('incident_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    userId: uuid('user_id'),
    username: text('username').notNull(),
    kind: text('kind').notNull().default('narrative'),
    text: text('text').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    foreignKey({ columns: [t.forceId, t.incidentId], foreignColumns: [incidents.forceId, incidents.id] }),
    index('incident_log_incident_idx').on(t.forceId, t.incidentId, t.at),
  ],
);

/** Every grading and regrade: who, when, from, to, why (STANDARDS §2 States). */
export const incidentGradings = pgTable(
  'incident_gradings',
  {
    ...businessKey,
    incidentId: uuid('incident_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    userId: uuid('user_id').notNull(),
    username: text('username').notNull(),
    fromGrade: text('from_grade'),
    toGrade: text('to_grade').notNull(),
    proposedGrade: text('proposed_grade').notNull(),
    reason: text('reason'),
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    foreignKey({ columns: [t.forceId, t.incidentId], foreignColumns: [incidents.forceId, incidents.id] }),
    index('incident_gradings_incident_idx').on(t.forceId, t.incidentId, t.at),
  ],
);

/** Re-assessments by the IMU and supervisor reviews (C4, C6; F04 quality score when dip-sampling). */
export const incidentReviews = pgTable(
  'incident_reviews',
  {
    ...businessKey,
    incidentId: uuid('incident_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    userId: uuid('user_id').notNull(),
    username: text('username').notNull(),
    role: text('role').notNull(),
    supervisory: boolean('supervisory').notNull(),
    note: text('note').notNull(),
    thriveQuality: smallint('thrive_quality'),
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    foreignKey({ columns: [t.forceId, t.incidentId], foreignColumns: [incidents.forceId, incidents.id] }),
    index('incident_reviews_incident_idx').on(t.forceId, t.incidentId, t.at),
  ],
);

export const units = pgTable(
  'units',
  {
    ...businessKey,
    callSign: text('call_sign').notNull(),
    kind: text('kind').notNull().default('response'),
    district: text('district'),
    status: text('status').notNull().default('available'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    incidentId: uuid('incident_id'),
    statusAt: timestamp('status_at', { withTimezone: true }).notNull(),
    active: boolean('active').notNull().default(true),
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    uniqueIndex('units_call_sign_key').on(t.forceId, t.callSign),
    index('units_status_idx').on(t.forceId, t.status),
  ],
);

export const incidentAssignments = pgTable(
  'incident_assignments',
  {
    ...businessKey,
    incidentId: uuid('incident_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull(),
    assignedBy: uuid('assigned_by').notNull(),
    arrivedAt: timestamp('arrived_at', { withTimezone: true }),
    clearedAt: timestamp('cleared_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    foreignKey({ columns: [t.forceId, t.incidentId], foreignColumns: [incidents.forceId, incidents.id] }),
    foreignKey({ columns: [t.forceId, t.unitId], foreignColumns: [units.forceId, units.id] }),
    index('incident_assignments_incident_idx').on(t.forceId, t.incidentId),
    index('incident_assignments_unit_idx').on(t.forceId, t.unitId, t.clearedAt),
  ],
);

/** Diary slots per district for scheduled (grade 3) attendance. */
export const appointmentSlots = pgTable(
  'appointment_slots',
  {
    ...businessKey,
    district: text('district').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    incidentId: uuid('incident_id'),
    contactPreference: text('contact_preference'),
    bookedAt: timestamp('booked_at', { withTimezone: true }),
    bookedBy: uuid('booked_by'),
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    foreignKey({ columns: [t.forceId, t.incidentId], foreignColumns: [incidents.forceId, incidents.id] }),
    index('appointment_slots_district_idx').on(t.forceId, t.district, t.startsAt),
  ],
);

/** Scripted questions per incident type (Quicksilver-style), configured by an administrator. */
export const questionSets = pgTable(
  'question_sets',
  {
    ...businessKey,
    incidentType: text('incident_type').notNull(),
    name: text('name').notNull(),
    questions: jsonb('questions').$type<Question[]>().notNull(),
    active: boolean('active').notNull().default(true),
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    uniqueIndex('question_sets_type_key').on(t.forceId, t.incidentType),
  ],
);

/** A force's own values for the control-room rules; absent keys take STANDARDS defaults. */
export const controlRoomSettings = pgTable('control_room_settings', {
  forceId: text('force_id').primaryKey(),
  settings: jsonb('settings').$type<Partial<ControlRoomSettings>>().notNull(),
  ...versioned,
});
