import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, json, type TestApp } from '../../test/api.js';
import type { QueuePage } from './contract.js';

/**
 * Issue 14 item 11: the control room's district filter was exact free text ("stevenage" → 0, "Stevenage" → 31).
 * The district is chosen from the force's list (GET /geography/areas): the filter takes a district's code or name in
 * any case and matches the recorded name exactly; a district that is not the force's is a 400 naming the field.
 */
let t: TestApp;
const ids = { stevenage: [] as string[], watford: [] as string[] };
const queue = async (query: string) => {
  const res = await t.as('imu', { method: 'GET', url: `/api/v1/incidents/queue${query}` });
  return { res, page: res.statusCode === 200 ? json<QueuePage>(res) : null };
};

before(async () => {
  t = await createTestApp();
  const create = async (district: string) => {
    const res = await t.as('calltaker', { method: 'POST', url: '/api/v1/incidents', payload: { source: '999', type: 'CRIME_THEFT', summary: `Bike stolen in ${district}`, district } });
    assert.equal(res.statusCode, 201, res.body);
    return json<{ id: string }>(res).id;
  };
  for (let i = 0; i < 3; i++) ids.stevenage.push(await create('Stevenage'));
  for (let i = 0; i < 2; i++) ids.watford.push(await create('Watford'));
});
after(async () => { await t.close(); });

test('the district filter takes a district’s name in any case or its code, and gives exactly that district’s incidents with their true total', async () => {
  for (const district of ['Stevenage', 'stevenage', 'STEVENAGE', 'STE']) {
    const { res, page } = await queue(`?district=${encodeURIComponent(district)}`);
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(new Set(page!.items.map((i) => i.id)), new Set(ids.stevenage), district);
    assert.equal(page!.total, 3, district);
    assert.ok(page!.items.every((i) => i.district === 'Stevenage'));
  }
  const watford = (await queue('?district=wat')).page!;
  assert.equal(watford.total, 2);
  const everything = (await queue('')).page!;
  assert.equal(everything.total, 5, 'no district: the whole force');
});

test('a district that is not one of the force’s is a 400 naming the field, not an empty queue', async () => {
  for (const district of ['Stevenag', 'Luton', 'Narnia']) {
    const { res } = await queue(`?district=${encodeURIComponent(district)}`);
    assert.equal(res.statusCode, 400, `${district}: ${res.body}`);
    const body = json<{ errors: { path: string; message: string }[] }>(res);
    assert.deepEqual(body.errors.map((e) => e.path), ['querystring.district']);
    assert.match(body.errors[0].message, /not a district of your force/);
  }
  // Luton is a district of Bedfordshire: the BEDS force may filter by it.
  const beds = await t.as('imu.beds', { method: 'GET', url: '/api/v1/incidents/queue?district=Luton' });
  assert.equal(beds.statusCode, 200, beds.body);
});
