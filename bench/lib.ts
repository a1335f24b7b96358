import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../server/src/config.js';
import { openDatabase, type Database } from '../server/src/platform/db/connect.js';

export type BenchDatabase = { database: Database; cleanup: () => void; label: string };

/**
 * The benchmark's database: with DATABASE_URL, a named PostgreSQL database beside it (created when missing
 * and kept, so a rerun can reuse its data); otherwise PGlite in a temporary folder removed afterwards.
 */
export async function openBenchDatabase(name: string): Promise<BenchDatabase> {
  const base = loadConfig().DATABASE_URL;
  if (base) {
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount;
    if (!exists) await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${name}`;
    return { database: await openDatabase({ databaseUrl: url.toString(), dataDir: null }), cleanup: () => {}, label: `PostgreSQL ${name}` };
  }
  const dir = mkdtempSync(join(tmpdir(), `${name}-`));
  return { database: await openDatabase({ dataDir: dir }), cleanup: () => rmSync(dir, { recursive: true, force: true }), label: 'PGlite (temporary)' };
}

/** Nearest-rank percentile of ascending values; NaN when there are none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
