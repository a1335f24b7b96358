import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { Database } from '../platform/db/connect.js';
import { DEMO_TEST_TODAY, openTestDatabaseWithDemoPeople, queryRows } from './test-support.js';
import { caseloadOutliers } from '../modules/investigations/rules.js';
import { seedDemoCrimes } from './crimes.js';
import { seedDemoInvestigations } from './investigations.js';

let database: Database;
const TODAY = DEMO_TEST_TODAY;

before(async () => {
  database = await openTestDatabaseWithDemoPeople();
  await seedDemoCrimes(database.db, { forceId: 'HERTS', count: 1500, seed: 3, today: TODAY });
});
after(() => database?.close());

const q = <T>(query: ReturnType<typeof sql>) => queryRows<T>(database, query);

test('every recorded crime gets an investigation; outcomes follow the 2016 mix; open cases have review tasks, some overdue; caseloads are uneven (STANDARDS §14, §16; F10, F12, F18)', async () => {
  const n = await seedDemoInvestigations(database.db, { forceId: 'HERTS', seed: 11, today: TODAY });
  const [{ crimes }] = await q<{ crimes: number }>(sql`select count(*)::int as crimes from crimes where force_id = 'HERTS' and status = 'recorded'`);
  assert.ok(n > crimes * 0.95 && n <= crimes, `${n} investigations for ${crimes} crimes`);
  assert.equal(await seedDemoInvestigations(database.db, { forceId: 'HERTS', seed: 11, today: TODAY }), 0, 'safe to run twice');

  const mismatched = await q(sql`select 1 from investigations i join crimes c on c.force_id = i.force_id and c.id = i.crime_id where i.status = 'finalised' and i.outcome is distinct from c.outcome`);
  assert.equal(mismatched.length, 0, 'finalised investigations carry the crime’s outcome');
  const outcomes = await q<{ outcome: string; n: number }>(sql`select outcome, count(*)::int as n from investigations where status = 'finalised' group by outcome`);
  const finalised = outcomes.reduce((s, o) => s + o.n, 0);
  const share = (code: string) => (outcomes.find((o) => o.outcome === code)?.n ?? 0) / finalised;
  assert.ok(share('18') > 0.35 && share('18') < 0.6, `no suspect ${share('18')} (2016: 41.9 of 85.5 finalised)`);
  assert.ok(share('1') > 0.08 && share('1') < 0.25, `charged ${share('1')}`);
  assert.ok(share('16') > 0.06, `victim does not support ${share('16')}`);
  const [{ missing }] = await q<{ missing: number }>(sql`select count(*)::int as missing from investigations i where status = 'finalised' and not exists (select 1 from investigation_outcomes o where o.investigation_id = i.id and o.victim_informed)`);
  assert.equal(missing, 0, 'every outcome has its decision record with the victim told');

  const open = await q<{ overdue: boolean; tasks: number }>(sql`
    select i.next_review_due_at < ${TODAY.toISOString()}::timestamptz as overdue,
      (select count(*)::int from tasks t where t.entity_id = i.id and t.kind = 'investigation-review' and t.status = 'open') as tasks
    from investigations i where i.status in ('allocated', 'under_investigation')`);
  assert.ok(open.length > 50);
  assert.ok(open.every((o) => o.tasks === 1), 'each open investigation has one open review task');
  const overdue = open.filter((o) => o.overdue).length / open.length;
  assert.ok(overdue > 0.03 && overdue < 0.4, `overdue reviews ${overdue}`);

  const loads = await q<{ officer_id: string; open: number }>(sql`select officer_id, count(*)::int as open from investigations where status in ('allocated', 'under_investigation') group by officer_id`);
  assert.ok(caseloadOutliers(loads.map((l) => ({ officerId: l.officer_id, open: l.open }))).outliers.size >= 1, 'one officer stands out');
  const [{ forensic }] = await q<{ forensic: number }>(sql`select count(*)::int as forensic from forensic_requests where force_id = 'HERTS' and status in ('requested', 'in_progress')`);
  assert.ok(forensic > 0, 'a forensic backlog');
  const [{ scored }] = await q<{ scored: number }>(sql`select count(*)::int as scored from file_quality_items where reviewed_at is not null`);
  assert.ok(scored > 0, 'a scored file-quality sample');
  const [{ screenedOut }] = await q<{ screenedOut: number }>(sql`select count(*)::int as "screenedOut" from investigations where status = 'screened_out' and screen_out_victim_informed_at is not null`);
  assert.ok(screenedOut > 0, 'volume crime screened out with the victim told');
});
