import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite, type QueryOptions, type Transaction } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { acquireLock } from './lock.js';
import { APPLY_SCOPE_SQL, currentScope, scopeSettings, type DbScope } from './scope.js';

export { DatabaseLockedError } from './lock.js';

/** A Drizzle handle or a transaction on it: every query function takes one of these. */
export type Db = PgDatabase<PgQueryResultHKT, Record<string, never>>;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  close: () => Promise<void>;
};

export const MIGRATIONS_DIR = resolve(fileURLToPath(new URL('../../../../db/migrations', import.meta.url)));

/** Grants and row-level security for every table, including those a later migration added (migration 0017). */
async function isolateForces(db: Db): Promise<void> {
  await db.execute(sql`select watchhouse_isolate_forces()`);
}

const appliedScope = Symbol('appliedScope');
type ScopedClient = pg.PoolClient & { [appliedScope]?: string };
type ConnectCallback = (error: Error | undefined, client: pg.PoolClient | undefined, release: (error?: Error) => void) => void;

/**
 * A pool whose connections take on the scope of the work that checks them out (DbScope): the app role and the
 * request's force, or the owner outside any scope. Set once per checkout, and only when it differs from what the
 * connection last had. pg-pool's own query() checks out through connect(), so plain queries are scoped too.
 */
class ScopedPool extends pg.Pool {
  // @ts-expect-error one implementation for pg's promise and callback overloads
  override connect(callback?: ConnectCallback) {
    const settings = scopeSettings(currentScope());
    const wanted = settings.join('/');
    const scoped = super.connect().then(async (client: ScopedClient) => {
      if (client[appliedScope] !== wanted) {
        try {
          await client.query(APPLY_SCOPE_SQL, [...settings, false]);
        } catch (error) {
          client.release(error as Error);
          throw error;
        }
        client[appliedScope] = wanted;
      }
      return client;
    });
    if (!callback) return scoped;
    scoped.then((client) => callback(undefined, client, (error?: Error) => client.release(error)), (error: Error) => callback(error, undefined, () => {}));
  }
}

/**
 * PGlite has one connection shared by every request, so a scope is set transaction-locally: each statement, or each
 * transaction, of scoped work runs in a transaction that first takes on the app role and the request's force.
 */
function scopePglite(client: PGlite): PGlite {
  const query = client.query.bind(client);
  const transaction = client.transaction.bind(client);
  const apply = (tx: Transaction, scope: DbScope) => tx.query(APPLY_SCOPE_SQL, [...scopeSettings(scope), true]);
  client.query = (async (text: string, params?: unknown[], options?: QueryOptions) => {
    const scope = currentScope();
    if (!scope) return query(text, params, options);
    return transaction(async (tx) => {
      await apply(tx, scope);
      return tx.query(text, params, options);
    });
  }) as PGlite['query'];
  client.transaction = (async <T>(work: (tx: Transaction) => Promise<T>) => {
    const scope = currentScope();
    return transaction(async (tx) => {
      if (scope) await apply(tx, scope);
      return work(tx);
    });
  }) as PGlite['transaction'];
  return client;
}

function openPool(connectionString: string, max: number) {
  const pool = new ScopedPool({ connectionString, max });
  // node-postgres emits 'error' when the server ends an idle connection (restart, failover, a dropped test
  // database); unhandled, that would crash the process. The pool replaces the client on next use.
  pool.on('error', (error) => console.warn(`PostgreSQL closed an idle connection: ${error.message}`));
  // A client checked out by a request (e.g. between the statements of a transaction) emits 'error' on itself when its
  // backend is terminated; without a listener that is an uncaught exception. The query in flight rejects anyway and
  // answers 503; the pool discards the broken client.
  pool.on('connect', (client) => client.on('error', (error) => console.warn(`PostgreSQL connection lost: ${error.message}`)));
  return { pool, db: drizzlePg(pool as pg.Pool) };
}

/** Opens PostgreSQL when a URL is given, otherwise embedded PGlite (in dataDir, or in memory when dataDir is null), and applies migrations. */
export async function openDatabase(options: { databaseUrl?: string; appDatabaseUrl?: string; dataDir: string | null; poolSize?: number }): Promise<Database> {
  if (options.databaseUrl) {
    const owner = openPool(options.databaseUrl, options.appDatabaseUrl ? 1 : (options.poolSize ?? 10));
    await migratePg(owner.db, { migrationsFolder: MIGRATIONS_DIR });
    await isolateForces(owner.db as unknown as Db);
    if (!options.appDatabaseUrl) return { db: owner.db as unknown as Db, kind: 'postgres', close: () => owner.pool.end() };
    // Serving as the login role itself: nothing this process runs can RESET ROLE back to the owner.
    await owner.pool.end();
    const app = openPool(options.appDatabaseUrl, options.poolSize ?? 10);
    return { db: app.db as unknown as Db, kind: 'postgres', close: () => app.pool.end() };
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
  const db = drizzlePglite(scopePglite(client));
  await migratePglite(db, { migrationsFolder: MIGRATIONS_DIR });
  await isolateForces(db as unknown as Db);
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
