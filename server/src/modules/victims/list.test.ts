import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, json, type TestApp } from '../../test/api.js';
import type { DrillDownView, MyVictimList } from './contract.js';

/**
 * Issue 14 item 4 on victim care: "My victims" fetched the first 100 with no count, and the compliance drill-down
 * showed the first 200 under a total of all of them. Both page by cursor on the server, with the true total on every page.
 */
let t: TestApp;
const VICTIMS = 12;
const get = (user: string, url: string) => t.as(user, { method: 'GET', url: `/api/v1${url}` });
function ok<T>(res: Awaited<ReturnType<typeof get>>): T {
  assert.equal(res.statusCode, 200, res.body);
  return json<T>(res);
}

before(async () => {
  t = await createTestApp();
  // One burglary per victim, each assessed: a victim record with its entitlements, the constable the officer in the case.
  for (let i = 0; i < VICTIMS; i++) {
    const person = await t.as('constable', { method: 'POST', url: '/api/v1/persons', payload: { forenames: `Victim${i}`, surname: 'Paging', dateOfBirth: '1980-05-06' } });
    assert.equal(person.statusCode, 201, person.body);
    const crime = await t.as('constable', {
      method: 'POST', url: '/api/v1/crimes',
      payload: { classificationCode: '28E', committedFrom: '2026-11-20T22:00:00Z', reportedAt: '2026-11-21T08:00:00Z', summary: `Entry forced at flat ${i}.`, victims: [{ personId: json(person).id }] },
    });
    assert.equal(crime.statusCode, 201, crime.body);
    const [candidate] = ok<{ items: { crimePersonId: string }[] }>(await get('constable', `/victims/candidates?crimeId=${json(crime).id}`)).items;
    const res = await t.as('constable', { method: 'POST', url: '/api/v1/victims', payload: { crimePersonId: candidate.crimePersonId, preferredContactMethod: 'phone', referralConsent: 'not_asked' } });
    assert.equal(res.statusCode, 201, res.body);
  }
});
after(async () => { await t.close(); });

async function follow<T extends { nextCursor: string | null; total: number; items: unknown[] }>(user: string, path: string, limit: number) {
  const pages: T[] = [];
  let cursor: string | null = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    pages.push(ok<T>(await get(user, `${path}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`)));
    cursor = pages.at(-1)!.nextCursor;
  } while (cursor);
  return pages;
}

test('My victims: the true total on every page; the cursor reaches every victim once, newest first', async () => {
  const pages = await follow<MyVictimList>('constable', '/victims/mine', 5);
  assert.equal(pages.length, 3);
  assert.ok(pages.every((p) => p.total === VICTIMS));
  const items = pages.flatMap((p) => p.items);
  assert.equal(new Set(items.map((v) => v.id)).size, VICTIMS);
  assert.equal(ok<MyVictimList>(await get('sergeant', '/victims/mine')).total, 0, 'the sergeant is nobody’s officer in the case here');
  assert.equal((await get('constable', '/victims/mine?cursor=garbage')).statusCode, 400);
  assert.equal((await get('constable', '/victims/mine?limit=0')).statusCode, 400);
});

test('the compliance drill-down pages through the whole cell, worst first, under its true total', async () => {
  const whole = ok<DrillDownView>(await get('inspector', '/victims/dashboard/cases?limit=500'));
  assert.ok(whole.total >= VICTIMS);
  assert.equal(whole.nextCursor, null);
  const pages = await follow<DrillDownView>('inspector', '/victims/dashboard/cases', 5);
  assert.ok(pages.length > 2);
  assert.ok(pages.every((p) => p.total === whole.total));
  assert.deepEqual(pages.flatMap((p) => p.items.map((i) => i.entitlementId)), whole.items.map((i) => i.entitlementId), 'the same rows in the same order');
  const bad = await get('inspector', '/victims/dashboard/cases?state=late-ish');
  assert.equal(bad.statusCode, 400);
  assert.match(JSON.stringify(json(bad).errors), /state/);
});
