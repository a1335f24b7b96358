import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { SKIP, useJourney } from './harness.js';

/**
 * Issue 14 item 17: the public Clare's Law form, as a person at risk uses it on a phone. "Leave this page" sits at
 * the top however far they scroll; it and the Esc key wipe what was typed and replace the page with BBC Weather
 * (GOV.UK "exit this page"), leaving no way Back to the form. The applicant chooses the force: a request to
 * Bedfordshire is Bedfordshire's (BD/DVDS/ reference, in the BEDS DVDS queue). Nothing here leaves the machine:
 * every request to another host is answered locally.
 */

const journey = useJourney();
const SHOTS = join(tmpdir(), 'watchhouse-shots');
const NEUTRAL = 'https://www.bbc.co.uk/weather';

let held: ((route: Route) => void) | null = null;

/** A member of the public on a phone: no sign-in; any off-machine request (the neutral site) is answered here. */
async function publicPage(): Promise<{ context: BrowserContext; page: Page }> {
  const { url, browser } = journey.harness;
  const context = await browser.newContext({ baseURL: url, locale: 'en-GB', timezoneId: 'Europe/London', viewport: { width: 390, height: 844 } });
  const local = new URL(url).host;
  await context.route((u) => u.host !== local, async (route) => {
    if (held) return held(route);
    await route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><p>left</p>' });
  });
  const page = journey.track(await context.newPage());
  return { context, page };
}

async function openForm(page: Page, path = '/clares-law') {
  await page.goto(path);
  await page.getByRole('heading', { name: /Ask about a partner’s history of abuse/ }).waitFor();
}

test('1. "Leave this page" is at the top of the screen and stays there as the form scrolls; the force defaults to Hertfordshire', { skip: SKIP }, async () => {
  const { page } = await publicPage();
  await openForm(page);
  const exit = page.getByRole('button', { name: 'Leave this page' });
  const atTop = async () => {
    const box = await exit.boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= 120 && box.x + box.width <= 390, `the button is on screen at the top (${JSON.stringify(box)})`);
  };
  await atTop();
  assert.equal(await exit.getAttribute('aria-keyshortcuts'), 'Escape');
  await page.getByText('press the Esc key').waitFor();
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, 'clares-law-top.png') });
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.getByRole('button', { name: 'Send request' }).waitFor();
  assert.ok((await page.evaluate(() => window.scrollY)) > 500, 'the form is long enough to scroll');
  await atTop();
  await page.screenshot({ path: join(SHOTS, 'clares-law-scrolled.png') });
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 390, 'no sideways scroll on a phone');

  const force = page.getByLabel('Police force');
  assert.equal(await force.inputValue(), 'HERTS');
  assert.deepEqual(await force.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)), ['HERTS', 'BEDS']);
  await page.getByRole('banner').getByText('Hertfordshire Constabulary', { exact: true }).waitFor();
  await openForm(page, '/clares-law?force=BEDS');
  assert.equal(await page.getByLabel('Police force').inputValue(), 'BEDS', 'a force’s own site can link to its form');
  await page.getByRole('banner').getByText('Bedfordshire Police', { exact: true }).waitFor();
});

test('2. Esc, even while typing, wipes the form and replaces the page with a neutral site: Back does not return to it', { skip: SKIP }, async () => {
  const { page } = await publicPage();
  await page.goto('/api/v1/health'); // whatever the person had open before
  await openForm(page);
  await page.getByLabel('Your full name').fill('Megan Lloyd');
  await page.getByLabel('What worries you').fill('He reads my messages and follows me to work.');

  // What the page still shows as it starts to go (a page cannot be inspected while its navigation is pending).
  const atExit = new Promise<{ fields: number; text: string }>((resolve) => {
    page.on('console', (m) => { if (m.text().startsWith('at-exit ')) resolve(JSON.parse(m.text().slice(8))); });
  });
  await page.evaluate(() => window.addEventListener('beforeunload', () => {
    console.log(`at-exit ${JSON.stringify({ fields: document.querySelectorAll('input, textarea, select').length, text: document.body.innerText })}`);
  }));
  const caught = new Promise<Route>((resolve) => { held = resolve; });
  await page.keyboard.press('Escape');
  const route = await Promise.race([caught, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('Esc did not leave the page')), 10_000))]);
  held = null;
  assert.equal(route.request().url(), NEUTRAL);
  // Before the neutral site has even answered, what was typed has gone from the page.
  const left = await Promise.race([atExit, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no beforeunload')), 10_000))]);
  assert.equal(left.fields, 0, 'no form fields left on the page');
  assert.doesNotMatch(left.text, /Megan|reads my messages|Clare/);
  await route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><p>left</p>' });
  await page.waitForURL(NEUTRAL);
  assert.equal((await page.locator('body').innerText()).trim(), 'left');

  await page.goBack();
  assert.equal(new URL(page.url()).pathname, '/api/v1/health', 'the form was replaced in the history, not added to it');
});

test('3. the "Leave this page" button does the same', { skip: SKIP }, async () => {
  const { page } = await publicPage();
  await openForm(page);
  await page.getByLabel('Your full name').fill('Megan Lloyd');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.getByRole('button', { name: 'Leave this page' }).click();
  await page.waitForURL(NEUTRAL);
  assert.equal((await page.locator('body').innerText()).trim(), 'left');
});

test('4. choosing Bedfordshire sends the request to BEDS: a BD reference, in the Bedfordshire DVDS queue only', { skip: SKIP }, async () => {
  const { context, page } = await publicPage();
  await openForm(page);
  await page.getByLabel('Police force').selectOption({ label: 'Bedfordshire Police' });
  await page.getByRole('banner').getByText('Bedfordshire Police', { exact: true }).waitFor();
  await page.getByLabel('Your full name').fill('Aisha Rahman');
  await page.getByLabel('I am worried about someone else').check();
  await page.getByLabel('Your relationship to the person you are worried about').fill('My sister’s partner');
  await page.getByLabel('Phone number').fill('07700 900321');
  await page.getByLabel('How we can contact you safely').fill('Text only, after 6pm');
  await page.getByLabel('Name of the person you are worried about').fill('Declan Foyle');
  await page.getByLabel('Anything else that helps us identify them').fill('About 35, lives in Luton');
  await page.getByLabel('What worries you').fill('My sister says he takes her bank card and will not let her see her friends.');
  await page.getByLabel(/I agree that the police may contact me/).check();
  await page.getByRole('button', { name: 'Send request' }).click();
  const panel = page.getByRole('status');
  await panel.waitFor();
  const reference = /BD\/DVDS\/\d{7}/.exec(await panel.innerText())?.[0];
  assert.ok(reference, `a Bedfordshire reference: ${await panel.innerText()}`);
  assert.equal((await context.cookies()).length, 0, 'no session was needed');
  await page.getByRole('button', { name: 'Leave this page' }).waitFor();

  const open = async (user: string) => {
    const officer = await journey.as(user);
    const res = await officer.request.get('/api/v1/dvds-applications?open=true&limit=100');
    assert.equal(res.status(), 200);
    return ((await res.json()).items as { reference: string; subjectName: string; source: string }[]);
  };
  const beds = (await open('ppu.beds')).find((a) => a.reference === reference);
  assert.ok(beds, 'in the Bedfordshire DVDS queue');
  assert.equal(beds.subjectName, 'Declan Foyle');
  assert.equal(beds.source, 'public_form');
  assert.equal((await open('ppu')).some((a) => a.reference === reference), false, 'Hertfordshire does not see it');
});
