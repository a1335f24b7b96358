import { sql } from 'drizzle-orm';
import {
  boolean, check, date, doublePrecision, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';
import { businessKey, versioned } from '../db/columns.js';

export const persons = pgTable(
  'persons',
  {
    ...businessKey,
    reference: text('reference').notNull(),
    forenames: text('forenames').notNull(),
    surname: text('surname').notNull(),
    dateOfBirth: date('date_of_birth', { mode: 'string' }),
    gender: text('gender').notNull().default('unknown'),
    ethnicity: text('ethnicity'),
    pncId: text('pnc_id'),
    email: text('email'),
    heightCm: integer('height_cm'),
    build: text('build'),
    hairColour: text('hair_colour'),
    eyeColour: text('eye_colour'),
    distinguishingMarks: text('distinguishing_marks'),
    notes: text('notes'),
    restricted: boolean('restricted').notNull().default(false),
    restrictionReason: text('restriction_reason'),
    mergedIntoId: uuid('merged_into_id'),
    createdBy: uuid('created_by'),
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    uniqueIndex('persons_reference_key').on(t.forceId, t.reference),
    index('persons_pnc_idx').on(t.forceId, t.pncId),
  ],
);

/** Every name a person is known by (primary, alias, maiden, nickname), with precomputed search keys. */
export const personNames = pgTable(
  'person_names',
  {
    ...businessKey,
    personId: uuid('person_id').notNull(),
    kind: text('kind').notNull(),
    forenames: text('forenames').notNull(),
    surname: text('surname').notNull(),
    fullName: text('full_name').notNull(),
    surnameNorm: text('surname_norm').notNull(),
    /** phonetic and nickname keys: "S:<surname code>", "FS:<forename code>|<surname code>", "IS:<initial>|<surname code>" */
    keys: text('keys').array().notNull(),
    dateOfBirth: date('date_of_birth', { mode: 'string' }),
    active: boolean('active').notNull().default(true),
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    foreignKey({ columns: [t.forceId, t.personId], foreignColumns: [persons.forceId, persons.id] }),
    index('person_names_person_idx').on(t.forceId, t.personId),
    index('person_names_keys_idx').using('gin', t.keys),
    index('person_names_full_trgm_idx').using('gin', sql`${t.fullName} gin_trgm_ops`),
    index('person_names_surname_prefix_idx').on(t.forceId, sql`${t.surnameNorm} text_pattern_ops`),
  ],
);

export const personPhones = pgTable(
  'person_phones',
  {
    ...businessKey,
    personId: uuid('person_id').notNull(),
    number: text('number').notNull(),
    numberNorm: text('number_norm').notNull(),
    type: text('type').notNull().default('mobile'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    foreignKey({ columns: [t.forceId, t.personId], foreignColumns: [persons.forceId, persons.id] }),
    index('person_phones_number_idx').on(t.forceId, t.numberNorm),
    index('person_phones_person_idx').on(t.forceId, t.personId),
  ],
);

export const locations = pgTable(
  'locations',
  {
    ...businessKey,
    reference: text('reference').notNull(),
    uprn: text('uprn'),
    buildingName: text('building_name'),
    buildingNumber: text('building_number'),
    street: text('street'),
    locality: text('locality'),
    town: text('town'),
    postcode: text('postcode'),
    postcodeNorm: text('postcode_norm'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    district: text('district'),
    beat: text('beat'),
    description: text('description'),
    createdBy: uuid('created_by'),
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    uniqueIndex('locations_reference_key').on(t.forceId, t.reference),
    uniqueIndex('locations_uprn_key').on(t.forceId, t.uprn),
    index('locations_postcode_idx').on(t.forceId, t.postcodeNorm),
    index('locations_street_trgm_idx').using('gin', sql`${t.street} gin_trgm_ops`),
  ],
);

export const personAddresses = pgTable(
  'person_addresses',
  {
    ...businessKey,
    personId: uuid('person_id').notNull(),
    locationId: uuid('location_id').notNull(),
    type: text('type').notNull().default('home'),
    fromDate: date('from_date', { mode: 'string' }),
    toDate: date('to_date', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    foreignKey({ columns: [t.forceId, t.personId], foreignColumns: [persons.forceId, persons.id] }),
    foreignKey({ columns: [t.forceId, t.locationId], foreignColumns: [locations.forceId, locations.id] }),
    index('person_addresses_person_idx').on(t.forceId, t.personId),
    index('person_addresses_location_idx').on(t.forceId, t.locationId),
  ],
);

export const objects = pgTable(
  'objects',
  {
    ...businessKey,
    reference: text('reference').notNull(),
    kind: text('kind').notNull(),
    vrm: text('vrm'),
    make: text('make'),
    model: text('model'),
    colour: text('colour'),
    serialNumber: text('serial_number'),
    description: text('description'),
    createdBy: uuid('created_by'),
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    uniqueIndex('objects_reference_key').on(t.forceId, t.reference),
    index('objects_vrm_idx').on(t.forceId, t.vrm),
    index('objects_serial_idx').on(t.forceId, t.serialNumber),
  ],
);

/** The E of POLE: modules (incidents, crimes, …) create one event per record and hang people, objects and places on it. */
export const events = pgTable(
  'events',
  {
    ...businessKey,
    reference: text('reference').notNull(),
    type: text('type').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }),
    summary: text('summary').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.forceId, t.id] }), uniqueIndex('events_reference_key').on(t.forceId, t.reference)],
);

export const poleLinks = pgTable(
  'pole_links',
  {
    ...businessKey,
    role: text('role').notNull(),
    personId: uuid('person_id'),
    objectId: uuid('object_id'),
    locationId: uuid('location_id'),
    eventId: uuid('event_id'),
    notes: text('notes'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    foreignKey({ columns: [t.forceId, t.personId], foreignColumns: [persons.forceId, persons.id] }),
    foreignKey({ columns: [t.forceId, t.objectId], foreignColumns: [objects.forceId, objects.id] }),
    foreignKey({ columns: [t.forceId, t.locationId], foreignColumns: [locations.forceId, locations.id] }),
    foreignKey({ columns: [t.forceId, t.eventId], foreignColumns: [events.forceId, events.id] }),
    check(
      'pole_links_two_ends',
      sql`(${t.personId} is not null)::int + (${t.objectId} is not null)::int + (${t.locationId} is not null)::int + (${t.eventId} is not null)::int = 2`,
    ),
    index('pole_links_person_idx').on(t.forceId, t.personId),
    index('pole_links_event_idx').on(t.forceId, t.eventId),
    index('pole_links_object_idx').on(t.forceId, t.objectId),
    index('pole_links_location_idx').on(t.forceId, t.locationId),
  ],
);

export const warningMarkers = pgTable(
  'warning_markers',
  {
    ...businessKey,
    personId: uuid('person_id').notNull(),
    code: text('code').notNull(),
    reason: text('reason').notNull(),
    source: text('source').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    reviewDate: date('review_date', { mode: 'string' }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endedBy: uuid('ended_by'),
    endReason: text('end_reason'),
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    foreignKey({ columns: [t.forceId, t.personId], foreignColumns: [persons.forceId, persons.id] }),
    index('warning_markers_person_idx').on(t.forceId, t.personId),
  ],
);

/** Need-to-know access list of a restricted person record. */
export const personAccess = pgTable(
  'person_access',
  {
    forceId: text('force_id').notNull(),
    personId: uuid('person_id').notNull(),
    userId: uuid('user_id').notNull(),
    grantedBy: uuid('granted_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.personId, t.userId] }),
    foreignKey({ columns: [t.forceId, t.personId], foreignColumns: [persons.forceId, persons.id] }),
  ],
);

export type MergeMoves = Record<string, string[]>;

export const personMerges = pgTable(
  'person_merges',
  {
    ...businessKey,
    survivorId: uuid('survivor_id').notNull(),
    mergedId: uuid('merged_id').notNull(),
    reason: text('reason').notNull(),
    moved: jsonb('moved').$type<MergeMoves>().notNull(),
    mergedBy: uuid('merged_by').notNull(),
    mergedAt: timestamp('merged_at', { withTimezone: true }).notNull(),
    undoneBy: uuid('undone_by'),
    undoneAt: timestamp('undone_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    foreignKey({ columns: [t.forceId, t.survivorId], foreignColumns: [persons.forceId, persons.id] }),
    foreignKey({ columns: [t.forceId, t.mergedId], foreignColumns: [persons.forceId, persons.id] }),
  ],
);

export const referenceCounters = pgTable(
  'reference_counters',
  {
    forceId: text('force_id').notNull(),
    series: text('series').notNull(),
    lastValue: integer('last_value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.forceId, t.series] })],
);
