import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { createTestApp, json, type TestApp } from '../../test/api.js';

// Issue 3 "Engineering requirements": bad input → 400 problem+json naming every bad field, nothing half-written;
// SQL/HTML injection strings stored and returned verbatim; If-Match 428/409; unknown id 404; malformed id never 500.

let t: TestApp;
before(async () => {
  t = await createTestApp();
  // Sign in up front: a first sign-in writes an audit row, which would look like a leak in the snapshots below.
  for (const user of ['constable', 'constable.beds']) await get('/auth/me', user);
});
after(async () => { await t.close(); });

const TABLES = ['persons', 'person_names', 'person_phones', 'warning_markers', 'locations', 'objects', 'events', 'pole_links', 'audit_log', 'reference_counters'] as const;
const SQL_INJECTION = "Robert'); DROP TABLE persons;--";
const HTML = '<script>alert(1)</script>';
const UNKNOWN_ID = '01234567-89ab-7def-8123-456789abcdef';

const send = (method: InjectOptions['method'], url: string, payload?: unknown, headers: Record<string, string> = {}, user = 'constable') =>
  t.as(user, { method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
const post = (url: string, payload: unknown, user = 'constable') => send('POST', url, payload, {}, user);
const get = (url: string, user = 'constable') => send('GET', url, undefined, {}, user);

/** Row counts of every POLE table, the audit log and the reference counters (their sum, so a used-up number shows). */
async function snapshot(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const expr = table === 'reference_counters' ? 'coalesce(sum(last_value), 0)::int' : 'count(*)::int';
    const res = (await t.db.execute(sql.raw(`select ${expr} as n from ${table}`))) as unknown as { rows: { n: number }[] };
    counts[table] = res.rows[0].n;
  }
  return counts;
}

function assertProblem(res: LightMyRequestResponse, status: number, type?: string) {
  assert.equal(res.statusCode, status, res.body);
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
  const body = json(res);
  assert.equal(body.status, status);
  if (type) assert.equal(body.type, type);
  return body;
}

/** 400 problem naming exactly... at least every listed path, and the database untouched. */
async function assertRejected(request: () => Promise<LightMyRequestResponse>, paths: string[]) {
  const before = await snapshot();
  const res = await request();
  const body = assertProblem(res, 400, '/problems/validation');
  const named = (body.errors as { path: string; message: string }[]).map((e) => e.path);
  for (const path of paths) assert.ok(named.includes(path), `${path} is named in ${JSON.stringify(named)}`);
  for (const e of body.errors) assert.ok(e.message.length > 0, `a message for ${e.path}`);
  assert.deepEqual(await snapshot(), before, 'nothing was stored');
  return body;
}

async function created(res: LightMyRequestResponse) {
  assert.equal(res.statusCode, 201, res.body);
  return json(res);
}

async function newPerson(body: Record<string, unknown> = {}, user = 'constable') {
  return created(await post('/persons', { forenames: 'Valerie', surname: 'Dation', ...body }, user));
}

describe('POST /persons', () => {
  test('oversized strings, wrong types, invalid dates and unknown fields, top level and nested: every field named', async () => {
    await assertRejected(() => post('/persons', {
      forenames: 'x'.repeat(101), surname: 42, dateOfBirth: '2026-02-30', gender: 'robot', ethnicity: 'ZZ', pncId: 'nope',
      email: 'not-an-email', heightCm: 'tall', build: 'b'.repeat(51), notes: 'n'.repeat(4001), distinguishingMarks: ['scar'],
      phones: [{ number: 7700900123 }, { number: '07700 900123', type: 'pager', colour: 'red' }],
      aliases: [{ forenames: '', surname: 's'.repeat(101) }], sneaky: true,
    }), [
      'body.forenames', 'body.surname', 'body.dateOfBirth', 'body.gender', 'body.ethnicity', 'body.pncId', 'body.email', 'body.heightCm',
      'body.build', 'body.notes', 'body.distinguishingMarks', 'body.phones.0.number', 'body.phones.1.type', 'body.phones.1.colour',
      'body.aliases.0.forenames', 'body.aliases.0.surname', 'body.sneaky',
    ]);
  });

  test('missing required fields, blank names and impossible dates', async () => {
    await assertRejected(() => post('/persons', {}), ['body.forenames', 'body.surname']);
    await assertRejected(() => post('/persons', { forenames: '   ', surname: 'Smith' }), ['body.forenames']);
    for (const dateOfBirth of ['2026-02-30', '2025-02-29', '1990-13-01', '01/02/1990', '1990-1-1', '']) {
      await assertRejected(() => post('/persons', { forenames: 'A', surname: 'B', dateOfBirth }), ['body.dateOfBirth']);
    }
  });

  test('a future date of birth (by the injected clock, 2026-11-23) or one before 1900 is refused; today is accepted', async () => {
    for (const dateOfBirth of ['2026-11-24', '2099-01-01', '1899-12-31']) {
      await assertRejected(() => post('/persons', { forenames: 'A', surname: 'B', dateOfBirth }), ['body.dateOfBirth']);
    }
    assert.equal((await newPerson({ dateOfBirth: '2026-11-23' })).dateOfBirth, '2026-11-23');
  });

  test('checks made after the schema still name every bad field: future date of birth and two bad phone numbers together', async () => {
    await assertRejected(
      () => post('/persons', { forenames: 'A', surname: 'B', dateOfBirth: '2030-01-01', phones: [{ number: 'abc' }, { number: '01234 567890' }, { number: '++--' }] }),
      ['body.dateOfBirth', 'body.phones.0.number', 'body.phones.2.number'],
    );
  });

  test('a body that is not a JSON object: wrong JSON, an array, null, text/plain, too large', async () => {
    const raw = (payload: string, contentType = 'application/json') =>
      t.as('constable', { method: 'POST', url: '/api/v1/persons', payload, headers: { 'content-type': contentType } });
    const before = await snapshot();
    assertProblem(await raw('{"forenames":'), 400, '/problems/validation');
    assertProblem(await raw('[]'), 400, '/problems/validation');
    assertProblem(await raw('null'), 400, '/problems/validation');
    assertProblem(await raw('forenames=A&surname=B', 'text/plain'), 415, '/problems/unsupported-media-type');
    assertProblem(await raw('<person/>', 'application/xml'), 415, '/problems/unsupported-media-type');
    assertProblem(await raw(JSON.stringify({ forenames: 'A', surname: 'B', notes: 'x'.repeat(1_100_000) })), 413, '/problems/payload-too-large');
    assert.deepEqual(await snapshot(), before);
  });

  test('SQL injection and HTML are stored and returned verbatim, and found by search', async () => {
    const p = await newPerson({
      forenames: SQL_INJECTION, surname: HTML, notes: `${SQL_INJECTION} ${HTML}`, build: "O'Brien \"quoted\" \\ back",
      distinguishingMarks: '<img src=x onerror=alert(1)>', aliases: [{ forenames: HTML, surname: SQL_INJECTION }],
    });
    for (const view of [p, json(await get(`/persons/${p.id}`))]) {
      assert.equal(view.forenames, SQL_INJECTION);
      assert.equal(view.surname, HTML);
      assert.equal(view.notes, `${SQL_INJECTION} ${HTML}`);
      assert.equal(view.build, "O'Brien \"quoted\" \\ back");
      assert.equal(view.distinguishingMarks, '<img src=x onerror=alert(1)>');
      assert.deepEqual([view.aliases[0].forenames, view.aliases[0].surname], [HTML, SQL_INJECTION]);
    }
    const search = await get(`/persons?q=${encodeURIComponent(SQL_INJECTION)}`);
    assert.equal(search.statusCode, 200, search.body);
    assert.match(String(search.headers['content-type']), /^application\/json/);
    assert.ok(json(search).items.some((i: { id: string }) => i.id === p.id));
    assert.ok((await snapshot()).persons > 0, 'the persons table is still there');
  });
});

describe('PATCH /persons/:id', () => {
  test('bad fields are all named; nothing changes (version, audit)', async () => {
    const p = await newPerson();
    const patch = (body: unknown) => () => send('PATCH', `/persons/${p.id}`, body, { 'if-match': '"1"' });
    await assertRejected(patch({ forenames: 'f'.repeat(101), surname: null, dateOfBirth: '2026-02-30', heightCm: 300, email: 5, unknownField: 'x' }), [
      'body.forenames', 'body.surname', 'body.dateOfBirth', 'body.heightCm', 'body.email', 'body.unknownField',
    ]);
    await assertRejected(patch({}), ['body']);
    await assertRejected(patch({ dateOfBirth: '2027-05-01' }), ['body.dateOfBirth']);
    await assertRejected(patch({ phones: [] }), ['body.phones']);
    assert.equal(json(await get(`/persons/${p.id}`)).version, 1);
  });

  test('If-Match: missing → 428, stale → 409, unreadable → 400; nothing changes', async () => {
    const p = await newPerson();
    const before = await snapshot();
    assertProblem(await send('PATCH', `/persons/${p.id}`, { surname: 'New' }), 428, '/problems/precondition-required');
    assertProblem(await send('PATCH', `/persons/${p.id}`, { surname: 'New' }, { 'if-match': '"2"' }), 409, '/problems/stale-version');
    const unreadable = assertProblem(await send('PATCH', `/persons/${p.id}`, { surname: 'New' }, { 'if-match': 'yesterday' }), 400, '/problems/validation');
    assert.equal(unreadable.errors[0].path, 'headers.if-match');
    assert.deepEqual(await snapshot(), before);
    assert.equal(json(await get(`/persons/${p.id}`)).surname, 'Dation');
  });

  test('unknown id → 404, another force’s person → 404, malformed id → 400 naming params.id', async () => {
    assertProblem(await send('PATCH', `/persons/${UNKNOWN_ID}`, { surname: 'X' }, { 'if-match': '"1"' }), 404, '/problems/not-found');
    const beds = await newPerson({}, 'constable.beds');
    assertProblem(await send('PATCH', `/persons/${beds.id}`, { surname: 'X' }, { 'if-match': '"1"' }), 404, '/problems/not-found');
    const bad = assertProblem(await send('PATCH', '/persons/not-a-uuid', { surname: 'X' }, { 'if-match': '"1"' }), 400, '/problems/validation');
    assert.equal(bad.errors[0].path, 'params.id');
  });

  test('SQL and HTML go in verbatim through an update', async () => {
    const p = await newPerson();
    const res = await send('PATCH', `/persons/${p.id}`, { surname: SQL_INJECTION, notes: HTML }, { 'if-match': '"1"' });
    assert.equal(res.statusCode, 200, res.body);
    const read = json(await get(`/persons/${p.id}`));
    assert.deepEqual([read.surname, read.notes, read.version], [SQL_INJECTION, HTML, 2]);
  });
});

describe('POST /persons/:id/warning-markers', () => {
  test('bad code, short or oversized text, impossible dates and unknown fields: every field named, nothing stored', async () => {
    const p = await newPerson();
    await assertRejected(() => post(`/persons/${p.id}/warning-markers`, {
      code: 'unicorn', reason: 'ab', source: 's'.repeat(201), startDate: '2026-13-01', reviewDate: '2026-02-30', priority: 'high',
    }), ['body.code', 'body.reason', 'body.source', 'body.startDate', 'body.reviewDate', 'body.priority']);
    await assertRejected(() => post(`/persons/${p.id}/warning-markers`, { code: 'violent', reason: 'r'.repeat(2001) }), ['body.reason']);
    await assertRejected(() => post(`/persons/${p.id}/warning-markers`, { code: 42, reason: ['x'] }), ['body.code', 'body.reason']);
    await assertRejected(() => post(`/persons/${p.id}/warning-markers`, { code: 'violent', reason: 'Assaulted officer', startDate: '2026-11-01', reviewDate: '2026-10-31' }), ['body.reviewDate']);
  });

  test('unknown person → 404, another force’s person → 404, malformed id → 400; nothing stored', async () => {
    const before = await snapshot();
    const body = { code: 'violent', reason: 'Assaulted officer at custody' };
    assertProblem(await post(`/persons/${UNKNOWN_ID}/warning-markers`, body), 404, '/problems/not-found');
    assertProblem(await post('/persons/123/warning-markers', body), 400, '/problems/validation');
    assert.deepEqual(await snapshot(), before);
    const beds = await newPerson({}, 'constable.beds');
    const afterBeds = await snapshot();
    assertProblem(await post(`/persons/${beds.id}/warning-markers`, body), 404, '/problems/not-found');
    assert.deepEqual(await snapshot(), afterBeds);
  });

  test('SQL and HTML in the reason and source are stored and returned verbatim', async () => {
    const p = await newPerson();
    const marker = await created(await post(`/persons/${p.id}/warning-markers`, { code: 'weapons', reason: `${SQL_INJECTION} ${HTML}`, source: HTML }));
    assert.equal(marker.reason, `${SQL_INJECTION} ${HTML}`);
    assert.equal(marker.source, HTML);
    const read = json(await get(`/persons/${p.id}`));
    assert.equal(read.warningMarkers[0].reason, `${SQL_INJECTION} ${HTML}`);
  });
});

describe('POST /locations', () => {
  test('bad UPRN, oversized text, wrong types, out-of-range coordinates, invalid postcode and unknown fields: every field named', async () => {
    await assertRejected(() => post('/locations', {
      uprn: 'abc', buildingName: 'b'.repeat(101), street: 12, town: 't'.repeat(101), postcode: 'NOT A POSTCODE', latitude: 'north', longitude: 200,
      description: 'd'.repeat(1001), floor: 3,
    }), ['body.uprn', 'body.buildingName', 'body.street', 'body.town', 'body.postcode', 'body.latitude', 'body.longitude', 'body.description', 'body.floor']);
  });

  test('an invalid postcode is named together with the other bad fields', async () => {
    await assertRejected(() => post('/locations', { street: 's'.repeat(151), postcode: 'XX1', latitude: 70 }), ['body.street', 'body.postcode', 'body.latitude']);
  });

  test('invalid postcodes are 400 naming body.postcode; valid ones are normalised', async () => {
    for (const postcode of ['SG1', 'ZZ99 9ZZZ', '12345', 'SG1 2AB 3', 'SG1 2A', 'XX']) {
      await assertRejected(() => post('/locations', { street: 'High Street', postcode }), ['body.postcode']);
    }
    assert.equal((await created(await post('/locations', { street: 'High Street', postcode: 'sg12ab' }))).postcode, 'SG1 2AB');
  });

  test('a location needs something to find it by', async () => {
    await assertRejected(() => post('/locations', { town: 'Stevenage' }), ['body.street']);
  });

  test('PATCH: 428 without If-Match, 409 stale, 404 unknown, 400 malformed id or invalid postcode', async () => {
    const loc = await created(await post('/locations', { street: 'Bancroft', town: 'Hitchin' }));
    const before = await snapshot();
    assertProblem(await send('PATCH', `/locations/${loc.id}`, { town: 'Letchworth' }), 428);
    assertProblem(await send('PATCH', `/locations/${loc.id}`, { town: 'Letchworth' }, { 'if-match': '"9"' }), 409, '/problems/stale-version');
    assertProblem(await send('PATCH', `/locations/${UNKNOWN_ID}`, { town: 'Letchworth' }, { 'if-match': '"1"' }), 404);
    assertProblem(await send('PATCH', '/locations/nope', { town: 'Letchworth' }, { 'if-match': '"1"' }), 400);
    await assertRejected(() => send('PATCH', `/locations/${loc.id}`, { postcode: 'XX' }, { 'if-match': '"1"' }), ['body.postcode']);
    assert.deepEqual(await snapshot(), before);
  });

  test('SQL and HTML stored verbatim', async () => {
    const loc = await created(await post('/locations', { street: SQL_INJECTION, description: HTML, buildingName: "St Mary's \"Hall\"" }));
    const read = json(await get(`/locations/${loc.id}`));
    assert.deepEqual([read.street, read.description, read.buildingName], [SQL_INJECTION, HTML, "St Mary's \"Hall\""]);
    assert.equal((await get(`/locations?q=${encodeURIComponent(SQL_INJECTION)}`)).statusCode, 200);
  });
});

describe('POST /objects', () => {
  test('bad kind, bad or oversized VRM, oversized text, wrong types and unknown fields: every field named', async () => {
    await assertRejected(() => post('/objects', {
      kind: 'spaceship', vrm: 'AB-12 CDE!', make: 'm'.repeat(101), model: 7, colour: 'c'.repeat(51), serialNumber: { imei: 1 }, description: 'd'.repeat(2001), owner: 'me',
    }), ['body.kind', 'body.vrm', 'body.make', 'body.model', 'body.colour', 'body.serialNumber', 'body.description', 'body.owner']);
    await assertRejected(() => post('/objects', { kind: 'vehicle', vrm: 'AB12CDEFGHIJ' }), ['body.vrm']);
    await assertRejected(() => post('/objects', {}), ['body.kind']);
  });

  test('unknown id 404, malformed id 400, PATCH without If-Match 428 and stale 409', async () => {
    const obj = await created(await post('/objects', { kind: 'vehicle', vrm: 'AB12 CDE' }));
    assertProblem(await get(`/objects/${UNKNOWN_ID}`), 404);
    assertProblem(await get('/objects/12345'), 400);
    assertProblem(await send('PATCH', `/objects/${obj.id}`, { colour: 'Red' }), 428);
    assertProblem(await send('PATCH', `/objects/${obj.id}`, { colour: 'Red' }, { 'if-match': '"5"' }), 409);
  });

  test('SQL and HTML stored verbatim', async () => {
    const obj = await created(await post('/objects', { kind: 'property', make: SQL_INJECTION, description: HTML }));
    const read = json(await get(`/objects/${obj.id}`));
    assert.deepEqual([read.make, read.description], [SQL_INJECTION, HTML]);
  });
});

describe('POST /events', () => {
  test('blank or oversized text, impossible or date-only timestamps, wrong types and unknown fields: every field named', async () => {
    await assertRejected(() => post('/events', { type: '', summary: 's'.repeat(2001), occurredAt: '2026-02-30T10:00:00Z', severity: 1 }), [
      'body.type', 'body.summary', 'body.occurredAt', 'body.severity',
    ]);
    await assertRejected(() => post('/events', { type: 't'.repeat(51), summary: 42, occurredAt: '2026-11-23' }), ['body.type', 'body.summary', 'body.occurredAt']);
    await assertRejected(() => post('/events', { type: 'sighting', summary: 'Seen', occurredAt: '2026-11-23T25:00:00Z' }), ['body.occurredAt']);
  });

  test('unknown id 404, malformed id 400', async () => {
    assertProblem(await get(`/events/${UNKNOWN_ID}`), 404);
    assertProblem(await get('/events/not-an-id'), 400);
  });

  test('SQL and HTML stored verbatim', async () => {
    const event = await created(await post('/events', { type: HTML, summary: SQL_INJECTION, occurredAt: '2026-11-22T21:15:00+00:00' }));
    assert.deepEqual([event.type, event.summary], [HTML, SQL_INJECTION]);
    const read = json(await get(`/events/${event.id}`));
    assert.deepEqual([read.type, read.summary, read.occurredAt], [HTML, SQL_INJECTION, '2026-11-22T21:15:00.000Z']);
  });
});

describe('POST /links', () => {
  test('bad role, malformed ids, oversized notes and unknown fields: every field named', async () => {
    await assertRejected(() => post('/links', { role: 'bystander', personId: 'not-a-uuid', eventId: 17, notes: 'n'.repeat(1001), strength: 'strong' }), [
      'body.role', 'body.personId', 'body.eventId', 'body.notes', 'body.strength',
    ]);
  });

  test('a link joins exactly two things', async () => {
    const p = await newPerson();
    await assertRejected(() => post('/links', { role: 'suspect', personId: p.id }), ['body.personId']);
    await assertRejected(() => post('/links', { role: 'suspect', personId: p.id, eventId: randomUUID(), objectId: randomUUID() }), ['body.personId']);
  });

  test('unknown or other-force ends are 422 naming the end and nothing is stored; malformed link id is 400', async () => {
    const p = await newPerson();
    const beds = await newPerson({}, 'constable.beds');
    const event = await created(await post('/events', { type: 'sighting', summary: 'Seen near the station' }));
    const before = await snapshot();
    const paths = (body: { errors?: { path: string }[] }) => (body.errors ?? []).map((e) => e.path);
    assert.deepEqual(paths(assertProblem(await post('/links', { role: 'suspect', personId: p.id, eventId: UNKNOWN_ID }), 422, '/problems/unprocessable')), ['body.eventId']);
    assert.deepEqual(paths(assertProblem(await post('/links', { role: 'suspect', personId: beds.id, eventId: event.id }), 422)), ['body.personId']);
    assert.deepEqual(paths(assertProblem(await post('/links', { role: 'owner', personId: p.id, objectId: UNKNOWN_ID }), 422)), ['body.objectId']);
    assertProblem(await post('/links/not-a-uuid/end', {}), 400);
    assertProblem(await post(`/links/${UNKNOWN_ID}/end`, {}), 404);
    assert.deepEqual(await snapshot(), before);
  });

  test('SQL and HTML in link notes are stored and returned verbatim', async () => {
    const p = await newPerson();
    const event = await created(await post('/events', { type: 'sighting', summary: 'Seen' }));
    await created(await post('/links', { role: 'witness', personId: p.id, eventId: event.id, notes: `${SQL_INJECTION} ${HTML}` }));
    const read = json(await get(`/events/${event.id}`));
    assert.equal(read.links[0].notes, `${SQL_INJECTION} ${HTML}`);
  });
});

describe('malformed ids on every POLE read route are 400, unknown ids 404 (never 500)', () => {
  for (const path of ['/persons/:id', '/locations/:id', '/objects/:id', '/events/:id']) {
    test(`GET ${path}`, async () => {
      for (const bad of ['not-a-uuid', '1', "1' OR '1'='1", '%00', '01234567-89ab-7def-8123-456789abcdeg']) {
        const res = await get(path.replace(':id', encodeURIComponent(bad)));
        assert.ok([400, 404].includes(res.statusCode), `${bad}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
      }
      assertProblem(await get(path.replace(':id', UNKNOWN_ID)), 404, '/problems/not-found');
    });
  }
});

describe('no POLE route answers 500 to junk', () => {
  test('every documented POLE operation, with unknown or malformed ids, junk bodies and junk query strings, answers 4xx problem+json or 2xx', async () => {
    const doc = json(await t.app.inject({ method: 'GET', url: '/api/openapi.json' })) as { paths: Record<string, Record<string, unknown>> };
    const pole = Object.entries(doc.paths).filter(([path]) => /^\/api\/v1\/(persons|locations|objects|events|links)\b/.test(path));
    assert.ok(pole.length >= 20, `${pole.length} POLE paths`);
    const bodies: unknown[] = [{}, { id: 1, forenames: [], code: null, role: {}, reason: 5, toDate: 'tomorrow', duplicateId: 'x' }, [], 'text', 12];
    const failures: string[] = [];
    for (const [path, item] of pole) {
      for (const method of Object.keys(item).filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))) {
        for (const id of [UNKNOWN_ID, 'not-a-uuid']) {
          const url = `/api/v1${path.slice('/api/v1'.length).replace(/\{[^}]+\}/g, id)}`;
          const requests: InjectOptions[] = method === 'get' || method === 'delete'
            ? [{ url }, { url: `${url}?q=${encodeURIComponent(SQL_INJECTION)}&limit=abc&cursor=zzz&dob=2026-02-30` }]
            : bodies.map((payload) => ({ url, payload: payload as object, headers: { 'if-match': '"1"' } }));
          for (const request of requests) {
            const res = await t.as('sergeant', { ...request, method: method.toUpperCase() as 'GET' });
            const problemJson = /^application\/problem\+json/.test(String(res.headers['content-type']));
            if (res.statusCode >= 500 || (res.statusCode >= 400 && !problemJson)) {
              failures.push(`${method.toUpperCase()} ${request.url} ${JSON.stringify(request.payload ?? '')} → ${res.statusCode} ${res.body.slice(0, 120)}`);
            }
          }
        }
      }
    }
    assert.deepEqual(failures, []);
  });
});
