import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { auditLog } from '../../platform/audit/schema.js';
import { users } from '../../platform/auth/schema.js';
import { SYSTEM_USER_ID } from '../../platform/tasks/scheduler.js';
import { createTestApp, json, type TestApp } from '../../test/api.js';
import { ensureReviewTasks } from './index.js';

let t: TestApp;
before(async () => { t = await createTestApp(); });
after(async () => { await t.close(); });

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const api = (user: string, method: 'GET' | 'POST', url: string, payload?: unknown, headers: Record<string, string> = {}) =>
  t.as(user, { method, url: `/api/v1${url}`, ...(payload === undefined ? {} : { payload: payload as object }), headers });
const ago = (hours: number) => new Date(t.clock.now().getTime() - hours * HOUR).toISOString();
const ahead = (hours: number) => new Date(t.clock.now().getTime() + hours * HOUR).toISOString();
const paths = (problem: { errors?: { path: string }[] }) => (problem.errors ?? []).map((e) => e.path);
/** Signs in afresh: for calls after the test clock has moved past a cached session's expiry. */
const fresh = async (user: string, method: 'GET' | 'POST', url: string, payload?: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method, url: `/api/v1${url}`, ...(payload === undefined ? {} : { payload: payload as object }), headers: { ...headers, cookie: await t.login(user) } });
const appendOnly = (err: unknown) => /append-only/.test(String((err as { cause?: { message?: string } }).cause?.message ?? (err as Error).message));

function ok(res: LightMyRequestResponse, status = 200) {
  assert.equal(res.statusCode, status, res.body);
  return json(res);
}

function isProblem(res: LightMyRequestResponse, status: number) {
  assert.equal(res.statusCode, status, res.body);
  assert.match(String(res.headers['content-type']), /application\/problem\+json/);
  return json(res);
}

async function userId(username: string) {
  const [u] = await t.db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return u.id;
}

async function auditActions(entityId: string) {
  const rows = await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, entityId));
  return rows.map((r) => r.action);
}

type CrimeKind = 'shoplifting' | 'burglary' | 'da' | 'rape';
const CRIMES: Record<CrimeKind, Record<string, unknown>> = {
  shoplifting: { classificationCode: '46', summary: 'Two bottles of spirits taken from the store', victimOrganisation: 'Northgate Stores' },
  burglary: { classificationCode: '28E', summary: 'Rear door forced; jewellery and laptop taken' },
  da: { classificationCode: '8N', summary: 'Assault by partner at home; bruising to the arm', flags: ['domestic_abuse'] },
  rape: { classificationCode: '19C', summary: 'Rape reported the morning after' },
};

let victimCount = 0;
async function crime(kind: CrimeKind, user = 'constable'): Promise<string> {
  const victims = kind === 'shoplifting' ? [] : [{ personId: ok(await api(user, 'POST', '/persons', { forenames: 'Alex', surname: `Victim${++victimCount}`, dateOfBirth: '1988-05-06' }), 201).id }];
  const res = await api(user, 'POST', '/crimes', { committedFrom: ago(30), reportedAt: ago(20), source: 'phone', victims, ...CRIMES[kind] });
  return ok(res, 201).id;
}

async function screen(crimeId: string, body: Record<string, unknown> = {}, user = 'constable') {
  return ok(await api(user, 'POST', '/investigations', { crimeId, thrive: {}, solvability: ['cctv'], ...body }), 201);
}

const ifMatch = (v: number) => ({ 'if-match': `"${v}"` });
const post = (user: string, id: string, verb: string, version: number, body: unknown) => api(user, 'POST', `/investigations/${id}/${verb}`, body, ifMatch(version));

async function allocated(kind: CrimeKind, officer = 'constable') {
  const inv = await screen(await crime(kind));
  return ok(await post('sergeant', inv.id, 'allocate', inv.version, { officerId: await userId(officer) }));
}

const PLAN = {
  summary: 'Trace the suspect from CCTV; statement from the victim', safeguarding: 'None identified', victimContact: 'Weekly update by phone',
  sceneAttended: true, bwvCaptured: true,
};

async function planned(kind: CrimeKind, officer = 'constable') {
  const inv = await allocated(kind, officer);
  return ok(await post('constable', inv.id, 'plan', inv.version, {
    ...PLAN, actions: [{ kind: 'cctv', description: 'Seize CCTV from the high street', dueAt: ahead(48) }, { kind: 'witnesses', description: 'Statement from the neighbour', dueAt: ahead(72) }],
  }));
}

describe('screening and allocation (STANDARDS §6; F11)', () => {
  test('screens a crime: risk and proposed unit from the table, ETag, audit; one per crime; 404 unknown; 400 names bad fields; 403 without permission', async () => {
    const crimeId = await crime('da');
    const res = await api('constable', 'POST', '/investigations', { crimeId, thrive: { harm: 'high' }, solvability: ['suspect_named'] });
    const inv = ok(res, 201);
    assert.equal(res.headers.etag, '"1"');
    assert.equal(inv.status, 'screened');
    assert.equal(inv.risk, 'high');
    assert.equal(inv.team, 'DAISU Safeguarding Unit');
    assert.equal(inv.screening.allocationRuleId, 'da-high');
    assert.ok(inv.riskReasons.includes('Domestic abuse'));
    assert.deepEqual(await auditActions(inv.id), ['investigation.screened']);

    isProblem(await api('constable', 'POST', '/investigations', { crimeId, thrive: {}, solvability: [] }), 409);
    assert.deepEqual(isProblem(await api('constable', 'POST', '/investigations', { crimeId: '01936f4e-0000-7000-8000-000000000001', thrive: {} }), 422).errors, [{ path: 'body.crimeId', message: 'no such crime in your force' }]);
    const bad = isProblem(await api('constable', 'POST', '/investigations', { crimeId: 'x', thrive: { harm: 'extreme' }, solvability: ['psychic'] }), 400);
    assert.ok(bad.errors.length >= 3, JSON.stringify(bad.errors));
    isProblem(await api('analyst', 'POST', '/investigations', { crimeId, thrive: {} }), 403);
  });

  test('another force cannot screen (its crime is no crime of theirs: 422), read or allocate (404)', async () => {
    const crimeId = await crime('burglary');
    isProblem(await api('constable.beds', 'POST', '/investigations', { crimeId, thrive: {} }), 422);
    const inv = await screen(crimeId);
    isProblem(await api('constable.beds', 'GET', `/investigations/${inv.id}`), 404);
    isProblem(await post('sergeant.beds', inv.id, 'allocate', 1, {}), 404);
    const list = ok(await api('constable.beds', 'GET', `/investigations?crimeId=${crimeId}`));
    assert.equal(list.items.length, 0);
  });

  test('volume crime with no lines of enquiry is screened out and the victim-told task clears only by recording it', async () => {
    const inv = await screen(await crime('shoplifting'), { solvability: [] });
    assert.equal(inv.status, 'screened_out');
    assert.equal(inv.team, 'Crime Management Unit');
    const tasks = ok(await api('constable', 'GET', '/tasks/mine?limit=100')).items.filter((x: { entityId: string }) => x.entityId === inv.id);
    assert.equal(tasks.length, 1);
    assert.equal(tasks[0].kind, 'investigation-screen-out-victim');
    isProblem(await api('constable', 'POST', `/tasks/${tasks[0].id}/complete`, { outcome: 'done' }, ifMatch(tasks[0].version)), 409);
    isProblem(await post('constable', inv.id, 'victim-informed', inv.version, { at: ahead(1), method: 'phone' }), 400);
    const told = ok(await post('constable', inv.id, 'victim-informed', inv.version, { at: ago(0.5), method: 'phone' }));
    assert.equal(told.screening.victimInformedMethod, 'phone');
    const task = ok(await api('constable', 'GET', `/tasks/${tasks[0].id}`));
    assert.equal(task.status, 'completed');
    isProblem(await post('constable', inv.id, 'victim-informed', told.version, { at: ago(0.2), method: 'email' }), 409);
  });

  test('candidates show live caseload and accreditation; rape to a non-accredited officer needs a supervisor override with a reason', async () => {
    const inv = await screen(await crime('rape'));
    assert.equal(inv.team, 'Sexual Offences Investigation Team');
    assert.equal(inv.facts.accreditedInvestigatorNeeded, true);
    const candidates = ok(await api('sergeant', 'GET', `/investigations/${inv.id}/candidates`));
    assert.equal(candidates.accreditedInvestigatorNeeded, true);
    assert.ok(candidates.items.length > 0);
    for (const c of candidates.items) assert.equal(typeof c.openCaseload, 'number');
    isProblem(await api('constable', 'GET', `/investigations/${inv.id}/candidates`), 403);

    const constable = await userId('constable');
    isProblem(await api('sergeant', 'POST', `/investigations/${inv.id}/allocate`, { officerId: constable }), 428);
    isProblem(await post('sergeant', inv.id, 'allocate', 7, { officerId: constable }), 409);
    isProblem(await post('constable', inv.id, 'allocate', 1, { officerId: constable }), 403);
    const refused = isProblem(await post('sergeant', inv.id, 'allocate', 1, { officerId: constable }), 422);
    assert.deepEqual(paths(refused), ['body.overrideReason']);
    isProblem(await post('sergeant', inv.id, 'allocate', 1, { officerId: '01936f4e-0000-7000-8000-000000000009' }), 422);
    const done = ok(await post('sergeant', inv.id, 'allocate', 1, { officerId: constable, overrideReason: 'PIP2 candidate, mentored by DS Reid throughout' }));
    assert.equal(done.status, 'allocated');
    assert.equal(done.officer.id, constable);
    assert.match(done.accreditationOverride, /mentored/);
    assert.equal(done.reviewTasks.length, 1);
    assert.equal(new Date(done.reviewTasks[0].dueAt).getTime(), t.clock.now().getTime() + 24 * HOUR, 'high risk: first review within 24 h');
    const after = ok(await api('sergeant', 'GET', `/investigations/${inv.id}/candidates?team=Watford%20Response`));
    assert.ok(after.items.find((c: { id: string; openCaseload: number }) => c.id === constable).openCaseload >= 1);
    const allocatedAudit = await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, inv.id), eq(auditLog.action, 'investigation.allocated')));
    assert.equal(allocatedAudit.length, 1);
    assert.match(String(allocatedAudit[0].reason), /mentored/);
    isProblem(await post('sergeant', inv.id, 'allocate', done.version, { officerId: constable }), 409);
  });
});

describe('plan, actions, exhibits and supervisory review (F08, F09, F10)', () => {
  test('no review before a plan; the plan needs reasons when scene or BWV are absent; two actions; review closes the task and raises the next', async () => {
    const inv = await allocated('da');
    const noPlan = isProblem(await post('sergeant', inv.id, 'reviews', inv.version, { direction: 'Arrest the suspect today' }), 409);
    assert.match(noPlan.detail, /plan/);
    const bad = isProblem(await post('constable', inv.id, 'plan', inv.version, { ...PLAN, sceneAttended: false, bwvCaptured: false, actions: [] }), 400);
    assert.deepEqual(paths(bad), ['body.sceneReason', 'body.bwvReason', 'body.linesOfEnquiry']);
    const badOwner = isProblem(await post('constable', inv.id, 'plan', inv.version, { ...PLAN, actions: [{ kind: 'cctv', description: 'CCTV', ownerId: '01936f4e-0000-7000-8000-000000000009', dueAt: ahead(5) }] }), 422);
    assert.deepEqual(paths(badOwner), ['body.actions.0.ownerId']);
    const plan = ok(await post('constable', inv.id, 'plan', inv.version, {
      ...PLAN, bwvCaptured: false, bwvReason: 'Camera battery failed on arrival',
      actions: [{ kind: 'suspect_arrest', description: 'Arrest the partner', dueAt: ahead(12) }, { kind: 'digital_devices', description: 'Download the victim phone messages', dueAt: ahead(72) }],
    }));
    assert.equal(plan.status, 'under_investigation');
    assert.equal(plan.actions.length, 2);
    assert.equal(plan.plan.bwvReason, 'Camera battery failed on arrival');
    isProblem(await post('constable', inv.id, 'reviews', plan.version, { direction: 'x' }), 403);

    const reviewed = ok(await post('sergeant', inv.id, 'reviews', plan.version, { direction: 'Arrest today; consider DVPN; refer to IDVA' }));
    assert.equal(reviewed.reviews.length, 1);
    assert.equal(reviewed.reviews[0].kind, 'first');
    assert.equal(new Date(reviewed.nextReviewDueAt).getTime(), t.clock.now().getTime() + 14 * DAY, 'DA: every 14 days');
    const statuses = reviewed.reviewTasks.map((x: { status: string }) => x.status).sort();
    assert.deepEqual(statuses, ['completed', 'open']);
    assert.ok((await auditActions(inv.id)).includes('investigation.reviewed'));

    const withAction = ok(await post('constable', inv.id, 'actions', reviewed.version, { kind: 'witnesses', description: 'House-to-house on the street', dueAt: ahead(24) }));
    assert.equal(withAction.actions.length, 3);
    const actionId = withAction.actions[0].id;
    const done = ok(await api('constable', 'POST', `/investigations/${inv.id}/actions/${actionId}/result`, { result: 'Arrested 09:40, interviewed' }, ifMatch(withAction.version)));
    assert.ok(done.actions.find((a: { id: string }) => a.id === actionId).completedAt);
    isProblem(await api('constable', 'POST', `/investigations/${inv.id}/actions/${actionId}/result`, { result: 'again' }, ifMatch(done.version)), 409);
    isProblem(await api('constable', 'POST', `/investigations/${inv.id}/actions/01936f4e-0000-7000-8000-000000000009/result`, { result: 'x' }, ifMatch(done.version)), 404);
  });

  test('the scheduled safety net gives an open investigation whose review task went missing a new one, due when the review was due; safe to run twice', async () => {
    const inv = await planned('burglary');
    await t.db.execute(sql`update tasks set status = 'closed', outcome = 'lost' where entity_id = ${inv.id}`);
    const system = {
      db: t.db, forceId: 'HERTS', requestId: 'test-scheduler', now: t.clock.now,
      user: { id: SYSTEM_USER_ID, username: 'system', displayName: 'Scheduler', role: 'administrator' as const, forceId: 'HERTS', team: null, permissions: new Set<string>() },
    };
    assert.ok(await ensureReviewTasks(system) >= 1);
    assert.equal(await ensureReviewTasks(system), 0);
    const view = ok(await api('constable', 'GET', `/investigations/${inv.id}`));
    const open = view.reviewTasks.filter((x: { status: string }) => x.status === 'open');
    assert.equal(open.length, 1);
    assert.equal(open[0].dueAt, view.nextReviewDueAt);
  });

  test('exhibits are POLE objects with an append-only continuity log', async () => {
    const inv = await planned('burglary');
    const object = ok(await api('constable', 'POST', '/objects', { kind: 'weapon', description: 'Crowbar found in the garden' }), 201);
    isProblem(await post('constable', inv.id, 'exhibits', inv.version, { objectId: '01936f4e-0000-7000-8000-000000000009', exhibitReference: 'JS/1', description: 'Crowbar', seizedAt: ago(2), holder: 'PC 2417' }), 422);
    const withExhibit = ok(await post('constable', inv.id, 'exhibits', inv.version, { objectId: object.id, exhibitReference: 'JS/1', description: 'Crowbar', seizedAt: ago(2), holder: 'PC 2417' }));
    const exhibit = withExhibit.exhibits[0];
    assert.equal(exhibit.movements.length, 1);
    const moved = ok(await api('constable', 'POST', `/investigations/${inv.id}/exhibits/${exhibit.id}/movements`, { toHolder: 'Hatfield property store', purpose: 'Storage' }, ifMatch(withExhibit.version)));
    assert.equal(moved.exhibits[0].currentHolder, 'Hatfield property store');
    assert.deepEqual(moved.exhibits[0].movements.map((m: { toHolder: string }) => m.toHolder), ['PC 2417', 'Hatfield property store']);
    await assert.rejects(t.db.execute(sql`update exhibit_movements set to_holder = 'Bin'`), appendOnly);
    await assert.rejects(t.db.execute(sql`delete from exhibit_movements`), appendOnly);
  });

  test('handover needs a written supervisory entry and is refused for the same officer', async () => {
    const inv = await planned('burglary');
    const to = await userId('ppu');
    const short = isProblem(await post('sergeant', inv.id, 'handover', inv.version, { toOfficerId: to, supervisoryEntry: 'ok' }), 400);
    assert.deepEqual(paths(short), ['body.supervisoryEntry']);
    isProblem(await post('constable', inv.id, 'handover', inv.version, { toOfficerId: to, supervisoryEntry: 'Moving to PPU for capacity reasons, all actions reviewed' }), 403);
    isProblem(await post('sergeant', inv.id, 'handover', inv.version, { toOfficerId: await userId('constable'), supervisoryEntry: 'Moving to PPU for capacity reasons, all actions reviewed' }), 422);
    const handed = ok(await post('sergeant', inv.id, 'handover', inv.version, { toOfficerId: to, handoverNote: 'CCTV outstanding', supervisoryEntry: 'Moving to PPU for capacity reasons, all actions reviewed' }));
    assert.equal(handed.officer.id, to);
    assert.equal(handed.handovers.length, 1);
    assert.equal(handed.handovers[0].supervisoryEntry, 'Moving to PPU for capacity reasons, all actions reviewed');
  });
});

describe('outcomes (STANDARDS §4) and reopening', () => {
  test('outcome 16 with the victim informed; finalising twice is refused; reopening clears the outcome and is audited', async () => {
    const inv = await planned('burglary');
    const body = {
      outcome: '16', rationale: 'Victim withdrew support; no independent evidence of identity', victimInformed: { informed: true, at: ago(1), method: 'phone' },
      suspect: { named: true, ageAtOffence: 31 }, victimSupports: false, withdrawalRecorded: true, evidenceLedConsidered: true,
    };
    isProblem(await post('constable', inv.id, 'finalise', inv.version, body), 422);
    const done = ok(await post('sergeant', inv.id, 'finalise', inv.version, body));
    assert.equal(done.status, 'finalised');
    assert.equal(done.outcome, '16');
    assert.equal(done.outcomes[0].victimInformed, true);
    assert.equal(done.outcomes[0].victimInformedMethod, 'phone');
    assert.equal(done.outcomes[0].authorityRole, 'sergeant');
    assert.ok(done.reviewTasks.every((x: { status: string }) => x.status !== 'open'), 'review tasks close at finalisation');
    isProblem(await post('sergeant', inv.id, 'finalise', done.version, body), 409);
    const crimeAfter = ok(await api('constable', 'GET', `/crimes/${inv.crime.id}`));
    assert.equal(crimeAfter.outcome, '16', 'the crime carries the outcome (police.uk outcomes file reads it)');

    isProblem(await post('constable', inv.id, 'reopen', done.version, { reason: 'New CCTV footage identifies the suspect' }), 403);
    const short = isProblem(await post('sergeant', inv.id, 'reopen', done.version, { reason: 'new' }), 400);
    assert.deepEqual(paths(short), ['body.reason']);
    const reopened = ok(await post('sergeant', inv.id, 'reopen', done.version, { reason: 'New CCTV footage identifies the suspect' }));
    assert.equal(reopened.status, 'under_investigation');
    assert.equal(reopened.outcome, null);
    assert.equal(reopened.reopenedCount, 1);
    assert.ok(reopened.outcomes[0].reopenedAt);
    assert.equal(ok(await api('constable', 'GET', `/crimes/${inv.crime.id}`)).outcome, null, 'reopening clears the crime outcome');
    const crimeActions = await auditActions(inv.crime.id);
    assert.ok(crimeActions.includes('crime.outcome_recorded') && crimeActions.includes('crime.outcome_cleared'));
    const actions = await auditActions(inv.id);
    assert.ok(actions.includes('investigation.finalised') && actions.includes('investigation.reopened'));
    isProblem(await post('sergeant', inv.id, 'reopen', reopened.version, { reason: 'New CCTV footage identifies the suspect' }), 409);
  });

  test('outcome 21 on DA without a rationale is refused with a clear detail naming each field; a charge needs a charged suspect', async () => {
    const inv = await planned('da');
    const refused = isProblem(await post('inspector', inv.id, 'finalise', inv.version, {
      outcome: '21', victimInformed: { informed: true, at: ago(1), method: 'in person' }, suspect: { named: true, ageAtOffence: 40 },
    }), 422);
    assert.deepEqual(paths(refused), ['body.rationale', 'body.domesticAbuseException']);
    assert.match(refused.detail, /Outcome 21/);
    assert.match(refused.detail, /rationale/);
    assert.match(refused.detail, /domestic abuse/);
    const charge = isProblem(await post('constable', inv.id, 'finalise', inv.version, {
      outcome: '1', rationale: 'CPS authorised charge of assault', victimInformed: { informed: true, at: ago(1), method: 'phone' }, suspect: { named: true }, chargingAuthority: 'cps',
    }), 422);
    assert.deepEqual(paths(charge), ['body.suspect.charged']);
    const bad = isProblem(await post('constable', inv.id, 'finalise', inv.version, { outcome: '99' }), 400);
    assert.ok(paths(bad).some((p) => p.includes('outcome')));
    const unchanged = ok(await api('constable', 'GET', `/investigations/${inv.id}`));
    assert.equal(unchanged.status, 'under_investigation');
    assert.equal(unchanged.version, inv.version);
  });
});

describe('caseload, forensics, file quality, rule sets (F10, F12, F18, F24)', () => {
  test('caseload per officer with risk, age, overdue reviews and the outlier highlighted; supervisors only', async () => {
    for (let i = 0; i < 3; i++) await allocated('burglary', 'constable');
    await allocated('burglary', 'ppu');
    t.clock.advance(4 * DAY);
    const view = ok(await fresh('sergeant', 'GET', '/investigations/caseload'));
    const constable = view.officers.find((o: { officer: { displayName: string } }) => o.officer.displayName.includes('Demo Constable'));
    assert.ok(constable.open >= 3);
    assert.ok(constable.overdueReviews >= 1, 'reviews past 72 h show as overdue');
    assert.equal(constable.byRisk.high + constable.byRisk.medium + constable.byRisk.standard, constable.open);
    assert.ok(view.meanOpen > 0);
    assert.equal(typeof constable.outlier, 'boolean');
    assert.ok(view.officers.some((o: { outlier: boolean }) => o.outlier), 'the heaviest caseload stands out');
    t.clock.advance(-4 * DAY);
    isProblem(await api('constable', 'GET', '/investigations/caseload'), 403);
    isProblem(await api('sergeant', 'GET', `/investigations/caseload?from=${ahead(1)}&to=${ago(1)}`), 400);
    const beds = ok(await api('sergeant.beds', 'GET', '/investigations/caseload'));
    assert.equal(beds.officers.length, 0);
  });

  test('forensic queue: risk first, ages, force-tagged; start and complete with If-Match; other forces see nothing', async () => {
    const low = await planned('burglary');
    const high = await planned('rape', 'ppu');
    ok(await api('constable', 'POST', `/investigations/${low.id}/forensic-requests`, { deviceType: 'computer', description: 'Laptop recovered' }), 201);
    const urgent = ok(await api('constable', 'POST', `/investigations/${high.id}/forensic-requests`, { deviceType: 'mobile_phone', description: 'Victim phone' }), 201);
    assert.equal(urgent.forceId, 'HERTS');
    isProblem(await api('constable', 'POST', `/investigations/${high.id}/forensic-requests`, { deviceType: 'toaster', description: '' }), 400);
    const queue = ok(await api('constable', 'GET', '/forensic-requests'));
    assert.ok(queue.items[0].priority <= queue.items[queue.items.length - 1].priority);
    assert.equal(queue.items[0].risk, 'high');
    assert.ok(queue.outstanding >= 2);
    isProblem(await api('constable', 'POST', `/forensic-requests/${urgent.id}/start`, undefined, ifMatch(1)), 403);
    isProblem(await api('sergeant.beds', 'POST', `/forensic-requests/${urgent.id}/start`, undefined, ifMatch(1)), 404);
    assert.equal(ok(await api('constable.beds', 'GET', '/forensic-requests')).items.length, 0);
    const started = ok(await api('sergeant', 'POST', `/forensic-requests/${urgent.id}/start`, undefined, ifMatch(1)));
    assert.equal(started.status, 'in_progress');
    isProblem(await api('sergeant', 'POST', `/forensic-requests/${urgent.id}/complete`, { result: 'Messages extracted' }, ifMatch(1)), 409);
    t.clock.advance(3 * DAY);
    const completed = ok(await fresh('sergeant', 'POST', `/forensic-requests/${urgent.id}/complete`, { result: 'Messages extracted' }, ifMatch(started.version)));
    assert.equal(completed.ageDays, 3);
    const after = ok(await fresh('constable', 'GET', '/forensic-requests'));
    assert.equal(after.medianTurnaroundDays, 3);
    t.clock.advance(-3 * DAY);
  });

  test('file-quality sample of finalised investigations, scored against the checklist, results per team over time', async () => {
    const from = ago(1);
    for (let i = 0; i < 2; i++) {
      const inv = await planned('burglary');
      ok(await post('sergeant', inv.id, 'finalise', inv.version, {
        outcome: '15', rationale: 'Victim supports but identification evidence is insufficient', victimInformed: { informed: true, at: ago(0.1), method: 'letter' },
        suspect: { named: true, ageAtOffence: 25 }, victimSupports: true,
      }));
    }
    isProblem(await api('analyst', 'POST', '/file-quality-samples', { from, to: ahead(1) }), 403);
    isProblem(await api('sergeant', 'POST', '/file-quality-samples', { from: ahead(1), to: ago(1) }), 400);
    isProblem(await api('sergeant', 'POST', '/file-quality-samples', { from: ago(200), to: ago(100) }), 422);
    const sample = ok(await api('sergeant', 'POST', '/file-quality-samples', { from, to: ahead(1), size: 10, seed: 7 }), 201);
    assert.ok(sample.items.length >= 2);
    assert.equal(sample.populationSize, sample.items.length);
    const item = sample.items[0];
    const scored = ok(await api('sergeant', 'POST', `/file-quality-samples/${sample.id}/items/${item.id}/score`, { effectiveInvestigation: true, victimCare: false, supervision: true, outcomeCorrect: true }, ifMatch(item.version)));
    assert.equal(scored.items[0].score, 3);
    assert.deepEqual([scored.summary.reviewed, scored.summary.effective, scored.summary.goodVictimCare], [1, 1, 0]);
    isProblem(await api('sergeant', 'POST', `/file-quality-samples/${sample.id}/items/${item.id}/score`, { effectiveInvestigation: true, victimCare: true, supervision: true, outcomeCorrect: true }, ifMatch(item.version)), 409);
    isProblem(await api('sergeant', 'POST', `/file-quality-samples/${sample.id}/items/${item.id}/score`, { effectiveInvestigation: 'yes' }, ifMatch(2)), 400);
    const trend = ok(await api('inspector', 'GET', '/file-quality-samples/trend'));
    assert.equal(trend.items[0].summary.reviewed, 1);
    assert.equal(ok(await api('auditor', 'GET', '/file-quality-samples')).items.length, 1);
    isProblem(await api('sergeant.beds', 'GET', `/file-quality-samples/${sample.id}`), 404);
  });

  test('the force publishes its own allocation table; screening uses it and stores the version', async () => {
    const current = ok(await api('constable', 'GET', '/investigation-rules'));
    assert.equal(current.version, 0);
    const table = { allocationRules: [{ id: 'shop', label: 'Shoplifting → Retail Crime Desk', when: { codes: ['46'] }, unit: 'Retail Crime Desk' }], reviewCadence: { firstReviewHours: 48, firstReviewHoursHighRisk: 12, reviewDays: 21, reviewDaysSpecialist: 7, specialistCodes: [] } };
    isProblem(await api('sergeant', 'POST', '/investigation-rules', table), 403);
    isProblem(await api('superintendent', 'POST', '/investigation-rules', { ...table, allocationRules: [] }), 400);
    const published = ok(await api('superintendent', 'POST', '/investigation-rules', table), 201);
    assert.equal(published.version, 1);
    const inv = await screen(await crime('shoplifting'), { solvability: [] });
    assert.equal(inv.team, 'Retail Crime Desk');
    assert.equal(inv.status, 'screened');
    assert.match(inv.rulesVersion, /HERTS-1$/);
    assert.equal(ok(await api('constable.beds', 'GET', '/investigation-rules')).version, 0, 'another force keeps its own');
  });

  test('list: risk first, mine, bad cursor is a 400', async () => {
    const mine = ok(await api('constable', 'GET', '/investigations?mine=true&limit=2'));
    assert.equal(mine.items.length, 2);
    assert.ok(mine.nextCursor);
    const next = ok(await api('constable', 'GET', `/investigations?mine=true&limit=2&cursor=${mine.nextCursor}`));
    assert.ok(next.items.every((i: { id: string }) => !mine.items.some((m: { id: string }) => m.id === i.id)));
    const rank = { high: 0, medium: 1, standard: 2 } as const;
    const all = ok(await api('sergeant', 'GET', '/investigations?limit=200')).items as { risk: keyof typeof rank }[];
    for (let i = 1; i < all.length; i++) assert.ok(rank[all[i - 1].risk] <= rank[all[i].risk]);
    isProblem(await api('constable', 'GET', '/investigations?cursor=garbage'), 400);
  });
});

describe('people (issue 13 item 5)', () => {
  test('an investigation shows no person of its crime (only officers), so its views disclose nobody; the crime view is where people are shown', async () => {
    const victim = ok(await api('constable', 'POST', '/persons', { forenames: 'Priya', surname: 'Unshown', dateOfBirth: '1979-07-17' }), 201).id;
    const crimeId = ok(await api('constable', 'POST', '/crimes', { committedFrom: ago(30), reportedAt: ago(20), source: 'phone', victims: [{ personId: victim }], ...CRIMES.burglary }), 201).id;
    ok(await api('sergeant', 'POST', `/persons/${victim}/restrict`, { reason: 'Witness protection while the trial runs', accessUserIds: [] }));
    const inv = await screen(crimeId);
    const reads = { view: await api('constable', 'GET', `/investigations/${inv.id}`), list: await api('sergeant', 'GET', '/investigations?limit=200'), caseload: await api('sergeant', 'GET', '/investigations/caseload') };
    for (const [name, res] of Object.entries(reads)) {
      ok(res);
      assert.doesNotMatch(res.body, /Priya|Unshown|1979-07-17/);
      const disclosed = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'person.disclosed'), eq(auditLog.requestId, res.headers['x-request-id'] as string)));
      assert.equal(disclosed.length, 0, `the ${name} discloses no person`);
    }
    assert.ok((await auditActions(inv.id)).includes('read'), 'the investigation read is still audited');
    const crime = ok(await api('constable', 'GET', `/crimes/${crimeId}`));
    assert.equal(crime.persons[0].person.name, 'Restricted record', 'the crime, through the platform disclosure, hides the restricted victim');
  });
});
