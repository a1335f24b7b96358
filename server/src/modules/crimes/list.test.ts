import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, json, type TestApp } from '../../test/api.js';
import type { CrimeList, CrimeSummary } from './contract.js';

/**
 * Issue 14 items 4 and 11 on the crime list: it showed the first 50 with no count and no way on, and its district
 * filter was exact free text. Now every page carries the true total, the cursor reaches every match, and the district
 * is one of the force's (code or name, any case), matched exactly; an unknown district is a 400 naming the field.
 */
let t: TestApp;
const HOUR = 3_600_000;
const IN_STEVENAGE = 30;
const IN_WATFORD = 4;

function ok<T = any>(res: LightMyRequestResponse, status = 200): T {
  assert.equal(res.statusCode, status, res.body);
  return json<T>(res);
}
const get = (query: string) => t.as('constable', { method: 'GET', url: `/api/v1/crimes${query}` });

before(async () => {
  t = await createTestApp();
  const ago = (hours: number) => new Date(t.clock.now().getTime() - hours * HOUR).toISOString();
  const location = async (body: Record<string, unknown>) => ok(await t.as('constable', { method: 'POST', url: '/api/v1/locations', payload: body }), 201).id as string;
  const stevenage = await location({ buildingName: 'Westgate Stores', street: 'Queensway', town: 'Stevenage', postcode: 'SG1 1EE', district: 'Stevenage' });
  const watford = await location({ buildingName: 'Harlequin Stores', street: 'High Street', town: 'Watford', postcode: 'WD17 2UB', district: 'Watford' });
  const record = async (locationId: string, i: number) => ok(await t.as('constable', {
    method: 'POST', url: '/api/v1/crimes',
    payload: { classificationCode: '46', committedFrom: ago(40 - i * 0.5), reportedAt: ago(39 - i * 0.5), source: 'walk_in', locationId, summary: `Shoplifting ${i}`, victimOrganisation: 'Stores Ltd' },
  }), 201);
  for (let i = 0; i < IN_STEVENAGE; i++) await record(stevenage, i);
  for (let i = 0; i < IN_WATFORD; i++) await record(watford, i);
});
after(async () => { await t.close(); });

test('every page carries the true total and following the cursor reaches every crime once, newest first', async () => {
  const items: CrimeSummary[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page: CrimeList = ok(await get(`?limit=10${cursor ? `&cursor=${cursor}` : ''}`));
    assert.equal(page.total, IN_STEVENAGE + IN_WATFORD);
    items.push(...page.items);
    cursor = page.nextCursor;
    pages++;
  } while (cursor);
  assert.equal(pages, 4);
  assert.equal(new Set(items.map((c) => c.id)).size, IN_STEVENAGE + IN_WATFORD);
  const recorded = items.map((c) => c.recordedAt);
  assert.deepEqual(recorded, [...recorded].sort().reverse());
});

test('the district filter takes the code or the name in any case, matches exactly, and narrows the total', async () => {
  for (const district of ['Stevenage', 'stevenage', 'STE']) {
    const first: CrimeList = ok(await get(`?district=${district}&limit=25`));
    assert.equal(first.total, IN_STEVENAGE, district);
    assert.equal(first.items.length, 25);
    assert.ok(first.items.every((c) => c.district === 'Stevenage'));
    const rest: CrimeList = ok(await get(`?district=${district}&limit=25&cursor=${first.nextCursor}`));
    assert.equal(rest.items.length, IN_STEVENAGE - 25);
    assert.equal(rest.nextCursor, null);
  }
  assert.equal(ok<CrimeList>(await get('?district=watford&classification=46&limit=1')).total, IN_WATFORD);
  assert.equal(ok<CrimeList>(await get('?district=Watford&status=cancelled')).total, 0, 'a real district with no match is an empty list');
});

test('an unknown district, or any other bad filter, is a 400 naming the field', async () => {
  for (const [query, path] of [
    ['district=Stevenag', 'querystring.district'], ['district=Luton', 'querystring.district'], ['status=open', 'status'],
    ['classification=XYZ', 'classification'], ['cursor=garbage', 'cursor'],
  ] as const) {
    const res = await get(`?${query}`);
    assert.equal(res.statusCode, 400, `${query}: ${res.body}`);
    const paths = (json(res).errors ?? []).map((e: { path: string }) => e.path).join(' ');
    assert.match(paths, new RegExp(path.replace('.', '\\.')), `${query} → ${paths}`);
  }
});
