import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, json, type TestApp } from '../../test/api.js';

let t: TestApp;
before(async () => { t = await createTestApp(); });
after(async () => { await t.close(); });

const call = (user: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, headers: Record<string, string> = {}) =>
  t.as(user, { method, url: `/api/v1${url}`, payload, headers });

const signIn = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });

const newcomer = { username: 'pc.newcomer', displayName: 'PC 9001 Newcomer', role: 'constable', team: 'Response Stevenage', collarNumber: '9001', password: 'a-long-enough-password' };

describe('user administration', () => {
  test('an administrator creates a user who can then sign in; the password is never returned; the creation is audited', async () => {
    const res = await call('admin', 'POST', '/users', newcomer);
    assert.equal(res.statusCode, 201, res.body);
    const user = json(res);
    assert.equal(user.username, 'pc.newcomer');
    assert.equal(user.roleLabel, 'Constable');
    assert.equal(user.active, true);
    assert.equal(res.headers.etag, '"1"');
    assert.ok(!('password' in user) && !('passwordHash' in user));
    assert.equal((await signIn('pc.newcomer', newcomer.password)).statusCode, 200);
    const trail = json(await call('auditor', 'GET', `/audit?entityId=${user.id}`)).items.map((r: { action: string }) => r.action);
    assert.ok(trail.includes('user.created'));
  });

  test('only administrators may create, change or reset users', async () => {
    for (const who of ['sergeant', 'constable', 'auditor']) {
      assert.equal((await call(who, 'POST', '/users', { ...newcomer, username: `x.${who}` })).statusCode, 403, who);
    }
  });

  test('bad input names every bad field; a taken user name is 409', async () => {
    const res = await call('admin', 'POST', '/users', { username: 'A B', displayName: '', role: 'chief', password: 'short', extra: 1 });
    assert.equal(res.statusCode, 400);
    assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
    const paths = json(res).errors.map((e: { path: string }) => e.path).join(' ');
    for (const field of ['username', 'displayName', 'role', 'password']) assert.match(paths, new RegExp(field));
    const taken = await call('admin', 'POST', '/users', { ...newcomer, username: 'constable' });
    assert.equal(taken.statusCode, 409);
  });

  test('changing a role needs If-Match, ends the user’s sessions and takes effect at once', async () => {
    const created = json(await call('admin', 'POST', '/users', { ...newcomer, username: 'pc.promoted' }));
    const session = (await signIn('pc.promoted', newcomer.password)).cookies.find((c) => c.name === 'wh_session')!;
    const url = `/users/${created.id}`;
    assert.equal((await call('admin', 'PATCH', url, { role: 'sergeant' })).statusCode, 428);
    const changed = await call('admin', 'PATCH', url, { role: 'sergeant', team: 'Response Stevenage' }, { 'if-match': '"1"' });
    assert.equal(changed.statusCode, 200, changed.body);
    assert.equal(json(changed).role, 'sergeant');
    assert.equal(json(changed).version, 2);
    assert.equal((await call('admin', 'PATCH', url, { team: 'CID' }, { 'if-match': '"1"' })).statusCode, 409, 'stale version');
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: `wh_session=${session.value}` } });
    assert.equal(me.statusCode, 401, 'the old session ended with the role change');
  });

  test('a deactivated user cannot sign in and drops out of pickers, but stays listed for administrators', async () => {
    const created = json(await call('admin', 'POST', '/users', { ...newcomer, username: 'pc.leaver' }));
    const res = await call('admin', 'PATCH', `/users/${created.id}`, { active: false }, { 'if-match': '"1"' });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal((await signIn('pc.leaver', newcomer.password)).statusCode, 401);
    const picker = json(await call('sergeant', 'GET', '/users?q=leaver')).items;
    assert.equal(picker.length, 0);
    const all = json(await call('admin', 'GET', '/users?q=leaver&includeInactive=true')).items;
    assert.equal(all.length, 1);
    assert.equal(all[0].active, false);
  });

  test('an administrator cannot deactivate themselves or change their own role', async () => {
    const me = json(await call('admin', 'GET', '/auth/me')).user;
    const res = await call('admin', 'PATCH', `/users/${me.id}`, { active: false }, { 'if-match': '"1"' });
    assert.equal(res.statusCode, 409);
    assert.match(json(res).detail, /another administrator/);
  });

  test('a password reset ends sessions and only the new password works', async () => {
    const created = json(await call('admin', 'POST', '/users', { ...newcomer, username: 'pc.forgetful' }));
    const res = await call('admin', 'POST', `/users/${created.id}/password`, { password: 'a-brand-new-password' });
    assert.equal(res.statusCode, 204, res.body);
    assert.equal((await signIn('pc.forgetful', newcomer.password)).statusCode, 401);
    assert.equal((await signIn('pc.forgetful', 'a-brand-new-password')).statusCode, 200);
  });

  test('weak passwords are refused with 400 naming body.password and zxcvbn’s reason, when creating a user and when resetting one', async () => {
    // Issue 13 item 9: each of these used to answer 201.
    const cases: [string, RegExp][] = [
      ['aaaaaaaaaaaa', /Repeated characters/],
      ['123456789012', /commonly used password/],
      ['password1234', /commonly used password/],
      [' '.repeat(12), /Repeated characters/],
    ];
    for (const [i, [password, reason]] of cases.entries()) {
      const res = await call('admin', 'POST', '/users', { ...newcomer, username: `pc.weak${i}`, password });
      assert.equal(res.statusCode, 400, `${JSON.stringify(password)}: ${res.body}`);
      assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
      const problem = json(res);
      assert.equal(problem.type, '/problems/validation');
      assert.deepEqual(problem.errors.map((e: { path: string }) => e.path), ['body.password']);
      assert.match(problem.errors[0].message, /^Too easy to guess\. /);
      assert.match(problem.errors[0].message, reason);
    }
    const named = await call('admin', 'POST', '/users', { ...newcomer, username: 'pc.selfnamed', password: 'PC.SelfNamed-2026!x' });
    assert.equal(named.statusCode, 400, named.body);
    assert.deepEqual(json(named).errors, [{ path: 'body.password', message: 'The password must not contain the user name.' }]);
    const listed = json(await call('admin', 'GET', '/users?q=pc.weak&includeInactive=true')).items;
    assert.equal(listed.length, 0, 'no user was created');

    const created = json(await call('admin', 'POST', '/users', { ...newcomer, username: 'pc.resetweak' }));
    const reset = await call('admin', 'POST', `/users/${created.id}/password`, { password: 'password1234' });
    assert.equal(reset.statusCode, 400, reset.body);
    assert.equal(json(reset).errors[0].path, 'body.password');
    const withName = await call('admin', 'POST', `/users/${created.id}/password`, { password: 'new-pc.resetweak-pass' });
    assert.equal(withName.statusCode, 400, withName.body);
    assert.equal((await signIn('pc.resetweak', newcomer.password)).statusCode, 200, 'the old password still works');
  });

  test('force isolation: a BEDS administrator cannot see or change a HERTS user (404)', async () => {
    const herts = json(await call('admin', 'GET', '/users?q=constable')).items.find((u: { username: string }) => u.username === 'constable');
    assert.equal((await call('admin.beds', 'GET', `/users/${herts.id}`)).statusCode, 404);
    assert.equal((await call('admin.beds', 'PATCH', `/users/${herts.id}`, { team: 'Luton' }, { 'if-match': '"1"' })).statusCode, 404);
    assert.equal((await call('admin.beds', 'POST', `/users/${herts.id}/password`, { password: 'a-long-enough-password' })).statusCode, 404);
    const list = json(await call('admin.beds', 'GET', '/users?limit=200')).items;
    assert.ok(list.every((u: { username: string }) => u.username.endsWith('.beds')));
  });
});
