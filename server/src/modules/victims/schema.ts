import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { businessKey, versioned } from '../../platform/db/columns.js';
import { users } from '../../platform/auth/schema.js';
import { persons } from '../../platform/pole/schema.js';
import { tasks } from '../../platform/tasks/schema.js';
import { crimePersons, crimes } from '../crimes/schema.js';

/**
 * One victim of one crime, with the needs assessment that decides enhanced or standard rights (STANDARDS §5).
 * Re-assessed at each stage: the row keeps the latest answers, the audit log keeps every earlier one.
 */
export const victims = pgTable(
  'victims',
  {
    ...businessKey,
    crimeId: uuid('crime_id').notNull(),
    crimePersonId: uuid('crime_person_id').notNull(),
    personId: uuid('person_id').notNull(),
    codeVersion: text('code_version').notNull(),
    level: text('level').notNull(),
    reasons: jsonb('reasons').$type<{ code: string; label: string }[]>().notNull(),
    businessVictim: boolean('business_victim').notNull().default(false),
    vulnerabilities: text('vulnerabilities').array().notNull().default(sql`'{}'::text[]`),
    intimidated: boolean('intimidated').notNull().default(false),
    persistentlyTargeted: boolean('persistently_targeted').notNull().default(false),
    bereavedRelative: boolean('bereaved_relative').notNull().default(false),
    language: text('language'),
    interpreterNeeded: boolean('interpreter_needed').notNull().default(false),
    communicationNeeds: text('communication_needs'),
    specialMeasures: text('special_measures'),
    preferredContactMethod: text('preferred_contact_method').notNull(),
    contactDetails: text('contact_details'),
    referralConsent: text('referral_consent').notNull(),
    /** Officer in the case for victim care: the crimes table has no owner column, so it is held here. */
    oicUserId: uuid('oic_user_id').notNull(),
    assessedAt: timestamp('assessed_at', { withTimezone: true }).notNull(),
    assessedBy: uuid('assessed_by').notNull(),
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    foreignKey({ columns: [t.forceId, t.crimeId], foreignColumns: [crimes.forceId, crimes.id] }),
    foreignKey({ columns: [t.forceId, t.crimePersonId], foreignColumns: [crimePersons.forceId, crimePersons.id] }),
    foreignKey({ columns: [t.forceId, t.personId], foreignColumns: [persons.forceId, persons.id] }),
    foreignKey({ columns: [t.forceId, t.oicUserId], foreignColumns: [users.forceId, users.id] }),
    uniqueIndex('victims_crime_person_key').on(t.forceId, t.crimePersonId),
    index('victims_person_idx').on(t.forceId, t.personId),
    index('victims_oic_idx').on(t.forceId, t.oicUserId),
  ],
);

/** The victim contract: how often and how the victim is updated, agreed with them (STANDARDS §5). */
export const victimContracts = pgTable(
  'victim_contracts',
  {
    ...businessKey,
    victimId: uuid('victim_id').notNull(),
    updateIntervalDays: integer('update_interval_days').notNull(),
    method: text('method').notNull(),
    updatePoints: text('update_points').notNull(),
    agreedAt: timestamp('agreed_at', { withTimezone: true }).notNull(),
    agreedBy: uuid('agreed_by').notNull(),
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    foreignKey({ columns: [t.forceId, t.victimId], foreignColumns: [victims.forceId, victims.id] }),
    uniqueIndex('victim_contracts_victim_key').on(t.forceId, t.victimId),
  ],
);

/** A contact with a victim, or an attempt with the reason it did not happen. Never edited (F13). */
export const victimContacts = pgTable(
  'victim_contacts',
  {
    ...businessKey,
    personId: uuid('person_id').notNull(),
    made: boolean('made').notNull(),
    contactedAt: timestamp('contacted_at', { withTimezone: true }).notNull(),
    method: text('method').notNull(),
    summary: text('summary'),
    noContactReasonCode: text('no_contact_reason_code'),
    noContactReason: text('no_contact_reason'),
    recordedBy: uuid('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    foreignKey({ columns: [t.forceId, t.personId], foreignColumns: [persons.forceId, persons.id] }),
    index('victim_contacts_person_idx').on(t.forceId, t.personId, t.contactedAt),
  ],
);

/** Which of the victim's crimes a contact counts for: one contact, several linked crimes (STANDARDS §5). */
export const victimContactCrimes = pgTable(
  'victim_contact_crimes',
  {
    forceId: text('force_id').notNull(),
    contactId: uuid('contact_id').notNull(),
    victimId: uuid('victim_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.contactId, t.victimId] }),
    foreignKey({ columns: [t.forceId, t.contactId], foreignColumns: [victimContacts.forceId, victimContacts.id] }),
    foreignKey({ columns: [t.forceId, t.victimId], foreignColumns: [victims.forceId, victims.id] }),
    index('victim_contact_crimes_victim_idx').on(t.forceId, t.victimId),
  ],
);

/** Each entitlement clock: the event, when it fell due, its task, and the contact that met it. */
export const victimEntitlements = pgTable(
  'victim_entitlements',
  {
    ...businessKey,
    victimId: uuid('victim_id').notNull(),
    event: text('event').notNull(),
    eventAt: timestamp('event_at', { withTimezone: true }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    level: text('level').notNull(),
    codeVersion: text('code_version').notNull(),
    taskId: uuid('task_id').notNull(),
    contactId: uuid('contact_id'),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    foreignKey({ columns: [t.forceId, t.victimId], foreignColumns: [victims.forceId, victims.id] }),
    foreignKey({ columns: [t.forceId, t.taskId], foreignColumns: [tasks.forceId, tasks.id] }),
    foreignKey({ columns: [t.forceId, t.contactId], foreignColumns: [victimContacts.forceId, victimContacts.id] }),
    uniqueIndex('victim_entitlements_task_key').on(t.forceId, t.taskId),
    index('victim_entitlements_victim_idx').on(t.forceId, t.victimId, t.dueAt),
  ],
);

/** The Victim Personal Statement as its own record: offered / declined / taken / updated, with date (F14). */
export const victimStatements = pgTable(
  'victim_personal_statements',
  {
    ...businessKey,
    victimId: uuid('victim_id').notNull(),
    status: text('status').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    note: text('note'),
    recordedBy: uuid('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    foreignKey({ columns: [t.forceId, t.victimId], foreignColumns: [victims.forceId, victims.id] }),
    index('victim_vps_victim_idx').on(t.forceId, t.victimId, t.at),
  ],
);

/** The support services a force refers victims to (configurable per force). */
export const victimSupportServices = pgTable(
  'victim_support_services',
  {
    forceId: text('force_id').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    specialism: text('specialism').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.forceId, t.code] })],
);

export const victimReferrals = pgTable(
  'victim_referrals',
  {
    ...businessKey,
    victimId: uuid('victim_id').notNull(),
    serviceCode: text('service_code').notNull(),
    basis: text('basis').notNull(),
    status: text('status').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    statusAt: timestamp('status_at', { withTimezone: true }).notNull(),
    note: text('note'),
    recordedBy: uuid('recorded_by').notNull(),
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    foreignKey({ columns: [t.forceId, t.victimId], foreignColumns: [victims.forceId, victims.id] }),
    foreignKey({ columns: [t.forceId, t.serviceCode], foreignColumns: [victimSupportServices.forceId, victimSupportServices.code] }),
    index('victim_referrals_victim_idx').on(t.forceId, t.victimId),
  ],
);

/** A victim's request to review a decision not to charge or proceed, with its decision task. */
export const victimReviewRequests = pgTable(
  'victim_review_requests',
  {
    ...businessKey,
    victimId: uuid('victim_id').notNull(),
    decision: text('decision').notNull(),
    decisionToldAt: timestamp('decision_told_at', { withTimezone: true }).notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    late: boolean('late').notNull(),
    grounds: text('grounds').notNull(),
    taskId: uuid('task_id').notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    foreignKey({ columns: [t.forceId, t.victimId], foreignColumns: [victims.forceId, victims.id] }),
    foreignKey({ columns: [t.forceId, t.taskId], foreignColumns: [tasks.forceId, tasks.id] }),
    index('victim_reviews_victim_idx').on(t.forceId, t.victimId),
  ],
);

/** Victim satisfaction survey answers on the seven-point scale (STANDARDS §14). */
export const victimSurveys = pgTable(
  'victim_surveys',
  {
    ...businessKey,
    victimId: uuid('victim_id').notNull(),
    surveyedAt: timestamp('surveyed_at', { withTimezone: true }).notNull(),
    wholeExperience: text('whole_experience'),
    easeOfContact: text('ease_of_contact'),
    actionsTaken: text('actions_taken'),
    keptInformed: text('kept_informed'),
    treatment: text('treatment'),
    comments: text('comments'),
    recordedBy: uuid('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    foreignKey({ columns: [t.forceId, t.victimId], foreignColumns: [victims.forceId, victims.id] }),
    uniqueIndex('victim_surveys_victim_key').on(t.forceId, t.victimId),
  ],
);
