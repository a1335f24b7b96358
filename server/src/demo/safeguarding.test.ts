import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { Database } from '../platform/db/connect.js';
import { DEMO_TEST_TODAY, openTestDatabaseWithDemoPeople, queryRows } from './test-support.js';
import { dashRiskLevel } from '../modules/safeguarding/rules.js';
import { seedDemoSafeguarding } from './safeguarding.js';

let database: Database;
const TODAY = DEMO_TEST_TODAY;

before(async () => {
  database = await openTestDatabaseWithDemoPeople();
});
after(() => database?.close());

const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(database, query);

test('a seeded year of DA and safeguarding work follows the rules (STANDARDS §8, §16)', async () => {
  const counts = await seedDemoSafeguarding(database.db, { forceId: 'HERTS', count: 120, seed: 5, today: TODAY });
  assert.equal(counts.dash, 120);
  assert.ok(counts.marac > 5 && counts.idva > 5 && counts.referrals > 10 && counts.notices >= 3 && counts.dvds >= 8, JSON.stringify(counts));

  const dash = await rows<{ id: string; reference: string; score: number; computed_level: string; final_level: string; marac_reasons: string[]; incident_at: string }>(
    sql`select id, reference, score, computed_level, final_level, marac_reasons, incident_at from dash_assessments where force_id = 'HERTS'`);
  assert.equal(new Set(dash.map((d) => d.reference)).size, dash.length, 'references are unique');
  assert.ok(dash.every((d) => d.computed_level === dashRiskLevel(d.score)), 'levels come from the rule');
  assert.ok(dash.every((d) => new Date(d.incident_at) <= TODAY && new Date(d.incident_at) > new Date(TODAY.getTime() - 366 * 86_400_000)), 'within the last year');
  const high = dash.filter((d) => d.final_level === 'high');
  assert.ok(high.length / dash.length > 0.08 && high.length / dash.length < 0.3, `high share ${high.length}/${dash.length}`);
  assert.ok(high.every((d) => d.marac_reasons.length > 0), 'every high-risk DASH has a MARAC reason');

  const [{ n: maracWithoutDash }] = await rows<{ n: number }>(sql`select count(*)::int as n from marac_referrals r left join dash_assessments d on d.force_id = r.force_id and d.id = r.dash_assessment_id where d.id is null`);
  assert.equal(Number(maracWithoutDash), 0);
  const idva = await rows<{ incident_at: string; contacted_at: string | null }>(sql`select incident_at, contacted_at from idva_referrals where force_id = 'HERTS'`);
  assert.equal(idva.length, high.length, 'every high-risk victim referred to an IDVA');
  const contacted = idva.filter((i) => i.contacted_at);
  const within = contacted.filter((i) => new Date(i.contacted_at!).getTime() - new Date(i.incident_at).getTime() <= 24 * 3_600_000).length;
  assert.ok(within / contacted.length > 0.8, `IDVA within 24 h ${within}/${contacted.length} (seed: 96%)`);

  const actions = await rows<{ agency: string }>(sql`select agency from marac_actions where force_id = 'HERTS'`);
  assert.ok(actions.some((a) => a.agency !== 'Police'), 'partner agencies have actions');
  const dvds = await rows<{ route: string; stage: string }>(sql`select route, stage from dvds_applications where force_id = 'HERTS'`);
  assert.ok(dvds.some((d) => d.route === 'right_to_ask') && dvds.some((d) => d.route === 'right_to_know'));
  assert.ok(new Set(dvds.map((d) => d.stage)).size >= 2, 'applications at more than one stage');

  const counters = await rows<{ series: string; last_value: number }>(sql`select series, last_value from reference_counters where force_id = 'HERTS' and series in ('DASH', 'DVDS')`);
  assert.equal(counters.find((c) => c.series === 'DASH')?.last_value, 120, 'numbering continues after the demo records');

  const again = await seedDemoSafeguarding(database.db, { forceId: 'HERTS', count: 10, seed: 6, today: TODAY });
  assert.equal(again.dash, 10, 'a second load continues the numbering without clashes');
});

test('a force with no people gets nothing rather than an error', async () => {
  const counts = await seedDemoSafeguarding(database.db, { forceId: 'BEDS', count: 50, seed: 1, today: TODAY });
  assert.equal(counts.dash, 0);
});
