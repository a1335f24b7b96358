import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { Database } from '../platform/db/connect.js';
import { DEMO_TEST_TODAY, openTestDatabaseWithDemoPeople, queryRows } from './test-support.js';
import { seedDemoCrimes } from './crimes.js';
import { seedDemoVictims } from './victims.js';

let database: Database;
const TODAY = DEMO_TEST_TODAY;

before(async () => {
  database = await openTestDatabaseWithDemoPeople();
  await seedDemoCrimes(database.db, { forceId: 'HERTS', count: 1200, seed: 3, today: TODAY });
});
after(() => database?.close());

const q = <T>(query: ReturnType<typeof sql>) => queryRows<T>(database, query);

test('victims with a realistic compliance history: some late, some missed, closed cases better than live, officers differ (STANDARDS §5, §14; F13)', async () => {
  const n = await seedDemoVictims(database.db, { forceId: 'HERTS', seed: 5, today: TODAY });
  assert.ok(n > 200, `${n} victims`);
  assert.equal(await seedDemoVictims(database.db, { forceId: 'HERTS', seed: 5, today: TODAY }), 0, 'safe to run twice');
  const [{ enhanced }] = await q<{ enhanced: number }>(sql`select count(*)::int as enhanced from victims where level = 'enhanced'`);
  assert.ok(enhanced > 0 && enhanced < n, `${enhanced} enhanced of ${n}`);

  const states = await q<{ live: boolean; state: string; n: number }>(sql`
    select c.outcome is null as live,
      case when t.status = 'open' then (case when t.due_at < ${TODAY.toISOString()}::timestamptz then 'overdue' else 'pending' end)
           when t.status = 'closed' or (vc.id is not null and not vc.made) then 'missed'
           when coalesce(vc.contacted_at, t.completed_at) <= t.due_at then 'on_time' else 'late' end as state,
      count(*)::int as n
    from victim_entitlements e join tasks t on t.force_id = e.force_id and t.id = e.task_id
    join victims v on v.force_id = e.force_id and v.id = e.victim_id join crimes c on c.force_id = v.force_id and c.id = v.crime_id
    left join victim_contacts vc on vc.force_id = e.force_id and vc.id = e.contact_id
    group by 1, 2`);
  const count = (live: boolean, state: string) => states.find((s) => s.live === live && s.state === state)?.n ?? 0;
  const rate = (live: boolean) => count(live, 'on_time') / ['on_time', 'late', 'missed', 'overdue'].reduce((s, k) => s + count(live, k), 0);
  for (const state of ['on_time', 'late', 'missed']) assert.ok(count(true, state) + count(false, state) > 0, `some ${state}`);
  assert.ok(count(true, 'overdue') > 0, 'some live updates overdue');
  assert.ok(rate(false) > rate(true), `closed ${rate(false)} better than live ${rate(true)}`);

  const [{ orphans }] = await q<{ orphans: number }>(sql`select count(*)::int as orphans from tasks where kind like 'victim-%' and closes_via is null`);
  assert.equal(orphans, 0, 'every victim task clears only through a recorded contact');
  const [{ surveys }] = await q<{ surveys: number }>(sql`select count(*)::int as surveys from victim_surveys`);
  assert.ok(surveys > 0, 'satisfaction surveys on closed cases');
  const [{ officers }] = await q<{ officers: number }>(sql`select count(distinct oic_user_id)::int as officers from victims`);
  assert.ok(officers >= 2, 'several officers to compare');
});
