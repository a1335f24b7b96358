/**
 * Supervisor caseload view benchmark (issue 6: over 100k open investigations in < 200 ms). Loads --open open
 * investigations (with their crimes and two lines of enquiry each) spread over --officers investigators in teams of
 * about 40 (the force average caseload near 40, one officer per team carrying about twice that, F12), plus a year of
 * finalised ones for throughput, then times the caseload view for the whole force and for single teams,
 * printing p50/p95/p99 and the data size.
 *
 *   npm run bench:caseload -- [--open 100000] [--officers 2500] [--finalised 50000] [--runs 30] [--database name] [--owner]
 *
 * With DATABASE_URL it builds (or reuses) the database watchhouse_bench_caseload on that server; otherwise PGlite in
 * a temporary directory, removed afterwards.
 */
import '../server/src/supported-node.js';
import { openBenchDatabase, percentile } from './lib.js';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { bulkIds } from '../server/src/demo/ids.js';
import { insertRows } from '../server/src/demo/bulk-insert.js';
import { Random } from '../server/src/demo/random.js';
import { ensureForces } from '../server/src/demo/seed.js';
import { permissionsOf } from '../server/src/grants.js';
import { users } from '../server/src/platform/auth/schema.js';
import { rowsOf, type Database } from '../server/src/platform/db/connect.js';
import { events } from '../server/src/platform/pole/schema.js';
import { crimes } from '../server/src/modules/crimes/schema.js';
import { investigationActions, investigations } from '../server/src/modules/investigations/schema.js';
import { caseloadView } from '../server/src/modules/investigations/use-cases/caseload.js';
import { runInForce } from '../server/src/platform/db/scope.js';

const { values } = parseArgs({
  options: { open: { type: 'string' }, officers: { type: 'string' }, finalised: { type: 'string' }, runs: { type: 'string' }, database: { type: 'string' }, owner: { type: 'boolean' } },
});
const OPEN = Number(values.open ?? 100_000);
const OFFICERS = Number(values.officers ?? 2_500);
const FINALISED = Number(values.finalised ?? 50_000);
const RUNS = Number(values.runs ?? 30);
/** As a request runs (app role, row-level security for HERTS), unless --owner measures the owner's bare queries. */
const view = (ctx: Parameters<typeof caseloadView>[0], filter: Parameters<typeof caseloadView>[1]) => (values.owner ? caseloadView(ctx, filter) : runInForce('HERTS', () => caseloadView(ctx, filter)));
const NOW = new Date('2026-11-20T12:00:00Z');
const DAY = 86_400_000;
const TEAM_SIZE = 40;

const open = () => openBenchDatabase(values.database ?? 'watchhouse_bench_caseload');


async function build(db: Database['db']) {
  const random = new Random(42);
  const nextId = bulkIds();
  await ensureForces(db, ['HERTS']);
  const officers = Array.from({ length: OFFICERS }, (_, i) => ({
    forceId: 'HERTS', id: nextId(), username: `bench.officer${i}`, displayName: `DC ${10_000 + i} Bench Officer`, role: i % TEAM_SIZE === 0 ? 'sergeant' : 'constable',
    team: `Bench Team ${Math.floor(i / TEAM_SIZE) + 1}`, skills: i % 3 === 0 ? ['PIP2'] : ['PIP1'], passwordHash: 'not-a-login',
  }));
  await insertRows(db, users, officers);
  const investigators = officers.filter((o) => o.role === 'constable');
  const heavy = investigators.filter((_, i) => i % (TEAM_SIZE - 1) === 0);
  const total = OPEN + FINALISED;
  const CHUNK = 10_000;
  for (let start = 0; start < total; start += CHUNK) {
    const rows = { events: [] as Record<string, unknown>[], crimes: [] as Record<string, unknown>[], investigations: [] as Record<string, unknown>[], actions: [] as Record<string, unknown>[] };
    for (let i = start; i < Math.min(total, start + CHUNK); i++) {
      const finalised = i >= OPEN;
      const recordedAt = new Date(NOW.getTime() - random.int(0, finalised ? 365 : 180) * DAY - random.int(0, 86_399) * 1000);
      const eventId = nextId();
      const crimeId = nextId();
      const officer = random.chance(0.025) ? random.pick(heavy) : random.pick(investigators);
      const risk = random.chance(0.1) ? 'high' : random.chance(0.3) ? 'medium' : 'standard';
      rows.events.push({ forceId: 'HERTS', id: eventId, reference: `HT/E/B${String(i).padStart(8, '0')}`, type: 'crime', summary: 'bench', createdAt: recordedAt });
      rows.crimes.push({
        forceId: 'HERTS', id: crimeId, reference: `HT/B/${String(i).padStart(8, '0')}`, eventId, classificationCode: '28E', classificationVersion: 'HOCR-2026-04',
        committedFrom: recordedAt, reportedAt: recordedAt, recordedAt, source: 'phone', summary: 'bench crime', recordedBy: officer.id, createdAt: recordedAt, updatedAt: recordedAt,
      });
      const allocatedAt = new Date(recordedAt.getTime() + DAY);
      const finalisedAt = finalised ? new Date(Math.min(NOW.getTime(), allocatedAt.getTime() + random.int(5, 90) * DAY)) : null;
      rows.investigations.push({
        forceId: 'HERTS', id: nextId(), crimeId, status: finalised ? 'finalised' : 'under_investigation', risk, thrive: '{}', solvabilityScore: 1, screenedAt: recordedAt,
        screenedBy: officer.id, allocationRuleId: 'default', allocationLabel: 'bench', team: officer.team, officerId: officer.id, allocatedAt, allocatedBy: officer.id,
        planRecordedAt: allocatedAt, nextReviewDueAt: finalised ? null : new Date(NOW.getTime() + random.int(-10, 27) * DAY), outcome: finalised ? '18' : null, finalisedAt,
        rulesVersion: 'bench', createdAt: recordedAt, updatedAt: recordedAt,
      });
      if (!finalised) {
        for (let k = 0; k < 2; k++) {
          const dueAt = new Date(NOW.getTime() + random.int(-20, 20) * DAY);
          rows.actions.push({ forceId: 'HERTS', id: nextId(), investigationId: rows.investigations.at(-1)!.id, kind: 'cctv', description: 'bench', ownerId: officer.id, dueAt, completedAt: random.chance(0.5) ? dueAt : null, createdBy: officer.id, createdAt: allocatedAt, updatedAt: allocatedAt });
        }
      }
    }
    await db.transaction(async (tx) => {
      await insertRows(tx, events, rows.events);
      await insertRows(tx, crimes, rows.crimes);
      await insertRows(tx, investigations, rows.investigations);
      await insertRows(tx, investigationActions, rows.actions);
    });
    process.stdout.write(`\rloaded ${Math.min(total, start + CHUNK).toLocaleString()} / ${total.toLocaleString()} investigations`);
  }
  process.stdout.write('\n');
  // Vacuum sets the visibility map, so the covering indexes answer without visiting the table.
  await db.execute(sql`vacuum analyze investigations`);
  await db.execute(sql`vacuum analyze investigation_actions`);
  await db.execute(sql`analyze users, crimes`);
}

const { database, cleanup } = await open();
const { db } = database;
try {
  const [{ n }] = rowsOf<{ n: string | number }>(await db.execute(sql`select count(*) as n from investigations where force_id = 'HERTS'`));
  if (Number(n) === 0) {
    const started = performance.now();
    await build(db);
    console.log(`Built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } else {
    console.log('Reusing the existing bench database');
  }
  const [size] = rowsOf<{ open: string | number; finalised: string | number; actions: string | number; officers: string | number }>(await db.execute(sql`
    select (select count(*) from investigations where status in ('allocated', 'under_investigation')) as open,
      (select count(*) from investigations where status = 'finalised') as finalised,
      (select count(*) from investigation_actions) as actions,
      (select count(distinct officer_id) from investigations) as officers`));
  const [supervisor] = rowsOf<{ id: string; username: string; team: string }>(await db.execute(sql`select id, username, team from users where role = 'sergeant' and username like 'bench.%' order by username limit 1`));
  const ctx = {
    db, forceId: 'HERTS', requestId: 'bench', now: () => NOW,
    user: { id: supervisor.id, username: supervisor.username, displayName: 'Bench Sergeant', role: 'sergeant' as const, forceId: 'HERTS', team: supervisor.team, permissions: permissionsOf('sergeant') },
  };
  console.log(`Data: ${Number(size.open).toLocaleString()} open and ${Number(size.finalised).toLocaleString()} finalised investigations, ${Number(size.actions).toLocaleString()} actions, ${Number(size.officers).toLocaleString()} officers (${database.kind})`);
  const teams = Array.from({ length: RUNS }, (_, i) => `Bench Team ${1 + ((i * 7) % Math.ceil(OFFICERS / TEAM_SIZE))}`);
  for (const [label, team] of [['one team (~40 officers)', (i: number) => teams[i]], ['whole force', () => undefined]] as const) {
    await view(ctx, { team: team(0) });
    const timings: number[] = [];
    let officers = 0;
    let outliers = 0;
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      const result = await view(ctx, { team: team(i) });
      timings.push(performance.now() - started);
      officers = result.officers.length;
      outliers = result.officers.filter((o) => o.outlier).length;
    }
    timings.sort((a, b) => a - b);
    const f = (ms: number) => `${ms.toFixed(1)} ms`;
    console.log(`caseload view, ${label}${values.owner ? ' (owner, no row-level security)' : ' (app role, row-level security)'}: p50 ${f(percentile(timings, 50))}  p95 ${f(percentile(timings, 95))}  p99 ${f(percentile(timings, 99))}  (${RUNS} runs; last: ${officers} officers, ${outliers} outliers)  target < 200 ms: ${percentile(timings, 95) < 200 ? 'met' : 'NOT met'}`);
  }
} finally {
  await database.close();
  cleanup();
}
