import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { MODULES } from './modules/index.js';
import { createTestApp, json, TEST_START, type TestApp } from './test/api.js';
import { fixedClock } from './platform/clock.js';
import { defineModule } from './platform/module.js';
import { openDatabase, rowsOf, type Db } from './platform/db/connect.js';
import { APP_ROLE, runInForce } from './platform/db/scope.js';

// Issue 13 item 11 and "enforce force isolation in the database": the server queries as a least-privilege role and
// row-level security shows each request only its own force's rows, so a forgotten force filter cannot mix forces.
let t: TestApp;
let probed: FastifyInstance;

/** A route that forgets the force filter on purpose, as a bug would. */
const forgetfulModule = defineModule({
  name: 'forgetful',
  permissions: ['persons:read'],
  routes: (app: FastifyInstance) => {
    app.get('/forgetful', { config: { permission: 'persons:read' }, schema: { hide: true } }, async () => {
      const [who] = rowsOf<{ role: string; force: string }>(await app.deps.db.execute(sql`select current_user as role, current_setting('app.force_id', true) as force`));
      const forces = rowsOf<{ force_id: string }>(await app.deps.db.execute(sql`select distinct force_id from persons order by 1`)).map((r) => r.force_id);
      const tasks = rowsOf<{ force_id: string }>(await app.deps.db.transaction((tx) => tx.execute(sql`select distinct force_id from users order by 1`))).map((r) => r.force_id);
      return { ...who, forces, tasks };
    });
  },
});

before(async () => {
  t = await createTestApp();
  for (const [who, surname] of [['constable', 'Hertsperson'], ['constable.beds', 'Bedsperson']] as const) {
    const res = await t.as(who, { method: 'POST', url: '/api/v1/persons', payload: { forenames: 'Isolation', surname } });
    assert.equal(res.statusCode, 201, res.body);
  }
  const database = { db: t.db, kind: loadConfig().DATABASE_URL ? ('postgres' as const) : ('pglite' as const), close: async () => {} };
  probed = await buildApp({ database, config: loadConfig({ LOG_LEVEL: 'silent' }), clock: fixedClock(TEST_START), logger: false, modules: [...MODULES, forgetfulModule] });
  await probed.ready();
});
after(async () => {
  await probed.close();
  await t.close();
});

const refused = async (db: Db, statement: ReturnType<typeof sql>) => {
  try {
    await runInForce('HERTS', () => db.transaction((tx) => tx.execute(statement)));
  } catch (error) {
    return String((error as { cause?: Error }).cause?.message ?? (error as Error).message);
  }
  return 'allowed';
};

describe('every request runs as the app role, scoped to its force by row-level security', () => {
  test('a query with no force filter, in a HERTS request, sees only HERTS rows, in and out of a transaction', async () => {
    const login = await probed.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'constable', password: 'watchhouse-demo' } });
    const cookie = `wh_session=${login.cookies.find((c) => c.name === 'wh_session')!.value}`;
    const res = await probed.inject({ method: 'GET', url: '/api/v1/forgetful', headers: { cookie } });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(json(res), { role: APP_ROLE, force: 'HERTS', forces: ['HERTS'], tasks: ['HERTS'] });
    const beds = await probed.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'constable.beds', password: 'watchhouse-demo' } });
    const bedsRes = await probed.inject({ method: 'GET', url: '/api/v1/forgetful', headers: { cookie: `wh_session=${beds.cookies.find((c) => c.name === 'wh_session')!.value}` } });
    assert.deepEqual(json(bedsRes).forces, ['BEDS']);
  });

  test('outside any request (migrations, demo data, test set-up) the owner sees every force', async () => {
    const forces = rowsOf<{ force_id: string }>(await t.db.execute(sql`select distinct force_id from persons order by 1`)).map((r) => r.force_id);
    assert.deepEqual(forces, ['BEDS', 'HERTS']);
  });

  test('a scheduler pass for HERTS cannot write a BEDS row', async () => {
    assert.match(await refused(t.db, sql`insert into tasks (force_id, id, kind, title, due_at) values ('BEDS', gen_random_uuid(), 'general', 'x', now())`), /row-level security/);
  });

  test('every table holding force_id has row-level security and the force_isolation policy', async () => {
    const missing = rowsOf<{ table: string }>(await t.db.execute(sql`
      select c.relname as table from pg_class c join pg_namespace n on n.oid = c.relnamespace
        join pg_attribute a on a.attrelid = c.oid and a.attname = 'force_id' and not a.attisdropped
       where n.nspname = 'public' and c.relkind = 'r'
         and (not c.relrowsecurity or not exists (select 1 from pg_policies p where p.tablename = c.relname and p.policyname = 'force_isolation'))`));
    assert.deepEqual(missing, []);
    const [{ n }] = rowsOf<{ n: number }>(await t.db.execute(sql`select count(*)::int as n from pg_policies where policyname = 'force_isolation'`));
    assert.ok(n > 40, `${n} tables isolated`);
  });
});

describe('the app role cannot rewrite history or lift its own limits', () => {
  const cases: [string, ReturnType<typeof sql>, RegExp][] = [
    ['disable the audit trigger', sql`alter table audit_log disable trigger all`, /must be owner/],
    ['replica mode (skips triggers)', sql`set session_replication_role = replica`, /permission denied/],
    ['truncate the incident narrative', sql`truncate incident_log`, /permission denied/],
    ['truncate the audit trail', sql`truncate audit_log`, /permission denied/],
    ['update an audit row', sql`update audit_log set action = 'x'`, /permission denied/],
    ['delete crime history', sql`delete from crime_history`, /permission denied/],
    ['turn off row-level security', sql`alter table persons disable row level security`, /must be owner/],
    ['create a table', sql`create table escape (id int)`, /permission denied/],
  ];
  for (const [what, statement, error] of cases) {
    test(`refused: ${what}`, async () => assert.match(await refused(t.db, statement), error));
  }
});

describe('serving as the watchhouse_app login role (APP_DATABASE_URL)', () => {
  const ownerUrl = loadConfig().DATABASE_URL;
  test('after ALTER ROLE watchhouse_app LOGIN, the server connects as the role itself and cannot RESET ROLE to the owner', { skip: ownerUrl ? false : 'needs PostgreSQL (DATABASE_URL)' }, async () => {
    const [{ name }] = rowsOf<{ name: string }>(await t.db.execute(sql`select current_database() as name`));
    await t.db.execute(sql.raw(`alter role ${APP_ROLE} login`)); // the documented command (README, Security)
    const url = new URL(ownerUrl!);
    url.pathname = `/${name}`;
    const appUrl = new URL(url);
    appUrl.username = APP_ROLE;
    const served = await openDatabase({ databaseUrl: url.toString(), appDatabaseUrl: appUrl.toString(), dataDir: null, poolSize: 2 });
    try {
      const who = async () => rowsOf<{ session_user: string; current_user: string }>(await served.db.execute(sql`select session_user, current_user`))[0];
      assert.deepEqual(await who(), { session_user: APP_ROLE, current_user: APP_ROLE });
      const escaped = await served.db.transaction(async (tx) => {
        await tx.execute(sql`reset role`);
        return rowsOf<{ current_user: string }>(await tx.execute(sql`select current_user`))[0].current_user;
      });
      assert.equal(escaped, APP_ROLE);
      assert.match(await refused(served.db, sql`alter table audit_log disable trigger all`), /must be owner/);
      const forces = rowsOf<{ force_id: string }>(await runInForce('BEDS', () => served.db.execute(sql`select distinct force_id from persons`))).map((r) => r.force_id);
      assert.deepEqual(forces, ['BEDS']);
    } finally {
      await served.close();
    }
  });
});
