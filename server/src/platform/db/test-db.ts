import pg from 'pg';
import { openDatabase, type Database } from './connect.js';
import { loadConfig } from '../../config.js';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default,
 * a new PostgreSQL database (dropped on close) when DATABASE_URL is set.
 */
export async function openTestDatabase(): Promise<Database> {
  const { DATABASE_URL } = loadConfig();
  if (!DATABASE_URL) return openDatabase({ dataDir: null });
  const name = `wh_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(DATABASE_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), dataDir: null });
  return {
    ...database,
    close: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: DATABASE_URL });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
