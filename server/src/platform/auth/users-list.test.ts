import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { createTestApp, json, type TestApp } from '../../test/api.js';
import { users } from './schema.js';

// Issue 14 item 4: the Users page fetched the first 200 accounts; the list pages by cursor with the true total.
let t: TestApp;
before(async () => { t = await createTestApp(); });
after(async () => { await t.close(); });

type Page = { items: { id: string; displayName: string; username: string; active: boolean }[]; nextCursor: string | null; total: number };
const get = async (query: string) => {
  const res = await t.as('admin', { method: 'GET', url: `/api/v1/users${query}` });
  assert.equal(res.statusCode, 200, res.body);
  return json<Page>(res);
};

test('pages of 5 reach every active account of the force once, by name, under the true total', async () => {
  const active = await t.db.select({ id: users.id }).from(users).where(and(eq(users.forceId, 'HERTS'), eq(users.active, true)));
  assert.ok(active.length > 10);
  const items: Page['items'] = [];
  let cursor: string | null = null;
  do {
    const page: Page = await get(`?limit=5${cursor ? `&cursor=${cursor}` : ''}`);
    assert.equal(page.total, active.length);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  assert.deepEqual(new Set(items.map((u) => u.id)), new Set(active.map((u) => u.id)));
  assert.equal(items.length, active.length, 'nobody twice');
  const onePage = await get('?limit=200');
  assert.deepEqual(items.map((u) => u.id), onePage.items.map((u) => u.id), 'the pages, joined, are the list in name order');
});

test('a search narrows the total on the server; a bad cursor or limit is a 400', async () => {
  const constables = await get('?q=constable&limit=1');
  assert.ok(constables.total >= 1);
  assert.equal(constables.items.length, 1);
  assert.equal((await get('?q=nobody-by-this-name')).total, 0);
  for (const query of ['?cursor=garbage', '?limit=0', '?includeInactive=maybe']) {
    const res = await t.as('admin', { method: 'GET', url: `/api/v1/users${query}` });
    assert.equal(res.statusCode, 400, `${query}: ${res.body}`);
  }
});
