import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { SKIP, startHarness, type Harness } from './harness.js';

/**
 * Issue 4, "log an incident in one screen": a call handler adds a caller who is not on the system (created inline,
 * after the duplicate check), is offered the existing record for a witness who is, and places the incident by
 * clicking the offline map.
 */

let harness: Harness;
let page: Page | undefined;

before(async () => {
  if (!SKIP) harness = await startHarness();
});

after(async () => {
  await page?.context().close();
  await harness?.close();
});

test('a call handler creates a caller inline, reuses an existing witness after the duplicate check, and places the incident on the map', { skip: SKIP }, async () => {
  page = await harness.signIn('calltaker');
  const existing = await (await page.request.post('/api/v1/persons', { data: { forenames: 'Ottoline', surname: 'Pemberton-Vane', dateOfBirth: '1964-02-17' } })).json();

  await page.goto('/incidents/new');
  await page.getByLabel('Incident type').selectOption('CONCERN_FOR_WELFARE');
  await page.getByLabel('Summary').fill('Neighbour not seen for three days, milk on the step');

  const newPerson = page.getByRole('group', { name: 'New person' });
  await page.getByLabel('Role of the next person').selectOption('caller');
  await newPerson.getByLabel('New person: forenames').fill('Barnaby');
  await newPerson.getByLabel('Surname').fill('Quillfeather');
  await newPerson.getByRole('button', { name: 'Check and add' }).click();
  const added = page.getByTestId('picked-person').filter({ hasText: 'Barnaby QUILLFEATHER' });
  const create = page.getByRole('button', { name: 'None of these: create a new record' });
  await added.or(create).or(page.getByRole('alert')).first().waitFor();
  assert.equal(await page.getByRole('alert').count(), 0, await page.getByRole('alert').allInnerTexts().then((t) => t.join(' ')));
  // Fuzzy candidates among the demo people may be offered; none is this caller.
  if (await create.isVisible()) await create.click();
  await added.waitFor();

  await page.getByLabel('Role of the next person').selectOption('witness');
  await newPerson.getByLabel('New person: forenames').fill('Ottoline');
  await newPerson.getByLabel('Surname').fill('Pemberton Vane');
  await newPerson.getByLabel('Date of birth').fill('1964-02-17');
  await newPerson.getByRole('button', { name: 'Check and add' }).click();
  const offered = page.getByLabel('Possible existing records');
  await offered.getByText(existing.reference).waitFor();
  await offered.getByRole('button', { name: 'Use this person' }).first().click();
  await page.getByTestId('picked-person').filter({ hasText: existing.reference }).waitFor();

  const map = page.getByRole('region', { name: 'Or click the map to place the incident' });
  await map.locator('path.leaflet-interactive').first().waitFor();
  const box = (await map.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.getByText(/Map point 5\d\.\d+, -?0\.\d+/).waitFor();

  await page.getByRole('button', { name: 'Create incident' }).click();
  await page.waitForURL(/\/incidents\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').pop()!;
  const incident = await (await page.request.get(`/api/v1/incidents/${id}`)).json();
  assert.ok(incident.location.id && incident.location.latitude, 'the map point is the incident location');
  const roles = incident.persons.map((p: { name: string; role: string }) => `${p.role}:${p.name}`).sort();
  assert.equal(roles.length, 2);
  assert.match(roles[0], /^caller:.*Quillfeather/i);
  assert.match(roles[1], /^witness:.*Pemberton-Vane/i);
  const created = await (await page.request.get(`/api/v1/persons?q=${encodeURIComponent('Ottoline Pemberton-Vane')}`)).json();
  assert.equal(created.items.filter((p: { surname: string }) => p.surname.startsWith('Pemberton')).length, 1, 'no duplicate record was made');
});
