import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SKIP, useJourney } from './harness.js';

/**
 * Issue 14 item 2: My work shows the true number of open tasks, pages through all of them, and every task card
 * opens the record it is about.
 */
const journey = useJourney();

test('a sergeant sees the true total, pages past the first 25 and opens a task’s record', { skip: SKIP }, async () => {
  const page = await journey.as('sergeant');
  // More work than one page: the demo sergeant's own tasks plus thirty follow-ups they set themselves.
  for (let i = 0; i < 30; i++) {
    const created = await page.request.post('/api/v1/tasks', { data: { title: `Follow-up call ${i + 1}`, dueAt: new Date(Date.now() + (i + 1) * 3_600_000).toISOString() } });
    assert.equal(created.status(), 201, await created.text());
  }
  await page.reload();
  const api = await page.request.get('/api/v1/tasks/mine?limit=1');
  const { total, overdue } = (await api.json()) as { total: number; overdue: number };
  assert.ok(total > 25, `the demo sergeant has more than one page of work (${total})`);
  await page.getByText(new RegExp(`^${total} open tasks${overdue > 0 ? `, ${overdue} overdue` : ''}`)).waitFor();
  const cards = page.getByRole('article');
  await assert.doesNotReject(cards.nth(24).waitFor());
  assert.equal(await cards.count(), 25);
  await page.getByRole('button', { name: /more of \d+ remaining/ }).click();
  await cards.nth(25).waitFor();
  assert.equal(await cards.count(), Math.min(50, total));

  const open = page.getByRole('article').getByRole('link', { name: /^Open / }).first();
  await open.waitFor();
  const label = await open.innerText();
  await open.click();
  await page.waitForURL((url) => !url.pathname.endsWith('/work'));
  assert.notEqual(new URL(page.url()).pathname, '/work', `${label} left My work`);
  await page.getByRole('heading').first().waitFor();
});
