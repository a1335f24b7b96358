import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, json, TEST_PASSWORD, type TestApp } from '../../test/api.js';

// DESIGN §3 (auth contract) and §5 (argon2id, hashed sessions, HttpOnly cookies); issue 3 "Sessions".

let t: TestApp;
before(async () => { t = await createTestApp(); });
after(async () => { await t.close(); });

/** Each test signs in from its own address so the per-address throttle of one test does not leak into another. */
const login = (username: string, password: string, remoteAddress = '10.0.0.1') =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, remoteAddress });
const me = (cookie?: string) => t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: cookie ? { cookie } : {} });

function sessionCookie(res: LightMyRequestResponse) {
  const cookie = res.cookies.find((c) => c.name === 'wh_session');
  assert.ok(cookie, `a wh_session cookie is set: ${JSON.stringify(res.headers['set-cookie'])}`);
  return cookie;
}

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await t.db.execute(query)) as unknown as { rows: T[] }).rows;
}

function assertProblem(res: LightMyRequestResponse, status: number, type: string) {
  assert.equal(res.statusCode, status, res.body);
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
  assert.equal(json(res).type, type);
  assert.equal(json(res).status, status);
}

describe('POST /auth/login', () => {
  test('200 with the user and an HttpOnly, SameSite=Lax session cookie; no password hash anywhere in the response', async () => {
    const res = await login('constable', TEST_PASSWORD);
    assert.equal(res.statusCode, 200, res.body);
    const { user } = json(res);
    assert.equal(user.username, 'constable');
    assert.equal(user.role, 'constable');
    assert.equal(user.forceId, 'HERTS');
    assert.ok(user.permissions.includes('persons:read'));
    assert.ok(!('passwordHash' in user) && !('password' in user));
    assert.doesNotMatch(res.body, /argon2|password/i);
    const cookie = sessionCookie(res);
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Lax');
    assert.equal(cookie.path, '/');
    assert.ok(cookie.expires && cookie.expires > t.clock.now(), 'the cookie expires with the session');
    assert.ok(cookie.value.length >= 40, 'the token is long and random');
    assert.match(String(res.headers['set-cookie']), /HttpOnly/);
    assert.match(String(res.headers['set-cookie']), /SameSite=Lax/);
  });

  test('wrong password and unknown user get the same 401 problem body (no user enumeration); both are audited', async () => {
    const wrong = await login('sergeant', 'not-the-password', '10.0.1.1');
    const unknown = await login('no-such-officer', 'not-the-password', '10.0.1.1');
    assertProblem(wrong, 401, '/problems/bad-credentials');
    assertProblem(unknown, 401, '/problems/bad-credentials');
    assert.deepEqual(json(wrong), json(unknown));
    assert.equal(wrong.cookies.length, 0);
    const failed = await rows<{ username: string }>(sql`select username from audit_log where action = 'auth.login_failed' order by seq`);
    assert.deepEqual(failed.map((r) => r.username).slice(-2), ['sergeant', 'no-such-officer']);
  });

  test('a deactivated user gets the same 401 as a wrong password', async () => {
    await t.db.execute(sql`update users set active = false where username = 'analyst.beds'`);
    const res = await login('analyst.beds', TEST_PASSWORD, '10.0.2.1');
    const wrong = await login('inspector', 'nope-nope', '10.0.2.1');
    assertProblem(res, 401, '/problems/bad-credentials');
    assert.deepEqual(json(res), json(wrong));
  });

  test('bad login bodies are 400 naming the field', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: '', extra: 1 }, remoteAddress: '10.0.3.1' });
    assertProblem(res, 400, '/problems/validation');
    const paths = json(res).errors.map((e: { path: string }) => e.path);
    for (const p of ['body.username', 'body.password', 'body.extra']) assert.ok(paths.includes(p), `${p} in ${paths}`);
  });

  test('repeated failures for one user name are rate-limited (429 with Retry-After) for devices it does not know, until the wait passes', async () => {
    for (let i = 0; i < 5; i++) assertProblem(await login('imu', `wrong-${i}`, `10.0.4.${i}`), 401, '/problems/bad-credentials');
    const blocked = await login('imu', TEST_PASSWORD, '10.0.4.99');
    assertProblem(blocked, 429, '/problems/too-many-attempts');
    assert.equal(blocked.headers['retry-after'], '60', 'one minute after the fifth failure');
    assert.match(json(blocked).detail, /^Too many failed sign-ins for this account\. Try again after \d\d:\d\d/);
    assert.equal(blocked.cookies.length, 0, 'no session while blocked');
    t.clock.advance(60 * 1000);
    assert.equal((await login('imu', TEST_PASSWORD, '10.0.4.99')).statusCode, 200);
  });

  test('failures with made-up names from one address do not block the next user there (the per-address limit is separate)', async () => {
    for (let i = 0; i < 5; i++) assertProblem(await login(`guess-${i}`, 'password1', '10.0.5.1'), 401, '/problems/bad-credentials');
    assert.equal((await login('registrar', TEST_PASSWORD, '10.0.5.1')).statusCode, 200);
  });
  // The throttle in depth (known devices, progressive delay, per-address limit, audit events): login-throttle.test.ts.
});

describe('sessions', () => {
  test('GET /auth/me returns the signed-in user; without or with a forged cookie it is 401 problem+json', async () => {
    const cookie = sessionCookie(await login('auditor', TEST_PASSWORD));
    const res = await me(`wh_session=${cookie.value}`);
    assert.equal(res.statusCode, 200, res.body);
    const { user } = json(res);
    assert.equal(user.username, 'auditor');
    assert.equal(user.roleLabel, 'Auditor');
    assert.ok(user.permissions.includes('audit:read'));
    assertProblem(await me(), 401, '/problems/unauthenticated');
    assertProblem(await me('wh_session=forged-token-value'), 401, '/problems/unauthenticated');
  });

  test('the session token is stored only as its SHA-256 hash', async () => {
    const cookie = sessionCookie(await login('ppu', TEST_PASSWORD));
    const stored = await rows<{ token_hash: string }>(sql`select token_hash from sessions`);
    assert.ok(stored.length > 0);
    assert.ok(stored.every((r) => !r.token_hash.includes(cookie.value)), 'the raw token is not in the sessions table');
    const digest = createHash('sha256').update(cookie.value).digest('hex');
    assert.ok(stored.some((r) => r.token_hash === digest), 'the hash of the token is');
    const dump = await rows<{ row: string }>(sql`select s::text as row from sessions s`);
    assert.ok(dump.every((r) => !r.row.includes(cookie.value)));
  });

  test('passwords are stored as argon2id hashes', async () => {
    const users = await rows<{ username: string; password_hash: string }>(sql`select username, password_hash from users`);
    assert.ok(users.length >= 24, 'every demo user of both forces');
    for (const u of users) {
      assert.match(u.password_hash, /^\$argon2id\$/, u.username);
      assert.ok(!u.password_hash.includes(TEST_PASSWORD));
    }
  });

  test('logout ends the session: 204, the cookie is cleared and the old cookie then gets 401', async () => {
    const cookie = `wh_session=${sessionCookie(await login('sergeant', TEST_PASSWORD)).value}`;
    assert.equal((await me(cookie)).statusCode, 200);
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    assert.equal(out.statusCode, 204, out.body);
    const cleared = out.cookies.find((c) => c.name === 'wh_session');
    assert.ok(cleared && cleared.value === '' && cleared.expires && cleared.expires.getTime() <= Date.now(), 'the cookie is cleared');
    assertProblem(await me(cookie), 401, '/problems/unauthenticated');
    assertProblem(await t.app.inject({ method: 'GET', url: '/api/v1/persons?q=smith', headers: { cookie } }), 401, '/problems/unauthenticated');
    const logouts = await rows<{ username: string }>(sql`select username from audit_log where action = 'auth.logout'`);
    assert.ok(logouts.some((r) => r.username === 'sergeant'), 'logout is audited');
  });

  test('logout without a session is 401', async () => {
    assertProblem(await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout' }), 401, '/problems/unauthenticated');
  });

  test('a session expires after SESSION_HOURS (12 h): 401 and a fresh sign-in works', async () => {
    const cookie = `wh_session=${sessionCookie(await login('superintendent', TEST_PASSWORD)).value}`;
    t.clock.advance(11 * 3600_000);
    assert.equal((await me(cookie)).statusCode, 200, 'still valid inside 12 hours');
    t.clock.advance(1 * 3600_000 + 1000);
    assertProblem(await me(cookie), 401, '/problems/unauthenticated');
    const again = await login('superintendent', TEST_PASSWORD);
    assert.equal((await me(`wh_session=${sessionCookie(again).value}`)).statusCode, 200);
  });
});
