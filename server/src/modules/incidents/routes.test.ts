import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, eq, sql } from 'drizzle-orm';
import { createTestApp } from '../../test/api.js';
import { auditLog } from '../../platform/audit/schema.js';
import { users } from '../../platform/auth/schema.js';
import { tasks } from '../../platform/tasks/schema.js';
import { raiseReassessments } from './use-cases/reassess.js';
import type { Dashboard, IncidentView, QueuePage, UnitView } from './contract.js';

type Harness = Awaited<ReturnType<typeof createTestApp>>;
type Reply = { statusCode: number; headers: Record<string, unknown>; body: string; json: () => any };

const MIN = 60_000;
const HOUR = 60 * MIN;

const THRIVE_LOW = Object.fromEntries(['threat', 'harm', 'risk', 'investigation', 'vulnerability', 'engagement', 'intelligence', 'specificNeeds']
  .map((e) => [e, { level: 'low', rationale: `${e} considered: low` }]));

describe('incidents API (STANDARDS §2)', () => {
  let t: Harness;
  const ids: Record<string, string> = {};

  async function call(who: string | null, method: 'GET' | 'POST' | 'PUT', url: string, options: { body?: unknown; ifMatch?: string | number; accessReason?: string } = {}): Promise<Reply> {
    const headers: Record<string, string> = {};
    if (options.ifMatch !== undefined) headers['if-match'] = `"${options.ifMatch}"`;
    if (options.accessReason !== undefined) headers['x-access-reason'] = options.accessReason;
    const inject = { method, url: `/api/v1${url}`, headers, ...(options.body === undefined ? {} : { payload: options.body as object }) };
    return (who ? t.as(who, inject) : t.app.inject(inject)) as Promise<Reply>;
  }

  async function ok<T = IncidentView>(res: Reply | Promise<Reply>, status = 200): Promise<T> {
    const r = await res;
    assert.equal(r.statusCode, status, r.body);
    return r.json() as T;
  }

  async function person(forenames: string, surname: string, dateOfBirth = '1990-04-02', markers: string[] = []): Promise<string> {
    const p = await ok<{ id: string }>(call('constable', 'POST', '/persons', { body: { forenames, surname, dateOfBirth } }), 201);
    for (const code of markers) await ok(call('constable', 'POST', `/persons/${p.id}/warning-markers`, { body: { code, reason: 'Intelligence report 2026' } }), 201);
    return p.id;
  }

  const create = (who: string, body: Record<string, unknown>) =>
    call(who, 'POST', '/incidents', { body: { source: '999', type: 'CRIME_THEFT', summary: 'Bike stolen from garden', ...body } });

  async function graded(type: string, grade: string, extra: Record<string, unknown> = {}): Promise<IncidentView> {
    let inc = await ok(create('calltaker', { type, ...extra }), 201);
    inc = await ok(call('calltaker', 'POST', `/incidents/${inc.id}/thrive`, { body: { thrive: THRIVE_LOW }, ifMatch: inc.version }));
    return ok(call('sergeant', 'POST', `/incidents/${inc.id}/grade`, { body: { grade, reason: 'Assessed on the facts reported' }, ifMatch: inc.version }));
  }

  const auditRows = (entityId: string, action: string) =>
    t.db.select().from(auditLog).where(and(eq(auditLog.entityId, entityId), eq(auditLog.action, action)));

  before(async () => {
    t = await createTestApp();
    ids.victim = await person('Sarah', 'Whitfield', '1988-06-14', ['da_victim']);
    ids.suspect = await person('Darren', 'Whitfield', '1985-01-30', ['violent', 'da_perpetrator']);
    ids.location = (await ok<{ id: string }>(call('constable', 'POST', '/locations', { body: { buildingNumber: '14', street: 'Bushey Mill Lane', town: 'Watford', postcode: 'WD24 7QS', latitude: 51.67, longitude: -0.39, district: 'Watford' } }), 201)).id;
  });
  after(() => t.close());

  it('needs a session and the right permission', async () => {
    assert.equal((await call(null, 'GET', '/incidents/queue')).statusCode, 401);
    assert.equal((await create('partner', {})).statusCode, 403);
    assert.equal((await call('analyst', 'POST', '/incidents', { body: {} })).statusCode, 403);
    assert.equal((await call('calltaker', 'GET', '/incidents/dashboard')).statusCode, 403);
  });

  it('refuses bad input with every field named (problem+json, never 500)', async () => {
    const res = await call('calltaker', 'POST', '/incidents', { body: { source: 'pigeon', type: 'NOPE', summary: '', persons: [{ personId: 'x', role: 'caller' }], extra: 1 } });
    assert.equal(res.statusCode, 400);
    assert.match(String(res.headers['content-type']), /application\/problem\+json/);
    const paths = (res.json().errors as { path: string }[]).map((e) => e.path).join(' ');
    for (const field of ['source', 'type', 'summary', 'persons']) assert.match(paths, new RegExp(field));
    const unknownPerson = await create('calltaker', { persons: [{ personId: '0190f2c4-1111-7000-8000-000000000001', role: 'victim' }] });
    assert.equal(unknownPerson.statusCode, 422);
    assert.equal(unknownPerson.json().errors[0].path, 'body.persons.0.personId');
    const unknownLocation = await create('calltaker', { locationId: '0190f2c4-1111-7000-8000-000000000001' });
    assert.equal(unknownLocation.statusCode, 422);
    assert.equal((await call('calltaker', 'GET', '/incidents/not-a-uuid')).statusCode, 400);
    assert.equal((await call('calltaker', 'GET', '/incidents/0190f2c4-1111-7000-8000-000000000001')).statusCode, 404);
  });

  it('counts a crime against the person (recorded in the crime module) towards repeat victim, across modules (C3)', async () => {
    const victim = await person('Imogen', 'Braithwaite', '1979-09-09');
    const days = (n: number) => new Date(t.clock.now().getTime() - n * 24 * HOUR).toISOString();
    await ok(call('constable', 'POST', '/crimes', { body: {
      classificationCode: '105A', committedFrom: days(40), reportedAt: days(40), source: 'walk_in', locationId: ids.location,
      summary: 'Pushed over in the street by a stranger.', victims: [{ personId: victim }],
    } }), 201);
    const inc = await ok(create('calltaker', { persons: [{ personId: victim, role: 'victim' }] }), 201);
    assert.equal(inc.flags.repeatVictim, true, 'the earlier crime makes her a repeat victim');
    assert.equal(inc.flags.repeatVictimCount, 1);
  });

  it('logs a DA incident and shows markers, repeat victim by person and the proposed grade without another request (C2, C3; F05)', async () => {
    const prior = await ok(create('calltaker', { type: 'DOMESTIC_ABUSE', summary: 'Argument, neighbours heard shouting', persons: [{ personId: ids.victim, role: 'victim' }] }), 201);
    assert.equal(prior.flags.repeatVictim, false, 'first incident: not yet a repeat victim');
    t.clock.advance(30 * MIN);
    const res = await create('calltaker', {
      type: 'DOMESTIC_ABUSE', summary: 'Partner threatening caller', locationId: ids.location, narrative: 'Caller whispering, partner in next room.',
      persons: [{ personId: ids.victim, role: 'caller' }, { personId: ids.suspect, role: 'suspect' }],
    });
    assert.equal(res.statusCode, 201);
    assert.equal(res.headers.etag, '"1"');
    const inc = res.json() as IncidentView;
    ids.da = inc.id;
    assert.match(inc.reference, /^HT\/INC\/261123\/\d{4}$/);
    assert.equal(inc.status, 'open');
    assert.equal(inc.flags.domesticAbuse, true, 'implied by the opening code');
    assert.equal(inc.flags.repeatVictim, true);
    assert.equal(inc.flags.repeatVictimCount, 1);
    assert.equal(inc.flags.knownVulnerable, true, 'DA victim marker on the caller');
    assert.equal(inc.flags.dangerousSuspect, true);
    const suspect = inc.persons.find((p) => p.role === 'suspect')!;
    assert.deepEqual(suspect.warningMarkers.map((m) => m.code).sort(), ['da_perpetrator', 'violent']);
    assert.equal(inc.persons.find((p) => p.role === 'caller')!.repeatVictim, true);
    assert.equal(inc.proposedGrade?.grade, 'immediate');
    assert.equal(inc.location.district, 'Watford');
    assert.equal(inc.questionSet?.incidentType, 'DOMESTIC_ABUSE', 'the DA question set comes with the incident');
    assert.ok(inc.log.some((l) => l.text === 'Caller whispering, partner in next room.'));
    assert.equal((await auditRows(inc.id, 'incident.created')).length, 1);
    const read = await call('sergeant', 'GET', `/incidents/${inc.id}`);
    assert.equal(read.statusCode, 200);
    assert.equal((await auditRows(inc.id, 'read')).length, 1);
  });

  it('attaches people by role, once per role, with their flags', async () => {
    const witness = await person('Olu', 'Adeyemi', '1979-09-09', ['vulnerable_adult']);
    const inc = await ok(call('calltaker', 'POST', `/incidents/${ids.da}/persons`, { body: { personId: witness, role: 'witness' } }), 201);
    const attached = inc.persons.find((p) => p.personId === witness)!;
    assert.equal(attached.role, 'witness');
    assert.equal(attached.knownVulnerable, true);
    assert.equal((await call('calltaker', 'POST', `/incidents/${ids.da}/persons`, { body: { personId: witness, role: 'witness' } })).statusCode, 409);
    const unknown = await call('calltaker', 'POST', `/incidents/${ids.da}/persons`, { body: { personId: '0190f2c4-1111-7000-8000-000000000003', role: 'victim' } });
    assert.equal(unknown.statusCode, 422);
    assert.equal(unknown.json().errors[0].path, 'body.personId');
    assert.equal((await call('calltaker', 'POST', `/incidents/${ids.da}/persons`, { body: { personId: witness, role: 'bystander' } })).statusCode, 400);
    assert.equal((await auditRows(ids.da, 'incident.person_added')).length, 1);
  });

  it('counts a repeat victim across merged duplicate records (C3: by person)', async () => {
    const original = await person('Kerry-Ann', 'Bosworth', '1993-02-17');
    const duplicate = await person('Kerryann', 'Bosworth', '1993-02-17');
    await ok(create('calltaker', { persons: [{ personId: original, role: 'victim' }] }), 201);
    await ok(create('calltaker', { persons: [{ personId: duplicate, role: 'victim' }] }), 201);
    await ok(call('sergeant', 'POST', `/persons/${original}/merge`, { body: { duplicateId: duplicate, reason: 'Same woman: spelling of forename differs' } }));
    const third = await ok(create('calltaker', { type: 'ASB_PERSONAL', persons: [{ personId: original, role: 'caller' }] }), 201);
    assert.equal(third.flags.repeatVictimCount, 2, 'both earlier incidents now belong to the surviving record');
  });

  it('keeps other forces out: 404, and not in their queue', async () => {
    assert.equal((await call('sergeant.beds', 'GET', `/incidents/${ids.da}`)).statusCode, 404);
    assert.equal((await call('sergeant.beds', 'POST', `/incidents/${ids.da}/log`, { body: { text: 'hello' } })).statusCode, 404);
    const queue = await ok<QueuePage>(call('sergeant.beds', 'GET', '/incidents/queue'));
    assert.ok(!queue.items.some((i) => i.id === ids.da));
    assert.equal((await create('calltaker.beds', { persons: [{ personId: ids.victim, role: 'victim' }] })).statusCode, 422, 'cannot attach another force’s person');
  });

  it('appends to the narrative (append-only, even for the database)', async () => {
    const inc = await ok(call('calltaker', 'POST', `/incidents/${ids.da}/log`, { body: { text: 'Line went dead at 10:31.' } }), 201);
    assert.ok(inc.log.some((l) => l.text === 'Line went dead at 10:31.' && l.username === 'calltaker'));
    assert.equal((await call('calltaker', 'POST', `/incidents/${ids.da}/log`, { body: { text: '' } })).statusCode, 400);
    const appendOnly = (err: unknown) => /append-only/.test(String((err as { cause?: unknown }).cause ?? err));
    await assert.rejects(t.db.execute(sql`update incident_log set text = 'changed'`), appendOnly);
    await assert.rejects(t.db.execute(sql`delete from incident_log`), appendOnly);
  });

  it('answers the question set, checking each answer against its question', async () => {
    let inc = await ok(call('calltaker', 'GET', `/incidents/${ids.da}`));
    assert.equal((await call('calltaker', 'POST', `/incidents/${ids.da}/answers`, { body: { answers: { weapons: true } } })).statusCode, 428);
    const bad = await call('calltaker', 'POST', `/incidents/${ids.da}/answers`, { body: { answers: { weapons: 'maybe', made_up: true } }, ifMatch: inc.version });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().errors[0].path, /body\.answers\.(weapons|made_up)/);
    inc = await ok(call('calltaker', 'POST', `/incidents/${ids.da}/answers`, { body: { answers: { weapons: false, threats_to_kill: true, children_present: false } }, ifMatch: inc.version }));
    assert.equal(inc.answers.threats_to_kill, true);
    assert.equal((await call('calltaker', 'POST', `/incidents/${ids.da}/answers`, { body: { answers: { weapons: true } }, ifMatch: inc.version - 1 })).statusCode, 409);
    assert.equal((await auditRows(ids.da, 'incident.answered')).length, 1);
  });

  it('grades only after a complete THRIVE; lowering DA needs a supervisor; raising is free (C1, C6; F03, F04, F06)', async () => {
    let inc = await ok(call('calltaker', 'GET', `/incidents/${ids.da}`));
    const early = await call('calltaker', 'POST', `/incidents/${ids.da}/grade`, { body: { grade: 'immediate' }, ifMatch: inc.version });
    assert.equal(early.statusCode, 422);
    assert.match(early.json().detail, /THRIVE/);
    inc = await ok(call('calltaker', 'POST', `/incidents/${ids.da}/thrive`, { body: { thrive: { ...THRIVE_LOW, threat: { level: 'high', rationale: 'Threat to kill reported' } } }, ifMatch: inc.version }));
    assert.equal(inc.status, 'assessed');
    assert.deepEqual(inc.thriveMissing, []);
    assert.equal(inc.proposedGrade?.grade, 'immediate');
    const noReason = await call('calltaker', 'POST', `/incidents/${ids.da}/grade`, { body: { grade: 'scheduled' }, ifMatch: inc.version });
    assert.equal(noReason.statusCode, 422);
    assert.equal(noReason.json().errors[0].path, 'body.reason');
    const noUnit = await call('sergeant', 'POST', `/incidents/${ids.da}/grade`, { body: { grade: 'scheduled', reason: 'No units available on the district' }, ifMatch: inc.version });
    assert.equal(noUnit.statusCode, 422);
    assert.match(noUnit.json().detail, /not on which units are free/);
    const handlerDowngrade = await call('calltaker', 'POST', `/incidents/${ids.da}/grade`, { body: { grade: 'priority', reason: 'Caller says partner has calmed down' }, ifMatch: inc.version });
    assert.equal(handlerDowngrade.statusCode, 409);
    assert.match(handlerDowngrade.json().detail, /supervisor/);
    inc = await ok(call('calltaker', 'POST', `/incidents/${ids.da}/grade`, { body: { grade: 'immediate' }, ifMatch: inc.version }));
    assert.equal(inc.grade, 'immediate');
    assert.equal(inc.status, 'awaiting_resource');
    assert.equal(inc.targetAt, new Date(t.clock.now().getTime() + 15 * MIN).toISOString(), 'urban immediate: 15 minutes');
    assert.equal(inc.gradings.length, 1);
    const supervisorDowngrade = await ok(call('sergeant', 'POST', `/incidents/${ids.da}/grade`, { body: { grade: 'priority', reason: 'Suspect left, victim at her mother’s address' }, ifMatch: inc.version }));
    assert.equal(supervisorDowngrade.grade, 'priority');
    assert.deepEqual(supervisorDowngrade.gradings.map((g) => [g.fromGrade, g.toGrade, g.username]), [[null, 'immediate', 'calltaker'], ['immediate', 'priority', 'sergeant']]);
    const raised = await ok(call('calltaker', 'POST', `/incidents/${ids.da}/grade`, { body: { grade: 'immediate' }, ifMatch: supervisorDowngrade.version }));
    assert.equal(raised.grade, 'immediate');
    assert.equal((await auditRows(ids.da, 'incident.regraded')).length, 2);
    assert.equal((await call('analyst', 'POST', `/incidents/${ids.da}/grade`, { body: { grade: 'immediate' }, ifMatch: raised.version })).statusCode, 403);
  });

  it('refuses removing the DA flag unless a supervisor (F06)', async () => {
    const inc = await ok(create('calltaker', { type: 'CRIME_ASSAULT', flags: { domesticAbuse: true } }), 201);
    const refused = await call('calltaker', 'POST', `/incidents/${inc.id}/flags`, { body: { flags: { domesticAbuse: false } }, ifMatch: inc.version });
    assert.equal(refused.statusCode, 409);
    assert.match(refused.json().detail, /supervisor/);
    const withHate = await ok(call('calltaker', 'POST', `/incidents/${inc.id}/flags`, { body: { flags: { hate: true } }, ifMatch: inc.version }));
    assert.equal(withHate.flags.hate, true);
    const cleared = await ok(call('sergeant', 'POST', `/incidents/${inc.id}/flags`, { body: { flags: { domesticAbuse: false } }, ifMatch: withHate.version }));
    assert.equal(cleared.flags.domesticAbuse, false);
    assert.equal((await auditRows(inc.id, 'incident.flags_set')).length, 2);
  });

  it('puts every unresolved incident in one risk-sorted list with reasons, age and time past target (C4; F01)', async () => {
    const theft = await graded('CRIME_THEFT', 'scheduled');
    t.clock.advance(20 * MIN);
    const queue = await ok<QueuePage>(call('imu', 'GET', '/incidents/queue'));
    const position = (id: string) => queue.items.findIndex((i) => i.id === id);
    assert.ok(position(ids.da) >= 0 && position(ids.da) < position(theft.id), 'DA immediate above scheduled theft');
    const da = queue.items[position(ids.da)];
    assert.equal(da.grade, 'immediate');
    assert.ok(da.riskReasons.includes('Domestic abuse'));
    assert.ok(da.riskReasons.includes('Repeat victim'));
    assert.ok(da.minutesPastTarget > 0, 'past its 15-minute target');
    assert.ok(da.reassessmentsDue.includes('target-breached'));
    assert.match(da.thriveSummary, /Threat high/);
    assert.equal(queue.total, queue.items.length);
    const scores = queue.items.map((i) => i.risk);
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
    const filtered = await ok<QueuePage>(call('imu', 'GET', '/incidents/queue?flag=domesticAbuse&grade=immediate&district=Watford'));
    assert.deepEqual(filtered.items.map((i) => i.id), [ids.da]);
    assert.equal((await call('imu', 'GET', '/incidents/queue?grade=urgent')).statusCode, 400);
  });

  it('raises re-assessment tasks when targets are breached, once (C5; F02)', async () => {
    const ctx = { db: t.db, forceId: 'HERTS', requestId: 'test', now: t.clock.now, user: { id: '00000000-0000-0000-0000-000000000000', username: 'system', displayName: 'system', role: 'administrator' as const, forceId: 'HERTS', team: null, permissions: new Set<string>() } };
    const raised = await raiseReassessments(ctx);
    assert.ok(raised >= 1);
    assert.equal(await raiseReassessments(ctx), 0, 'safe to run twice');
    const rows = await t.db.select().from(tasks).where(and(eq(tasks.entityId, ids.da), eq(tasks.kind, 'incident-target-breached')));
    assert.equal(rows.length, 1);
    assert.equal(rows[0].assigneeTeam, 'IMU');
    assert.equal(rows[0].escalateToRole, 'sergeant');
  });

  it('records IMU re-assessments and supervisor reviews; last reviewer shows in the queue', async () => {
    assert.equal((await call('calltaker', 'POST', `/incidents/${ids.da}/review`, { body: { note: 'checked' } })).statusCode, 403);
    assert.equal((await call('imu', 'POST', `/incidents/${ids.da}/review`, { body: { note: 'ok', thriveQuality: 4 } })).statusCode, 403, 'only supervisors score THRIVE');
    const imu = await ok(call('imu', 'POST', `/incidents/${ids.da}/review`, { body: { note: 'Caller re-contacted, still at risk' } }), 201);
    assert.equal(imu.lastReviewedBy, 'imu');
    assert.equal(imu.supervisorReviewedAt, null);
    const sup = await ok(call('sergeant', 'POST', `/incidents/${ids.da}/review`, { body: { note: 'Grade right; DASH to follow', thriveQuality: 4 } }), 201);
    assert.ok(sup.supervisorReviewedAt);
    assert.deepEqual(sup.reviews.map((r) => r.supervisory), [false, true]);
    const queue = await ok<QueuePage>(call('imu', 'GET', '/incidents/queue?flag=domesticAbuse'));
    assert.equal(queue.items.find((i) => i.id === ids.da)?.lastReviewedBy, 'sergeant');
    assert.equal((await auditRows(ids.da, 'incident.supervisor_reviewed')).length, 1);
  });

  it('dispatches units: assign, arrive, clear; attendance measured; only available units (F08)', async () => {
    const unit = await ok<UnitView>(call('sergeant', 'POST', '/units', { body: { callSign: 'WD21', district: 'Watford', latitude: 51.66, longitude: -0.4 } }), 201);
    ids.unit = unit.id;
    assert.equal((await call('sergeant', 'POST', '/units', { body: { callSign: 'WD21' } })).statusCode, 409, 'call signs are unique');
    assert.equal((await call('sergeant', 'POST', '/units', { body: { callSign: 'bad sign!' } })).statusCode, 400);
    assert.equal((await call('calltaker', 'POST', '/units', { body: { callSign: 'WD22' } })).statusCode, 403);
    let inc = await ok(call('calltaker', 'GET', `/incidents/${ids.da}`));
    assert.equal((await call('calltaker', 'POST', `/incidents/${ids.da}/arrive`, { body: { unitId: unit.id }, ifMatch: inc.version })).statusCode, 422, 'not assigned yet');
    inc = await ok(call('calltaker', 'POST', `/incidents/${ids.da}/assign`, { body: { unitId: unit.id }, ifMatch: inc.version }));
    assert.equal(inc.status, 'deployed');
    const busy = await ok<UnitView>(call('calltaker', 'GET', `/units/${unit.id}`));
    assert.equal(busy.status, 'en_route');
    const other = await graded('CRIME_BURGLARY', 'priority');
    assert.equal((await call('calltaker', 'POST', `/incidents/${other.id}/assign`, { body: { unitId: unit.id }, ifMatch: other.version })).statusCode, 409, 'unit not available');
    t.clock.advance(5 * MIN);
    inc = await ok(call('calltaker', 'POST', `/incidents/${ids.da}/arrive`, { body: { unitId: unit.id }, ifMatch: inc.version }));
    assert.equal(inc.status, 'on_scene');
    assert.ok(inc.arrivedAt);
    const queue = await ok<QueuePage>(call('imu', 'GET', '/incidents/queue'));
    assert.ok(!queue.items.some((i) => i.id === ids.da), 'attended incidents leave the unresolved queue');
    inc = await ok(call('calltaker', 'POST', `/incidents/${ids.da}/clear`, { body: { unitId: unit.id }, ifMatch: inc.version }));
    assert.equal(inc.status, 'resolved');
    assert.deepEqual(inc.assignments.map((a) => [a.callSign, Boolean(a.arrivedAt), Boolean(a.clearedAt)]), [['WD21', true, true]]);
    assert.equal((await ok<UnitView>(call('calltaker', 'GET', `/units/${unit.id}`))).status, 'available');
    assert.equal((await auditRows(ids.da, 'incident.unit_arrived')).length, 1);
  });

  it('sets unit status with If-Match, and lists units', async () => {
    const unit = await ok<UnitView>(call('calltaker', 'GET', `/units/${ids.unit}`));
    assert.equal((await call('calltaker', 'POST', `/units/${ids.unit}/status`, { body: { status: 'unavailable' } })).statusCode, 428);
    assert.equal((await call('calltaker', 'POST', `/units/${ids.unit}/status`, { body: { status: 'at_scene' }, ifMatch: unit.version })).statusCode, 400);
    const off = await ok<UnitView>(call('calltaker', 'POST', `/units/${ids.unit}/status`, { body: { status: 'unavailable' }, ifMatch: unit.version }));
    assert.equal(off.status, 'unavailable');
    assert.equal((await call('calltaker', 'POST', `/units/${ids.unit}/status`, { body: { status: 'available' }, ifMatch: unit.version })).statusCode, 409);
    await ok(call('calltaker', 'POST', `/units/${ids.unit}/status`, { body: { status: 'available' }, ifMatch: off.version }));
    const list = await ok<{ items: UnitView[] }>(call('calltaker', 'GET', '/units'));
    assert.ok(list.items.some((u) => u.callSign === 'WD21'));
    assert.equal((await ok<{ items: UnitView[] }>(call('calltaker.beds', 'GET', '/units'))).items.length, 0);
    assert.equal((await auditRows(ids.unit, 'unit.status_set')).length, 2);
  });

  it('closes only with "crime disclosed?" answered and, for DA, a supervisor review after the last grade; yes raises the NCRS task (C6; F07)', async () => {
    let inc = await ok(call('imu', 'GET', `/incidents/${ids.da}`));
    const missing = await call('imu', 'POST', `/incidents/${ids.da}/close`, { body: { closingCode: 'crime_recorded' }, ifMatch: inc.version });
    assert.equal(missing.statusCode, 400);
    assert.match(JSON.stringify(missing.json().errors), /crimeDisclosed/);
    const other = await graded('DOMESTIC_ABUSE', 'priority');
    const unit = await ok<UnitView>(call('sergeant', 'POST', '/units', { body: { callSign: 'WD31' } }), 201);
    let second = await ok(call('calltaker', 'POST', `/incidents/${other.id}/assign`, { body: { unitId: unit.id }, ifMatch: other.version }));
    second = await ok(call('calltaker', 'POST', `/incidents/${other.id}/arrive`, { body: { unitId: unit.id }, ifMatch: second.version }));
    second = await ok(call('calltaker', 'POST', `/incidents/${other.id}/clear`, { body: { unitId: unit.id }, ifMatch: second.version }));
    const noReview = await call('imu', 'POST', `/incidents/${other.id}/close`, { body: { closingCode: 'no_crime_advice', crimeDisclosed: false }, ifMatch: second.version });
    assert.equal(noReview.statusCode, 409, 'DA stays resolved until a supervisor reviews it');
    assert.match(noReview.json().detail, /supervisor review/);
    await ok(call('sergeant', 'POST', `/incidents/${other.id}/review`, { body: { note: 'Verbal only; safeguarding advice given' } }), 201);
    second = await ok(call('imu', 'GET', `/incidents/${other.id}`));
    assert.equal((await ok(call('imu', 'POST', `/incidents/${other.id}/close`, { body: { closingCode: 'no_crime_advice', crimeDisclosed: false }, ifMatch: second.version }))).status, 'closed');
    assert.equal((await t.db.select().from(tasks).where(and(eq(tasks.entityId, other.id), eq(tasks.kind, 'crime-recording-decision')))).length, 0, 'no crime, no task');
    inc = await ok(call('imu', 'POST', `/incidents/${ids.da}/close`, { body: { closingCode: 'crime_recorded', crimeDisclosed: true, note: 'Assault and threats to kill' }, ifMatch: inc.version }));
    assert.equal(inc.status, 'closed');
    assert.equal(inc.crimeDisclosed, true);
    const [task] = await t.db.select().from(tasks).where(and(eq(tasks.entityId, ids.da), eq(tasks.kind, 'crime-recording-decision')));
    assert.ok(task, 'crime-recording decision task raised for the crimes module');
    assert.equal(task.entityType, 'incident');
    assert.equal(task.dueAt.getTime(), t.clock.now().getTime() + 24 * HOUR);
    assert.equal((await call('imu', 'POST', `/incidents/${ids.da}/close`, { body: { closingCode: 'crime_recorded', crimeDisclosed: true }, ifMatch: inc.version })).statusCode, 409);
    assert.equal((await call('calltaker', 'POST', `/incidents/${ids.da}/log`, { body: { text: 'late note' } })).statusCode, 201, 'the log stays open for late notes');
  });

  it('resolves at the desk by telephone, or books a diary appointment; must-attend types need a supervisor (C7, C12)', async () => {
    const fraud = await graded('CRIME_FRAUD', 'resolved_without_deployment');
    assert.equal(fraud.status, 'desk_resolution');
    assert.equal((await call('calltaker', 'POST', `/incidents/${fraud.id}/resolve`, { body: { kind: 'telephone', outcome: 'phone_investigation', reason: 'x', thriveRationale: 'y' }, ifMatch: fraud.version })).statusCode, 403);
    const bad = await call('imu', 'POST', `/incidents/${fraud.id}/resolve`, { body: { kind: 'telephone', outcome: 'shrug' }, ifMatch: fraud.version });
    assert.equal(bad.statusCode, 400);
    const resolved = await ok(call('imu', 'POST', `/incidents/${fraud.id}/resolve`, { body: { kind: 'telephone', outcome: 'phone_investigation', reason: 'Online fraud, bank informed', thriveRationale: 'No threat or vulnerability; investigation by phone' }, ifMatch: fraud.version }));
    assert.equal(resolved.status, 'resolved');
    assert.equal(resolved.resolution?.outcome, 'phone_investigation');
    const closed = await ok(call('imu', 'POST', `/incidents/${fraud.id}/close`, { body: { closingCode: 'no_crime_advice', crimeDisclosed: false }, ifMatch: resolved.version }));
    assert.equal(closed.status, 'closed');

    const burglary = await graded('CRIME_BURGLARY', 'scheduled', { district: 'Watford' });
    const refused = await call('imu', 'POST', `/incidents/${burglary.id}/resolve`, { body: { kind: 'telephone', outcome: 'no_further_response', reason: 'Insurance only', thriveRationale: 'Low risk' }, ifMatch: burglary.version });
    assert.equal(refused.statusCode, 409);
    assert.match(refused.json().detail, /must be attended/);
    const start = new Date(t.clock.now().getTime() + 26 * HOUR);
    const slots = await ok<{ items: { id: string }[] }>(call('sergeant', 'POST', '/appointment-slots', { body: { district: 'Watford', slots: [{ startsAt: start.toISOString(), endsAt: new Date(start.getTime() + HOUR).toISOString() }] } }), 201);
    assert.equal((await call('sergeant', 'POST', '/appointment-slots', { body: { district: 'Watford', slots: [{ startsAt: start.toISOString(), endsAt: start.toISOString() }] } })).statusCode, 400);
    const free = await ok<{ items: { id: string }[] }>(call('imu', 'GET', '/appointment-slots?district=Watford'));
    assert.ok(free.items.some((s) => s.id === slots.items[0].id));
    const booked = await ok(call('sergeant', 'POST', `/incidents/${burglary.id}/resolve`, { body: { kind: 'appointment', slotId: slots.items[0].id, contactPreference: 'Mobile after 5pm', reason: 'Victim at work until tomorrow', thriveRationale: 'Offenders gone, no threat; scene preserved' }, ifMatch: burglary.version }));
    assert.equal(booked.status, 'scheduled');
    assert.equal(booked.appointment?.contactPreference, 'Mobile after 5pm');
    assert.equal(booked.targetAt, start.toISOString());
    const other = await graded('CRIME_BURGLARY', 'scheduled');
    assert.equal((await call('sergeant', 'POST', `/incidents/${other.id}/resolve`, { body: { kind: 'appointment', slotId: slots.items[0].id, contactPreference: 'any', reason: 'Victim away', thriveRationale: 'low' }, ifMatch: other.version })).statusCode, 409, 'slot already booked');
    assert.equal((await auditRows(burglary.id, 'incident.appointment_booked')).length, 1);
  });

  it('lets administrators configure question sets (If-Match to replace)', async () => {
    assert.equal((await call('calltaker', 'PUT', '/incidents/question-sets/RTC', { body: { name: 'x', questions: [] } })).statusCode, 403);
    const current = await ok<{ version: number; questions: unknown[] }>(call('admin', 'GET', '/incidents/question-sets/RTC'));
    const body = { name: 'Road traffic collision (2027)', questions: [{ id: 'injuries', text: 'Anyone hurt?', kind: 'yes_no', required: true }, { id: 'lanes', text: 'Lanes blocked', kind: 'choice', options: ['None', 'One', 'All'] }] };
    assert.equal((await call('admin', 'PUT', '/incidents/question-sets/RTC', { body })).statusCode, 428);
    const bad = await call('admin', 'PUT', '/incidents/question-sets/RTC', { body: { ...body, questions: [body.questions[0], body.questions[0]] }, ifMatch: current.version });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].path, 'body.questions.1.id');
    const saved = await ok<{ version: number; questions: unknown[] }>(call('admin', 'PUT', '/incidents/question-sets/RTC', { body, ifMatch: current.version }));
    assert.equal(saved.questions.length, 2);
    assert.equal((await call('admin', 'PUT', '/incidents/question-sets/RTC', { body, ifMatch: current.version })).statusCode, 409);
    const createdSet = await ok(call('admin', 'PUT', '/incidents/question-sets/HIGHWAY_DISRUPTION', { body: { name: 'Highway', questions: [{ id: 'blocked', text: 'Blocked?', kind: 'yes_no' }] } }), 201);
    assert.ok(createdSet);
    const list = await ok<{ items: { incidentType: string }[] }>(call('calltaker', 'GET', '/incidents/question-sets'));
    for (const type of ['DOMESTIC_ABUSE', 'MISSING_PERSON', 'CONCERN_FOR_WELFARE', 'MENTAL_HEALTH', 'RTC', 'BURGLARY_IN_PROGRESS', 'HIGHWAY_DISRUPTION']) {
      assert.ok(list.items.some((s) => s.incidentType === type), type);
    }
  });

  it('shows the dashboard figures and the map', async () => {
    const dash = await ok<Dashboard>(call('analyst', 'GET', '/incidents/dashboard?hours=24'));
    assert.equal(dash.total, 13, JSON.stringify(dash));
    assert.equal(dash.byGrade.reduce((s, g) => s + g.count, 0), dash.total);
    const immediate = dash.attendedWithinTarget.find((a) => a.grade === 'immediate')!;
    assert.equal(immediate.attended, 1);
    assert.equal(immediate.withinTarget, 0, 'the DA was attended after its 15-minute target');
    assert.equal(dash.resolvedWithoutDeployment.count, 1);
    assert.ok((dash.repeatVictimShare ?? 0) > 0);
    assert.equal((await call('analyst', 'GET', '/incidents/dashboard?hours=0')).statusCode, 400);
    const map = await ok<{ districts: { features: unknown[] }; incidents: unknown[]; units: unknown[] }>(call('calltaker', 'GET', '/incidents/map'));
    assert.ok(map.districts.features.length >= 10);
    assert.ok(map.units.length >= 1);
    const types = await ok<{ items: { code: string }[] }>(call('calltaker', 'GET', '/incidents/types'));
    assert.ok(types.items.some((x) => x.code === 'DOMESTIC_ABUSE'));
  });

  it('streams changes of the user’s force as server-sent events', async () => {
    const cookie = await t.login('imu');
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    const received = new Promise<string>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: '/api/v1/incidents/stream', headers: { cookie } }, (res) => {
        assert.equal(res.statusCode, 200);
        assert.match(String(res.headers['content-type']), /text\/event-stream/);
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          if (text.includes('event: ready') && !text.includes('event: change')) void create('calltaker', { summary: 'Streamed theft' });
          if (text.includes('event: change')) {
            req.destroy();
            resolve(text);
          }
        });
      });
      req.on('error', reject);
      req.end();
    });
    const text = await received;
    assert.match(text, /"action":"incident.created"/);
    assert.match(text, /"forceId":"HERTS"/);
  });

  it('shows a restricted person on an incident only to the access list or with a stated reason; every disclosure is logged, the queue names nobody', async () => {
    const victim = await person('Nadia', 'Concealed', '1991-11-11', ['da_victim']);
    const inc = await ok(create('calltaker', {
      type: 'DOMESTIC_ABUSE', summary: 'Caller says her ex-partner is at the door', persons: [{ personId: victim, role: 'caller' }, { personId: ids.suspect, role: 'suspect' }],
    }), 201);
    assert.equal(inc.persons.find((p) => p.personId === victim)!.name, 'Nadia Concealed');
    const [imu] = await t.db.select({ id: users.id }).from(users).where(eq(users.username, 'imu'));
    await ok(call('sergeant', 'POST', `/persons/${victim}/restrict`, { body: { reason: 'Caller fled to a refuge; address protected', accessUserIds: [imu.id] } }));
    const caller = (view: IncidentView) => view.persons.find((p) => p.personId === victim)!;

    // (1) No access: reference only, no date of birth, no markers; the incident's own flags still warn.
    const hiddenView = await ok(call('calltaker', 'GET', `/incidents/${inc.id}`));
    const hidden = caller(hiddenView);
    assert.deepEqual([hidden.name, hidden.dateOfBirth, hidden.warningMarkers, hidden.restricted, hidden.redacted], ['Restricted record', null, [], true, true]);
    assert.match(hidden.reference, /^HT\/P\//);
    assert.equal(hiddenView.flags.knownVulnerable, true, 'the DA victim marker still makes the incident known-vulnerable');
    assert.doesNotMatch(JSON.stringify(hidden), /Nadia|Concealed|1991|da_victim/);
    const suspect = hiddenView.persons.find((p) => p.personId === ids.suspect)!;
    assert.deepEqual([suspect.name, suspect.redacted, suspect.warningMarkers.length], ['Darren Whitfield', false, 2]);

    // (2) On the access list: the real person with markers.
    const listed = caller(await ok(call('imu', 'GET', `/incidents/${inc.id}`)));
    assert.deepEqual([listed.name, listed.dateOfBirth, listed.warningMarkers.map((m) => m.code), listed.restricted, listed.redacted], ['Nadia Concealed', '1991-11-11', ['da_victim'], true, false]);

    // (3) A stated reason opens it; the disclosure row carries the reason and the person.
    const reason = 'Attending officer needs the caller named for safety';
    const opened = await call('calltaker', 'GET', `/incidents/${inc.id}`, { accessReason: reason });
    assert.equal(caller(opened.json()).name, 'Nadia Concealed');
    const rows = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'person.disclosed'), eq(auditLog.requestId, opened.headers['x-request-id'] as string)));
    assert.equal(rows.length, 1);
    assert.deepEqual([rows[0].reason, rows[0].username, rows[0].entityType, rows[0].entityId], [reason, 'calltaker', 'incident', inc.id]);
    assert.deepEqual([...rows[0].personIds!].sort(), [victim, ids.suspect].sort());

    // (4) The auditor finds the read that showed the (unrestricted) suspect, by its request.
    const read = await call('analyst', 'GET', `/incidents/${inc.id}`);
    const trail = (await ok<{ items: { action: string; requestId: string | null; personIds: string[]; username: string }[] }>(call('auditor', 'GET', `/audit?entityId=${ids.suspect}&limit=100`))).items;
    const row = trail.find((r) => r.requestId === read.headers['x-request-id']);
    assert.ok(row, 'the read is in the suspect’s audit trail');
    assert.deepEqual([row.action, row.username, row.personIds], ['person.disclosed', 'analyst', [ids.suspect]]);

    // The queue and the dashboard show no person, so they disclose nobody.
    const queue = await call('calltaker', 'GET', '/incidents/queue');
    assert.equal(queue.statusCode, 200);
    assert.doesNotMatch(queue.body, /Nadia|Concealed|Whitfield/);
    const dashboard = await call('analyst', 'GET', '/incidents/dashboard?hours=24');
    for (const res of [queue, dashboard]) {
      assert.equal((await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'person.disclosed'), eq(auditLog.requestId, res.headers['x-request-id'] as string)))).length, 0);
    }
  });
});
