import { boolean, index, pgTable, primaryKey, foreignKey, text, timestamp, uniqueIndex, uuid, integer } from 'drizzle-orm/pg-core';
import { businessKey } from '../db/columns.js';

/** Reference table: the forces sharing this deployment. */
export const forces = pgTable('forces', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  referencePrefix: text('reference_prefix').notNull(),
});

export const users = pgTable(
  'users',
  {
    ...businessKey,
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role').notNull(),
    team: text('team'),
    collarNumber: text('collar_number'),
    skills: text('skills').array().notNull().default([]),
    passwordHash: text('password_hash').notNull(),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.forceId, t.id] }),
    uniqueIndex('users_username_key').on(t.username),
    foreignKey({ columns: [t.forceId], foreignColumns: [forces.id] }),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    forceId: text('force_id').notNull(),
    userId: uuid('user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    foreignKey({ columns: [t.forceId, t.userId], foreignColumns: [users.forceId, users.id] }),
    index('sessions_user_idx').on(t.forceId, t.userId),
  ],
);
