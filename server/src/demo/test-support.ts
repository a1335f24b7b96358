import type { sql } from 'drizzle-orm';
import { rowsOf, type Database } from '../platform/db/connect.js';
import { openTestDatabase } from '../platform/db/test-db.js';
import { seedDemoData, seedDemoUsers } from './seed.js';

/** The day the demo-data tests generate around. */
export const DEMO_TEST_TODAY = new Date('2026-11-20T12:00:00Z');

/** A fresh test database with the demo users and 600 HERTS people (seed 7): where every module's demo test starts. */
export async function openTestDatabaseWithDemoPeople(): Promise<Database> {
  const database = await openTestDatabase();
  await seedDemoUsers(database.db, 'watchhouse-demo');
  await seedDemoData(database.db, { forceId: 'HERTS', people: 600, seed: 7, today: '2026-11-20' });
  return database;
}

/** Rows of a raw query, typed. */
export async function queryRows<T>(database: Database, query: ReturnType<typeof sql>): Promise<T[]> {
  return rowsOf<T>(await database.db.execute(query));
}
