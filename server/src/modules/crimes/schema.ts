import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { businessKey, versioned } from '../../platform/db/columns.js';
import { events, locations, poleLinks } from '../../platform/pole/schema.js';

/** A recorded crime (NCRS/HOCR). Never deleted: cancelled or transferred with reason and authoriser. */
export const crimes = pgTable(
  'crimes',
  {
    ...businessKey,
    reference: text('reference').notNull(),
    /** The POLE event people, objects and places hang on. */
    eventId: uuid('event_id').notNull(),
    classificationCode: text('classification_code').notNull(),
    classificationVersion: text('classification_version').notNull(),
    status: text('status').notNull().default('recorded'),
    committedFrom: timestamp('committed_from', { withTimezone: true }).notNull(),
    committedTo: timestamp('committed_to', { withTimezone: true }),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    source: text('source').notNull(),
    locationId: uuid('location_id'),
    /** Denormalised from the location for list filters and maps. */
    district: text('district'),
    victimOrganisation: text('victim_organisation'),
    summary: text('summary').notNull(),
    modusOperandi: text('modus_operandi'),
    flags: text('flags').array().notNull().default(sql`'{}'::text[]`),
    hateStrands: text('hate_strands').array().notNull().default(sql`'{}'::text[]`),
    vulnerableVictim: boolean('vulnerable_victim').notNull().default(false),
    repeatVictim: boolean('repeat_victim').notNull().default(false),
    /** The control-room incident it came from; no foreign key so crimes stand alone. */
    incidentId: uuid('incident_id'),
    /** Outcome number of STANDARDS §4 once finalised (investigations module). */
    outcome: text('outcome'),
    cancellationCode: text('cancellation_code'),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelledBy: uuid('cancelled_by'),
    recordedBy: uuid('recorded_by').notNull(),
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    uniqueIndex('crimes_reference_key').on(t.forceId, t.reference),
    foreignKey({ columns: [t.forceId, t.eventId], foreignColumns: [events.forceId, events.id] }),
    foreignKey({ columns: [t.forceId, t.locationId], foreignColumns: [locations.forceId, locations.id] }),
    index('crimes_recorded_idx').on(t.forceId, t.recordedAt),
    index('crimes_committed_idx').on(t.forceId, t.committedFrom),
    index('crimes_class_idx').on(t.forceId, t.classificationCode),
    index('crimes_incident_idx').on(t.forceId, t.incidentId),
    index('crimes_flags_idx').using('gin', t.flags),
  ],
);

/** Victims, suspects and witnesses of a crime: the POLE link plus what the crime needs to know of them. */
export const crimePersons = pgTable(
  'crime_persons',
  {
    ...businessKey,
    crimeId: uuid('crime_id').notNull(),
    linkId: uuid('link_id').notNull(),
    role: text('role').notNull(),
    vulnerable: boolean('vulnerable').notNull().default(false),
    repeat: boolean('repeat').notNull().default(false),
    child: boolean('child').notNull().default(false),
    officerJudgesVulnerable: boolean('officer_judges_vulnerable').notNull().default(false),
    reasons: text('reasons').array().notNull().default(sql`'{}'::text[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    foreignKey({ columns: [t.forceId, t.crimeId], foreignColumns: [crimes.forceId, crimes.id] }),
    foreignKey({ columns: [t.forceId, t.linkId], foreignColumns: [poleLinks.forceId, poleLinks.id] }),
    index('crime_persons_crime_idx').on(t.forceId, t.crimeId),
    uniqueIndex('crime_persons_link_key').on(t.forceId, t.linkId),
  ],
);

/** Append-only: every recording, reclassification, cancellation and transfer (STANDARDS §3 "keeps the history"). */
export const crimeHistory = pgTable(
  'crime_history',
  {
    ...businessKey,
    crimeId: uuid('crime_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    userId: uuid('user_id').notNull(),
    username: text('username').notNull(),
    action: text('action').notNull(),
    fromCode: text('from_code'),
    toCode: text('to_code'),
    cancellationCode: text('cancellation_code'),
    reason: text('reason'),
    additionalVerifiableInformation: text('additional_verifiable_information'),
    detail: jsonb('detail').$type<Record<string, unknown>>(),
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    foreignKey({ columns: [t.forceId, t.crimeId], foreignColumns: [crimes.forceId, crimes.id] }),
    index('crime_history_crime_idx').on(t.forceId, t.crimeId, t.at),
  ],
);

/** A crime-data-integrity audit: a seeded random sample drawn for a period, reviewed item by item. */
export const crimeAudits = pgTable(
  'crime_audits',
  {
    ...businessKey,
    reference: text('reference').notNull(),
    title: text('title').notNull(),
    periodFrom: timestamp('period_from', { withTimezone: true }).notNull(),
    periodTo: timestamp('period_to', { withTimezone: true }).notNull(),
    /** What was sampled (see the sampling use-case): recorded crimes and crime-recording decision tasks. */
    population: text('population').notNull(),
    groups: text('groups').array().notNull(),
    requestedSize: integer('requested_size').notNull(),
    populationSize: integer('population_size').notNull(),
    seed: integer('seed').notNull(),
    status: text('status').notNull().default('open'),
    results: jsonb('results').$type<unknown>(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    createdBy: uuid('created_by').notNull(),
    ...versioned,
  },
  (t) => [primaryKey({ columns: [t.forceId, t.id] }), uniqueIndex('crime_audits_reference_key').on(t.forceId, t.reference)],
);

export const crimeAuditItems = pgTable(
  'crime_audit_items',
  {
    ...businessKey,
    auditId: uuid('audit_id').notNull(),
    position: integer('position').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: uuid('subject_id').notNull(),
    subjectReference: text('subject_reference').notNull(),
    /** The crime found for the subject when sampled, if any, and what the records suggest (the reviewer decides). */
    crimeId: uuid('crime_id'),
    suggestion: jsonb('suggestion').$type<{ recorded: boolean; withinTime: boolean | null; code: string | null; domesticAbuse: boolean }>(),
    crimeDisclosed: boolean('crime_disclosed'),
    recorded: boolean('recorded'),
    expectedCode: text('expected_code'),
    correctClassification: boolean('correct_classification'),
    withinTime: boolean('within_time'),
    domesticAbuse: boolean('domestic_abuse').notNull().default(false),
    notes: text('notes'),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    foreignKey({ columns: [t.forceId, t.auditId], foreignColumns: [crimeAudits.forceId, crimeAudits.id] }),
    uniqueIndex('crime_audit_items_position_key').on(t.forceId, t.auditId, t.position),
  ],
);
