import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, json, TEST_START, type TestApp } from '../../test/api.js';

// Issue 3 §8 and DESIGN §3/§5: every write and every read of a person is audited in the same transaction;
// auditors query the trail by record, user and date; the table is append-only.

type AuditItem = { seq: number; at: string; userId: string | null; username: string; action: string; entityType: string; entityId: string | null; reason: string | null };

let t: TestApp;
before(async () => { t = await createTestApp(); });
after(async () => { await t.close(); });

const post = (user: string, url: string, payload: unknown, headers: Record<string, string> = {}) =>
  t.as(user, { method: 'POST', url: `/api/v1${url}`, payload: payload as object, headers });
const get = (user: string, url: string) => t.as(user, { method: 'GET', url: `/api/v1${url}` });

async function trail(user: string, query: string): Promise<AuditItem[]> {
  const res = await get(user, `/audit?${query}`);
  assert.equal(res.statusCode, 200, res.body);
  return json(res).items;
}

async function createPerson(user: string, body: Record<string, unknown>) {
  const res = await post(user, '/persons', body);
  assert.equal(res.statusCode, 201, res.body);
  return json(res) as { id: string; reference: string; version: number };
}

async function count(table: 'audit_log' | 'persons' | 'locations' | 'pole_links' | 'warning_markers'): Promise<number> {
  const res = (await t.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as { rows: { n: number }[] };
  return res.rows[0].n;
}

async function userId(username: string): Promise<string> {
  const res = await get(username, '/auth/me');
  assert.equal(res.statusCode, 200, res.body);
  return json(res).user.id;
}

function assertProblem(res: LightMyRequestResponse, status: number) {
  assert.equal(res.statusCode, status, res.body);
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
}

describe('GET /audit: who may read the trail', () => {
  test('auditor and administrator only: constable, analyst and partner get 403; no session gets 401', async () => {
    assert.equal((await get('auditor', '/audit')).statusCode, 200);
    assert.equal((await get('admin', '/audit')).statusCode, 200);
    for (const user of ['constable', 'analyst', 'partner', 'sergeant']) assertProblem(await get(user, '/audit'), 403);
    assertProblem(await t.app.inject({ method: 'GET', url: '/api/v1/audit' }), 401);
  });

  test('bad filters are 400 naming the field', async () => {
    const res = await get('auditor', '/audit?userId=not-a-uuid&from=yesterday&limit=0&colour=red');
    assertProblem(res, 400);
    const paths = json(res).errors.map((e: { path: string }) => e.path);
    for (const p of ['querystring.userId', 'querystring.from', 'querystring.limit', 'querystring.colour']) assert.ok(paths.includes(p), `${p} in ${paths}`);
    assertProblem(await get('auditor', '/audit?from=2026-11-23&to=2026-11-01'), 400);
    assertProblem(await get('auditor', '/audit?cursor=garbage'), 400);
  });
});

describe('GET /audit: filters', () => {
  test('"who looked at this person": a constable’s read shows as a `read` row with their user name', async () => {
    const p = await createPerson('sergeant', { forenames: 'Oliver', surname: 'Thistlewood' });
    assert.equal((await get('constable', `/persons/${p.id}`)).statusCode, 200);
    const rows = await trail('auditor', `entityId=${p.id}`);
    assert.ok(rows.every((r) => r.entityId === p.id));
    const read = rows.find((r) => r.action === 'read');
    assert.ok(read, `a read row in ${JSON.stringify(rows)}`);
    assert.equal(read.username, 'constable');
    assert.equal(read.entityType, 'person');
    assert.equal(read.userId, await userId('constable'));
    const created = rows.find((r) => r.action === 'person.created');
    assert.equal(created?.username, 'sergeant');
    assert.ok(rows[0].seq > rows[rows.length - 1].seq, 'newest first');
  });

  test('by userId: only that user’s actions', async () => {
    const id = await userId('imu');
    const p = await createPerson('imu', { forenames: 'Hannah', surname: 'Pellow' });
    await get('imu', `/persons/${p.id}`);
    const rows = await trail('auditor', `userId=${id}`);
    assert.ok(rows.length >= 2);
    assert.ok(rows.every((r) => r.userId === id && r.username === 'imu'));
    assert.deepEqual(rows.filter((r) => r.entityId === p.id).map((r) => r.action).sort(), ['person.created', 'read']);
  });

  test('by date range (whole days and instants), combined with entityId', async () => {
    t.clock.set(new Date('2026-11-20T09:00:00Z'));
    const p = await createPerson('constable', { forenames: 'Ruth', surname: 'Oakhampton' });
    t.clock.set(new Date('2026-11-21T14:30:00Z'));
    await get('sergeant', `/persons/${p.id}`);
    t.clock.set(new Date('2026-11-22T08:15:00Z'));
    await get('inspector', `/persons/${p.id}`);
    t.clock.set(TEST_START);

    const on21 = await trail('auditor', `entityId=${p.id}&from=2026-11-21&to=2026-11-21`);
    assert.deepEqual(on21.map((r) => [r.action, r.username]), [['read', 'sergeant']]);
    assert.equal(on21[0].at, '2026-11-21T14:30:00.000Z');
    const from21 = await trail('auditor', `entityId=${p.id}&from=2026-11-21`);
    assert.deepEqual(from21.map((r) => r.username), ['inspector', 'sergeant']);
    const to20 = await trail('auditor', `entityId=${p.id}&to=2026-11-20`);
    assert.deepEqual(to20.map((r) => r.action), ['person.created']);
    const instants = await trail('auditor', `entityId=${p.id}&from=${encodeURIComponent('2026-11-21T14:00:00Z')}&to=${encodeURIComponent('2026-11-22T08:15:00Z')}`);
    assert.deepEqual(instants.map((r) => r.username), ['inspector', 'sergeant'], 'bounds are inclusive');
    assert.deepEqual(await trail('auditor', `entityId=${p.id}&from=2026-11-24`), []);
  });

  test('a date means the London day: in summer time it starts at 23:00 UTC the evening before', async () => {
    const p = await createPerson('constable', { forenames: 'Summer', surname: 'Nightshift' });
    const readAt = async (user: string, at: string) => {
      t.clock.set(new Date(at));
      assert.equal((await get(user, `/persons/${p.id}`)).statusCode, 200);
    };
    await readAt('sergeant', '2026-07-01T22:30:00Z'); // 23:30 BST on 1 July
    await readAt('inspector', '2026-07-01T23:30:00Z'); // 00:30 BST on 2 July
    await readAt('imu', '2026-10-24T23:30:00Z'); // 00:30 BST on Sunday 25 October, the night the clocks go back
    await readAt('analyst', '2026-10-25T23:30:00Z'); // 23:30 GMT, still 25 October
    t.clock.set(TEST_START);
    const readers = async (query: string) => (await trail('auditor', `entityId=${p.id}&action=read&${query}`)).map((r) => r.username);
    assert.deepEqual(await readers('from=2026-07-01&to=2026-07-01'), ['sergeant']);
    assert.deepEqual(await readers('from=2026-07-02&to=2026-07-02'), ['inspector']);
    assert.deepEqual(await readers('from=2026-10-25&to=2026-10-25'), ['analyst', 'imu']);
    assert.deepEqual(await readers('from=2026-10-24&to=2026-10-24'), []);
  });

  test('pages with limit and cursor, without overlap', async () => {
    const first = await get('auditor', '/audit?limit=3');
    const page1 = json(first);
    assert.equal(page1.items.length, 3);
    assert.ok(page1.nextCursor);
    const page2 = json(await get('auditor', `/audit?limit=3&cursor=${page1.nextCursor}`));
    assert.ok(page2.items.length > 0);
    assert.ok(Math.min(...page1.items.map((i: AuditItem) => i.seq)) > Math.max(...page2.items.map((i: AuditItem) => i.seq)));
  });

  test('searching the trail is itself audited', async () => {
    await get('admin', '/audit?entityId=someone-of-interest');
    const rows = await trail('auditor', 'action=audit.searched&username=admin');
    assert.ok(rows.length >= 1);
    assert.ok(rows.every((r) => r.action === 'audit.searched' && r.username === 'admin'));
  });
});

describe('force isolation', () => {
  test('a BEDS auditor never sees HERTS rows, and a HERTS auditor never sees BEDS rows', async () => {
    const herts = await createPerson('constable', { forenames: 'Gwen', surname: 'Marchbank' });
    const beds = await createPerson('constable.beds', { forenames: 'Idris', surname: 'Bedwell' });
    await get('constable', `/persons/${herts.id}`);
    assert.deepEqual(await trail('auditor.beds', `entityId=${herts.id}`), []);
    assert.deepEqual(await trail('auditor', `entityId=${beds.id}`), []);
    const bedsAll = await trail('auditor.beds', 'limit=200');
    assert.ok(bedsAll.some((r) => r.entityId === beds.id), 'the BEDS auditor sees BEDS activity');
    assert.ok(bedsAll.every((r) => r.username.endsWith('.beds')), `only BEDS users: ${[...new Set(bedsAll.map((r) => r.username))]}`);
    const hertsAll = await trail('auditor', 'limit=200');
    assert.ok(hertsAll.every((r) => !r.username.endsWith('.beds')));
    assert.deepEqual(await trail('auditor.beds', `userId=${await userId('constable')}`), [], 'filtering by a HERTS user id finds nothing');
  });
});

describe('append-only and transactional', () => {
  async function rejects(statement: string) {
    await assert.rejects(t.db.execute(sql.raw(statement)), (error: Error & { cause?: Error }) => {
      assert.match(`${error.message} ${error.cause?.message ?? ''}`, /append-only/);
      return true;
    });
  }

  test('the trigger rejects UPDATE, DELETE and TRUNCATE of audit_log; nothing changes', async () => {
    const before = await count('audit_log');
    assert.ok(before > 0);
    const [first] = ((await t.db.execute(sql`select seq, username from audit_log order by seq limit 1`)) as unknown as { rows: { seq: number; username: string }[] }).rows;
    await rejects(`update audit_log set username = 'someone-else' where seq = ${Number(first.seq)}`);
    await rejects('update audit_log set reason = null');
    await rejects(`delete from audit_log where seq = ${Number(first.seq)}`);
    await rejects('delete from audit_log');
    await rejects('truncate audit_log');
    assert.equal(await count('audit_log'), before);
    const [again] = ((await t.db.execute(sql`select username from audit_log order by seq limit 1`)) as unknown as { rows: { username: string }[] }).rows;
    assert.equal(again.username, first.username);
  });

  test('a validation failure writes neither the record nor an audit row', async () => {
    const [audits, persons] = [await count('audit_log'), await count('persons')];
    assertProblem(await post('constable', '/persons', { forenames: 'Valid', surname: 'Name', dateOfBirth: '2030-01-01' }), 400);
    assertProblem(await post('constable', '/persons', { forenames: 'Valid', surname: 'Name', phones: [{ number: '12' }] }), 400);
    assert.equal(await count('persons'), persons);
    assert.equal(await count('audit_log'), audits);
  });

  test('a stale update (409) changes nothing and writes no audit row', async () => {
    const p = await createPerson('constable', { forenames: 'Stale', surname: 'Update' });
    const audits = await count('audit_log');
    const res = await t.as('constable', { method: 'PATCH', url: `/api/v1/persons/${p.id}`, payload: { surname: 'Changed' }, headers: { 'if-match': '"7"' } });
    assertProblem(res, 409);
    assert.equal(await count('audit_log'), audits);
    const rows = ((await t.db.execute(sql`select surname, version from persons where id = ${p.id}`)) as unknown as { rows: { surname: string; version: number }[] }).rows;
    assert.deepEqual(rows, [{ surname: 'Update', version: 1 }]);
  });

  test('a conflict after a partial write (duplicate UPRN, 409) rolls back the row, the reference number and the audit row', async () => {
    const first = json(await post('constable', '/locations', { street: 'Fore Street', town: 'Hertford', postcode: 'SG14 1AB', uprn: '100080001111' }));
    const [audits, locations] = [await count('audit_log'), await count('locations')];
    assertProblem(await post('constable', '/locations', { street: 'Other Street', town: 'Hertford', uprn: '100080001111' }), 409);
    assert.equal(await count('locations'), locations);
    assert.equal(await count('audit_log'), audits);
    const next = json(await post('constable', '/locations', { street: 'Next Street', town: 'Hertford' }));
    const n = (ref: string) => Number(ref.split('/').pop());
    assert.equal(n(next.reference), n(first.reference) + 1, 'the failed insert did not use up a reference number');
  });

  test('a link to an unknown event (422) leaves no link and no audit row', async () => {
    const p = await createPerson('constable', { forenames: 'Linked', surname: 'Nowhere' });
    const [audits, links] = [await count('audit_log'), await count('pole_links')];
    assertProblem(await post('constable', '/links', { role: 'suspect', personId: p.id, eventId: randomUUID() }), 422);
    assert.equal(await count('pole_links'), links);
    assert.equal(await count('audit_log'), audits);
  });

  test('a refused warning marker (review before start) leaves no marker and no audit row', async () => {
    const p = await createPerson('constable', { forenames: 'Marker', surname: 'Refused' });
    const [audits, markers] = [await count('audit_log'), await count('warning_markers')];
    const res = await post('constable', `/persons/${p.id}/warning-markers`, { code: 'violent', reason: 'Assaulted officer', startDate: '2026-11-01', reviewDate: '2026-10-01' });
    assertProblem(res, 400);
    assert.equal(json(res).errors[0].path, 'body.reviewDate');
    assert.equal(await count('warning_markers'), markers);
    assert.equal(await count('audit_log'), audits);
  });

  test('a successful write and its audit row share the transaction: both are there', async () => {
    const audits = await count('audit_log');
    const p = await createPerson('constable', { forenames: 'Both', surname: 'Committed' });
    assert.equal(await count('audit_log'), audits + 1);
    const rows = ((await t.db.execute(sql`select action, entity_id from audit_log order by seq desc limit 1`)) as unknown as { rows: { action: string; entity_id: string }[] }).rows;
    assert.deepEqual(rows, [{ action: 'person.created', entity_id: p.id }]);
  });
});
