import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { acquireLock } from './lock.js';

export { DatabaseLockedError } from './lock.js';

/** A Drizzle handle or a transaction on it: every query function takes one of these. */
export type Db = PgDatabase<PgQueryResultHKT, Record<string, never>>;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  close: () => Promise<void>;
};

export const MIGRATIONS_DIR = resolve(fileURLToPath(new URL('../../../../db/migrations', import.meta.url)));

/** Opens PostgreSQL when a URL is given, otherwise embedded PGlite (in dataDir, or in memory when dataDir is null), and applies migrations. */
export async function openDatabase(options: { databaseUrl?: string; dataDir: string | null; poolSize?: number }): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    // node-postgres emits 'error' when the server ends an idle connection (restart, failover, a dropped test
    // database); unhandled, that would crash the process. The pool replaces the client on next use.
    pool.on('error', (error) => console.warn(`PostgreSQL closed an idle connection: ${error.message}`));
    // A client checked out by a request (e.g. between the statements of a transaction) emits 'error' on itself when its
    // backend is terminated; without a listener that is an uncaught exception. The query in flight rejects anyway and
    // answers 503; the pool discards the broken client.
    pool.on('connect', (client) => client.on('error', (error) => console.warn(`PostgreSQL connection lost: ${error.message}`)));
    const db = drizzlePg(pool);
    await migratePg(db, { migrationsFolder: MIGRATIONS_DIR });
    return { db: db as unknown as Db, kind: 'postgres', close: () => pool.end() };
  }
  const release = options.dataDir ? acquireLock(options.dataDir) : () => {};
  try {
    return await openPglite(await PGlite.create(options.dataDir ?? undefined, { extensions: PGLITE_EXTENSIONS }), release);
  } catch (error) {
    release();
    throw error;
  }
}

export const PGLITE_EXTENSIONS = { pg_trgm, fuzzystrmatch };

/** Migrates an open PGlite client and wraps it; `release` runs after the client is closed. */
export async function openPglite(client: PGlite, release: () => void = () => {}): Promise<Database> {
  const db = drizzlePglite(client);
  await migratePglite(db, { migrationsFolder: MIGRATIONS_DIR });
  return {
    db: db as unknown as Db,
    kind: 'pglite',
    close: async () => {
      await client.close();
      release();
    },
  };
}

/** Rows of a raw `db.execute(sql…)`, the same on both drivers. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
