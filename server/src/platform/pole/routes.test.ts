import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { createTestApp, json, type TestApp } from '../../test/api.js';

let t: TestApp;
before(async () => { t = await createTestApp(); });
after(async () => { await t.close(); });

const post = (user: string, url: string, payload: unknown, headers: Record<string, string> = {}) =>
  t.as(user, { method: 'POST', url: `/api/v1${url}`, payload: payload as object, headers });
const get = (user: string, url: string, headers: Record<string, string> = {}) => t.as(user, { method: 'GET', url: `/api/v1${url}`, headers });

async function createPerson(body: Record<string, unknown>, user = 'constable') {
  const res = await post(user, '/persons', body);
  assert.equal(res.statusCode, 201, res.body);
  return json(res);
}

async function auditRows(entityId: string) {
  const res = await get('auditor', `/audit?entityId=${entityId}&limit=200`);
  assert.equal(res.statusCode, 200, res.body);
  return json(res).items as { action: string; username: string; reason: string | null }[];
}

async function personCount() {
  const rows = (await t.db.execute(sql`select count(*)::int as n from persons`)) as unknown as { rows: { n: number }[] };
  return rows.rows[0].n;
}

describe('persons: create, read, edit', () => {
  test('create returns 201 with reference, ETag and the view; the read is audited', async () => {
    const res = await post('constable', '/persons', {
      forenames: 'Amelia', surname: 'Hartley', dateOfBirth: '1990-06-01', gender: 'female', ethnicity: 'W1',
      pncId: '90/123456a', phones: [{ number: '+44 7700 900456', type: 'mobile' }], aliases: [{ kind: 'maiden', forenames: 'Amelia', surname: 'Cole' }],
    });
    assert.equal(res.statusCode, 201, res.body);
    const p = json(res);
    assert.match(p.reference, /^HT\/P\/\d{7}$/);
    assert.equal(res.headers.etag, '"1"');
    assert.equal(p.pncId, '90/123456A');
    assert.equal(p.ethnicityLabel, 'White: English, Welsh, Scottish, Northern Irish or British');
    assert.equal(p.aliases[0].surname, 'Cole');
    assert.equal(p.phones[0].number, '+44 7700 900456');
    const read = await get('constable', `/persons/${p.id}`);
    assert.equal(read.statusCode, 200);
    const actions = (await auditRows(p.id)).map((a) => a.action);
    assert.ok(actions.includes('person.created'));
    assert.ok(actions.includes('read'));
  });

  test('PATCH needs If-Match (428), refuses a stale version (409) and bumps the version', async () => {
    const p = await createPerson({ forenames: 'Peter', surname: 'Quill' });
    const url = `/api/v1/persons/${p.id}`;
    assert.equal((await t.as('constable', { method: 'PATCH', url, payload: { surname: 'Quince' } })).statusCode, 428);
    const ok = await t.as('constable', { method: 'PATCH', url, payload: { surname: 'Quince' }, headers: { 'if-match': '"1"' } });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(json(ok).version, 2);
    assert.equal(ok.headers.etag, '"2"');
    const stale = await t.as('constable', { method: 'PATCH', url, payload: { surname: 'Quarry' }, headers: { 'if-match': '"1"' } });
    assert.equal(stale.statusCode, 409);
    assert.equal(json(stale).type, '/problems/stale-version');
    assert.equal(json(await get('constable', `/persons/${p.id}`)).surname, 'Quince');
    const found = json(await get('constable', '/persons?q=Peter%20Quince')).items;
    assert.equal(found[0]?.id, p.id, 'search follows the new name');
  });

  test('bad input is a 400 problem naming every bad field, and nothing is stored', async () => {
    const before = await personCount();
    const res = await post('constable', '/persons', {
      forenames: 'x'.repeat(101), surname: 42, dateOfBirth: '1990-02-30', gender: 'robot', ethnicity: 'ZZ', pncId: 'nope', email: 'not-an-email', heightCm: 'tall', sneaky: true,
    });
    assert.equal(res.statusCode, 400);
    assert.match(String(res.headers['content-type']), /application\/problem\+json/);
    const paths = json(res).errors.map((e: { path: string }) => e.path);
    for (const field of ['forenames', 'surname', 'dateOfBirth', 'gender', 'ethnicity', 'pncId', 'email', 'heightCm', 'sneaky']) {
      assert.ok(paths.includes(`body.${field}`), `${field} named in ${paths.join(', ')}`);
    }
    assert.equal(await personCount(), before);
  });

  test('future date of birth, bad phone and malformed JSON are 400s; nothing half-written', async () => {
    const before = await personCount();
    const future = await post('constable', '/persons', { forenames: 'A', surname: 'B', dateOfBirth: '2099-01-01' });
    assert.equal(future.statusCode, 400);
    assert.equal(json(future).errors[0].path, 'body.dateOfBirth');
    const phone = await post('constable', '/persons', { forenames: 'A', surname: 'B', phones: [{ number: 'abc' }] });
    assert.equal(phone.statusCode, 400);
    assert.equal(json(phone).errors[0].path, 'body.phones.0.number');
    const broken = await t.as('constable', { method: 'POST', url: '/api/v1/persons', payload: '{"forenames":', headers: { 'content-type': 'application/json' } });
    assert.equal(broken.statusCode, 400);
    assert.equal(json(broken).type, '/problems/validation');
    assert.equal(await personCount(), before);
  });

  test('SQL and HTML in text are stored and returned verbatim', async () => {
    const nasty = `Robert'); DROP TABLE persons;-- <script>alert(1)</script>`;
    const p = await createPerson({ forenames: 'Bobby', surname: "O'Tables", notes: nasty, distinguishingMarks: '<img src=x onerror=alert(1)>' });
    const read = json(await get('constable', `/persons/${p.id}`));
    assert.equal(read.notes, nasty);
    assert.equal(read.distinguishingMarks, '<img src=x onerror=alert(1)>');
    assert.ok((await personCount()) > 0);
  });

  test('unknown or malformed ids are 404 / 400, never 500', async () => {
    assert.equal((await get('constable', '/persons/01234567-89ab-7def-8123-456789abcdef')).statusCode, 404);
    const bad = await get('constable', '/persons/not-a-uuid');
    assert.equal(bad.statusCode, 400);
    assert.equal(json(bad).errors[0].path, 'params.id');
  });
});

describe('aliases, phones, addresses', () => {
  test('add and remove aliases and phones; add and end an address', async () => {
    const p = await createPerson({ forenames: 'Karol', surname: 'Nowak' });
    let res = await post('constable', `/persons/${p.id}/aliases`, { kind: 'alias', forenames: 'Carl', surname: 'Novak' });
    assert.equal(res.statusCode, 201, res.body);
    const aliasId = json(res).aliases[0].id;
    const byAlias = json(await get('constable', '/persons?q=Carl%20Novak')).items;
    assert.equal(byAlias[0]?.id, p.id);
    assert.equal(byAlias[0]?.matchedOn, 'alias');
    res = await t.as('constable', { method: 'DELETE', url: `/api/v1/persons/${p.id}/aliases/${aliasId}` });
    assert.equal(res.statusCode, 200);
    assert.equal(json(res).aliases.length, 0);

    res = await post('constable', `/persons/${p.id}/phones`, { number: '01707 354000', type: 'home' });
    assert.equal(res.statusCode, 201);
    const phoneId = json(res).phones[0].id;
    const byPhone = json(await get('constable', '/persons?q=01707354000')).items;
    assert.equal(byPhone[0]?.id, p.id);
    assert.equal(byPhone[0]?.matchedOn, 'phone');
    res = await post('constable', `/persons/${p.id}/phones`, { number: '12' });
    assert.equal(res.statusCode, 400);
    assert.equal(json(res).errors[0].path, 'body.number');
    res = await t.as('constable', { method: 'DELETE', url: `/api/v1/persons/${p.id}/phones/${phoneId}` });
    assert.equal(json(res).phones.length, 0);

    const loc = json(await post('constable', '/locations', { buildingNumber: '12', street: 'Hempstead Road', town: 'Watford', postcode: 'wd17 4ab' }));
    assert.equal(loc.postcode, 'WD17 4AB');
    res = await post('constable', `/persons/${p.id}/addresses`, { locationId: loc.id, type: 'home', fromDate: '2020-01-01' });
    assert.equal(res.statusCode, 201, res.body);
    const address = json(res).addresses[0];
    assert.equal(address.location.label, '12 Hempstead Road, Watford, WD17 4AB');
    const byPostcode = json(await get('constable', '/persons?q=WD17%204AB')).items;
    assert.ok(byPostcode.some((r: { id: string }) => r.id === p.id), 'found by postcode');
    res = await post('constable', `/persons/${p.id}/addresses/${address.id}/end`, { toDate: '2019-01-01' });
    assert.equal(res.statusCode, 400);
    res = await post('constable', `/persons/${p.id}/addresses/${address.id}/end`, { toDate: '2024-06-30' });
    assert.equal(res.statusCode, 200);
    assert.equal(json(res).addresses[0].toDate, '2024-06-30');
    const actions = (await auditRows(p.id)).map((a) => a.action);
    for (const a of ['person.alias_added', 'person.alias_removed', 'person.phone_added', 'person.phone_removed', 'person.address_added', 'person.address_ended']) {
      assert.ok(actions.includes(a), a);
    }
  });
});

describe('warning markers', () => {
  test('markers show first, most severe first; ending needs a reason and keeps history', async () => {
    const p = await createPerson({ forenames: 'Dean', surname: 'Marsh', dateOfBirth: '1979-11-05' });
    const drugs = await post('constable', `/persons/${p.id}/warning-markers`, { code: 'drugs', reason: 'Found in possession of class A, 2025', source: 'PNC' });
    assert.equal(drugs.statusCode, 201, drugs.body);
    const violent = await post('constable', `/persons/${p.id}/warning-markers`, { code: 'violent', reason: 'Assaulted officer on arrest', reviewDate: '2027-11-01' });
    assert.equal(json(violent).severity, 'high');
    const view = json(await get('constable', `/persons/${p.id}`));
    assert.deepEqual(view.warningMarkers.map((m: { code: string }) => m.code), ['violent', 'drugs']);
    assert.equal(Object.keys(view)[0], 'id');
    const row = json(await get('constable', '/persons?q=Dean%20Marsh')).items[0];
    assert.deepEqual(row.warningMarkers.map((m: { code: string }) => m.code), ['violent', 'drugs']);

    assert.equal((await post('constable', `/persons/${p.id}/warning-markers`, { code: 'unicorn', reason: 'x' })).statusCode, 400);
    const backwards = await post('constable', `/persons/${p.id}/warning-markers`, { code: 'weapons', reason: 'Knife', startDate: '2026-01-01', reviewDate: '2025-01-01' });
    assert.equal(backwards.statusCode, 400);
    assert.equal(json(backwards).errors[0].path, 'body.reviewDate');
    assert.equal((await post('constable', `/persons/${p.id}/warning-markers/${json(drugs).id}/end`, {})).statusCode, 400);
    const ended = await post('constable', `/persons/${p.id}/warning-markers/${json(drugs).id}/end`, { reason: 'Reviewed: no drug intelligence since 2025' });
    assert.equal(ended.statusCode, 200);
    assert.equal(json(ended).active, false);
    assert.equal((await post('constable', `/persons/${p.id}/warning-markers/${json(drugs).id}/end`, { reason: 'again please' })).statusCode, 409);
    const after = json(await get('constable', `/persons/${p.id}`));
    assert.deepEqual(after.warningMarkers.map((m: { code: string; active: boolean }) => [m.code, m.active]), [['violent', true], ['drugs', false]]);
  });

  test('an analyst (read only) cannot add markers: 403', async () => {
    const p = await createPerson({ forenames: 'Ann', surname: 'Alyst' });
    const res = await post('analyst', `/persons/${p.id}/warning-markers`, { code: 'violent', reason: 'Test reason' });
    assert.equal(res.statusCode, 403);
    assert.equal(json(res).type, '/problems/forbidden');
  });
});

describe('force isolation', () => {
  test('a BEDS user can never see a HERTS person: search, read, change, link, marker, merge', async () => {
    const p = await createPerson({ forenames: 'Harriet', surname: 'Isolde', dateOfBirth: '1971-04-04' });
    const search = json(await get('constable.beds', '/persons?q=Harriet%20Isolde'));
    assert.equal(search.items.length, 0);
    assert.equal((await get('constable.beds', `/persons/${p.id}`)).statusCode, 404);
    const patch = await t.as('constable.beds', { method: 'PATCH', url: `/api/v1/persons/${p.id}`, payload: { surname: 'X' }, headers: { 'if-match': '"1"' } });
    assert.equal(patch.statusCode, 404);
    assert.equal((await post('constable.beds', `/persons/${p.id}/warning-markers`, { code: 'violent', reason: 'cross-force' })).statusCode, 404);
    assert.equal((await post('sergeant.beds', `/persons/${p.id}/merge`, { duplicateId: p.id, reason: 'cross-force merge attempt' })).statusCode, 404);
    const event = json(await post('constable.beds', '/events', { type: 'note', summary: 'BEDS event' }));
    assert.equal((await post('constable.beds', '/links', { role: 'victim', personId: p.id, eventId: event.id })).statusCode, 422, 'another force’s person is no person of theirs');
    const dup = json(await post('constable.beds', '/persons/duplicate-candidates', { forenames: 'Harriet', surname: 'Isolde', dateOfBirth: '1971-04-04' }));
    assert.equal(dup.items.length, 0);
    const audit = json(await get('auditor.beds', `/audit?entityId=${p.id}`));
    assert.equal(audit.items.length, 0, 'BEDS auditors do not see HERTS audit rows');
  });
});

describe('restricted records (need-to-know)', () => {
  test('restricted person: hidden in search, 403 without a reason, readable with a reason (audited), open to the access list', async () => {
    const p = await createPerson({ forenames: 'Wendy', surname: 'Witness', dateOfBirth: '1988-08-08' });
    const users = json(await get('sergeant', '/users?q=ppu')).items;
    const ppu = users.find((u: { username: string }) => u.username === 'ppu');
    const res = await post('sergeant', `/persons/${p.id}/restrict`, { reason: 'Protected witness in Op Sceptre trial', accessUserIds: [ppu.id] });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(json(res).restricted, true);

    // Search must not reveal that a protected person exists to someone not on the list (issue 13 item 5) …
    const search = `/persons?q=${encodeURIComponent(p.reference)}%20Wendy%20Witness`;
    assert.equal(json(await get('constable', search)).items.some((r: { id: string }) => r.id === p.id), false);
    assert.equal(json(await get('constable', search, { 'x-access-reason': 'Arresting officer for linked assault HT/26/000777' })).items.some((r: { id: string }) => r.id === p.id), false, 'a reason opens a known record, not a search');
    // … and the duplicate check warns of a match without naming it.
    const dup = json(await post('constable', '/persons/duplicate-candidates', { forenames: 'Wendy', surname: 'Witness', dateOfBirth: '1988-08-08' }));
    assert.deepEqual({ items: dup.items.filter((r: { id: string }) => r.id === p.id), restrictedMatch: dup.restrictedMatch }, { items: [], restrictedMatch: true });
    const cleared = json(await get('ppu', search)).items.find((r: { id: string }) => r.id === p.id);
    assert.equal(cleared?.forenames, 'Wendy', 'the access list finds the record by search');

    const refused = await get('constable', `/persons/${p.id}`);
    assert.equal(refused.statusCode, 403);
    assert.equal(json(refused).type, '/problems/restricted-record');
    const short = await get('constable', `/persons/${p.id}`, { 'x-access-reason': 'because' });
    assert.equal(short.statusCode, 403);
    const withReason = await get('constable', `/persons/${p.id}`, { 'x-access-reason': 'Arresting officer for linked assault HT/26/000777' });
    assert.equal(withReason.statusCode, 200);
    assert.equal(json(withReason).forenames, 'Wendy');
    assert.equal((await get('ppu', `/persons/${p.id}`)).statusCode, 200);
    assert.equal((await get('sergeant', `/persons/${p.id}`)).statusCode, 200, 'the restricting officer is on the list');

    const rows = await auditRows(p.id);
    assert.ok(rows.some((r) => r.action === 'read.refused' && r.username === 'constable'));
    assert.ok(rows.some((r) => r.action === 'read' && r.username === 'constable' && r.reason === 'Arresting officer for linked assault HT/26/000777'));
    assert.ok(rows.some((r) => r.action === 'person.restricted'));

    const patch = await t.as('constable', { method: 'PATCH', url: `/api/v1/persons/${p.id}`, payload: { notes: 'x' }, headers: { 'if-match': `"${json(res).version}"` } });
    assert.equal(patch.statusCode, 403, 'changing a restricted record needs access too');
    assert.equal((await post('constable', `/persons/${p.id}/restrict`, { reason: 'I want to restrict it', accessUserIds: [] })).statusCode, 403);
    const lifted = await post('sergeant', `/persons/${p.id}/unrestrict`, { reason: 'Trial concluded, protection ended' });
    assert.equal(lifted.statusCode, 200);
    assert.equal((await get('constable', `/persons/${p.id}`)).statusCode, 200);
  });

  test('restricting with a user from another force is refused', async () => {
    const p = await createPerson({ forenames: 'Cross', surname: 'Force' });
    const bedsUser = json(await get('sergeant.beds', '/users?q=constable')).items[0];
    const res = await post('sergeant', `/persons/${p.id}/restrict`, { reason: 'Sensitive: victim is a serving officer', accessUserIds: [bedsUser.id] });
    assert.equal(res.statusCode, 422);
    assert.equal(json(res).errors[0].path, 'body.accessUserIds.0');
  });
});

describe('duplicates and merge', () => {
  test('duplicate candidates are offered before saving, with reasons', async () => {
    const original = await createPerson({ forenames: 'Mohammed', surname: 'Rahman', dateOfBirth: '1992-07-15', pncId: '92/445566R' });
    const res = await post('constable', '/persons/duplicate-candidates', { forenames: 'Muhammad', surname: 'Rahman', dateOfBirth: '1992-07-15' });
    assert.equal(res.statusCode, 200, res.body);
    const top = json(res).items[0];
    assert.equal(top.id, original.id);
    assert.ok(top.reasons.length > 0);
    const pnc = json(await post('constable', '/persons/duplicate-candidates', { forenames: 'Someone', surname: 'Else', pncId: '92/445566R' })).items[0];
    assert.equal(pnc?.id, original.id);
  });

  test('merge moves every link to the survivor; the merged record reads as merged; undo restores', async () => {
    const survivor = await createPerson({ forenames: 'William', surname: 'Turner', dateOfBirth: '1975-02-02' });
    const duplicate = await createPerson({ forenames: 'Bill', surname: 'Turnor', dateOfBirth: '1975-02-02', phones: [{ number: '07700 900999' }] });
    await post('constable', `/persons/${duplicate.id}/warning-markers`, { code: 'weapons', reason: 'Carried a knife in 2024' });
    const event = json(await post('constable', '/events', { type: 'intelligence', summary: 'Seen with stolen bikes' }));
    assert.equal((await post('constable', '/links', { role: 'suspect', personId: duplicate.id, eventId: event.id })).statusCode, 201);

    assert.equal((await post('constable', `/persons/${survivor.id}/merge`, { duplicateId: duplicate.id, reason: 'Same man: same DOB and phone' })).statusCode, 403);
    const short = await post('sergeant', `/persons/${survivor.id}/merge`, { duplicateId: duplicate.id, reason: 'same' });
    assert.equal(short.statusCode, 400);
    const self = await post('sergeant', `/persons/${survivor.id}/merge`, { duplicateId: survivor.id, reason: 'Same man: same DOB and phone' });
    assert.equal(self.statusCode, 409);

    const merged = await post('sergeant', `/persons/${survivor.id}/merge`, { duplicateId: duplicate.id, reason: 'Same man: same DOB and phone' });
    assert.equal(merged.statusCode, 200, merged.body);
    const view = json(merged);
    assert.ok(view.warningMarkers.some((m: { code: string }) => m.code === 'weapons'));
    assert.ok(view.phones.some((ph: { number: string }) => ph.number === '07700 900999'));
    assert.ok(view.aliases.some((a: { forenames: string; surname: string }) => a.forenames === 'Bill' && a.surname === 'Turnor'));
    assert.ok(view.links.some((l: { event: { id: string } | null; role: string }) => l.event?.id === event.id && l.role === 'suspect'));
    assert.equal(view.mergedFrom[0].id, duplicate.id);

    const old = json(await get('constable', `/persons/${duplicate.id}`));
    assert.deepEqual(old.mergedInto, { id: survivor.id, reference: survivor.reference });
    assert.equal(old.abilities.edit, false);
    const patch = await t.as('constable', { method: 'PATCH', url: `/api/v1/persons/${duplicate.id}`, payload: { notes: 'x' }, headers: { 'if-match': `"${old.version}"` } });
    assert.equal(patch.statusCode, 409);
    const search = json(await get('constable', '/persons?q=Bill%20Turnor')).items.map((r: { id: string }) => r.id);
    assert.ok(search.includes(survivor.id) && !search.includes(duplicate.id), 'the old name finds the survivor');
    const eventView = json(await get('constable', `/events/${event.id}`));
    assert.equal(eventView.links[0].person.id, survivor.id);

    const rows = await auditRows(survivor.id);
    assert.ok(rows.some((r) => r.action === 'person.merged' && r.reason === 'Same man: same DOB and phone'));

    const undone = await post('sergeant', `/persons/merges/${view.mergedFrom[0].mergeId}/undo`, {});
    assert.equal(undone.statusCode, 200, undone.body);
    const restored = json(undone);
    assert.equal(restored.id, duplicate.id);
    assert.equal(restored.mergedInto, null);
    assert.equal(restored.forenames, 'Bill');
    assert.ok(restored.warningMarkers.some((m: { code: string }) => m.code === 'weapons'));
    assert.ok(restored.links.some((l: { event: { id: string } | null }) => l.event?.id === event.id));
    const survivorAfter = json(await get('constable', `/persons/${survivor.id}`));
    assert.equal(survivorAfter.aliases.length, 0);
    assert.equal(survivorAfter.phones.length, 0);
    assert.equal((await post('sergeant', `/persons/merges/${view.mergedFrom[0].mergeId}/undo`, {})).statusCode, 409);
  });
});

describe('locations, objects, events and links', () => {
  test('locations validate postcodes and are found by postcode, outward code and street', async () => {
    const bad = await post('constable', '/locations', { street: 'High Street', town: 'Hitchin', postcode: 'NOT A PC' });
    assert.equal(bad.statusCode, 400);
    assert.equal(json(bad).errors[0].path, 'body.postcode');
    assert.equal((await post('constable', '/locations', {})).statusCode, 400);
    const loc = json(await post('constable', '/locations', { buildingName: 'The Old Forge', street: 'Bancroft', town: 'Hitchin', postcode: 'SG5 1JW', latitude: 51.95, longitude: -0.28, district: 'North Hertfordshire', uprn: '100081234567' }));
    assert.match(loc.reference, /^HT\/L\/\d{7}$/);
    for (const q of ['SG5 1JW', 'sg51jw', 'SG5', 'Bancroft', 'Bancrfot', '100081234567']) {
      const found = json(await get('constable', `/locations?q=${encodeURIComponent(q)}`)).items.map((l: { id: string }) => l.id);
      assert.ok(found.includes(loc.id), `found by ${q}`);
    }
    const edit = await t.as('constable', { method: 'PATCH', url: `/api/v1/locations/${loc.id}`, payload: { beat: 'NH-03' }, headers: { 'if-match': '"1"' } });
    assert.equal(edit.statusCode, 200);
    assert.equal((await t.as('constable', { method: 'PATCH', url: `/api/v1/locations/${loc.id}`, payload: { beat: 'NH-04' }, headers: { 'if-match': '"1"' } })).statusCode, 409);
    assert.equal((await get('constable.beds', `/locations/${loc.id}`)).statusCode, 404);
  });

  test('objects: vehicles by VRM in any spacing; links from person to object with a role', async () => {
    const car = json(await post('constable', '/objects', { kind: 'vehicle', vrm: 'ab12 cde', make: 'Ford', model: 'Focus', colour: 'Blue' }));
    assert.equal(car.vrm, 'AB12CDE');
    assert.equal(car.label, 'AB12CDE — Blue Ford Focus');
    const found = json(await get('constable', '/objects?q=AB12%20CDE')).items;
    assert.equal(found[0].id, car.id);
    assert.equal((await post('constable', '/objects', { kind: 'spaceship' })).statusCode, 400);
    const owner = await createPerson({ forenames: 'Owen', surname: 'Carr' });
    const link = await post('constable', '/links', { role: 'owner', personId: owner.id, objectId: car.id });
    assert.equal(link.statusCode, 201, link.body);
    const three = await post('constable', '/links', { role: 'owner', personId: owner.id, objectId: car.id, eventId: car.id });
    assert.equal(three.statusCode, 400);
    const withLinks = json(await get('constable', `/objects/${car.id}`));
    assert.equal(withLinks.links[0].person.id, owner.id);
    const personView = json(await get('constable', `/persons/${owner.id}`));
    assert.equal(personView.links[0].object.id, car.id);
    const ended = await post('constable', `/links/${json(link).id}/end`, {});
    assert.equal(ended.statusCode, 200);
    assert.equal((await post('constable', `/links/${json(link).id}/end`, {})).statusCode, 409);
  });

  test('events link people with roles and show them', async () => {
    const event = await post('calltaker', '/events', { type: 'incident', summary: 'Disturbance reported at Bancroft', occurredAt: '2026-11-22T21:15:00Z' });
    assert.equal(event.statusCode, 201, event.body);
    const e = json(event);
    assert.match(e.reference, /^HT\/E\/\d{7}$/);
    const victim = await createPerson({ forenames: 'Vera', surname: 'Victor' });
    assert.equal((await post('calltaker', '/links', { role: 'victim', personId: victim.id, eventId: e.id })).statusCode, 201);
    assert.equal((await post('calltaker', '/links', { role: 'pilot', personId: victim.id, eventId: e.id })).statusCode, 400);
    const view = json(await get('calltaker', `/events/${e.id}`));
    assert.equal(view.links[0].role, 'victim');
    assert.equal(view.links[0].person.surname, 'Victor');
  });
});

describe('reference data', () => {
  test('warning marker and ethnicity code lists', async () => {
    const markers = json(await get('constable', '/reference/warning-markers')).items.map((m: { code: string }) => m.code);
    for (const code of ['violent', 'weapons', 'firearms', 'explosives', 'drugs', 'mental_health', 'suicidal', 'self_harm', 'escaper', 'contagious', 'ailment',
      'da_perpetrator', 'da_victim', 'rso', 'vulnerable_adult', 'child_at_risk', 'repeat_missing', 'repeat_victim']) assert.ok(markers.includes(code), code);
    const ethnicities = json(await get('constable', '/reference/ethnicities')).items;
    assert.equal(ethnicities.length, 19);
  });
});
