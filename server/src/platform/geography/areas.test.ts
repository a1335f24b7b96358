import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, json, type TestApp } from '../../test/api.js';
import { districtFilter, findDistrict } from './areas.js';

// Issue 14 item 11: districts are a choice from the force's own list, served by the platform.
let t: TestApp;
before(async () => { t = await createTestApp(); });
after(async () => { await t.close(); });

type Areas = { items: { code: string; name: string; bcu: string; beats: { code: string; town: string }[] }[] };

test('GET /geography/areas lists the force’s districts by name with their beats; each force its own', async () => {
  const res = await t.as('calltaker', { method: 'GET', url: '/api/v1/geography/areas' });
  assert.equal(res.statusCode, 200, res.body);
  const herts = json<Areas>(res).items;
  assert.equal(herts.length, 10);
  assert.deepEqual(herts.map((d) => d.name), [...herts.map((d) => d.name)].sort((a, b) => a.localeCompare(b)), 'in name order');
  const stevenage = herts.find((d) => d.name === 'Stevenage');
  assert.ok(stevenage);
  assert.equal(stevenage.code, 'STE');
  assert.ok(stevenage.beats.length > 0 && stevenage.beats.every((b) => b.code.startsWith('STE-')));
  const beds = json<Areas>(await t.as('calltaker.beds', { method: 'GET', url: '/api/v1/geography/areas' })).items;
  assert.ok(beds.some((d) => d.name === 'Luton'));
  assert.ok(!beds.some((d) => d.name === 'Stevenage'));
  assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/geography/areas' })).statusCode, 401);
});

test('a district filter accepts the code or the name in any case and gives the recorded name; anything else is a 400 naming the field', () => {
  for (const value of ['Stevenage', 'stevenage', ' STEVENAGE ', 'STE', 'ste']) assert.equal(districtFilter('HERTS', value), 'Stevenage', value);
  assert.equal(districtFilter('HERTS', undefined), undefined);
  assert.equal(districtFilter('HERTS', ''), undefined);
  assert.equal(findDistrict('BEDS', 'Stevenage'), undefined, 'another force’s district is not ours');
  for (const value of ['Stevenag', 'Luton', 'STE-01']) {
    assert.throws(() => districtFilter('HERTS', value), (e: { code?: string; errors?: { path: string }[] }) => e.code === 'validation' && e.errors?.[0].path === 'querystring.district');
  }
});
