import { integer, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { uuidv7 } from 'uuidv7';

/** Columns every business table carries (DESIGN §2): force-scoped UUIDv7 key. */
export const businessKey = {
  forceId: text('force_id').notNull(),
  id: uuid('id').notNull().$defaultFn(() => uuidv7()),
};

export const versioned = {
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

export const newId = () => uuidv7();
