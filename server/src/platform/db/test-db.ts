import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { MIGRATIONS_DIR, openDatabase, openPglite, PGLITE_EXTENSIONS, type Database } from './connect.js';
import { loadConfig } from '../../config.js';

/** Creating PGlite from scratch costs seconds (initdb); a migrated data-dir image, cached per migration set, loads in under one. */
function templatePath(): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(MIGRATIONS_DIR).sort()) if (file.endsWith('.sql')) hash.update(file).update(readFileSync(join(MIGRATIONS_DIR, file)));
  return join(tmpdir(), `watchhouse-pglite-${hash.digest('hex').slice(0, 16)}.tar`);
}

async function openPgliteFromTemplate(): Promise<Database> {
  const path = templatePath();
  if (existsSync(path)) {
    const image = new Blob([readFileSync(path)]);
    return openPglite(await PGlite.create({ loadDataDir: image, extensions: PGLITE_EXTENSIONS }));
  }
  const database = await openPglite(await PGlite.create({ extensions: PGLITE_EXTENSIONS }));
  const client = (database.db as unknown as { $client: PGlite }).$client;
  const dump = await client.dumpDataDir('none');
  const partial = `${path}.${process.pid}`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, path);
  return database;
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default,
 * a new PostgreSQL database (dropped on close) when DATABASE_URL is set.
 */
export async function openTestDatabase(): Promise<Database> {
  const { DATABASE_URL } = loadConfig();
  if (!DATABASE_URL) return openPgliteFromTemplate();
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
