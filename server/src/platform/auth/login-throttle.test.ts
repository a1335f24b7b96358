import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { createTestApp, json, TEST_PASSWORD, type TestApp } from '../../test/api.js';
import {
  accountDelayMs, afterAccountFailure, afterAddressFailure, blockedUntil, currentAccountCounter, currentAddressCounter,
  retryAfterSeconds, throttledDetail, withoutAddressFailure, type ThrottleSettings,
} from './login-throttle.js';
import { pruneLoginThrottle } from './service.js';

// Issue 13 item 7 / OWASP ASVS 2.2: per-account progressive delay that a known device is not held back by,
// a separate per-address limit that successes do not reset, counters in the database, events in the audit trail.

const SETTINGS: ThrottleSettings = { accountFreeFailures: 5, addressMaxFailures: 30 };
const at = (iso: string) => new Date(iso);

describe('throttle rules (pure)', () => {
  test('the account delay starts after LOGIN_MAX_FAILURES failures, doubles from one minute and stops at 15 minutes', () => {
    const table: [number, number][] = [[0, 0], [1, 0], [4, 0], [5, 60], [6, 120], [7, 240], [8, 480], [9, 900], [10, 900], [200, 900]];
    for (const [failures, seconds] of table) assert.equal(accountDelayMs(failures, SETTINGS), seconds * 1000, `${failures} failures`);
  });

  test('an account counter blocks after its fifth failure, is forgotten after a quiet day', () => {
    const now = at('2026-11-23T10:00:00Z');
    let c = currentAccountCounter(undefined, now);
    for (let i = 0; i < 4; i++) c = afterAccountFailure(c, now, SETTINGS);
    assert.equal(c.blockedUntil, null);
    c = afterAccountFailure(c, now, SETTINGS);
    assert.deepEqual(blockedUntil(c, now), at('2026-11-23T10:01:00Z'));
    assert.equal(blockedUntil(c, at('2026-11-23T10:01:00Z')), null, 'free again when the wait is over');
    const row = { ...c, updatedAt: now };
    assert.equal(currentAccountCounter(row, at('2026-11-24T09:59:59Z')).failures, 5);
    assert.equal(currentAccountCounter(row, at('2026-11-24T10:00:00Z')).failures, 0);
  });

  test('an address counter blocks at its limit until 15 minutes after its first failure; a success takes back only its own advance count', () => {
    const start = at('2026-11-23T10:00:00Z');
    let c = currentAddressCounter(undefined, start);
    for (let i = 0; i < 29; i++) c = afterAddressFailure(c, SETTINGS);
    assert.equal(c.blockedUntil, null);
    const counted = afterAddressFailure(c, SETTINGS);
    assert.deepEqual(counted.blockedUntil, at('2026-11-23T10:15:00Z'));
    assert.deepEqual(withoutAddressFailure(counted, start, SETTINGS), { ...counted, failures: 29, blockedUntil: null });
    assert.deepEqual(withoutAddressFailure(counted, at('2026-11-23T10:20:00Z'), SETTINGS), counted, 'not one counted in another window');
    const row = { ...counted, updatedAt: start };
    assert.equal(currentAddressCounter(row, at('2026-11-23T10:14:59Z')).failures, 30);
    assert.equal(currentAddressCounter(row, at('2026-11-23T10:15:00Z')).failures, 0);
  });

  test('the 429 detail says what happened and the London time to retry, rounded up to the minute', () => {
    const now = at('2026-11-23T21:38:10Z');
    assert.equal(throttledDetail('account', at('2026-11-23T21:39:30Z'), now), 'Too many failed sign-ins for this account. Try again after 21:40, or sign in from a device you have used before.');
    assert.equal(throttledDetail('address', at('2026-11-23T21:40:00Z'), now), 'Too many failed sign-ins from your network address. Try again after 21:40.');
    assert.match(throttledDetail('account', at('2026-07-01T20:39:00Z'), at('2026-07-01T20:30:00Z')), /after 21:39,/, 'British Summer Time');
    assert.match(throttledDetail('account', at('2026-11-24T00:05:00Z'), at('2026-11-23T23:55:00Z')), /after 00:05 on 24 Nov,/);
    assert.equal(retryAfterSeconds(at('2026-11-23T21:39:30.2Z'), at('2026-11-23T21:38:10Z')), 81);
  });
});

let t: TestApp;
before(async () => { t = await createTestApp(); });
after(async () => { await t.close(); });

const login = (username: string, password: string, remoteAddress: string, device?: string, app: FastifyInstance = t.app) =>
  app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, remoteAddress, headers: device ? { cookie: `wh_device=${device}` } : {} });

function deviceCookie(res: LightMyRequestResponse) {
  const cookie = res.cookies.find((c) => c.name === 'wh_device');
  assert.ok(cookie, `a wh_device cookie is set: ${JSON.stringify(res.headers['set-cookie'])}`);
  return cookie;
}

function assertProblem(res: LightMyRequestResponse, status: number, type: string) {
  assert.equal(res.statusCode, status, res.body);
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
  assert.equal(json(res).type, type);
}

function assertThrottled(res: LightMyRequestResponse, retryAfter: number, detail: RegExp) {
  assertProblem(res, 429, '/problems/too-many-attempts');
  assert.equal(res.headers['retry-after'], String(retryAfter));
  assert.match(json(res).detail, detail);
  assert.equal(res.cookies.length, 0, 'no cookie while refused');
}

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await t.db.execute(query)) as unknown as { rows: T[] }).rows;
}

const actionsFor = async (username: string) =>
  (await rows<{ action: string }>(sql`select action from audit_log where username = ${username} and action like 'auth.%' order by seq`)).map((r) => r.action);

const wrong = async (username: string, n: number, address: (i: number) => string) => {
  for (let i = 0; i < n; i++) assertProblem(await login(username, `wrong-${i}`, address(i)), 401, '/problems/bad-credentials');
};

describe('per-account throttle', () => {
  test('abuse 1: five wrong passwords from anywhere do not block the owner on a device that has signed in before', async () => {
    t.clock.set(at('2026-11-23T21:39:00Z'));
    const first = await login('admin', TEST_PASSWORD, '10.1.0.1');
    assert.equal(first.statusCode, 200, first.body);
    const device = deviceCookie(first);
    assert.equal(device.httpOnly, true);
    assert.equal(device.sameSite, 'Strict');
    assert.equal(device.path, '/api/v1/auth/login', 'sent to the login route only');
    assert.ok(device.expires && device.expires.getTime() >= t.clock.now().getTime() + 179 * 86_400_000, 'long-lived');
    assert.ok(device.value.length >= 40);
    const stored = await rows<{ token_hash: string }>(sql`select token_hash from known_devices kd join users u on u.id = kd.user_id where u.username = 'admin'`);
    assert.deepEqual(stored.map((r) => r.token_hash), [createHash('sha256').update(device.value).digest('hex')], 'stored only as its SHA-256');

    await wrong('admin', 5, (i) => `10.1.1.${i}`);
    const expected = /^Too many failed sign-ins for this account\. Try again after 21:40, or sign in from a device you have used before\.$/;
    assertThrottled(await login('admin', TEST_PASSWORD, '10.1.2.1'), 60, expected);
    assertThrottled(await login('admin', TEST_PASSWORD, '10.1.0.1'), 60, expected);

    const owner = await login('admin', TEST_PASSWORD, '10.1.0.1', device.value);
    assert.equal(owner.statusCode, 200, `the known device signs in: ${owner.body}`);
    const rotated = deviceCookie(owner);
    assert.notEqual(rotated.value, device.value, 'the device token is renewed at each sign-in');
    assertThrottled(await login('admin', TEST_PASSWORD, '10.1.0.1', device.value), 60, expected);
    assert.equal((await login('admin', TEST_PASSWORD, '10.1.3.1', rotated.value)).statusCode, 200, 'from any address');
    assertThrottled(await login('admin', TEST_PASSWORD, '10.1.2.1'), 60, expected);

    assert.deepEqual((await actionsFor('admin')).slice(1), [
      'auth.login_failed', 'auth.login_failed', 'auth.login_failed', 'auth.login_failed', 'auth.login_failed', 'auth.account_locked',
      'auth.login_throttled', 'auth.login_throttled', 'auth.login', 'auth.login_throttled', 'auth.login', 'auth.login_throttled',
    ]);
    const [locked] = await rows<{ detail: { ip: string; accountFailures: number; until: string } }>(sql`select detail from audit_log where username = 'admin' and action = 'auth.account_locked'`);
    assert.deepEqual(locked!.detail, { ip: '10.1.1.4', accountFailures: 5, until: '2026-11-23T21:40:00.000Z' });
    const [known] = await rows<{ detail: { knownDevice: boolean } }>(sql`select detail from audit_log where username = 'admin' and action = 'auth.login' order by seq desc limit 1`);
    assert.equal(known!.detail.knownDevice, true);
  });

  test('the delay grows with each further failure (1, 2, 4, 8, 15, 15 minutes); a sign-in from a new device clears it', async () => {
    await wrong('inspector', 5, (i) => `10.5.0.${i}`);
    for (const wait of [60, 120, 240, 480, 900, 900]) {
      assertThrottled(await login('inspector', 'wrong-again', '10.5.1.1'), wait, /for this account/);
      t.clock.advance(wait * 1000);
      assertProblem(await login('inspector', 'wrong-again', '10.5.1.1'), 401, '/problems/bad-credentials');
    }
    assertThrottled(await login('inspector', TEST_PASSWORD, '10.5.1.2'), 900, /for this account/);
    t.clock.advance(900_000);
    assert.equal((await login('inspector', TEST_PASSWORD, '10.5.1.2')).statusCode, 200);
    assertProblem(await login('inspector', 'one-typo', '10.5.1.2'), 401, '/problems/bad-credentials');
    assert.equal((await login('inspector', TEST_PASSWORD, '10.5.1.2')).statusCode, 200, 'the count started again from zero');
  });

  test('made-up names are throttled exactly like real ones, so a 429 does not tell which names exist', async () => {
    await wrong('sergeant.beds', 5, (i) => `10.6.0.${i}`);
    await wrong('no-such-sergeant', 5, (i) => `10.6.1.${i}`);
    const real = await login('sergeant.beds', 'x', '10.6.2.1');
    const madeUp = await login('no-such-sergeant', 'x', '10.6.2.1');
    assertThrottled(real, 60, /for this account/);
    assertThrottled(madeUp, 60, /for this account/);
    assert.deepEqual(json(real), json(madeUp));
  });

  test('parallel guesses cannot slip past the limit: of 20 at once, 5 are checked and 15 refused', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => login('calltaker.beds', `guess-${i}`, `10.7.0.${i}`)));
    const statuses = answers.map((r) => r.statusCode).sort();
    assert.deepEqual(statuses, [...Array(5).fill(401), ...Array(15).fill(429)]);
  });

  test('a known device’s failures do not count against the account; after five it is forgotten', async () => {
    const device = deviceCookie(await login('admin.beds', TEST_PASSWORD, '10.8.0.1')).value;
    for (let i = 0; i < 5; i++) assertProblem(await login('admin.beds', `wrong-${i}`, '10.8.0.1', device), 401, '/problems/bad-credentials');
    assert.deepEqual(await rows(sql`select 1 from known_devices kd join users u on u.id = kd.user_id where u.username = 'admin.beds'`), [], 'forgotten');
    assert.ok((await actionsFor('admin.beds')).includes('auth.known_device_forgotten'));
    assert.deepEqual(await rows(sql`select 1 from login_throttle where scope = 'account' and key = 'admin.beds'`), [], 'the account has no failures');
    await wrong('admin.beds', 5, (i) => `10.8.1.${i}`);
    assertThrottled(await login('admin.beds', TEST_PASSWORD, '10.8.0.1', device), 60, /for this account/);
  });

  test('a user keeps at most 20 known devices, the most recently used', async () => {
    let last = '';
    for (let i = 0; i < 22; i++) {
      const res = await login('superintendent.beds', TEST_PASSWORD, '10.11.0.1');
      assert.equal(res.statusCode, 200);
      last = deviceCookie(res).value;
    }
    const [row] = await rows<{ n: number }>(sql`select count(*)::int as n from known_devices kd join users u on u.id = kd.user_id where u.username = 'superintendent.beds'`);
    assert.equal(row!.n, 20);
    const kept = await rows(sql`select 1 from known_devices where token_hash = ${createHash('sha256').update(last).digest('hex')}`);
    assert.equal(kept.length, 1, 'the device just used is kept');
  });

  test('the counters are in the database: a second server instance on it refuses the same account', async () => {
    const other = await buildApp({ database: { db: t.db, kind: 'pglite', close: async () => {} }, config: loadConfig({ LOG_LEVEL: 'silent' }), clock: t.clock, logger: false });
    try {
      await wrong('analyst.beds', 5, (i) => `10.9.0.${i}`);
      assertThrottled(await login('analyst.beds', TEST_PASSWORD, '10.9.1.1', undefined, other), 60, /for this account/);
      const [row] = await rows<{ failures: number }>(sql`select failures from login_throttle where scope = 'account' and key = 'analyst.beds'`);
      assert.equal(row!.failures, 5);
    } finally {
      await other.close();
    }
  });
});

describe('per-address limit', () => {
  test('abuse 2: failures with made-up names from one address do not block the other users at that address', async () => {
    for (let i = 0; i < 5; i++) assertProblem(await login(`guess-${i}`, 'password1', '10.2.0.1'), 401, '/problems/bad-credentials');
    assert.equal((await login('registrar', TEST_PASSWORD, '10.2.0.1')).statusCode, 200);
  });

  test('30 failures from one address in 15 minutes block it, except for devices known to the account; the block ends with the window', async () => {
    const known = deviceCookie(await login('auditor', TEST_PASSWORD, '10.3.0.1')).value;
    for (let i = 0; i < 30; i++) assertProblem(await login(`sprayed-${i}`, 'Summer2026!', '10.3.0.1'), 401, '/problems/bad-credentials');
    const expected = /^Too many failed sign-ins from your network address\. Try again after \d\d:\d\d\.$/;
    assertThrottled(await login('analyst', TEST_PASSWORD, '10.3.0.1'), 900, expected);
    assertThrottled(await login('sprayed-99', 'x', '10.3.0.1'), 900, expected);
    assert.equal((await login('analyst', TEST_PASSWORD, '10.3.0.2')).statusCode, 200, 'another address is not blocked');
    assert.equal((await login('auditor', TEST_PASSWORD, '10.3.0.1', known)).statusCode, 200, 'a known device is not blocked');
    const blocked = await rows<{ detail: { ip: string; addressFailures: number } }>(sql`select detail from audit_log where action = 'auth.address_blocked'`);
    assert.deepEqual(blocked.map((r) => [r.detail.ip, r.detail.addressFailures]), [['10.3.0.1', 30]]);
    t.clock.advance(15 * 60_000);
    assert.equal((await login('analyst', TEST_PASSWORD, '10.3.0.1')).statusCode, 200);
  });

  test('abuse 3: signing in to one’s own account between guesses does not reset the address count', async () => {
    let failures = 0;
    while (failures < 30) {
      for (let i = 0; i < 4 && failures < 30; i++, failures++) assertProblem(await login(`victim-${failures}`, 'Password1', '10.4.0.1'), 401, '/problems/bad-credentials');
      if (failures < 30) assert.equal((await login('ppu', TEST_PASSWORD, '10.4.0.1')).statusCode, 200, 'the attacker’s own account');
    }
    assertThrottled(await login('victim-30', 'Password1', '10.4.0.1'), 900, /from your network address/);
    assertThrottled(await login('ppu', TEST_PASSWORD, '10.4.0.1'), 900, /from your network address/);
  });
});

test('counters untouched for a day and expired known devices are pruned by the hourly schedule', async () => {
  await wrong('constable.beds', 1, () => '10.10.0.1');
  t.clock.advance(24 * 3600_000 + 1000);
  const stale = await rows<{ key: string }>(sql`select key from login_throttle where updated_at < ${new Date(t.clock.now().getTime() - 24 * 3600_000).toISOString()}`);
  assert.ok(stale.some((r) => r.key === 'constable.beds'));
  await pruneLoginThrottle(t.db, 'BEDS', t.clock.now());
  assert.deepEqual(await rows(sql`select key from login_throttle where updated_at < ${new Date(t.clock.now().getTime() - 24 * 3600_000).toISOString()}`), []);
  t.clock.advance(181 * 86_400_000);
  await pruneLoginThrottle(t.db, 'BEDS', t.clock.now());
  await pruneLoginThrottle(t.db, 'HERTS', t.clock.now());
  assert.deepEqual(await rows(sql`select 1 from known_devices`), []);
});
