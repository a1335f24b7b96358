import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { createTestApp, json, type TestApp } from '../../test/api.js';
import { auditLog } from '../../platform/audit/schema.js';
import { users } from '../../platform/auth/schema.js';
import type { AuditView, CrimeList, CrimeView, TimelinessStats } from './contract.js';
import { crimeHistory } from './schema.js';

type Reply = Awaited<ReturnType<TestApp['as']>>;
const HOUR = 3_600_000;

describe('crimes API', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};

  const call = (who: string | null, method: 'GET' | 'POST', url: string, options: { body?: unknown; ifMatch?: string; accessReason?: string } = {}): Promise<Reply> => {
    const headers: Record<string, string> = {};
    if (options.ifMatch !== undefined) headers['if-match'] = options.ifMatch;
    if (options.accessReason !== undefined) headers['x-access-reason'] = options.accessReason;
    const request = { method, url: `/api/v1${url}`, headers, ...(options.body === undefined ? {} : { payload: options.body as object }) };
    return who ? t.as(who, request) : t.app.inject(request);
  };

  const ago = (hours: number) => new Date(t.clock.now().getTime() - hours * HOUR).toISOString();

  async function person(who: string, body: Record<string, unknown>): Promise<string> {
    const res = await call(who, 'POST', '/persons', { body });
    assert.equal(res.statusCode, 201, res.body);
    return json(res).id;
  }

  async function incident(summary: string): Promise<string> {
    const res = await call('calltaker', 'POST', '/incidents', { body: { source: '101', type: 'CRIME_THEFT', summary } });
    assert.equal(res.statusCode, 201, res.body);
    return json(res).id;
  }

  async function location(who: string, body: Record<string, unknown>): Promise<string> {
    const res = await call(who, 'POST', '/locations', { body });
    assert.equal(res.statusCode, 201, res.body);
    return json(res).id;
  }

  const shoplifting = (over: Record<string, unknown> = {}) => ({
    classificationCode: '46', committedFrom: ago(3), reportedAt: ago(2), source: 'walk_in', locationId: ids.store,
    summary: 'Two bottles of spirits taken from the shelf; suspect left without paying.', victimOrganisation: 'Northgate Stores, Hatfield',
    suspects: [ids.suspect], ...over,
  });

  async function record(who: string, body: Record<string, unknown>): Promise<CrimeView> {
    const res = await call(who, 'POST', '/crimes', { body });
    assert.equal(res.statusCode, 201, res.body);
    return json<CrimeView>(res);
  }

  const auditRows = (entityId: string, action: string) =>
    t.db.select().from(auditLog).where(and(eq(auditLog.entityId, entityId), eq(auditLog.action, action)));

  before(async () => {
    t = await createTestApp();
    ids.store = await location('constable', { buildingName: 'Northgate Stores', buildingNumber: '12', street: 'Town Centre', town: 'Hatfield', postcode: 'AL10 0JR', latitude: 51.7636, longitude: -0.2237, district: 'Welwyn Hatfield', beat: 'WEL03' });
    for (let i = 1; i <= 8; i++) {
      const home = await location('constable', { buildingNumber: String(i), street: 'Wellfield Road', town: 'Hatfield', postcode: 'AL10 0BY', latitude: 51.7640 + i * 0.0001, longitude: -0.2240, district: 'Welwyn Hatfield', beat: 'WEL03' });
      if (i === 1) ids.home = home;
      const resident = await person('constable', { forenames: `Resident${i}`, surname: 'Wellfield', dateOfBirth: '1970-01-01' });
      assert.equal((await call('constable', 'POST', `/persons/${resident}/addresses`, { body: { locationId: home, type: 'home' } })).statusCode, 201);
    }
    ids.bedsLocation = await location('constable.beds', { street: 'High Street', town: 'Bedford', latitude: 52.13, longitude: -0.46 });
    ids.suspect = await person('constable', { forenames: 'Darren', surname: 'Pike', dateOfBirth: '1990-04-02', gender: 'male' });
    ids.adult = await person('constable', { forenames: 'Helen', surname: 'Marsh', dateOfBirth: '1975-06-30', gender: 'female' });
    ids.child = await person('constable', { forenames: 'Tia', surname: 'Okafor', dateOfBirth: '2010-02-14', gender: 'female' });
    ids.witness = await person('constable', { forenames: 'Colin', surname: 'Beech', dateOfBirth: '1960-09-09' });
  });
  after(() => t.close());

  it('needs a session and serves the classification list', async () => {
    assert.equal((await call(null, 'GET', '/crimes')).statusCode, 401);
    assert.equal((await call(null, 'POST', '/crimes', { body: shoplifting() })).statusCode, 401);
    const res = await call('constable', 'GET', '/reference/crime-classifications');
    assert.equal(res.statusCode, 200);
    const list = json(res);
    assert.equal(list.policeUkCrimeTypes.length, 14);
    assert.ok(list.items.some((c: { code: string; policeUkCrimeType: string }) => c.code === '46' && c.policeUkCrimeType === 'Shoplifting'));
    assert.deepEqual(list.cancellationCodes.map((c: { code: string }) => c.code), ['C1', 'C2', 'C3', 'C4']);
    assert.equal((await call('partner', 'GET', '/reference/crime-classifications')).statusCode, 403);
  });

  it('answers the recording decision, or asks the question that needs judgement', async () => {
    const ask = await call('constable', 'POST', '/crimes/recording-decision', { body: { offenceInLaw: true, reporter: 'third_party', credibleEvidenceToContrary: false } });
    assert.equal(ask.statusCode, 200, ask.body);
    assert.deepEqual([json(ask).decision, json(ask).field], ['ask', 'victimConfirms']);
    const yes = json(await call('constable', 'POST', '/crimes/recording-decision', { body: { offenceInLaw: true, credibleEvidenceToContrary: false } }));
    assert.equal(yes.decision, 'record');
    assert.equal((await call('constable', 'POST', '/crimes/recording-decision', { body: { offenceInLaw: 'maybe' } })).statusCode, 400);
    assert.equal((await call('analyst', 'POST', '/crimes/recording-decision', { body: { offenceInLaw: true } })).statusCode, 403);
  });

  it('records a shoplifting directly: store as victim, known suspect, reference, ETag, history and audit', async () => {
    const crime = await record('constable', shoplifting());
    assert.match(crime.reference, /^HT\/26\/\d{6}$/);
    assert.equal(crime.status, 'recorded');
    assert.equal(crime.version, 1);
    assert.equal(crime.classification.policeUkCrimeType, 'Shoplifting');
    assert.equal(crime.victimOrganisation, 'Northgate Stores, Hatfield');
    assert.equal(crime.source, 'walk_in');
    assert.equal(crime.location?.district, 'Welwyn Hatfield');
    assert.deepEqual(crime.persons.map((p) => [p.role, p.person.surname]), [['suspect', 'Pike']]);
    assert.equal(crime.ncrs.state, 'recorded_in_time');
    assert.equal(crime.lastOutcomeCategory, 'Under investigation');
    assert.deepEqual(crime.history.map((h) => h.action), ['crime.recorded']);
    assert.deepEqual(crime.abilities, { reclassify: true, cancel: false, addPerson: true, linkIncident: true });
    assert.equal((await auditRows(crime.id, 'crime.recorded')).length, 1);
    ids.shoplifting = crime.id;
    ids.shopliftingRef = crime.reference;
  });

  it('names every bad field with 400, and refuses what cannot be recorded with 422', async () => {
    const bad = await call('constable', 'POST', '/crimes', { body: shoplifting({ classificationCode: 'XYZ', committedTo: ago(10), colour: 'red' }) });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.headers['content-type'] as string, /application\/problem\+json/);
    const paths = json(bad).errors.map((e: { path: string }) => e.path).join(' ');
    assert.match(paths, /classificationCode/);
    const range = await call('constable', 'POST', '/crimes', { body: shoplifting({ committedTo: ago(10) }) });
    assert.equal(range.statusCode, 400);
    assert.match(JSON.stringify(json(range).errors), /committedTo/);
    const future = await call('constable', 'POST', '/crimes', { body: shoplifting({ reportedAt: new Date(t.clock.now().getTime() + 2 * HOUR).toISOString() }) });
    assert.equal(future.statusCode, 400);
    const noVictim = await call('constable', 'POST', '/crimes', { body: shoplifting({ victimOrganisation: null }) });
    assert.equal(noVictim.statusCode, 422);
    assert.equal(json(noVictim).errors[0].path, 'victims');
    const otherForce = await call('constable', 'POST', '/crimes', { body: shoplifting({ locationId: ids.bedsLocation }) });
    assert.equal(otherForce.statusCode, 422);
    assert.equal(json(otherForce).errors[0].path, 'body.locationId');
    const unknownPerson = await call('constable', 'POST', '/crimes', { body: shoplifting({ suspects: ['0190f2c4-0000-7000-8000-000000000000'] }) });
    assert.equal(unknownPerson.statusCode, 422);
    assert.equal(json(unknownPerson).errors[0].path, 'body.suspects.0');
  });

  it('records one crime per victim, and a drug possession with no victim', async () => {
    const crime = await record('constable', {
      classificationCode: '105A', committedFrom: ago(5), reportedAt: ago(4), source: 'phone', locationId: ids.home,
      summary: 'Two neighbours pushed over in a dispute over parking.', victims: [{ personId: ids.adult }, { personId: ids.witness }], suspects: [ids.suspect],
    });
    assert.equal(crime.alsoRecorded.length, 1);
    const other = json<CrimeView>(await call('constable', 'GET', `/crimes/${crime.alsoRecorded[0].id}`));
    assert.equal(other.alsoRecorded[0].id, crime.id);
    assert.deepEqual(crime.persons.filter((p) => p.role === 'victim').map((p) => p.person.surname), ['Marsh']);
    assert.deepEqual(other.persons.filter((p) => p.role === 'victim').map((p) => p.person.surname), ['Beech']);
    const drugs = await record('constable', { classificationCode: '92E', committedFrom: ago(1), reportedAt: ago(1), summary: 'Cannabis found on stop and search.', suspects: [ids.suspect] });
    assert.equal(drugs.classification.policeUkCrimeType, 'Drugs');
    ids.assault = crime.id;
  });

  it('derives vulnerable (child) and repeat victims from the person and earlier crimes', async () => {
    const first = await record('constable', {
      classificationCode: '39', committedFrom: ago(30), reportedAt: ago(29), summary: 'Phone snatched at the bus station.', victims: [{ personId: ids.child }],
    });
    assert.equal(first.vulnerableVictim, true);
    assert.equal(first.repeatVictim, false);
    assert.ok(first.flags.includes('child_victim') && first.flags.includes('vulnerable_victim'));
    assert.match(first.persons[0].reasons.join(';'), /Under 18/);
    const second = await record('constable', {
      classificationCode: '105A', committedFrom: ago(2), reportedAt: ago(1), summary: 'Pushed in the school car park.', victims: [{ personId: ids.child }],
    });
    assert.equal(second.repeatVictim, true);
    assert.ok(second.flags.includes('repeat_victim'));
    const judged = await record('constable', {
      classificationCode: '58C', committedFrom: ago(2), reportedAt: ago(1), summary: 'Car tyres slashed outside home; victim intimidated.',
      victims: [{ personId: ids.adult, officerJudgesVulnerable: true }],
    });
    assert.equal(judged.vulnerableVictim, true);
    assert.match(judged.persons[0].reasons.join(';'), /Officer/);
  });

  it('reads one crime (audited), hides it from another force, and 404s unknown ids', async () => {
    const res = await call('sergeant', 'GET', `/crimes/${ids.shoplifting}`);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers.etag, '"1"');
    assert.ok((await auditRows(ids.shoplifting, 'read')).length >= 1);
    assert.equal((await call('sergeant.beds', 'GET', `/crimes/${ids.shoplifting}`)).statusCode, 404);
    assert.equal((await call('sergeant', 'GET', '/crimes/0190f2c4-0000-7000-8000-000000000000')).statusCode, 404);
    assert.equal((await call('sergeant', 'GET', '/crimes/not-a-uuid')).statusCode, 400);
  });

  it('lists and filters crimes with a cursor', async () => {
    const all = json<CrimeList>(await call('constable', 'GET', '/crimes?limit=100'));
    assert.ok(all.items.length >= 7);
    assert.deepEqual(json<CrimeList>(await call('constable', 'GET', `/crimes?reference=${encodeURIComponent(ids.shopliftingRef)}`)).items.map((c) => c.id), [ids.shoplifting]);
    const byPerson = json<CrimeList>(await call('constable', 'GET', `/crimes?personId=${ids.child}`)).items;
    assert.equal(byPerson.length, 2);
    assert.ok(json<CrimeList>(await call('constable', 'GET', '/crimes?classification=46')).items.every((c) => c.classification.code === '46'));
    assert.ok(json<CrimeList>(await call('constable', 'GET', '/crimes?group=violence_against_the_person')).items.every((c) => c.classification.group === 'violence_against_the_person'));
    assert.ok(json<CrimeList>(await call('constable', 'GET', '/crimes?flags=child_victim,repeat_victim')).items.length === 1);
    assert.ok(json<CrimeList>(await call('constable', 'GET', '/crimes?vulnerableVictim=true')).items.every((c) => c.vulnerableVictim));
    assert.ok(json<CrimeList>(await call('constable', 'GET', '/crimes?district=Welwyn%20Hatfield')).items.length >= 2);
    const page1 = json<CrimeList>(await call('constable', 'GET', '/crimes?limit=3'));
    assert.ok(page1.nextCursor);
    const page2 = json<CrimeList>(await call('constable', 'GET', `/crimes?limit=3&cursor=${page1.nextCursor}`));
    assert.equal(page2.items.filter((c) => page1.items.some((p) => p.id === c.id)).length, 0);
    assert.equal((await call('constable', 'GET', '/crimes?flags=nonsense')).statusCode, 400);
    assert.equal((await call('constable', 'GET', '/crimes?cursor=garbage')).statusCode, 400);
    assert.equal(json<CrimeList>(await call('constable.beds', 'GET', '/crimes')).items.length, 0);
  });

  it('reclassifies with If-Match and keeps the history', async () => {
    assert.equal((await call('constable', 'POST', `/crimes/${ids.assault}/reclassify`, { body: { classificationCode: '8N', reason: 'Hospital confirms a fractured wrist: assault with injury.' } })).statusCode, 428);
    assert.equal((await call('constable', 'POST', `/crimes/${ids.assault}/reclassify`, { ifMatch: '"7"', body: { classificationCode: '8N', reason: 'Hospital confirms a fractured wrist: assault with injury.' } })).statusCode, 409);
    const short = await call('constable', 'POST', `/crimes/${ids.assault}/reclassify`, { ifMatch: '"1"', body: { classificationCode: '8N', reason: 'injury' } });
    assert.equal(short.statusCode, 400);
    const res = await call('constable', 'POST', `/crimes/${ids.assault}/reclassify`, { ifMatch: '"1"', body: { classificationCode: '8N', reason: 'Hospital confirms a fractured wrist: assault with injury.' } });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers.etag, '"2"');
    const crime = json<CrimeView>(res);
    assert.equal(crime.classification.code, '8N');
    assert.deepEqual(crime.history.map((h) => [h.action, h.fromCode, h.toCode]), [['crime.recorded', null, '105A'], ['crime.reclassified', '105A', '8N']]);
    assert.equal((await auditRows(ids.assault, 'crime.reclassified')).length, 1);
    assert.equal((await call('analyst', 'POST', `/crimes/${ids.assault}/reclassify`, { ifMatch: '"2"', body: { classificationCode: '5D', reason: 'Analyst thinks it should be more serious than that.' } })).statusCode, 403);
  });

  it('lets only the registrar cancel, with reason and additional verifiable information; history shows it', async () => {
    const body = { code: 'C2', reason: 'CCTV shows the goods were paid for at the self-service till.', additionalVerifiableInformation: 'CCTV reviewed 23/11 14:00, till 4 receipt 0042 seen by PC 123.' };
    assert.equal((await call('constable', 'POST', `/crimes/${ids.shoplifting}/cancel`, { ifMatch: '"1"', body })).statusCode, 403);
    assert.equal((await call('sergeant', 'POST', `/crimes/${ids.shoplifting}/cancel`, { ifMatch: '"1"', body })).statusCode, 403);
    const noAvi = await call('registrar', 'POST', `/crimes/${ids.shoplifting}/cancel`, { ifMatch: '"1"', body: { ...body, additionalVerifiableInformation: '' } });
    assert.equal(noAvi.statusCode, 422);
    assert.equal(json(noAvi).errors[0].path, 'additionalVerifiableInformation');
    const dup = await call('registrar', 'POST', `/crimes/${ids.shoplifting}/cancel`, { ifMatch: '"1"', body: { code: 'C3', reason: 'Same theft was recorded twice by two officers.', duplicateOfReference: 'HT/26/999999' } });
    assert.equal(dup.statusCode, 422);
    assert.equal(json(dup).errors[0].path, 'duplicateOfReference');
    assert.equal((await call('registrar', 'POST', `/crimes/${ids.shoplifting}/cancel`, { body })).statusCode, 428);
    const res = await call('registrar', 'POST', `/crimes/${ids.shoplifting}/cancel`, { ifMatch: '"1"', body });
    assert.equal(res.statusCode, 200, res.body);
    const crime = json<CrimeView>(res);
    assert.equal(crime.status, 'cancelled');
    assert.equal(crime.cancellationCode, 'C2');
    assert.deepEqual(crime.abilities, { reclassify: false, cancel: false, addPerson: false, linkIncident: false });
    const cancelled = crime.history.find((h) => h.action === 'crime.cancelled');
    assert.equal(cancelled?.username, 'registrar');
    assert.equal(cancelled?.additionalVerifiableInformation, body.additionalVerifiableInformation);
    assert.equal((await auditRows(ids.shoplifting, 'crime.cancelled')).length, 1);
    assert.equal((await call('registrar', 'POST', `/crimes/${ids.shoplifting}/cancel`, { ifMatch: '"2"', body })).statusCode, 409);
    assert.equal((await call('registrar.beds', 'POST', `/crimes/${ids.assault}/cancel`, { ifMatch: '"2"', body })).statusCode, 404);
  });

  it('takes the stricter route for rape and transfers under C1', async () => {
    const rape = await record('ppu', {
      classificationCode: '19C', committedFrom: ago(48), reportedAt: ago(3), summary: 'Disclosure of rape by an acquaintance.', victims: [{ personId: ids.adult }], flags: ['domestic_abuse'],
    });
    const res = await call('registrar', 'POST', `/crimes/${rape.id}/cancel`, { ifMatch: '"1"', body: { code: 'C4', reason: 'Recorded in error against the wrong victim record.' } });
    assert.equal(res.statusCode, 422);
    assert.equal(json(res).errors[0].path, 'additionalVerifiableInformation');
    const downgrade = await call('sergeant', 'POST', `/crimes/${rape.id}/reclassify`, { ifMatch: '"1"', body: { classificationCode: '105A', reason: 'Sergeant believes this is a lesser assault only.' } });
    assert.equal(downgrade.statusCode, 403);
    const transfer = await call('registrar', 'POST', `/crimes/${ids.assault}/cancel`, { ifMatch: '"2"', body: { code: 'C1', reason: 'Offence took place in Luton, Bedfordshire force area.', transferToForce: 'BEDS' } });
    assert.equal(transfer.statusCode, 200, transfer.body);
    assert.equal(json<CrimeView>(transfer).status, 'transferred');
  });

  it('keeps crime history append-only in the database', async () => {
    await assert.rejects(t.db.update(crimeHistory).set({ reason: 'tampered' }).where(eq(crimeHistory.crimeId, ids.shoplifting)));
  });

  it('adds a witness with If-Match and refuses the same person twice', async () => {
    const crime = await record('constable', shoplifting());
    const res = await call('constable', 'POST', `/crimes/${crime.id}/persons`, { ifMatch: '"1"', body: { role: 'witness', personId: ids.witness } });
    assert.equal(res.statusCode, 200, res.body);
    assert.ok(json<CrimeView>(res).persons.some((p) => p.role === 'witness' && p.person.surname === 'Beech'));
    assert.equal((await call('constable', 'POST', `/crimes/${crime.id}/persons`, { ifMatch: '"2"', body: { role: 'victim', personId: ids.witness } })).statusCode, 409);
    assert.equal((await call('constable', 'POST', `/crimes/${crime.id}/persons`, { ifMatch: '"2"', body: { role: 'owner', personId: ids.witness } })).statusCode, 400);
  });

  it('records from an incident and completes the control room’s recording-decision task', async () => {
    const incidentId = await incident('Shoplifting reported by store security');
    const otherIncidentId = await incident('Second shoplifting report');
    const task = json(await call('constable', 'POST', '/tasks', { body: { kind: 'crime-recording-decision', title: 'HT/INC/261123/0007: crime disclosed', entityType: 'incident', entityId: incidentId, dueAt: new Date(t.clock.now().getTime() + 20 * HOUR).toISOString() } }));
    const mismatch = await call('constable', 'POST', '/crimes', { body: shoplifting({ incidentId: otherIncidentId, taskId: task.id }) });
    assert.equal(mismatch.statusCode, 422);
    assert.equal((await call('constable', 'POST', '/crimes', { body: shoplifting({ taskId: task.id }) })).statusCode, 400);
    const crime = await record('constable', shoplifting({ incidentId, taskId: task.id }));
    assert.equal(crime.incidentId, incidentId);
    assert.equal(crime.source, 'incident');
    const done = json(await call('constable', 'GET', `/tasks/${task.id}`));
    assert.equal(done.status, 'completed');
    assert.equal(done.outcome, 'crime_recorded');
    assert.equal((await call('constable', 'POST', '/crimes', { body: shoplifting({ incidentId, taskId: task.id }) })).statusCode, 409);
    ids.incidentTask = task.id;
  });

  it('shows recording timeliness and open decisions against the 24-hour clock', async () => {
    await call('constable', 'POST', '/tasks', { body: { kind: 'crime-recording-decision', title: 'HT/INC/261123/0009: crime disclosed', entityType: 'incident', entityId: await incident('Theft disclosed to the call handler'), dueAt: new Date(t.clock.now().getTime() + 2 * HOUR).toISOString() } });
    await call('constable', 'POST', '/tasks', { body: { kind: 'crime-recording-decision', title: 'HT/INC/261122/0003: crime disclosed', entityType: 'incident', entityId: await incident('Criminal damage disclosed'), dueAt: new Date(t.clock.now().getTime() - HOUR).toISOString() } });
    const late = await record('constable', shoplifting({ reportedAt: ago(30), committedFrom: ago(31) }));
    assert.equal(late.ncrs.state, 'recorded_late');
    const res = await call('sergeant', 'GET', `/crimes/timeliness?from=${encodeURIComponent(ago(24 * 7))}&to=${encodeURIComponent(ago(-1))}`);
    assert.equal(res.statusCode, 200, res.body);
    const stats = json<TimelinessStats>(res);
    assert.ok(stats.recorded >= 10);
    // The theft reported 29 h before it was recorded, and this shoplifting reported 30 h before.
    assert.equal(stats.recorded - stats.recordedInTime, 2);
    assert.ok(stats.vulnerableVictimRate! > 0 && stats.vulnerableVictimRate! < 1);
    assert.deepEqual(stats.openDecisions, { due: 0, warning: 1, overdue: 1 });
    assert.equal((await call('sergeant', 'GET', '/crimes/timeliness')).statusCode, 400);
  });

  it('runs a data-integrity audit: seeded sample, reviews with If-Match, compliance with intervals, comparison', async () => {
    const period = { from: ago(24 * 30), to: ago(-1) };
    assert.equal((await call('constable', 'POST', '/crime-audits', { body: { title: 'x', ...period, sampleSize: 5 } })).statusCode, 403);
    assert.equal((await call('registrar', 'POST', '/crime-audits', { body: { title: 'Empty', from: ago(24 * 400), to: ago(24 * 399), sampleSize: 5 } })).statusCode, 422);
    assert.equal((await call('registrar', 'POST', '/crime-audits', { body: { title: 'Backwards', from: period.to, to: period.from, sampleSize: 5 } })).statusCode, 400);
    const created = await call('registrar', 'POST', '/crime-audits', { body: { title: 'November dip sample', ...period, sampleSize: 6, seed: 42 } });
    assert.equal(created.statusCode, 201, created.body);
    const auditView = json<AuditView>(created);
    assert.equal(auditView.items.length, 6);
    assert.ok(auditView.populationSize >= 10);
    assert.match(auditView.population, /incidents themselves are not sampled/);
    const again = json<AuditView>(await call('registrar', 'POST', '/crime-audits', { body: { title: 'Same seed', ...period, sampleSize: 6, seed: 42 } }));
    assert.deepEqual(again.items.map((i) => i.subjectId), auditView.items.map((i) => i.subjectId));
    const whole = json<AuditView>(await call('registrar', 'POST', '/crime-audits', { body: { title: 'Whole population', ...period, sampleSize: auditView.populationSize, seed: 1 } }));
    const taskItem = whole.items.find((i) => i.subjectId === ids.incidentTask);
    assert.ok(taskItem, 'the recorded incident’s decision task is in the population');
    assert.equal(taskItem.suggestion.recorded, true);

    const url = `/crime-audits/${auditView.id}`;
    assert.equal((await call('registrar', 'POST', `${url}/complete`, { ifMatch: '"1"' })).statusCode, 409);
    const first = auditView.items[0];
    assert.equal((await call('registrar', 'POST', `${url}/items/${first.id}/review`, { body: { crimeDisclosed: true, recorded: true, expectedCode: '46', correctClassification: true, withinTime: true } })).statusCode, 428);
    const incomplete = await call('registrar', 'POST', `${url}/items/${first.id}/review`, { ifMatch: '"1"', body: { crimeDisclosed: true } });
    assert.equal(incomplete.statusCode, 400);
    assert.match(JSON.stringify(json(incomplete).errors), /recorded/);
    let view = auditView;
    for (const [n, item] of auditView.items.entries()) {
      const review = n === 0
        ? { crimeDisclosed: true, recorded: false, expectedCode: '8N', domesticAbuse: true, notes: 'Assault disclosed in the log; no crime recorded.' }
        : { crimeDisclosed: true, recorded: true, expectedCode: item.suggestion.code ?? '46', correctClassification: true, withinTime: item.suggestion.withinTime ?? true };
      const res = await call('auditor', 'POST', `${url}/items/${item.id}/review`, { ifMatch: `"${item.version}"`, body: review });
      assert.equal(res.statusCode, 200, res.body);
      view = json<AuditView>(res);
    }
    assert.equal(view.reviewed, 6);
    assert.equal((await call('registrar', 'POST', `${url}/items/${first.id}/review`, { ifMatch: '"1"', body: { crimeDisclosed: false } })).statusCode, 409);
    const all = view.results.find((g) => g.group === 'all')!;
    assert.deepEqual([all.compliance.numerator, all.compliance.denominator], [5, 6]);
    assert.ok(all.compliance.lower! < 5 / 6 && all.compliance.upper! > 5 / 6);
    assert.equal(view.results.find((g) => g.group === 'domestic_abuse')!.compliance.denominator >= 1, true);
    const completed = await call('registrar', 'POST', `${url}/complete`, { ifMatch: `"${view.version}"` });
    assert.equal(completed.statusCode, 200, completed.body);
    assert.equal(json<AuditView>(completed).status, 'completed');
    assert.equal((await auditRows(auditView.id, 'crime_audit.completed')).length, 1);

    for (const item of again.items) {
      await call('registrar', 'POST', `/crime-audits/${again.id}/items/${item.id}/review`, { ifMatch: `"${item.version}"`, body: { crimeDisclosed: true, recorded: true, expectedCode: item.suggestion.code ?? '46', correctClassification: true, withinTime: true } });
    }
    const second = json<AuditView>(await call('registrar', 'GET', `/crime-audits/${again.id}`));
    assert.equal((await call('registrar', 'POST', `/crime-audits/${again.id}/complete`, { ifMatch: `"${second.version}"` })).statusCode, 200);
    const compare = json(await call('auditor', 'GET', '/crime-audits/compare'));
    assert.equal(compare.audits.length, 2);
    const change = compare.changes.find((c: { group: string }) => c.group === 'all');
    assert.ok(change && change.lower <= change.difference && change.difference <= change.upper);
    assert.equal(json(await call('registrar', 'GET', '/crime-audits')).items.length, 3, 'two completed audits and the open whole-population one');
    assert.equal((await call('registrar.beds', 'GET', url)).statusCode, 404);
  });

  it('exports the police.uk street-level and outcomes files with anonymised locations', async () => {
    assert.equal((await call('constable', 'GET', '/crimes/police-uk?month=2026-11')).statusCode, 403);
    assert.equal((await call('registrar', 'GET', '/crimes/police-uk?month=2026-13')).statusCode, 400);
    const res = await call('registrar', 'GET', '/crimes/police-uk?month=2026-11');
    assert.equal(res.statusCode, 200, res.body);
    assert.match(res.headers['content-type'] as string, /text\/csv/);
    const lines = res.body.trim().split('\n');
    assert.equal(lines[0], 'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context');
    const rows = lines.slice(1).map((l) => l.split(','));
    assert.ok(rows.length >= 8);
    assert.ok(rows.every((r) => /^[0-9a-f]{64}$/.test(r[0]) && r[1] === '2026-11' && r[2] === 'Hertfordshire Constabulary'));
    const shop = rows.filter((r) => r[9] === 'Shoplifting');
    assert.ok(shop.length >= 2);
    // The store's street has one address, too few to hide it: it snaps to a point covering at least 8 (the street of 8 homes or the beat centre).
    assert.ok(shop.every((r) => ['On or near Wellfield Road', 'On or near Hatfield'].includes(r[6]) && /^E01\d{6}$/.test(r[7]) && /^Welwyn Hatfield \d{3}[A-D]$/.test(r[8])), JSON.stringify(shop));
    assert.ok(rows.every((r) => r[6] !== 'On or near Town Centre'));
    assert.ok(rows.filter((r) => r[9] === 'Violence and sexual offences').length >= 1);
    assert.ok(rows.every((r) => r[10] === 'Under investigation'));
    assert.equal(rows.filter((r) => r[6] === 'No Location').length >= 1, true, 'crimes with no location and sensitive classes give No Location');
    const outcomes = await call('analyst', 'GET', '/crimes/police-uk?month=2026-11&file=outcomes');
    assert.equal(outcomes.statusCode, 200);
    assert.equal(outcomes.body.split('\n')[0], 'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Outcome type');
  });

  it('shows a restricted person on a crime only to the access list or with a stated reason, and logs every disclosure (DPA s.62)', async () => {
    const victim = await person('constable', { forenames: 'Rosa', surname: 'Hidden', dateOfBirth: '1984-03-03', gender: 'female' });
    assert.equal((await call('constable', 'POST', `/persons/${victim}/warning-markers`, { body: { code: 'mental_health', reason: 'Mental health crisis team referral 2026' } })).statusCode, 201);
    const crime = await record('constable', {
      classificationCode: '105A', committedFrom: ago(3), reportedAt: ago(2), source: 'phone', locationId: ids.home,
      summary: 'Pushed to the ground by an ex-partner outside her home.', victims: [{ personId: victim }], suspects: [ids.suspect],
    });
    assert.match(crime.persons.find((p) => p.role === 'victim')!.reasons.join(';'), /Warning marker: mental health/);
    const [ppu] = await t.db.select({ id: users.id }).from(users).where(eq(users.username, 'ppu'));
    const restrict = await call('sergeant', 'POST', `/persons/${victim}/restrict`, { body: { reason: 'Victim relocated under a protection scheme', accessUserIds: [ppu.id] } });
    assert.equal(restrict.statusCode, 200, restrict.body);
    const victimOf = (view: CrimeView) => view.persons.find((p) => p.role === 'victim')!;

    // (1) No access: the reference only; no name, date of birth or the marker behind the vulnerability.
    const hidden = victimOf(json<CrimeView>(await call('constable', 'GET', `/crimes/${crime.id}`)));
    assert.deepEqual(hidden.person, { id: victim, reference: hidden.person.reference, name: 'Restricted record', forenames: 'Restricted', surname: 'record', dateOfBirth: null, restricted: true, redacted: true });
    assert.match(hidden.person.reference, /^HT\/P\//);
    assert.equal(hidden.vulnerable, true, 'the crime still says the victim is vulnerable');
    assert.doesNotMatch(JSON.stringify(hidden), /Hidden|Rosa|1984|mental/i);
    const suspect = json<CrimeView>(await call('constable', 'GET', `/crimes/${crime.id}`)).persons.find((p) => p.role === 'suspect')!;
    assert.deepEqual([suspect.person.name, suspect.person.restricted, suspect.person.redacted], ['Darren Pike', false, false], 'an unrestricted person on the same crime is shown');

    // (2) On the access list: the real record.
    const listed = victimOf(json<CrimeView>(await call('ppu', 'GET', `/crimes/${crime.id}`)));
    assert.deepEqual([listed.person.name, listed.person.dateOfBirth, listed.person.restricted, listed.person.redacted], ['Rosa Hidden', '1984-03-03', true, false]);
    assert.match(listed.reasons.join(';'), /mental health/);

    // (3) A stated reason opens it, and the disclosure is audited with the reason and the person.
    const reason = 'Officer in case for the linked assault HT/26/000900';
    const opened = await call('constable', 'GET', `/crimes/${crime.id}`, { accessReason: reason });
    assert.equal(victimOf(json<CrimeView>(opened)).person.name, 'Rosa Hidden');
    const disclosed = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'person.disclosed'), eq(auditLog.requestId, opened.headers['x-request-id'] as string)));
    assert.equal(disclosed.length, 1);
    assert.equal(disclosed[0].reason, reason);
    assert.equal(disclosed[0].username, 'constable');
    assert.ok(disclosed[0].personIds?.includes(victim) && disclosed[0].personIds.includes(ids.suspect));
    assert.deepEqual([disclosed[0].entityType, disclosed[0].entityId], ['crime', crime.id]);
    // Without a reason nothing of the victim was disclosed: the row names the suspect and records the victim as withheld.
    const refusedRead = await call('constable', 'GET', `/crimes/${crime.id}`);
    const [withheld] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'person.disclosed'), eq(auditLog.requestId, refusedRead.headers['x-request-id'] as string)));
    assert.deepEqual(withheld.personIds, [ids.suspect]);
    assert.deepEqual(withheld.detail, { withheld: [victim] });

    // (4) The auditor finds who saw the (unrestricted) suspect through this crime, by the request that showed him.
    const read = await call('analyst', 'GET', `/crimes/${crime.id}`);
    assert.equal(read.statusCode, 200);
    const trail = json<{ items: { action: string; requestId: string | null; personIds: string[]; username: string }[] }>(await call('auditor', 'GET', `/audit?entityId=${ids.suspect}&limit=100`));
    const row = trail.items.find((r) => r.requestId === read.headers['x-request-id']);
    assert.ok(row, 'the read that showed the suspect is in his audit trail');
    assert.deepEqual([row.action, row.username, row.personIds], ['person.disclosed', 'analyst', [ids.suspect]]);
  });
});
