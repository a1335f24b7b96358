import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Responses to requests sent with an `Idempotency-Key`, per user for 24 hours, so a client that gave up waiting
 * can retry without creating the record twice. A row with no status is a request still being answered.
 */
export const idempotentRequests = pgTable(
  'idempotent_requests',
  {
    forceId: text('force_id').notNull(),
    userId: uuid('user_id').notNull(),
    key: text('key').notNull(),
    /** SHA-256 of method, route and body: the same key with another request is refused. */
    requestHash: text('request_hash').notNull(),
    statusCode: integer('status_code'),
    headers: jsonb('headers').$type<Record<string, string>>(),
    body: text('body'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.forceId, t.userId, t.key] })],
);
