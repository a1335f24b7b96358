import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Append-only (a trigger rejects UPDATE and DELETE): DPA 2018 s.62 log of every read and write. */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    forceId: text('force_id').notNull(),
    userId: uuid('user_id'),
    username: text('username').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    requestId: text('request_id'),
    reason: text('reason'),
    detail: jsonb('detail').$type<Record<string, unknown>>(),
    /** The people whose identifying data the request disclosed (DPA 2018 s.62 consultation and disclosure log). */
    personIds: uuid('person_ids').array(),
  },
  (t) => [
    index('audit_entity_idx').on(t.forceId, t.entityId, t.at),
    index('audit_user_idx').on(t.forceId, t.userId, t.at),
    index('audit_at_idx').on(t.forceId, t.at),
    index('audit_person_ids_idx').using('gin', t.personIds),
  ],
);
