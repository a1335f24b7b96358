import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { SKIP, startHarness, type Harness } from './harness.js';

/** A force's IT administrator creates an account, the new officer signs in, and the administrator deactivates it. */

let harness: Harness;
const pages: Page[] = [];

before(async () => {
  if (!SKIP) harness = await startHarness();
});

after(async () => {
  for (const page of pages) await page.context().close();
  await harness?.close();
});

async function signInWith(username: string, password: string): Promise<Page> {
  const context = await harness.browser.newContext({ baseURL: harness.url, locale: 'en-GB', timezoneId: 'Europe/London' });
  const page = await context.newPage();
  pages.push(page);
  await page.goto('/login');
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  return page;
}

test('an administrator creates a user who signs in, then deactivates them', { skip: SKIP }, async () => {
  const admin = await harness.signIn('admin');
  pages.push(admin);
  await admin.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Users' }).click();
  await admin.getByRole('heading', { name: 'Users' }).waitFor();
  const form = admin.getByRole('form', { name: 'New user' });
  await form.getByLabel('User name').fill('pc.rookie');
  await form.getByLabel('Display name').fill('PC 4410 Rookie');
  await form.getByLabel('Role').selectOption('constable');
  await form.getByLabel('Team').fill('Response Watford');
  await form.getByLabel('Initial password').fill('rookie-password-2026');
  await form.getByRole('button', { name: 'Create user' }).click();
  await admin.getByRole('status').filter({ hasText: 'Created pc.rookie' }).waitFor();

  const rookie = await signInWith('pc.rookie', 'rookie-password-2026');
  await rookie.waitForURL('**/work');
  assert.match(await rookie.getByTestId('current-user').innerText(), /Rookie/);
  assert.equal(await rookie.getByRole('link', { name: 'Users' }).count(), 0, 'a constable has no user administration');

  await admin.getByLabel('Find a user').fill('rookie');
  const row = admin.getByRole('row').filter({ hasText: 'pc.rookie' });
  await row.getByRole('button', { name: 'Edit' }).click();
  await admin.getByRole('button', { name: 'Deactivate' }).click();
  await admin.getByRole('row').filter({ hasText: 'pc.rookie' }).waitFor({ state: 'detached' });

  const refused = await signInWith('pc.rookie', 'rookie-password-2026');
  await refused.getByRole('alert').filter({ hasText: 'Wrong user name or password' }).waitFor();
});
