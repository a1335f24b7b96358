import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, json, type TestApp } from '../../test/api.js';
import type { TaskList } from './contract.js';

// Issue 14 item 2: My work pages on the server with true totals; nothing is silently capped at the first page.
let t: TestApp;
const HOUR = 3_600_000;
before(async () => {
  t = await createTestApp();
  const at = (hours: number) => new Date(t.clock.now().getTime() + hours * HOUR).toISOString();
  // The IMU officer's own work: 40 open tasks, 15 of them overdue, 10 of kind "callback".
  for (let i = 0; i < 40; i++) {
    const res = await t.as('imu', {
      method: 'POST', url: '/api/v1/tasks',
      payload: { title: `Desk task ${i}`, kind: i < 10 ? 'callback' : 'general', dueAt: i < 15 ? at(-(i + 1)) : at(i) },
    });
    assert.equal(res.statusCode, 201, res.body);
  }
});
after(async () => t.close());

const page = async (query: string) => {
  const res = await t.as('imu', { method: 'GET', url: `/api/v1/tasks/mine${query}` });
  assert.equal(res.statusCode, 200, res.body);
  return json<TaskList>(res);
};

test('every page carries the true total and overdue count; following the cursor reaches every task, overdue first', async () => {
  const first = await page('?limit=25');
  assert.equal(first.items.length, 25);
  assert.equal(first.total, 40);
  assert.equal(first.overdue, 15);
  assert.ok(first.nextCursor);
  const second = await page(`?limit=25&cursor=${first.nextCursor}`);
  assert.equal(second.items.length, 15);
  assert.equal(second.nextCursor, null);
  assert.equal(second.total, 40);
  const all = [...first.items, ...second.items];
  assert.equal(new Set(all.map((x) => x.id)).size, 40);
  assert.deepEqual(all.slice(0, 15).map((x) => x.overdue), Array(15).fill(true));
  assert.ok(all.slice(15).every((x) => !x.overdue));
});

test('filters by kind and by due time narrow the list and its totals on the server', async () => {
  const callbacks = await page('?kind=callback&limit=5');
  assert.equal(callbacks.total, 10);
  assert.equal(callbacks.overdue, 10);
  assert.ok(callbacks.items.every((x) => x.kind === 'callback'));
  const dueSoon = await page(`?dueBefore=${encodeURIComponent(new Date(t.clock.now().getTime() + 20 * HOUR).toISOString())}`);
  assert.equal(dueSoon.total, 15 + 5, 'the overdue ones and those due within 20 hours (15…19)');
  const bad = await t.as('imu', { method: 'GET', url: '/api/v1/tasks/mine?kind=Not%20A%20Kind' });
  assert.equal(bad.statusCode, 400);
});
