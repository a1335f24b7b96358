import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { fixedClock } from './platform/clock.js';
import { rowsOf, type Database } from './platform/db/connect.js';
import { openTestDatabase } from './platform/db/test-db.js';
import { seedDemo } from './demo/seed.js';

/**
 * Issue 13 items 5 and 6, made structural: every GET route of the API is read on demo data by the roles that may
 * read it. No response may contain the name of a restricted person the reader is not cleared for; every response
 * that names a person must have written, in the same request, an audit row listing that person's id; and every read
 * of one record (`GET …/{id}`) writes an audit row.
 */
const PASSWORD = 'watchhouse-demo';
const TODAY = '2026-11-23';
const READERS = ['inspector', 'ppu', 'registrar', 'sergeant', 'constable', 'analyst', 'imu', 'calltaker', 'admin', 'partner'];
/** Not records: the audit trail itself, streams, health, reference lists. */
const SKIPPED = [/^\/api\/v1\/audit/, /\/stream$/, /\/events$/, /^\/api\/v1\/health$/, /^\/api\/v1\/reference\//, /^\/api\/v1\/auth\//, /\.csv$|police-uk|policeuk/];

type Person = { id: string; forenames: string; surname: string; restricted: boolean };

let database: Database;
let app: FastifyInstance;
const cookies = new Map<string, string>();

async function as(username: string, url: string) {
  let cookie = cookies.get(username);
  if (!cookie) {
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: PASSWORD } });
    assert.equal(res.statusCode, 200, `login ${username}: ${res.body}`);
    cookie = `wh_session=${res.cookies.find((c) => c.name === 'wh_session')!.value}`;
    cookies.set(username, cookie);
  }
  return app.inject({ method: 'GET', url, headers: { cookie } });
}

before(async () => {
  database = await openTestDatabase();
  await seedDemo(database.db, { password: PASSWORD, people: 150, today: TODAY });
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  app = await buildApp({ database, config, clock: fixedClock(new Date(`${TODAY}T15:00:00Z`)), logger: false });
  await app.ready();
});
after(async () => {
  await app.close();
  await database.close();
});

/** A concrete URL for an OpenAPI path: `{id}` from the first item of the collection above it, if it has one. */
async function concreteUrls(paths: string[], reader: (url: string) => Promise<{ statusCode: number; body: string } | undefined>): Promise<{ url: string; record: boolean }[]> {
  const urls: { url: string; record: boolean }[] = [];
  for (const path of paths) {
    if (!path.includes('{')) {
      urls.push({ url: path, record: false });
      continue;
    }
    const [collection] = path.split('/{');
    if (path.indexOf('{') !== path.lastIndexOf('{') || !/^\{id\}(\/[a-z-]+)?$/.test(path.slice(collection.length + 1))) continue;
    const list = await reader(collection);
    const first = list && list.statusCode === 200 ? (JSON.parse(list.body).items?.[0]?.id as string | undefined) : undefined;
    if (first) urls.push({ url: path.replace('{id}', first), record: path.endsWith('{id}') });
  }
  return urls;
}

test('no GET route shows a restricted person to someone not cleared, and every person shown is in that request’s audit row', async () => {
  const db = database.db;
  // Restrict (with an empty access list) twenty HERTS people who appear in module records and whose names are unique.
  const restricted = rowsOf<Person>(await db.execute(sql`
    update persons set restricted = true, restriction_reason = 'Protected witness (test)'
     where force_id = 'HERTS' and id in (
       select p.id from persons p join pole_links l on l.force_id = p.force_id and l.person_id = p.id
        where p.force_id = 'HERTS' and p.merged_into_id is null
          and (select count(*) from persons q where q.force_id = p.force_id and q.forenames = p.forenames and q.surname = p.surname) = 1
        group by p.id order by count(*) desc, p.id limit 20)
    returning id, forenames, surname, restricted`));
  assert.equal(restricted.length, 20);
  const people = rowsOf<Person>(await db.execute(sql`select id, forenames, surname, restricted from persons where force_id = 'HERTS'`));
  const byName = new Map<string, string[]>();
  for (const p of people) byName.set(`${p.forenames} ${p.surname}`, [...(byName.get(`${p.forenames} ${p.surname}`) ?? []), p.id]);

  const spec = JSON.parse((await app.inject({ method: 'GET', url: '/api/openapi.json' })).body) as { paths: Record<string, Record<string, unknown>> };
  const paths = Object.keys(spec.paths).filter((p) => spec.paths[p].get && !SKIPPED.some((re) => re.test(p))).sort();

  let read = 0;
  let withPeople = 0;
  const leaks: string[] = [];
  const unaudited: string[] = [];
  const unauditedReads: string[] = [];
  let records = 0;
  for (const reader of READERS) {
    const urls = await concreteUrls(paths, async (url) => as(reader, url));
    for (const { url, record } of urls) {
      const res = await as(reader, url);
      if (res.statusCode !== 200 || !String(res.headers['content-type']).includes('json')) continue;
      read++;
      const requestId = String(res.headers['x-request-id']);
      if (record) {
        records++;
        const [{ n }] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from audit_log where request_id = ${requestId}`));
        if (n === 0) unauditedReads.push(`${reader} GET ${url}`);
      }
      for (const p of restricted) {
        if (res.body.includes(`${p.forenames} ${p.surname}`) || (res.body.includes(`"forenames":"${p.forenames}"`) && res.body.includes(`"surname":"${p.surname}"`))) {
          leaks.push(`${reader} GET ${url} shows restricted ${p.forenames} ${p.surname}`);
        }
      }
      const shown = [...byName.entries()].filter(([name]) => res.body.includes(name) || res.body.includes(`"forenames":"${name.split(' ')[0]}","surname":"${name.split(' ').slice(1).join(' ')}"`));
      if (shown.length === 0) continue;
      withPeople++;
      const audited = new Set(rowsOf<{ id: string }>(await db.execute(sql`select unnest(person_ids)::text as id from audit_log where request_id = ${requestId}`)).map((r) => r.id));
      for (const [name, ids] of shown) {
        if (!ids.some((id) => audited.has(id))) unaudited.push(`${reader} GET ${url} shows ${name} with no disclosure audit row`);
      }
    }
  }
  assert.deepEqual(leaks, []);
  assert.deepEqual(unauditedReads, [], 'every read of one record writes an audit row');
  assert.ok(records > 15, `read ${records} single records`);
  assert.deepEqual(unaudited.slice(0, 30), [], `${unaudited.length} unaudited disclosures`);
  assert.ok(read > 60, `read ${read} responses`);
  assert.ok(withPeople > 15, `${withPeople} responses named people`);
});
