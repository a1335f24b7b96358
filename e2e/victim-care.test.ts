import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { endOfWorkingDays } from '../server/src/platform/clock.js';
import { SKIP, startHarness, type Harness } from './harness.js';

/**
 * The victim-care journey of issue 7 (STANDARDS §5; F13): an officer's needs assessment makes the victim
 * enhanced; the update task appears with its due date; closing it without a recorded contact is refused;
 * recording the contact completes it; the supervisor's compliance dashboard shows the change.
 */

let harness: Harness;
let officer: Page;
let supervisor: Page;
let crimeReference = '';
let victimId = '';
let onTimeBefore = 0;
const DAY = 86_400_000;

before(async () => {
  if (!SKIP) harness = await startHarness();
});

after(async () => {
  for (const page of [officer, supervisor]) await page?.context().close();
  await harness?.close();
});

async function liveOnTime(page: Page): Promise<number> {
  const text = await page.getByTestId('compliance-live').innerText();
  const match = /(\d+) on time/.exec(text);
  assert.ok(match, text);
  return Number(match[1]);
}

test('1. the supervisor’s dashboard shows live and closed compliance from the demo history', { skip: SKIP }, async () => {
  supervisor = await harness.signIn('sergeant');
  await supervisor.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: /Victim care/ }).click();
  await supervisor.getByRole('link', { name: 'Compliance dashboard' }).click();
  await supervisor.getByRole('heading', { name: 'Victims’ Code compliance' }).waitFor();
  await supervisor.getByRole('img', { name: 'Compliance by group' }).waitFor();
  onTimeBefore = await liveOnTime(supervisor);
  assert.ok(await supervisor.getByRole('table', { name: 'Compliance by group' }).getByRole('row').count() > 2, 'several officers to compare');
});

test('2. an officer records a needs assessment that makes the victim enhanced; the update task is due in 14 days', { skip: SKIP }, async () => {
  officer = await harness.signIn('constable');
  const person = await (await officer.request.post('/api/v1/persons', { data: { forenames: 'Marion', surname: 'Halloway', dateOfBirth: '1961-09-14' } })).json();
  const crime = await officer.request.post('/api/v1/crimes', {
    data: {
      classificationCode: '28E', committedFrom: new Date(Date.now() - 2 * DAY).toISOString(), reportedAt: new Date(Date.now() - DAY).toISOString(),
      summary: 'Rear door forced overnight; jewellery and a laptop taken.', victims: [{ personId: person.id }],
    },
  });
  assert.equal(crime.status(), 201, await crime.text());
  crimeReference = (await crime.json()).reference;

  await officer.goto('/victims');
  await officer.getByLabel('Crime reference').fill(crimeReference);
  await officer.getByRole('button', { name: 'Find victims' }).click();
  await officer.getByRole('link', { name: 'Assess needs' }).click();
  await officer.getByRole('heading', { name: 'Needs assessment' }).waitFor();
  await officer.getByLabel('Intimidated (fear or distress about testifying)').check();
  await officer.getByRole('button', { name: 'Save needs assessment' }).click();

  await officer.getByRole('heading', { name: 'Marion Halloway' }).waitFor();
  victimId = officer.url().split('/').pop()!;
  assert.match(await officer.getByLabel('Entitlement level').innerText(), /enhanced/i);
  await officer.getByRole('list', { name: 'Why' }).getByText('Intimidated victim').waitFor();

  const view = await (await officer.request.get(`/api/v1/victims/${victimId}`)).json();
  const update = view.entitlements.find((e: { event: string }) => e.event === 'update');
  assert.equal(new Date(update.dueAt).getTime(), new Date(view.assessedAt).getTime() + 14 * DAY, 'enhanced victims are updated at least every 14 days');
  const row = officer.getByTestId('entitlement-update');
  await row.getByText('Due').waitFor();
  const day = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'short' }).format(new Date(update.dueAt));
  assert.match(await row.innerText(), new RegExp(day));

  // Task titles name the person by reference, never by name (titles are shown outside need-to-know).
  await officer.goto('/work');
  await officer.getByText(`Agreed update to the victim: ${view.person.reference} (${crimeReference})`).waitFor();
  assert.equal(await officer.getByText('Marion Halloway').count(), 0, 'My work does not name the victim');
});

test('3. an arrest starts a 1-working-day clock; the task cannot be closed without a recorded contact', { skip: SKIP }, async () => {
  await officer.goto(`/victims/${victimId}`);
  await officer.getByRole('button', { name: 'Start the clock' }).waitFor();
  const now = new Date(Date.now() - 10 * 60_000);
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  await officer.getByLabel('When it happened').fill(local);
  await officer.getByRole('button', { name: 'Start the clock' }).click();
  await officer.getByTestId('entitlement-arrest').waitFor();
  const view = await (await officer.request.get(`/api/v1/victims/${victimId}`)).json();
  const arrest = view.entitlements.find((e: { event: string }) => e.event === 'arrest');
  assert.equal(arrest.dueAt, endOfWorkingDays(new Date(arrest.eventAt), 1).toISOString(), 'enhanced: told by the close of the next working day, weekends and bank holidays skipped');

  const close = await officer.request.post(`/api/v1/tasks/${arrest.taskId}/close`, {
    headers: { 'if-match': `"${arrest.taskVersion}"` }, data: { reasonCode: 'not_required', reason: 'The victim heard about the arrest from a neighbour' },
  });
  assert.equal(close.status(), 409, 'the generic close is refused');
  const complete = await officer.request.post(`/api/v1/tasks/${arrest.taskId}/complete`, { headers: { 'if-match': `"${arrest.taskVersion}"` }, data: { outcome: 'Done' } });
  assert.equal(complete.status(), 409, 'the generic complete is refused');

  const form = officer.getByRole('form', { name: 'Record contact' });
  await form.getByLabel(/Told of the suspect’s arrest/).check();
  await form.getByRole('button', { name: 'Save contact' }).click();
  await form.getByText(/record what was said/).first().waitFor();
  const task = await (await officer.request.get(`/api/v1/tasks/${arrest.taskId}`)).json();
  assert.equal(task.status, 'open', 'still open: nothing was recorded');
});

test('4. recording the contact completes the arrest and update tasks', { skip: SKIP }, async () => {
  const form = officer.getByRole('form', { name: 'Record contact' });
  await form.getByLabel('What was said').fill('Told Marion the suspect was arrested this evening and is in custody; next update agreed.');
  await form.getByRole('button', { name: 'Save contact' }).click();
  await officer.getByRole('table', { name: 'Contacts' }).getByText(/suspect was arrested this evening/).waitFor();
  await officer.getByTestId('entitlement-arrest').getByText('On time').waitFor();
  const view = await (await officer.request.get(`/api/v1/victims/${victimId}`)).json();
  const states = view.entitlements.map((e: { event: string; state: string }) => `${e.event}:${e.state}`).sort();
  assert.deepEqual(states, ['arrest:on_time', 'referral:pending', 'update:on_time', 'update:pending'], 'the next agreed update is scheduled; the referral (consent given) is still to do');
  const arrest = view.entitlements.find((e: { event: string }) => e.event === 'arrest');
  assert.equal((await (await officer.request.get(`/api/v1/tasks/${arrest.taskId}`)).json()).status, 'completed');
});

test('5. the supervisor’s dashboard shows the compliance change and drills down to the case', { skip: SKIP }, async () => {
  await supervisor.reload();
  await supervisor.getByRole('img', { name: 'Compliance by group' }).waitFor();
  assert.equal(await liveOnTime(supervisor), onTimeBefore + 2, 'the arrest and the agreed update count on time');
  const row = supervisor.getByRole('table', { name: 'Compliance by group' }).getByRole('row', { name: /Demo Constable/ });
  await row.getByRole('button').first().click();
  const cases = supervisor.getByRole('table', { name: 'Cases' });
  await cases.getByRole('link').first().waitFor();
  await cases.getByRole('link').first().click();
  await supervisor.getByLabel('Entitlement level').waitFor();
  await supervisor.getByRole('table', { name: 'Entitlements' }).waitFor();
});
