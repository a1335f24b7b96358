import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { sql } from 'drizzle-orm';
import { buildApp } from '../../app.js';
import { isLoopbackHost, loadConfig } from '../../config.js';
import { createTestApp, json, TEST_PASSWORD, type TestApp } from '../../test/api.js';
import { rowsOf } from '../db/connect.js';

/**
 * Issue 13 item 10: cross-site requests are refused, unsafe methods take JSON only, API answers are never
 * cached, browser features are switched off, and session cookies are Secure unless the server is on loopback.
 */

const HOST = 'watchhouse.herts.example';
const SAME_ORIGIN = `https://${HOST}`;
const PERSON = { forenames: 'Olive', surname: 'Origin', dateOfBirth: '1970-07-07' };

let t: TestApp;
before(async () => { t = await createTestApp(); });
after(async () => { await t.close(); });

const persons = async () => rowsOf<{ n: number }>(await t.db.execute(sql`select count(*)::int as n from persons`))[0].n;

function isProblem(res: LightMyRequestResponse, status: number, type: string) {
  assert.equal(res.statusCode, status, res.body);
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
  assert.equal(json(res).type, type);
}

const createPerson = (headers: Record<string, string>) =>
  t.as('constable', { method: 'POST', url: '/api/v1/persons', payload: PERSON, headers: { host: HOST, ...headers } });

describe('CSRF: unsafe requests a browser marks as coming from another site are refused', () => {
  test('an evil Origin with the session cookie gets 403 problem+json and nothing is created', async () => {
    const before = await persons();
    isProblem(await createPerson({ origin: 'https://evil.example' }), 403, '/problems/cross-site-request');
    isProblem(await createPerson({ origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }), 403, '/problems/cross-site-request');
    assert.equal(await persons(), before);
  });

  test('Sec-Fetch-Site cross-site, or same-site from another origin, or Origin "null" is refused too', async () => {
    const before = await persons();
    isProblem(await createPerson({ 'sec-fetch-site': 'cross-site' }), 403, '/problems/cross-site-request');
    isProblem(await createPerson({ 'sec-fetch-site': 'same-site', origin: `https://intranet.herts.example` }), 403, '/problems/cross-site-request');
    isProblem(await createPerson({ 'sec-fetch-site': 'same-site' }), 403, '/problems/cross-site-request');
    isProblem(await createPerson({ origin: 'null' }), 403, '/problems/cross-site-request');
    // Same host name, another port: another origin. (The scheme cannot be compared: behind a TLS proxy the
    // server itself is spoken to in plain HTTP; HSTS from helmet keeps browsers on https.)
    isProblem(await createPerson({ origin: `https://${HOST}:8443` }), 403, '/problems/cross-site-request');
    isProblem(await createPerson({ origin: `https://evil.example`, 'sec-fetch-site': 'same-origin' }), 403, '/problems/cross-site-request');
    const del = await t.as('constable', { method: 'DELETE', url: '/api/v1/persons/01936f4e-0000-7000-8000-000000000001/aliases/01936f4e-0000-7000-8000-000000000002', headers: { host: HOST, origin: 'https://evil.example' } });
    isProblem(del, 403, '/problems/cross-site-request');
    assert.equal(await persons(), before);
  });

  test('the same origin is served: 201', async () => {
    const before = await persons();
    assert.equal((await createPerson({ origin: SAME_ORIGIN, 'sec-fetch-site': 'same-origin' })).statusCode, 201);
    assert.equal((await createPerson({ origin: SAME_ORIGIN })).statusCode, 201);
    const local = await t.as('constable', { method: 'POST', url: '/api/v1/persons', payload: PERSON, headers: { host: 'localhost:3000', origin: 'http://localhost:3000' } });
    assert.equal(local.statusCode, 201, 'Host and Origin with an explicit port');
    // Neither header: not a browser page (curl, an API client, these tests).
    assert.equal((await createPerson({})).statusCode, 201);
    assert.equal(await persons(), before + 4);
  });

  test('sign-in from another site is refused (login CSRF); from the web app it works', async () => {
    const login = (headers: Record<string, string>) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'constable', password: TEST_PASSWORD }, headers: { host: HOST, ...headers } });
    const forged = await login({ origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' });
    isProblem(forged, 403, '/problems/cross-site-request');
    assert.equal(forged.cookies.length, 0);
    const ok = await login({ origin: SAME_ORIGIN, 'sec-fetch-site': 'same-origin' });
    assert.equal(ok.statusCode, 200, ok.body);
  });
});

describe('unsafe methods take JSON only', () => {
  test('POST /auth/logout with text/plain is 415 and the session survives; without a body or type it signs out', async () => {
    const cookie = await t.login('sergeant');
    const me = () => t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    const plain = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', payload: '', headers: { cookie, 'content-type': 'text/plain' } });
    isProblem(plain, 415, '/problems/unsupported-media-type');
    assert.equal((await me()).statusCode, 200, 'still signed in');
    const form = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', payload: 'a=1', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' } });
    isProblem(form, 415, '/problems/unsupported-media-type');
    assert.equal((await me()).statusCode, 200, 'still signed in');
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    assert.ok(out.statusCode < 300, out.body);
    assert.equal((await me()).statusCode, 401);
  });

  test('a JSON body sent as text/plain, or with no type at all, is 415 and nothing is created', async () => {
    const before = await persons();
    const send = (options: Partial<InjectOptions>) => t.as('constable', { method: 'POST', url: '/api/v1/persons', ...options });
    isProblem(await send({ payload: JSON.stringify(PERSON), headers: { 'content-type': 'text/plain' } }), 415, '/problems/unsupported-media-type');
    isProblem(await send({ payload: JSON.stringify(PERSON), headers: { 'content-type': 'multipart/form-data; boundary=x' } }), 415, '/problems/unsupported-media-type');
    isProblem(await send({ payload: Buffer.from(JSON.stringify(PERSON)), headers: {} }), 415, '/problems/unsupported-media-type');
    assert.equal(await persons(), before);
    assert.equal((await send({ payload: JSON.stringify(PERSON), headers: { 'content-type': 'application/json; charset=utf-8' } })).statusCode, 201);
  });
});

describe('response headers', () => {
  test('every /api/ answer is Cache-Control: no-store, and every answer has a Permissions-Policy', async () => {
    const person = json(await createPerson({}));
    const answers = {
      health: await t.app.inject({ method: 'GET', url: '/api/v1/health' }),
      person: await t.as('constable', { method: 'GET', url: `/api/v1/persons/${person.id}` }),
      list: await t.as('constable', { method: 'GET', url: '/api/v1/persons?q=Origin' }),
      created: await createPerson({}),
      unauthenticated: await t.app.inject({ method: 'GET', url: '/api/v1/persons?q=Origin' }),
      notFound: await t.as('constable', { method: 'GET', url: '/api/v1/no-such-route' }),
      refused: await createPerson({ origin: 'https://evil.example' }),
      openapi: await t.app.inject({ method: 'GET', url: '/api/openapi.json' }),
    };
    for (const [name, res] of Object.entries(answers)) {
      assert.equal(res.headers['cache-control'], 'no-store', `${name} (${res.statusCode})`);
      const policy = String(res.headers['permissions-policy']);
      for (const feature of ['camera=()', 'microphone=()', 'geolocation=()']) assert.ok(policy.includes(feature), `${name}: ${policy}`);
    }
    // The rest of helmet's headers are still there.
    assert.ok(answers.person.headers['content-security-policy']);
    assert.equal(answers.person.headers['x-content-type-options'], 'nosniff');
  });
});

describe('session cookies are Secure unless the server listens on loopback', () => {
  test('COOKIE_SECURE defaults from HOST; an explicit 0 or 1 wins', () => {
    assert.equal(loadConfig({}).COOKIE_SECURE, false, 'default HOST 127.0.0.1');
    for (const host of ['127.0.0.1', 'localhost', '::1', '[::1]', '127.0.1.1', 'app.localhost']) {
      assert.equal(loadConfig({ HOST: host }).COOKIE_SECURE, false, host);
      assert.equal(isLoopbackHost(host), true, host);
    }
    for (const host of ['0.0.0.0', '::', '10.20.0.5', 'watchhouse.herts.example']) assert.equal(loadConfig({ HOST: host }).COOKIE_SECURE, true, host);
    assert.equal(loadConfig({ HOST: '0.0.0.0', COOKIE_SECURE: '0' }).COOKIE_SECURE, false);
    assert.equal(loadConfig({ HOST: '127.0.0.1', COOKIE_SECURE: '1' }).COOKIE_SECURE, true);
    assert.equal(loadConfig({ HOST: '0.0.0.0', COOKIE_SECURE: 'false' }).COOKIE_SECURE, false);
  });

  test('a server listening on all interfaces sets a Secure, HttpOnly, SameSite=Lax session cookie; on loopback, not Secure', async () => {
    const sessionCookie = async (app: { inject: TestApp['app']['inject'] }) => {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'analyst', password: TEST_PASSWORD } });
      assert.equal(res.statusCode, 200, res.body);
      const cookie = res.cookies.find((c) => c.name === 'wh_session');
      assert.ok(cookie);
      return cookie;
    };
    const local = await sessionCookie(t.app);
    assert.equal(local.secure, undefined);
    assert.equal(local.httpOnly, true);

    const config = loadConfig({ LOG_LEVEL: 'silent', HOST: '0.0.0.0' });
    const database = { db: t.db, kind: (loadConfig().DATABASE_URL ? 'postgres' : 'pglite') as 'postgres' | 'pglite', close: async () => {} };
    const exposed = await buildApp({ database, config, clock: t.clock, logger: false });
    try {
      await exposed.ready();
      const cookie = await sessionCookie(exposed);
      assert.equal(cookie.secure, true);
      assert.equal(cookie.httpOnly, true);
      assert.equal(String(cookie.sameSite).toLowerCase(), 'lax');
    } finally {
      await exposed.close();
    }
  });
});
