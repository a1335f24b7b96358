import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Database } from '../db/connect.js';
import { newId } from '../db/columns.js';
import { openTestDatabase } from '../db/test-db.js';
import { locations, personAddresses, personNames, personPhones, persons } from '../pole/schema.js';
import { normaliseName, personNameKeys } from './keys.js';
import { normalisePhone, parsePersonQuery } from './query.js';
import { duplicateCandidates, searchPersons } from './search.js';

type Fixture = {
  forenames: string;
  surname: string;
  dob?: string;
  pnc?: string;
  phone?: string;
  names?: Array<{ kind: string; forenames: string; surname: string; active?: boolean }>;
  address?: { street: string; postcode: string };
  mergedInto?: string;
};

let database: Database;
let counter = 0;
const ids: Record<string, string> = {};

async function addPerson(forceId: string, label: string, f: Fixture): Promise<string> {
  const { db } = database;
  const id = newId();
  ids[label] = id;
  counter++;
  await db.insert(persons).values({
    forceId, id, reference: `P${counter}`, forenames: f.forenames, surname: f.surname, dateOfBirth: f.dob, pncId: f.pnc,
    mergedIntoId: f.mergedInto,
  });
  for (const n of [{ kind: 'primary', forenames: f.forenames, surname: f.surname, active: true }, ...(f.names ?? [])]) {
    await db.insert(personNames).values({
      forceId, personId: id, kind: n.kind, forenames: n.forenames, surname: n.surname,
      fullName: normaliseName(`${n.forenames} ${n.surname}`), surnameNorm: normaliseName(n.surname),
      keys: personNameKeys(n.forenames, n.surname), dateOfBirth: f.dob, active: n.active ?? true,
    });
  }
  if (f.phone) await database.db.insert(personPhones).values({ forceId, personId: id, number: f.phone, numberNorm: normalisePhone(f.phone) });
  if (f.address) {
    const locationId = newId();
    await db.insert(locations).values({
      forceId, id: locationId, reference: `L${counter}`, street: f.address.street, postcode: f.address.postcode,
      postcodeNorm: f.address.postcode.replace(/\s/g, '').toUpperCase(),
    });
    await db.insert(personAddresses).values({ forceId, personId: id, locationId });
  }
  return id;
}

before(async () => {
  database = await openTestDatabase();
  const johnSmith = await addPerson('HERTS', 'johnSmith85', {
    forenames: 'John', surname: 'Smith', dob: '1985-03-12', pnc: '85/123456X', phone: '07700 900123',
    address: { street: 'High Street', postcode: 'SG1 2AB' },
  });
  await addPerson('HERTS', 'johnSmith90', { forenames: 'John', surname: 'Smith', dob: '1990-07-01' });
  await addPerson('HERTS', 'janeSmith85', { forenames: 'Jane', surname: 'Smith', dob: '1985-06-01' });
  await addPerson('HERTS', 'johnSmithers', { forenames: 'John', surname: 'Smithers', dob: '1972-01-20' });
  await addPerson('HERTS', 'mohammedKhan', {
    forenames: 'Mohammed', surname: 'Khan', dob: '1979-11-02', address: { street: 'Church Street', postcode: 'SG1 3XY' },
  });
  await addPerson('HERTS', 'muhammadKhan', { forenames: 'Muhammad', surname: 'Khan', dob: '1988-04-04' });
  await addPerson('HERTS', 'mohamedKhan', { forenames: 'Mohamed', surname: 'Khan', dob: '1991-09-09' });
  await addPerson('HERTS', 'terryWilliams', {
    forenames: 'Terence', surname: 'Williams', dob: '1966-05-05', names: [{ kind: 'alias', forenames: 'Tel', surname: 'Wilkins' }],
  });
  await addPerson('HERTS', 'aliceCooper', {
    forenames: 'Alice', surname: 'Cooper', names: [{ kind: 'alias', forenames: 'Vincent', surname: 'Furnier', active: false }],
  });
  await addPerson('HERTS', 'owen1975', { forenames: 'Wilfred', surname: 'Owen', dob: '1975-03-18' });
  await addPerson('HERTS', 'owenUnknown', { forenames: 'Wilfred', surname: 'Owen' });
  await addPerson('HERTS', 'mergedJohn', { forenames: 'John', surname: 'Smith', dob: '1985-03-12', mergedInto: johnSmith });
  await addPerson('BEDS', 'bedsJohn', {
    forenames: 'John', surname: 'Smith', dob: '1985-03-12', pnc: '85/123456X', phone: '07700900123',
    address: { street: 'High Street', postcode: 'SG1 2AB' },
  });
});

after(async () => {
  await database?.close();
});

const search = async (text: string, forceId = 'HERTS', limit = 10) =>
  (await searchPersons(database.db, forceId, parsePersonQuery(text, { today: '2026-01-15' }), { limit, offset: 0 })).items;
const idsOf = (items: Array<{ personId: string }>) => items.map((i) => i.personId);

test('"Jon Smyth" finds John Smith first', async () => {
  const items = await search('Jon Smyth');
  assert.ok([ids.johnSmith85, ids.johnSmith90].includes(items[0].personId));
  assert.equal(items[0].matchedOn, 'name');
  assert.deepEqual(items[0].matchedName, { forenames: 'John', surname: 'Smith' });
  assert.ok(items.every((i, n) => n === 0 || items[n - 1].score >= i.score));
});

test('Mohammed, Muhammad and Mohamed find each other', async () => {
  const khans = [ids.mohammedKhan, ids.muhammadKhan, ids.mohamedKhan].sort();
  for (const spelling of ['Mohammed', 'Muhammad', 'Mohamed']) {
    const found = idsOf(await search(`${spelling} Khan`));
    assert.deepEqual(found.slice(0, 3).sort(), khans, spelling);
  }
});

test('"Smith 1985" keeps only people born in 1985', async () => {
  assert.deepEqual(new Set(idsOf(await search('Smith 1985'))), new Set([ids.johnSmith85, ids.janeSmith85]));
});

test('a full date of birth ranks the exact date first and keeps a day/month swap', async () => {
  assert.equal((await search('John Smith 12/03/1985'))[0].personId, ids.johnSmith85);
  assert.equal((await search('John Smith 03/12/1985'))[0].personId, ids.johnSmith85);
  assert.deepEqual(idsOf(await search('John Smith 01/01/1970')), []);
});

test('a full date of birth keeps an unknown date below a known one; a year does not', async () => {
  assert.deepEqual(idsOf(await search('Wilfred Owen 18/03/1975')), [ids.owen1975, ids.owenUnknown]);
  assert.deepEqual(idsOf(await search('Wilfred Owen 1975')), [ids.owen1975]);
});

test('an age range filters on the date of birth', async () => {
  assert.deepEqual(new Set(idsOf(await search('Smith aged 40-41'))), new Set([ids.johnSmith85, ids.janeSmith85]));
});

test('an initial and a surname', async () => {
  const found = idsOf(await search('J Smith'));
  assert.deepEqual(new Set(found.slice(0, 3)), new Set([ids.johnSmith85, ids.johnSmith90, ids.janeSmith85]));
});

test('a partial surname', async () => {
  const found = new Set(idsOf(await search('Smi')));
  for (const label of ['johnSmith85', 'johnSmith90', 'janeSmith85', 'johnSmithers']) assert.ok(found.has(ids[label]), label);
});

test('names the wrong way round', async () => {
  assert.ok([ids.johnSmith85, ids.johnSmith90].includes((await search('Smith John'))[0].personId));
});

test('a one-letter typo in the surname', async () => {
  assert.ok([ids.johnSmith85, ids.johnSmith90].includes((await search('John Snith'))[0].personId));
});

test('an alias is found and reported as such', async () => {
  const [top] = await search('Tel Wilkins');
  assert.equal(top.personId, ids.terryWilliams);
  assert.equal(top.matchedOn, 'alias');
  assert.deepEqual(top.matchedName, { forenames: 'Tel', surname: 'Wilkins' });
});

test('inactive names are not searched', async () => {
  assert.deepEqual(await search('Vincent Furnier'), []);
});

test('phone number with spaces or +44', async () => {
  for (const text of ['07700 900123', '+44 7700 900123', '+447700900123']) {
    const items = await search(text);
    assert.deepEqual(idsOf(items), [ids.johnSmith85], text);
    assert.equal(items[0].matchedOn, 'phone');
  }
});

test('PNC ID in either form', async () => {
  for (const text of ['85/123456X', '1985/0123456x']) {
    const items = await search(text);
    assert.deepEqual(idsOf(items), [ids.johnSmith85], text);
    assert.equal(items[0].matchedOn, 'pnc');
  }
});

test('postcode, outward code and street', async () => {
  const byPostcode = await search('sg1 2ab');
  assert.deepEqual(idsOf(byPostcode), [ids.johnSmith85]);
  assert.equal(byPostcode[0].matchedOn, 'address');
  assert.deepEqual(new Set(idsOf(await search('SG1'))), new Set([ids.johnSmith85, ids.mohammedKhan]));
  assert.deepEqual(idsOf(await search('High Street')), [ids.johnSmith85]);
  assert.deepEqual(idsOf(await search('Smith SG1')), [ids.johnSmith85]);
  assert.deepEqual(idsOf(await search('Khan 4 Church St')), [ids.mohammedKhan]);
  assert.deepEqual(idsOf(await search('Hihg Street')), [ids.johnSmith85]);
});

test('BEDS never sees HERTS people, nor HERTS BEDS people', async () => {
  const herts = new Set(Object.entries(ids).filter(([label]) => label !== 'bedsJohn').map(([, id]) => id));
  for (const text of ['John Smith', 'Smith', '07700900123', '85/123456X', 'SG1 2AB', 'Khan']) {
    for (const item of await search(text, 'BEDS')) assert.equal(item.personId, ids.bedsJohn, text);
    for (const item of await search(text, 'HERTS')) assert.ok(herts.has(item.personId), text);
  }
  assert.deepEqual(idsOf(await search('John Smith 12/03/1985', 'BEDS')), [ids.bedsJohn]);
});

test('merged persons are left out', async () => {
  const found = idsOf(await search('John Smith', 'HERTS', 50));
  assert.ok(!found.includes(ids.mergedJohn));
  assert.ok(found.includes(ids.johnSmith85));
});

test('paging', async () => {
  const all = idsOf(await search('Smith', 'HERTS', 50));
  const page = await searchPersons(database.db, 'HERTS', parsePersonQuery('Smith'), { limit: 2, offset: 1 });
  assert.deepEqual(idsOf(page.items), all.slice(1, 3));
  assert.equal(page.hasMore, all.length > 3);
});

test('duplicate candidates give their reasons', async () => {
  const [byName] = await duplicateCandidates(database.db, 'HERTS', { forenames: 'Jon', surname: 'Smith', dateOfBirth: '1985-12-03' });
  assert.equal(byName.personId, ids.johnSmith85);
  assert.deepEqual(byName.reasons, ['similar name', 'date of birth with day and month swapped']);

  const exact = await duplicateCandidates(database.db, 'HERTS', {
    forenames: 'John', surname: 'Smith', dateOfBirth: '1985-03-12', pncId: '1985/0123456X', phones: ['+44 7700 900123'],
  });
  assert.equal(exact[0].personId, ids.johnSmith85);
  assert.deepEqual(exact[0].reasons, ['same PNC ID', 'same phone number', 'same name', 'same date of birth']);
  assert.ok(!idsOf(exact).includes(ids.mergedJohn));
  assert.ok(!idsOf(exact).includes(ids.bedsJohn));

  const byPhone = await duplicateCandidates(database.db, 'HERTS', { forenames: 'Kevin', surname: 'Other', phones: ['07700900123'] });
  assert.deepEqual(byPhone, []);

  const unrelated = await duplicateCandidates(database.db, 'HERTS', { forenames: 'Zara', surname: 'Quinn', dateOfBirth: '2000-01-01' });
  assert.deepEqual(unrelated, []);
});
