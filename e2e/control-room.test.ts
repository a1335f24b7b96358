import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SKIP, useJourney } from './harness.js';

/**
 * Control room journey (issue 4; STANDARDS §2 C2, C3, C4, C6; F01, F05, F06): a call handler logs a domestic
 * abuse incident for a caller who is a repeat victim, with a warning marker on the suspect; the flags appear
 * without another click; THRIVE gives a proposed grade of immediate; the handler's downgrade is refused for want
 * of a supervisor; a sergeant reviews it, and it sits in the risk-sorted unresolved queue with its reasons.
 */

const VICTIM = { forenames: 'Marisol', surname: 'Quennell', dateOfBirth: '1991-03-08' };
const SUSPECT = { forenames: 'Thaddeus', surname: 'Quennell', dateOfBirth: '1987-11-21' };

const { as } = useJourney();

let incidentPath = '';
let reference = '';

test('1. a call handler logs a DA incident; markers, repeat victim and the proposed grade appear; a downgrade is refused', { skip: SKIP }, async () => {
  // Setup, through the API: the two people, the suspect's markers and an earlier DA incident with the same victim.
  const constable = await as('constable');
  const victim = await (await constable.request.post('/api/v1/persons', { data: VICTIM })).json();
  const suspect = await (await constable.request.post('/api/v1/persons', { data: SUSPECT })).json();
  for (const code of ['violent', 'da_perpetrator']) {
    assert.equal((await constable.request.post(`/api/v1/persons/${suspect.id}/warning-markers`, { data: { code, reason: 'Assault on partner, 2025' } })).status(), 201);
  }
  const prior = await constable.request.post('/api/v1/incidents', { data: { source: '101', type: 'DOMESTIC_ABUSE', summary: 'Earlier argument reported by neighbour', persons: [{ personId: victim.id, role: 'victim' }] } });
  assert.equal(prior.status(), 201);

  const page = await as('calltaker');
  await page.goto('/incidents');
  await page.getByRole('heading', { name: 'Control room' }).waitFor();
  await page.getByRole('link', { name: 'Log incident' }).click();
  await page.getByLabel('Incident type').selectOption('DOMESTIC_ABUSE');
  await page.getByLabel('Summary').fill('Caller says partner is threatening to kill her');
  await page.getByLabel('Role of the next person').selectOption('caller');
  await page.getByLabel('Find a person').fill('Marisol Quennell');
  await page.getByRole('button', { name: `Choose ${victim.reference}` }).click();
  await page.getByLabel('Role of the next person').selectOption('suspect');
  await page.getByLabel('Find a person').fill('Thaddeus Quennell');
  await page.getByRole('button', { name: `Choose ${suspect.reference}` }).click();
  await page.getByTestId('picked-person').filter({ hasText: 'Suspect' }).getByText('Violent').waitFor();
  await page.getByLabel("Caller's account (first narrative entry)").fill('Caller whispering; partner in the next room.');
  await page.getByRole('button', { name: 'Create incident' }).click();

  const heading = page.getByRole('heading', { level: 2, name: /^HT\/INC\// });
  await heading.waitFor();
  reference = await heading.innerText();
  incidentPath = new URL(page.url()).pathname;
  const flags = page.getByLabel('Risk flags').first();
  await flags.getByText('Domestic abuse').waitFor();
  await flags.getByText('Repeat victim (1 in 12 months)').waitFor();
  await flags.getByText('Suspect warning marker').waitFor();
  await page.getByTestId('incident-person').filter({ hasText: 'Suspect' }).getByText('Domestic abuse perpetrator').waitFor();
  await page.getByTestId('incident-person').filter({ hasText: 'Caller' }).getByText(/Repeat victim: 1 in 12 months/).waitFor();

  for (const label of ['Threat', 'Harm', 'Risk', 'Investigation', 'Vulnerability', 'Engagement', 'Intelligence', 'Specific needs']) {
    await page.getByLabel(`${label} rationale`).fill(`${label}: considered with the caller`);
  }
  await page.getByLabel('Threat level').selectOption('high');
  await page.getByRole('button', { name: 'Save THRIVE' }).click();
  await page.getByTestId('proposed-grade').getByText('1 Immediate').waitFor();
  await page.getByRole('button', { name: 'Set grade' }).click();
  await page.getByText('1 Immediate', { exact: true }).first().waitFor();
  await page.getByTestId('incident-status').getByText('Awaiting resource').waitFor();

  await page.getByLabel('Grade to set').selectOption('scheduled');
  await page.getByLabel('Reason (needed to lower a grade)').fill('Caller says the partner has calmed down');
  await page.getByRole('button', { name: 'Set grade' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'needs a supervisor' });
  await refusal.waitFor();
  const check = await page.request.get(`/api/v1${incidentPath}`);
  assert.equal((await check.json()).grade, 'immediate', 'the grade did not change');
});

test('2. a sergeant reviews it and it sits in the risk-sorted queue with its reasons', { skip: SKIP }, async () => {
  assert.ok(incidentPath, 'journey 1 logged the incident');
  const page = await as('sergeant');
  await page.goto(incidentPath);
  await page.getByLabel('Supervisor review').fill('Threat to kill reported: immediate grade stands; DASH on attendance');
  await page.getByRole('button', { name: 'Record supervisor review' }).click();
  await page.getByText(/sergeant \(supervisor\): Threat to kill reported/).waitFor();

  await page.goto('/incidents');
  const rows = page.getByTestId('queue-row');
  const ours = rows.filter({ hasText: reference });
  await ours.waitFor();
  await ours.getByText(/Domestic abuse · .*Repeat victim/).waitFor();
  await ours.getByText('sergeant').waitFor();
  const risks = (await rows.locator('td:first-child').allInnerTexts()).map(Number);
  assert.deepEqual(risks, [...risks].sort((a, b) => b - a), 'the queue is sorted by risk');
  const ourRisk = Number(await ours.locator('td:first-child').innerText());
  const index = (await rows.allInnerTexts()).findIndex((text) => text.includes(reference));
  assert.ok(risks.slice(0, index).every((r) => r >= ourRisk), 'nothing riskier sits below it');
  assert.ok(risks.filter((r) => r > ourRisk).length < 20, `a threatened repeat DA victim is near the top (position ${index + 1})`);
});
