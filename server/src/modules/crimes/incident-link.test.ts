import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { createTestApp, json, type TestApp } from '../../test/api.js';
import { auditLog } from '../../platform/audit/schema.js';
import type { CrimeView, IncidentCrimeRecordingView } from './contract.js';
import { crimeHistory } from './schema.js';

type Reply = Awaited<ReturnType<TestApp['as']>>;
const HOUR = 3_600_000;

const THRIVE_LOW = Object.fromEntries(['threat', 'harm', 'risk', 'investigation', 'vulnerability', 'engagement', 'intelligence', 'specificNeeds']
  .map((e) => [e, { level: 'low', rationale: `${e} considered: low` }]));

/**
 * Issue 14 item 1: the incident → crime hand-off. Closing an incident with a crime disclosed raises the NCRS decision;
 * the incident shows "awaiting recording decision (due …)" until a crime of the incident is recorded or linked, which
 * completes the decision in the same transaction; a crime recorded without its incident can be linked from the crime.
 */
describe('incident → crime hand-off (crimes API)', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};

  const call = (who: string, method: 'GET' | 'POST', url: string, options: { body?: unknown; ifMatch?: string | number } = {}): Promise<Reply> => {
    const headers: Record<string, string> = options.ifMatch === undefined ? {} : { 'if-match': `"${options.ifMatch}"` };
    return t.as(who, { method, url: `/api/v1${url}`, headers, ...(options.body === undefined ? {} : { payload: options.body as object }) });
  };

  async function ok<T>(res: Reply | Promise<Reply>, status = 200): Promise<T> {
    const r = await res;
    assert.equal(r.statusCode, status, r.body);
    return json<T>(r);
  }

  const ago = (hours: number) => new Date(t.clock.now().getTime() - hours * HOUR).toISOString();
  const recording = (incidentId: string, who = 'registrar') => ok<IncidentCrimeRecordingView>(call(who, 'GET', `/incidents/${incidentId}/crime-recording`));
  const audits = (entityId: string, action: string) => t.db.select().from(auditLog).where(and(eq(auditLog.entityId, entityId), eq(auditLog.action, action)));

  /** A theft reported by telephone and resolved at the desk, then closed by the IMU with "crime disclosed" answered. */
  async function closedIncident(summary: string, crimeDisclosed: boolean, who = 'calltaker'): Promise<{ id: string; reference: string }> {
    type Inc = { id: string; reference: string; version: number };
    let inc = await ok<Inc>(call(who, 'POST', '/incidents', { body: { source: '101', type: 'CRIME_THEFT', summary, persons: [{ personId: ids.victim, role: 'victim' }] } }), 201);
    inc = await ok<Inc>(call(who, 'POST', `/incidents/${inc.id}/thrive`, { body: { thrive: THRIVE_LOW }, ifMatch: inc.version }));
    inc = await ok<Inc>(call('sergeant', 'POST', `/incidents/${inc.id}/grade`, { body: { grade: 'resolved_without_deployment', reason: 'No threat; caller content with a phone call' }, ifMatch: inc.version }));
    inc = await ok<Inc>(call('imu', 'POST', `/incidents/${inc.id}/resolve`, { body: { kind: 'telephone', outcome: 'phone_investigation', reason: 'Details taken by phone', thriveRationale: 'Low risk throughout' }, ifMatch: inc.version }));
    inc = await ok<Inc>(call('imu', 'POST', `/incidents/${inc.id}/close`, { body: { closingCode: crimeDisclosed ? 'crime_recorded' : 'no_crime_advice', crimeDisclosed }, ifMatch: inc.version }));
    return inc;
  }

  const theft = (over: Record<string, unknown> = {}) => ({
    classificationCode: '49', committedFrom: ago(4), reportedAt: ago(3), summary: 'Bicycle taken from the front garden overnight.',
    victims: [{ personId: ids.victim }], ...over,
  });

  before(async () => {
    t = await createTestApp();
    ids.victim = (await ok<{ id: string }>(call('constable', 'POST', '/persons', { body: { forenames: 'Aled', surname: 'Pryce', dateOfBirth: '1981-05-05' } }), 201)).id;
  });
  after(() => t.close());

  it('an incident closed with a crime disclosed awaits its recording decision, due 24 hours after closure', async () => {
    const inc = await closedIncident('Bike stolen from the garden; caller wants it recorded', true);
    const view = await recording(inc.id);
    assert.equal(view.state, 'awaiting_decision');
    assert.deepEqual(view.incident, { id: inc.id, reference: inc.reference, crimeDisclosed: true });
    assert.deepEqual(view.crimes, []);
    assert.ok(view.decision);
    assert.equal(view.decision.status, 'open');
    assert.equal(new Date(view.decision.dueAt).getTime(), t.clock.now().getTime() + 24 * HOUR);
    assert.equal(view.decision.overdue, false);
    assert.equal(view.abilities.record, true);
    // Anyone who may read crimes sees it (the call handler who closed the call); record ability follows crimes:record.
    assert.equal((await recording(inc.id, 'calltaker')).abilities.record, false);
    ids.awaiting = inc.id;
    ids.awaitingTask = view.decision.taskId;
  });

  it('a failed recording leaves the decision open; recording with the task completes it in the same transaction', async () => {
    const bad = await call('registrar', 'POST', '/crimes', { body: theft({ incidentId: ids.awaiting, taskId: ids.awaitingTask, suspects: ['0190f2c4-1111-7000-8000-000000000001'] }) });
    assert.equal(bad.statusCode, 422, bad.body);
    assert.equal((await recording(ids.awaiting)).decision?.status, 'open', 'nothing written when the recording is refused');
    const crime = await ok<CrimeView>(call('registrar', 'POST', '/crimes', { body: theft({ incidentId: ids.awaiting, taskId: ids.awaitingTask }) }), 201);
    const inc = await recording(ids.awaiting);
    assert.equal(crime.incident?.id, ids.awaiting);
    assert.equal(crime.incident?.reference, inc.incident.reference);
    assert.equal(crime.abilities.linkIncident, false, 'already from its incident');
    assert.equal(inc.state, 'recorded');
    assert.deepEqual(inc.crimes.map((c) => [c.reference, c.status, c.classification.code]), [[crime.reference, 'recorded', '49']]);
    assert.equal(inc.decision?.status, 'completed');
    assert.equal(inc.decision?.outcome, 'crime_recorded');
    assert.equal(inc.decision?.outcomeReason, `Recorded as ${crime.reference}`);
    assert.equal((await audits(ids.awaitingTask, 'task.completed')).length, 1);
  });

  it('recording from the incident without the task id still answers its open decision (no second crime, no breach)', async () => {
    const inc = await closedIncident('Purse taken from a handbag at the market', true);
    const crime = await ok<CrimeView>(call('constable', 'POST', '/crimes', { body: theft({ incidentId: inc.id, summary: 'Purse taken from an open handbag.' }) }), 201);
    const view = await recording(inc.id);
    assert.equal(view.state, 'recorded');
    assert.equal(view.decision?.status, 'completed');
    assert.equal(view.decision?.outcomeReason, `Recorded as ${crime.reference}`);
  });

  it('links a crime recorded without its incident from the crime, with If-Match, completing the decision and keeping the history', async () => {
    const inc = await closedIncident('Phone snatched outside the station', true);
    const crime = await ok<CrimeView>(call('constable', 'POST', '/crimes', { body: theft({ source: 'walk_in', summary: 'Phone snatched from the hand outside the station.' }) }), 201);
    assert.equal(crime.incident, null);
    assert.equal(crime.abilities.linkIncident, true);
    const url = `/crimes/${crime.id}/incident`;
    assert.equal((await call('constable', 'POST', url, { body: { incidentId: inc.id } })).statusCode, 428, 'If-Match required');
    assert.equal((await call('constable', 'POST', url, { body: { incidentId: inc.id }, ifMatch: crime.version + 1 })).statusCode, 409, 'stale version');
    assert.equal((await call('constable', 'POST', url, { body: {}, ifMatch: crime.version })).statusCode, 400, 'one of incidentId or incidentReference');
    assert.equal((await call('analyst', 'POST', url, { body: { incidentId: inc.id }, ifMatch: crime.version })).statusCode, 403);
    const unknown = await call('constable', 'POST', url, { body: { incidentId: '0190f2c4-1111-7000-8000-000000000001' }, ifMatch: crime.version });
    assert.equal(unknown.statusCode, 422);
    assert.equal(json<{ errors: { path: string }[] }>(unknown).errors[0].path, 'body.incidentId');
    const beds = await ok<{ id: string; reference: string }>(call('calltaker.beds', 'POST', '/incidents', { body: { source: '101', type: 'CRIME_THEFT', summary: 'Bedfordshire theft' } }), 201);
    const otherForce = await call('constable', 'POST', url, { body: { incidentId: beds.id }, ifMatch: crime.version });
    assert.equal(otherForce.statusCode, 422, 'an incident of another force answers as one that does not exist');
    const byRef = await call('constable', 'POST', url, { body: { incidentReference: beds.reference }, ifMatch: crime.version });
    assert.equal(byRef.statusCode, 422);
    assert.equal(json<{ errors: { path: string }[] }>(byRef).errors[0].path, 'body.incidentReference');
    assert.equal((await recording(inc.id)).state, 'awaiting_decision', 'refusals change nothing');

    const linked = await ok<CrimeView>(call('constable', 'POST', url, { body: { incidentReference: inc.reference.toLowerCase() }, ifMatch: crime.version }));
    assert.deepEqual(linked.incident, { id: inc.id, reference: inc.reference });
    assert.equal(linked.incidentId, inc.id);
    assert.equal(linked.version, crime.version + 1);
    assert.equal(linked.abilities.linkIncident, false);
    assert.ok(linked.history.some((h) => h.action === 'crime.incident_linked' && h.reason === `From incident ${inc.reference}`));
    const view = await recording(inc.id);
    assert.equal(view.state, 'recorded');
    assert.equal(view.decision?.status, 'completed');
    assert.equal(view.decision?.outcomeReason, `Recorded as ${crime.reference} (linked from the crime)`);
    const [row] = await audits(crime.id, 'crime.incident_linked');
    assert.equal(row.detail?.incidentReference, inc.reference);
    assert.deepEqual(row.detail?.tasksCompleted, [view.decision?.taskId]);
    assert.equal((await t.db.select().from(crimeHistory).where(and(eq(crimeHistory.crimeId, crime.id), eq(crimeHistory.action, 'crime.incident_linked')))).length, 1);

    const again = await call('constable', 'POST', url, { body: { incidentId: inc.id }, ifMatch: linked.version });
    assert.equal(again.statusCode, 409);
    const elsewhere = await call('constable', 'POST', url, { body: { incidentId: ids.awaiting }, ifMatch: linked.version });
    assert.equal(elsewhere.statusCode, 409);
    assert.match(json<{ detail: string }>(elsewhere).detail, new RegExp(inc.reference.replace(/\//g, '\\/')));
  });

  it('refuses to link a cancelled crime', async () => {
    const crime = await ok<CrimeView>(call('constable', 'POST', '/crimes', { body: theft({ source: 'walk_in' }) }), 201);
    const cancelled = await ok<CrimeView>(call('registrar', 'POST', `/crimes/${crime.id}/cancel`, {
      body: { code: 'C2', reason: 'Bicycle found in the shed by the owner.', additionalVerifiableInformation: 'Owner phoned; PC 4411 saw the bicycle at 10:00.' }, ifMatch: crime.version,
    }));
    assert.equal(cancelled.abilities.linkIncident, false);
    assert.equal((await call('registrar', 'POST', `/crimes/${crime.id}/incident`, { body: { incidentId: ids.awaiting }, ifMatch: cancelled.version })).statusCode, 409);
  });

  it('says when no crime was disclosed, when the decision was taken not to record, and hides other forces’ incidents', async () => {
    const none = await closedIncident('Lost wallet, later found', false);
    assert.equal((await recording(none.id)).state, 'not_disclosed');
    assert.equal((await recording(none.id)).decision, null);

    const inc = await closedIncident('Dispute over a borrowed bicycle', true);
    const open = await recording(inc.id);
    const task = await ok<{ version: number }>(call('registrar', 'GET', `/tasks/${open.decision!.taskId}`));
    await ok(call('registrar', 'POST', `/tasks/${open.decision!.taskId}/complete`, { body: { outcome: 'not_recorded', note: 'Civil dispute: no offence in law' }, ifMatch: task.version }));
    const decided = await recording(inc.id);
    assert.equal(decided.state, 'not_recorded');
    assert.equal(decided.decision?.outcomeReason, 'Civil dispute: no offence in law');

    const fresh = await ok<{ id: string }>(call('calltaker', 'POST', '/incidents', { body: { source: '101', type: 'CRIME_THEFT', summary: 'Still being handled' } }), 201);
    assert.equal((await recording(fresh.id)).state, 'not_answered');
    assert.equal((await call('registrar.beds', 'GET', `/incidents/${inc.id}/crime-recording`)).statusCode, 404);
    assert.equal((await call('partner', 'GET', `/incidents/${inc.id}/crime-recording`)).statusCode, 403);
  });
});
