import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { ROLES, DEMO_USERNAMES } from '../platform/auth/roles.js';
import { rowsOf, type Database } from '../platform/db/connect.js';
import { openTestDatabase } from '../platform/db/test-db.js';
import { isDatabaseEmpty, seedAdministrator, seedDemoData, seedDemoUsers, type SeedResult } from './seed.js';

const TODAY = '2026-01-15';
let database: Database;

before(async () => {
  database = await openTestDatabase();
});

after(async () => {
  await database?.close();
});

async function count(query: ReturnType<typeof sql>): Promise<number> {
  const [row] = rowsOf<{ n: number | string }>(await database.db.execute(query));
  return Number(row.n);
}

async function counters(forceId: string): Promise<Record<string, number>> {
  const rows = rowsOf<{ series: string; last_value: number }>(
    await database.db.execute(sql`select series, last_value from reference_counters where force_id = ${forceId}`),
  );
  return Object.fromEntries(rows.map((r) => [r.series, Number(r.last_value)]));
}

test('an empty database gets the administrator, then demo users for every role in both forces', async () => {
  const { db } = database;
  assert.equal(await isDatabaseEmpty(db), true);
  assert.equal(await seedAdministrator(db, 'an-administrator-password'), true);
  assert.equal(await isDatabaseEmpty(db), false);
  assert.equal(await seedAdministrator(db, 'an-administrator-password'), false);

  const created = await seedDemoUsers(db, 'watchhouse-demo');
  assert.ok(!created.includes('admin'), 'the existing admin is left alone');
  const users = rowsOf<{ username: string; force_id: string; role: string; password_hash: string }>(
    await db.execute(sql`select username, force_id, role, password_hash from users`),
  );
  for (const role of ROLES) {
    for (const [forceId, suffix] of [['HERTS', ''], ['BEDS', '.beds']]) {
      const user = users.find((u) => u.username === DEMO_USERNAMES[role] + suffix);
      assert.ok(user, `${DEMO_USERNAMES[role]}${suffix}`);
      assert.equal(user.force_id, forceId);
      assert.equal(user.role, role);
      assert.match(user.password_hash, /^\$argon2id\$/);
    }
  }
  assert.ok(users.filter((u) => u.role === 'constable' || u.role === 'sergeant').length >= 20, 'extra officers');
  assert.deepEqual(await seedDemoUsers(db, 'watchhouse-demo'), [], 'seeding twice adds nobody');
});

let herts: SeedResult;

test('seeding 300 people inserts every row the generator made, with unique references', async () => {
  const { db } = database;
  const progress: number[] = [];
  herts = await seedDemoData(db, { forceId: 'HERTS', people: 300, seed: 3, today: TODAY, batchSize: 100, onProgress: (done) => progress.push(done) });
  assert.deepEqual(progress, [100, 200, 300]);
  const { counts } = herts;
  assert.equal(counts.persons, 300);
  const tables = {
    persons: 'persons', personNames: 'person_names', personPhones: 'person_phones', locations: 'locations',
    personAddresses: 'person_addresses', objects: 'objects', poleLinks: 'pole_links', warningMarkers: 'warning_markers',
  } as const;
  for (const [key, table] of Object.entries(tables)) {
    assert.equal(await count(sql`select count(*) as n from ${sql.identifier(table)} where force_id = 'HERTS'`), counts[key as keyof typeof tables], table);
  }
  assert.ok(counts.personNames > 300 && counts.locations > 100 && counts.personAddresses > 250);
  assert.equal(await count(sql`select count(distinct reference) as n from persons`), 300);
  assert.equal(
    await count(sql`select count(*) as n from persons p where (select count(*) from person_names n where n.person_id = p.id and n.kind = 'primary') <> 1`),
    0,
    'one primary name each',
  );
  assert.deepEqual(await counters('HERTS'), { P: 300, L: counts.locations, O: counts.objects });
});

test('planted duplicates are in the database', async () => {
  assert.ok(herts.plantedDuplicates.length >= 3);
  for (const { originalId, duplicateId } of herts.plantedDuplicates) {
    assert.equal(await count(sql`select count(*) as n from persons where id in (${originalId}, ${duplicateId})`), 2);
  }
});

test('a second load continues the numbering; BEDS numbers its own series', async () => {
  const { db } = database;
  const more = await seedDemoData(db, { forceId: 'HERTS', people: 40, seed: 4, today: TODAY });
  assert.equal(more.last.P, 340);
  assert.equal(await count(sql`select count(*) as n from persons where reference = 'HT/P/0000340'`), 1);
  assert.equal((await counters('HERTS')).P, 340);

  const beds = await seedDemoData(db, { forceId: 'BEDS', people: 30, seed: 3, today: TODAY });
  assert.equal(beds.counts.persons, 30);
  assert.equal(await count(sql`select count(*) as n from persons where force_id = 'BEDS' and reference like 'BD/P/%'`), 30);
  assert.equal((await counters('BEDS')).P, 30);
});
