import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { Database } from '../platform/db/connect.js';
import { DEMO_TEST_TODAY, openTestDatabaseWithDemoPeople, queryRows } from './test-support.js';
import { policeUkFile } from '../modules/crimes/use-cases/police-uk.js';
import { CLASSIFICATION_BY_CODE } from '../modules/crimes/reference/classifications.js';
import { seedDemoCrimes } from './crimes.js';

let database: Database;
const TODAY = DEMO_TEST_TODAY;

before(async () => {
  database = await openTestDatabaseWithDemoPeople();
});
after(() => database?.close());

type Row = { code: string; flags: string[]; vulnerable_victim: boolean; reported_at: Date | string; recorded_at: Date | string; reference: string; status: string };

test('a seeded year of HERTS crime with a realistic mix (STANDARDS §16, §14)', async () => {
  const n = await seedDemoCrimes(database.db, { forceId: 'HERTS', count: 1500, seed: 3, today: TODAY });
  assert.ok(n > 1400, `inserted ${n}`);
  const rows = await queryRows<Row>(database, sql`select classification_code as code, flags, vulnerable_victim, reported_at, recorded_at, reference, status from crimes where force_id = 'HERTS'`);
  assert.equal(rows.length, n);
  assert.equal(new Set(rows.map((r) => r.reference)).size, n, 'references are unique');
  assert.ok(rows.every((r) => /^HT\/2[56]\/\d{6}$/.test(r.reference)));
  const share = (f: (r: Row) => boolean) => rows.filter(f).length / rows.length;
  const group = (r: Row) => CLASSIFICATION_BY_CODE.get(r.code)!.group;
  assert.ok(share((r) => group(r) === 'violence_against_the_person') > 0.25, 'violence is the largest group');
  assert.ok(share((r) => r.code === '46') > 0.04 && share((r) => r.code === '46') < 0.13, 'shoplifting ≈ 8%');
  const da = share((r) => r.flags.includes('domestic_abuse'));
  assert.ok(da > 0.08 && da < 0.18, `DA share ${da} ≈ 13%`);
  const vulnerable = share((r) => r.vulnerable_victim);
  assert.ok(vulnerable > 0.25 && vulnerable < 0.45, `vulnerable-victim rate ${vulnerable} (seed: 39%)`);
  assert.ok(share((r) => r.flags.includes('repeat_victim')) > 0.05);
  const inTime = share((r) => new Date(r.recorded_at).getTime() - new Date(r.reported_at).getTime() <= 24 * 3_600_000);
  assert.ok(inTime > 0.85 && inTime < 0.95, `in time ${inTime}`);
  assert.ok(share((r) => r.status === 'cancelled') > 0);
  const [history] = await queryRows<{ n: string | number }>(database, sql`select count(*) as n from crime_history where force_id = 'HERTS' and action = 'crime.recorded'`);
  assert.equal(Number(history.n), n);
});

test('the demo month exports to police.uk with snapped locations', async () => {
  const file = await policeUkFile(database.db, { id: 'HERTS', name: 'Hertfordshire Constabulary' }, '2026-10', 'street');
  assert.ok(file.rows > 50, `rows ${file.rows}`);
  const lines = file.csv.trim().split('\n').slice(1);
  const located = lines.filter((l) => l.includes('On or near')).length / lines.length;
  assert.ok(located > 0.9, `located ${located}`);
  const outcomes = await policeUkFile(database.db, { id: 'HERTS', name: 'Hertfordshire Constabulary' }, '2026-06', 'outcomes');
  assert.ok(outcomes.rows > 10, `outcome rows ${outcomes.rows}`);
});
