/**
 * police.uk export benchmark (issue 5: one force-month from 5 years of data, target < 2 s): loads synthetic
 * people and --years of crime at --per-year crimes a year into HERTS, then times the street-level and
 * outcomes files for --runs months, printing p50/p95/p99 and the data size.
 *
 *   npm run bench:policeuk-export -- [--people 20000] [--years 5] [--per-year 70000] [--runs 10] [--database name]
 *
 * With DATABASE_URL it builds (or reuses) the database watchhouse_bench_policeuk_<years>y on that server; otherwise PGlite in
 * a temporary directory, removed afterwards.
 */
import '../server/src/supported-node.js';
import { openBenchDatabase, percentile } from './lib.js';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { seedDemoCrimes } from '../server/src/demo/crimes.js';
import { seedDemoData, seedDemoUsers } from '../server/src/demo/seed.js';
import { policeUkFile } from '../server/src/modules/crimes/use-cases/police-uk.js';
import { rowsOf } from '../server/src/platform/db/connect.js';

const { values } = parseArgs({
  options: { people: { type: 'string' }, years: { type: 'string' }, 'per-year': { type: 'string' }, runs: { type: 'string' }, database: { type: 'string' } },
});
const people = Number(values.people ?? 20_000);
const years = Number(values.years ?? 5);
const perYear = Number(values['per-year'] ?? 70_000);
const runs = Number(values.runs ?? 10);
const TODAY = new Date('2026-11-20T12:00:00Z');
const FORCE = { id: 'HERTS', name: 'Hertfordshire Constabulary' };

const open = () => openBenchDatabase(values.database ?? `watchhouse_bench_policeuk_${years}y`);


const { database, cleanup } = await open();
const { db } = database;
try {
  const [{ n }] = rowsOf<{ n: string | number }>(await db.execute(sql`select count(*) as n from crimes where force_id = 'HERTS'`));
  if (Number(n) === 0) {
    const started = performance.now();
    await seedDemoUsers(db, 'watchhouse-demo');
    await seedDemoData(db, { forceId: 'HERTS', people, seed: 42, today: TODAY.toISOString().slice(0, 10), concurrency: database.kind === 'postgres' ? 3 : 1 });
    for (let y = 0; y < years; y++) {
      const end = new Date(TODAY.getTime() - y * 365 * 86_400_000);
      const inserted = await seedDemoCrimes(db, { forceId: 'HERTS', count: perYear, seed: 1000 + y, today: end, days: 365 });
      console.log(`year ending ${end.toISOString().slice(0, 10)}: ${inserted.toLocaleString()} crimes`);
    }
    await db.execute(sql`analyze crimes, locations, events, pole_links, crime_persons`);
    console.log(`Loaded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  const [size] = rowsOf<{ crimes: string | number; locations: string | number }>(await db.execute(sql`
    select (select count(*) from crimes where force_id = 'HERTS') as crimes, (select count(*) from locations where force_id = 'HERTS') as locations`));
  const timings: Record<'street' | 'outcomes', number[]> = { street: [], outcomes: [] };
  const rows: Record<'street' | 'outcomes', number[]> = { street: [], outcomes: [] };
  for (let i = 0; i < runs + 1; i++) {
    const at = new Date(TODAY.getTime() - (1 + (i % 24)) * 30 * 86_400_000);
    const month = at.toISOString().slice(0, 7);
    for (const kind of ['street', 'outcomes'] as const) {
      const started = performance.now();
      const file = await policeUkFile(db, FORCE, month, kind);
      const ms = performance.now() - started;
      if (i > 0) {
        timings[kind].push(ms);
        rows[kind].push(file.rows);
      }
    }
  }
  console.log(`\npolice.uk export on ${database.kind}: ${Number(size.crimes).toLocaleString()} crimes over ${years} years, ${Number(size.locations).toLocaleString()} locations; ${runs} force-months each`);
  for (const kind of ['street', 'outcomes'] as const) {
    const sorted = [...timings[kind]].sort((a, b) => a - b);
    const meanRows = Math.round(rows[kind].reduce((a, b) => a + b, 0) / rows[kind].length);
    console.log(`${kind.padEnd(8)} p50 ${percentile(sorted, 50).toFixed(0)} ms  p95 ${percentile(sorted, 95).toFixed(0)} ms  p99 ${percentile(sorted, 99).toFixed(0)} ms  (≈ ${meanRows.toLocaleString()} rows a month; target < 2000 ms)`);
  }
} finally {
  await database.close();
  cleanup();
}
