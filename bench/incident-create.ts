/**
 * Control-room benchmark (issue 4): N people and H historic incidents, then
 *   1. the unresolved queue with exactly --open unresolved incidents (GET /incidents/queue), and
 *   2. --connections concurrent call handlers creating incidents with two attached people (POST /incidents),
 * through the real HTTP server with autocannon. Prints p50/p95/p99, throughput, errors and the data size.
 *
 *   npx tsx bench/incident-create.ts [--people 20000] [--history 200000] [--open 500] [--connections 100] [--rate 50] [--seconds 20] [--database name]
 *
 * With DATABASE_URL it builds (or reuses) the database watchhouse_bench_inc_<people>_<history> on that server;
 * otherwise PGlite in a temporary directory (PGlite runs one query at a time, so expect far lower figures).
 */
import '../server/src/supported-node.js';
import { openBenchDatabase, percentile } from './lib.js';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { buildApp } from '../server/src/app.js';
import { loadConfig } from '../server/src/config.js';
import { seedDemoIncidents } from '../server/src/demo/incidents.js';
import { ensureForces, seedDemoData, seedDemoUsers } from '../server/src/demo/seed.js';
import { systemClock } from '../server/src/platform/clock.js';
import type { Database } from '../server/src/platform/db/connect.js';
import { persons } from '../server/src/platform/pole/schema.js';
import { incidents } from '../server/src/modules/incidents/schema.js';
import { UNRESOLVED_STATUSES } from '../server/src/modules/incidents/rules.js';

const FORCE = 'HERTS';
const PASSWORD = 'watchhouse-demo';
const TYPES = ['DOMESTIC_ABUSE', 'CRIME_THEFT', 'CONCERN_FOR_WELFARE', 'ASB_NUISANCE', 'CRIME_BURGLARY', 'MENTAL_HEALTH'];

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '20000' },
    history: { type: 'string', default: '200000' },
    open: { type: 'string', default: '500' },
    connections: { type: 'string', default: '100' },
    rate: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '20' },
    database: { type: 'string' },
  },
});
const PEOPLE = Number(values.people);
const HISTORY = Number(values.history);
const OPEN = Number(values.open);
const CONNECTIONS = Number(values.connections);
/** Paced run: incidents per second across all call handlers (a real force logs ~2,000 a day, about 0.02/s). */
const RATE = Number(values.rate);
const SECONDS = Number(values.seconds);



async function count(database: Database, query: ReturnType<typeof sql>): Promise<number> {
  const result = await database.db.execute(query);
  const rows = (result as unknown as { rows?: { n: number }[] }).rows ?? (result as unknown as { n: number }[]);
  return Number(rows[0].n);
}

async function build(database: Database) {
  const db = database.db;
  await ensureForces(db, ['HERTS', 'BEDS']);
  await seedDemoUsers(db, PASSWORD);
  const havePeople = await count(database, sql`select count(*)::int as n from persons where force_id = ${FORCE}`);
  if (havePeople < PEOPLE) {
    const started = Date.now();
    await seedDemoData(db, { forceId: FORCE, people: PEOPLE - havePeople, seed: 11, concurrency: database.kind === 'postgres' ? 3 : 1 });
    console.log(`  people: ${PEOPLE} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  const haveIncidents = await count(database, sql`select count(*)::int as n from incidents where force_id = ${FORCE}`);
  if (haveIncidents < HISTORY) {
    const started = Date.now();
    await seedDemoIncidents(db, {
      forceId: FORCE, people: PEOPLE, seed: 12, now: systemClock.now(), today: 1_800, history: HISTORY - haveIncidents - 1_800,
      onProgress: (done, total) => process.stdout.write(`\r  incidents: ${done}/${total}`),
    });
    await db.execute(sql`analyze incidents, incident_persons, incident_log, units`);
    console.log(`\n  incidents loaded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
}

/** Exactly `OPEN` unresolved incidents, the newest; the rest of the unresolved are closed as if the day had ended. */
async function setOpenIncidents(database: Database) {
  const db = database.db;
  const open = await db.select({ id: incidents.id }).from(incidents)
    .where(and(eq(incidents.forceId, FORCE), inArray(incidents.status, [...UNRESOLVED_STATUSES]))).orderBy(sql`${incidents.createdAt} desc`);
  const extra = open.slice(OPEN).map((r) => r.id);
  for (let i = 0; i < extra.length; i += 1_000) {
    await db.update(incidents).set({ status: 'closed', closedAt: systemClock.now(), crimeDisclosed: false, closingCode: 'admin' })
      .where(and(eq(incidents.forceId, FORCE), inArray(incidents.id, extra.slice(i, i + 1_000))));
  }
  return Math.min(open.length, OPEN);
}

type Run = { latencies: number[]; non2xx: number; errors: number; timeouts: number; requests: number; rps: number };

async function load(url: string, options: autocannon.Options): Promise<Run> {
  const latencies: number[] = [];
  let non2xx = 0;
  const instance = autocannon({ ...options, url });
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    if (statusCode < 200 || statusCode >= 300) non2xx += 1;
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return { latencies, non2xx, errors: result.errors, timeouts: result.timeouts, requests: result.requests.total, rps: result.requests.average };
}

function report(name: string, run: Run, target: string) {
  const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(run.latencies, p).toFixed(1));
  console.log(`${name}: ${run.requests} requests, ${run.rps.toFixed(0)}/s — p50 ${p50} ms, p95 ${p95} ms, p99 ${p99} ms, max ${run.latencies.at(-1)?.toFixed(1)} ms; non-2xx ${run.non2xx}, errors ${run.errors}, timeouts ${run.timeouts} (target ${target})`);
}

async function main() {
  console.log(`Control-room benchmark: ${PEOPLE} people, ${HISTORY} incidents, ${OPEN} open, ${CONNECTIONS} connections × ${SECONDS} s; ${cpus().length} CPUs, load ${loadavg()[0].toFixed(2)}`);
  const { database, cleanup, label } = await openBenchDatabase(values.database ?? `watchhouse_bench_inc_${PEOPLE}_${HISTORY}`);
  console.log(`Database: ${label}`);
  try {
    await build(database);
    const open = await setOpenIncidents(database);
    const sizes = {
      people: await count(database, sql`select count(*)::int as n from persons where force_id = ${FORCE}`),
      incidents: await count(database, sql`select count(*)::int as n from incidents where force_id = ${FORCE}`),
      links: await count(database, sql`select count(*)::int as n from incident_persons where force_id = ${FORCE}`),
    };
    console.log(`Size: ${sizes.people} people, ${sizes.incidents} incidents, ${sizes.links} incident-person links, ${open} unresolved`);

    const config = loadConfig({ LOG_LEVEL: 'silent', LOGIN_MAX_FAILURES: '1000' });
    const app = await buildApp({ database, config, clock: systemClock, logger: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };
    const base = `http://127.0.0.1:${port}`;
    const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'calltaker', password: PASSWORD }) });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    if (login.status !== 200 || !cookie) throw new Error(`login failed: ${login.status}`);

    const queueUrl = `${base}/api/v1/incidents/queue?limit=500`;
    const queueOne = await load(queueUrl, { connections: 1, duration: Math.max(5, Math.round(SECONDS / 4)), headers: { cookie } });
    report(`Unresolved queue (${open} open, limit 500), one supervisor`, queueOne, '< 100 ms');
    const queue = await load(queueUrl, { connections: 10, duration: Math.max(5, Math.round(SECONDS / 2)), headers: { cookie } });
    report(`Unresolved queue (${open} open, limit 500), 10 at once`, queue, 'p99 < 100 ms');

    const ids = (await database.db.select({ id: persons.id }).from(persons).where(eq(persons.forceId, FORCE)).limit(20_000)).map((r) => r.id);
    let n = 0;
    const bodies = Array.from({ length: 2_000 }, () => {
      n += 1;
      const a = ids[(n * 7919) % ids.length];
      const b = ids[(n * 104_729 + 13) % ids.length];
      return JSON.stringify({
        source: n % 3 === 0 ? '101' : '999', type: TYPES[n % TYPES.length], summary: `Benchmark call ${n}`, narrative: 'Caller reports a disturbance next door.',
        persons: a === b ? [{ personId: a, role: 'caller' }] : [{ personId: a, role: 'caller' }, { personId: b, role: 'suspect' }],
      });
    });
    let next = 0;
    const creating = (overallRate?: number) => load(`${base}/api/v1/incidents`, {
      connections: CONNECTIONS,
      duration: SECONDS,
      overallRate,
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      requests: [{ method: 'POST', setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }) }],
    });
    report(`Create incident with 2 people, ${CONNECTIONS} users at ${RATE}/s overall`, await creating(RATE), 'p99 < 100 ms, 0 errors');
    report(`Create incident with 2 people, ${CONNECTIONS} users flat out (capacity)`, await creating(), 'throughput; latency is queueing');
    await app.close();
  } finally {
    await database.close();
    cleanup();
  }
}

await main();
