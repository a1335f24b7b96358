import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { count, sql } from 'drizzle-orm';
import pg from 'pg';
import { createTestApp, json, type TestApp } from '../../test/api.js';
import { loadConfig } from '../../config.js';
import { persons } from '../pole/schema.js';
import { rowsOf } from '../db/connect.js';
import { clientErrorResponse, isDatabaseUnavailable } from './error-handler.js';
import { nulPaths } from './input-guard.js';

// Issue 13 items 1–4: bad bytes, overflowing versions, oversized requests and database faults are answers, not 500s.

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(async () => t.close());

const post = (who: string, url: string, payload: unknown, headers: Record<string, string> = {}) =>
  t.as(who, { method: 'POST', url: `/api/v1${url}`, payload: payload as object, headers });
const personCount = async () => (await t.db.select({ n: count() }).from(persons))[0].n;

describe('a NUL byte anywhere is refused as 400 naming the field (PostgreSQL cannot store 0x00)', () => {
  test('nulPaths names every string and key holding a NUL, however deep', () => {
    assert.deepEqual(nulPaths({ a: 'ok', b: ['x', 'y\u0000'], c: { 'k\u0000': 1, d: { e: '\u0000' } } }, 'body'), ['body.b.1', 'body.c.k\\0', 'body.c.d.e']);
    assert.deepEqual(nulPaths({ a: 1, b: null, c: true, d: 'plain' }, 'body'), []);
  });

  test('public login, search and create all answer 400 problem+json and store nothing', async () => {
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'a\u0000', password: 'x' } });
    assert.equal(login.statusCode, 400, login.body);
    assert.match(String(login.headers['content-type']), /application\/problem\+json/);
    assert.deepEqual(json(login).errors, [{ path: 'body.username', message: 'must not contain a NUL (0x00) character' }]);

    const search = await t.as('constable', { method: 'GET', url: '/api/v1/persons?q=%00' });
    assert.equal(search.statusCode, 400, search.body);
    assert.equal(json(search).errors[0].path, 'querystring.q');

    const before = await personCount();
    const create = await post('constable', '/persons', { forenames: 'x\u0000y', surname: 'b' });
    assert.equal(create.statusCode, 400, create.body);
    assert.equal(json(create).errors[0].path, 'body.forenames');
    assert.equal(await personCount(), before);

    const reason = await t.as('constable', { method: 'GET', url: '/api/v1/persons?q=smith', headers: { 'x-access-reason': 'case%00file' } });
    assert.equal(reason.statusCode, 400, reason.body);
    assert.equal(json(reason).errors[0].path, 'headers.x-access-reason');
  });
});

describe('If-Match is parsed once, declared everywhere it is required, and never overflows', () => {
  test('a version beyond PostgreSQL integer is 409, not 500; junk is 400; none is 428', async () => {
    const location = json(await post('constable', '/locations', { street: 'Bancroft', town: 'Hitchin', postcode: 'SG5 1JW' }));
    const patch = (ifMatch?: string) =>
      t.as('constable', { method: 'PATCH', url: `/api/v1/locations/${location.id}`, payload: { town: 'Letchworth' }, headers: ifMatch === undefined ? {} : { 'if-match': ifMatch } });
    const overflow = await patch('"2147483648"');
    assert.equal(overflow.statusCode, 409, overflow.body);
    assert.equal(json(overflow).type, '/problems/stale-version');
    assert.equal((await patch('"99999999999999999999999"')).statusCode, 409);
    assert.equal((await patch('"abc"')).statusCode, 400);
    assert.equal((await patch()).statusCode, 428);
    assert.equal((await patch(`"${location.version}"`)).statusCode, 200);

    await t.as('admin', { method: 'GET', url: '/api/v1/incidents/question-sets/RTC' }); // the force's seed sets exist
    const questions = [{ id: 'injuries', text: 'Anyone hurt?', kind: 'yes_no', required: true }];
    const questionSet = await t.as('admin', { method: 'PUT', url: '/api/v1/incidents/question-sets/RTC', payload: { name: 'RTC', questions }, headers: { 'if-match': '"2147483648"' } });
    assert.equal(questionSet.statusCode, 409, questionSet.body);
  });

  test('OpenAPI declares If-Match on every verb that answers 428 without it', async () => {
    const spec = json(await t.app.inject({ method: 'GET', url: '/api/openapi.json' }));
    const needIfMatch: [string, string][] = [
      ['patch', '/api/v1/locations/{id}'], ['patch', '/api/v1/objects/{id}'],
      ['post', '/api/v1/tasks/{id}/complete'], ['post', '/api/v1/tasks/{id}/close'], ['post', '/api/v1/tasks/{id}/reassign'],
      ['post', '/api/v1/crimes/{id}/reclassify'], ['post', '/api/v1/crimes/{id}/cancel'], ['post', '/api/v1/crimes/{id}/persons'],
      ['post', '/api/v1/crime-audits/{id}/items/{itemId}/review'], ['post', '/api/v1/crime-audits/{id}/complete'],
    ];
    for (const [method, path] of needIfMatch) {
      const operation = spec.paths[path]?.[method];
      assert.ok(operation, `${method} ${path} is in the spec`);
      const names = (operation.parameters ?? []).filter((p: { in: string }) => p.in === 'header').map((p: { name: string }) => p.name);
      assert.ok(names.includes('if-match'), `${method} ${path} declares If-Match (has ${names.join(', ') || 'no headers'})`);
    }
  });
});

describe('requests Node refuses before routing are problem+json too', () => {
  test('431 for a 20 kB query string or header', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as { port: number };
    const oversized: { url: string; headers: Record<string, string> }[] = [
      { url: `/api/v1/persons?q=${'a'.repeat(20_000)}`, headers: {} },
      { url: '/api/v1/health', headers: { 'x-big': 'b'.repeat(20_000) } },
    ];
    for (const init of oversized) {
      const res = await fetch(`http://127.0.0.1:${port}${init.url}`, { headers: init.headers });
      assert.equal(res.status, 431);
      assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
      assert.equal((await res.json()).type, '/problems/headers-too-large');
    }
    const long = await fetch(`http://127.0.0.1:${port}/api/v1/persons/${'a'.repeat(5000)}`);
    assert.equal(long.status, 404);
    assert.match(long.headers.get('content-type') ?? '', /application\/problem\+json/);
  });

  test('a malformed request gets a 400 problem on the socket', () => {
    const text = clientErrorResponse(Object.assign(new Error('Parse Error'), { code: 'HPE_INVALID_METHOD' }));
    assert.match(text, /^HTTP\/1\.1 400 /);
    assert.match(text, /application\/problem\+json/);
  });
});

describe('a database fault is a 503 problem and the process lives on', () => {
  test('connection-loss errors are recognised; ordinary errors are not', () => {
    assert.equal(isDatabaseUnavailable(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })), true);
    assert.equal(isDatabaseUnavailable(new Error('Connection terminated unexpectedly')), true);
    assert.equal(isDatabaseUnavailable({ message: 'Failed query', cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) }), true);
    assert.equal(isDatabaseUnavailable(Object.assign(new Error('duplicate key'), { code: '23505' })), false);
  });

  test('terminating every backend under 20 concurrent writers: only 201 or 503 problem+json, then service resumes by itself', { skip: loadConfig().DATABASE_URL ? false : 'needs PostgreSQL (DATABASE_URL)' }, async () => {
    const [{ name }] = rowsOf<{ name: string }>(await t.db.execute(sql`select current_database() as name`));
    await t.as('constable', { method: 'GET', url: '/api/v1/auth/me' }); // sign in once, before the fault
    const statuses: number[] = [];
    const problems: { type: string; retryAfter: unknown }[] = [];
    let writing = true;
    const writer = async (w: number) => {
      for (let i = 0; writing; i++) {
        const res = await post('constable', '/persons', { forenames: `Writer${w}`, surname: `Fault${i}` });
        statuses.push(res.statusCode);
        if (res.statusCode === 503) problems.push({ type: json(res).type, retryAfter: res.headers['retry-after'] });
      }
    };
    const writers = Array.from({ length: 20 }, (_, w) => writer(w));
    const admin = new pg.Client({ connectionString: loadConfig().DATABASE_URL });
    await admin.connect();
    try {
      for (let round = 0; round < 3; round++) {
        await new Promise((r) => setTimeout(r, 300));
        await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
      }
      await new Promise((r) => setTimeout(r, 300));
    } finally {
      writing = false;
      await Promise.all(writers);
      await admin.end();
    }
    assert.deepEqual([...new Set(statuses)].filter((s) => s !== 201 && s !== 503), [], `statuses seen: ${[...new Set(statuses)]}`);
    assert.ok(problems.length > 0, 'some writes were cut off');
    for (const p of problems) assert.deepEqual(p, { type: '/problems/unavailable', retryAfter: '5' });
    let recovered = 0;
    for (let attempt = 0; attempt < 20 && recovered !== 201; attempt++) {
      recovered = (await post('constable', '/persons', { forenames: 'After', surname: 'Recovery' })).statusCode;
      if (recovered !== 201) await new Promise((r) => setTimeout(r, 250));
    }
    assert.equal(recovered, 201);
  });
});
