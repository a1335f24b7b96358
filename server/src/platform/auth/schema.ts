import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, primaryKey, foreignKey, text, timestamp, uniqueIndex, uuid, integer } from 'drizzle-orm/pg-core';
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

/**
 * Failed sign-ins, shared by every server instance (OWASP ASVS 2.2): one row per account (the user name as typed,
 * whether or not it exists, so the throttle does not reveal which names do) and one per client address.
 * Not force data: a failed sign-in belongs to no force until the name is known. Rules in login-throttle.ts.
 */
export const loginThrottle = pgTable(
  'login_throttle',
  {
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    /** Account: failures since the last sign-in from a device it did not know. Address: failures inside the window. */
    failures: integer('failures').notNull().default(0),
    windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
    blockedUntil: timestamp('blocked_until', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.scope, t.key] }),
    check('login_throttle_scope_check', sql`${t.scope} in ('account', 'address')`),
    index('login_throttle_updated_idx').on(t.updatedAt),
  ],
);

/**
 * Browsers that have signed in to an account before: the `wh_device` cookie holds a random token, stored here
 * only as its SHA-256. A known device is not held back by the account's throttle; its own failures are counted
 * and it is forgotten after too many.
 */
export const knownDevices = pgTable(
  'known_devices',
  {
    tokenHash: text('token_hash').notNull(),
    forceId: text('force_id').notNull(),
    userId: uuid('user_id').notNull(),
    failures: integer('failures').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tokenHash, t.forceId, t.userId] }),
    foreignKey({ columns: [t.forceId, t.userId], foreignColumns: [users.forceId, users.id] }),
    index('known_devices_user_idx').on(t.forceId, t.userId),
    index('known_devices_expires_idx').on(t.expiresAt),
  ],
);
