import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { createTestApp, json, type TestApp } from '../../test/api.js';
import { DASH_QUESTION_KEYS } from './dash-questions.js';
import { PUBLIC_FORM_LIMIT } from './routes.js';
import { expireProtectionOrders } from './use-cases/expire-orders.js';

let t: TestApp;
before(async () => { t = await createTestApp(); });
after(async () => { await t.close(); });

const HOUR = 3_600_000;
const post = (user: string, url: string, payload: unknown, headers: Record<string, string> = {}) =>
  t.as(user, { method: 'POST', url: `/api/v1${url}`, payload: payload as object, headers });
const get = (user: string, url: string) => t.as(user, { method: 'GET', url: `/api/v1${url}` });
/** Signs in afresh: for calls after the test clock has moved past a cached session's expiry. */
const postFresh = async (user: string, url: string, payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: `/api/v1${url}`, payload: payload as object, headers: { ...headers, cookie: await t.login(user) } });
const getFresh = async (user: string, url: string) => t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { cookie: await t.login(user) } });
const ago = (hours: number) => new Date(t.clock.now().getTime() - hours * HOUR).toISOString();
const ahead = (hours: number) => new Date(t.clock.now().getTime() + hours * HOUR).toISOString();

function answers(yes: number) {
  return Object.fromEntries(DASH_QUESTION_KEYS.map((k, i) => [k, i < yes ? 'yes' : 'no']));
}

async function person(forenames: string, surname: string, dateOfBirth = '1990-03-04', user = 'constable') {
  const res = await post(user, '/persons', { forenames, surname, dateOfBirth });
  assert.equal(res.statusCode, 201, res.body);
  return json(res).id as string;
}

async function dash(victimPersonId: string, body: Record<string, unknown> = {}, user = 'constable') {
  const res = await post(user, '/dash-assessments', { victimPersonId, incidentAt: ago(2), answers: answers(3), ...body });
  assert.equal(res.statusCode, 201, res.body);
  return json(res);
}

async function auditActions(entityId: string) {
  const res = await get('auditor', `/audit?entityId=${entityId}&limit=200`);
  assert.equal(res.statusCode, 200, res.body);
  return (json(res).items as { action: string; username: string }[]);
}

function problemPaths(res: Parameters<typeof json>[0]) {
  return (json(res).errors ?? []).map((e: { path: string }) => e.path) as string[];
}

describe('DASH assessments', () => {
  test('14 "yes" answers score high: MARAC reason, IDVA referral, DAISU and supervisor tasks, child referral; audited', async () => {
    const victim = await person('Hannah', 'Fairweather');
    const perpetrator = await person('Gareth', 'Fairweather', '1985-01-01');
    const incident = await post('calltaker', '/incidents', { source: '999', type: 'CRIME_ASSAULT', summary: 'Caller says her partner has hit her' });
    assert.equal(incident.statusCode, 201, incident.body);
    const res = await post('constable', '/dash-assessments', {
      victimPersonId: victim, perpetratorPersonId: perpetrator, linkedType: 'incident', linkedId: json(incident).id, linkedReference: json(incident).reference,
      incidentAt: ago(3), answers: answers(14), answerNotes: { injured_now: 'Bruising to left arm' }, childrenPresent: true, childrenCount: 2,
      positiveAction: { powerOfArrest: true, arrested: true },
    });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.headers.etag, '"1"');
    const d = json(res);
    assert.match(d.reference, /^HT\/DASH\/\d{7}$/);
    assert.equal(d.score, 14);
    assert.equal(d.computedLevel, 'high');
    assert.equal(d.finalLevel, 'high');
    assert.equal(d.levelBasis, 'score');
    assert.equal(d.route.queue, 'daisu_safeguarding');
    assert.deepEqual(d.maracReasons.map((r: { code: string }) => r.code), ['visible_high_risk']);
    assert.ok(d.maracReferralId);
    assert.ok(d.idvaReferralId);
    assert.equal(d.safeguardingReferralIds.length, 1);
    const kinds = d.tasks.map((x: { kind: string }) => x.kind).sort();
    for (const kind of ['dash-high-risk', 'dash-supervisor-review', 'marac-listing', 'idva-contact', 'safeguarding-triage', 'school-notification']) assert.ok(kinds.includes(kind), `${kind} in ${kinds}`);
    const idvaTask = d.tasks.find((x: { kind: string }) => x.kind === 'idva-contact');
    assert.equal(new Date(idvaTask.dueAt).getTime(), new Date(d.incidentAt).getTime() + 24 * HOUR, 'IDVA due 24 h after the incident');
    assert.equal(d.answerNotes.injured_now, 'Bruising to left arm');
    assert.equal(d.rulesVersion, 'safeguarding-2026.1');

    const ppuWork = json(await get('ppu', '/tasks/mine?limit=100')).items.map((x: { kind: string }) => x.kind);
    assert.ok(ppuWork.includes('dash-high-risk'), 'high risk lands in the DA unit queue');

    const referral = json(await get('ppu', `/safeguarding-referrals/${d.safeguardingReferralIds[0]}`));
    assert.equal(referral.subjectKind, 'child');
    assert.equal(referral.suggestedRag, 'red');
    assert.equal(referral.schoolNotificationDueAt, '2026-11-24T08:30:00.000Z', 'before the next school day');

    const actions = (await auditActions(d.id)).map((a) => a.action);
    assert.ok(actions.includes('dash.created'));
  });

  test('professional judgement raises with a reason and becomes a MARAC reason; without a reason it is refused', async () => {
    const victim = await person('Imogen', 'Barraclough');
    const refused = await post('constable', '/dash-assessments', { victimPersonId: victim, incidentAt: ago(1), answers: answers(11), finalLevel: 'high', levelReason: 'gut' });
    assert.equal(refused.statusCode, 422);
    assert.match(String(refused.headers['content-type']), /problem\+json/);
    assert.deepEqual(problemPaths(refused), ['body.levelReason']);
    const d = await dash(victim, { answers: answers(11), finalLevel: 'high', levelReason: 'Threatened her with a knife in front of the children' });
    assert.equal(d.computedLevel, 'medium');
    assert.equal(d.finalLevel, 'high');
    assert.equal(d.levelBasis, 'professional_judgement_raised');
    assert.deepEqual(d.maracReasons.map((r: { code: string }) => r.code), ['professional_judgement']);
  });

  test('a level below the score is refused without a supervisor, accepted from a sergeant with a reason', async () => {
    const victim = await person('Joanna', 'Pilkington');
    const body = { victimPersonId: victim, incidentAt: ago(1), answers: answers(15), finalLevel: 'medium', levelReason: 'Perpetrator remanded in custody until trial' };
    const refused = await post('constable', '/dash-assessments', body);
    assert.equal(refused.statusCode, 422, refused.body);
    assert.deepEqual(problemPaths(refused), ['body.finalLevel']);
    assert.match(json(refused).detail, /supervisor/);
    const ppuRefused = await post('ppu', '/dash-assessments', body);
    assert.equal(ppuRefused.statusCode, 422);
    const ok = await post('sergeant', '/dash-assessments', body);
    assert.equal(ok.statusCode, 201, ok.body);
    assert.equal(json(ok).finalLevel, 'medium');
    assert.equal(json(ok).levelBasis, 'supervisor_lowered');
    assert.equal(json(ok).route.queue, 'neighbourhood_follow_up');
  });

  test('bad input is a 400 naming every bad field; unknown people 422; future incident 400; nothing stored', async () => {
    const count = async () => ((await t.db.execute(sql`select count(*)::int as n from dash_assessments`)) as unknown as { rows: { n: number }[] }).rows[0].n;
    const before = await count();
    const bad = await post('constable', '/dash-assessments', {
      victimPersonId: 'not-a-uuid', incidentAt: 'yesterday', answers: { injured_now: 'maybe', made_up: 'yes' }, childrenCount: -1, finalLevel: 'extreme', sneaky: 1,
    });
    assert.equal(bad.statusCode, 400);
    const paths = problemPaths(bad);
    for (const p of ['body.victimPersonId', 'body.incidentAt', 'body.answers.injured_now', 'body.answers.made_up', 'body.childrenCount', 'body.finalLevel', 'body.sneaky']) {
      assert.ok(paths.includes(p), `${p} in ${paths.join(', ')}`);
    }
    const unknown = await post('constable', '/dash-assessments', { victimPersonId: '01936f4e-0000-7000-8000-0000000000ff', incidentAt: ago(1), answers: answers(2) });
    assert.equal(unknown.statusCode, 422);
    assert.deepEqual(problemPaths(unknown), ['body.victimPersonId']);
    const victim = await person('Kerry', 'Oddie');
    const future = await post('constable', '/dash-assessments', { victimPersonId: victim, incidentAt: ahead(5), answers: answers(2) });
    assert.equal(future.statusCode, 400);
    assert.deepEqual(problemPaths(future), ['body.incidentAt']);
    assert.equal(await count(), before);
  });

  test('positive action: a power of arrest and no arrest needs a reason (F16)', async () => {
    const victim = await person('Lorna', 'Quayle');
    const refused = await post('constable', '/dash-assessments', { victimPersonId: victim, incidentAt: ago(1), answers: answers(4), positiveAction: { powerOfArrest: true, arrested: false } });
    assert.equal(refused.statusCode, 422);
    assert.deepEqual(problemPaths(refused), ['body.positiveAction.noArrestReason']);
    const d = await dash(victim, { positiveAction: { powerOfArrest: true, arrested: false, noArrestReason: 'out_of_force', noArrestNote: 'Left for Essex' } });
    assert.equal(d.positiveAction.noArrestReason, 'out_of_force');
  });

  test('victim declined: unanswered questions count as no and are listed; the assessment still completes', async () => {
    const victim = await person('Maria', 'Ruddock');
    const d = await dash(victim, { answers: { injured_now: 'yes', very_frightened: 'not_known' }, victimDeclined: true });
    assert.equal(d.score, 1);
    assert.equal(d.victimDeclined, true);
    assert.equal(d.unanswered.length, 25);
    assert.equal(d.answers.very_frightened, 'not_known');
  });

  test('history per victim: newest first, every read audited; the third call-out in 12 months is escalation, a new one after MARAC is repeat', async () => {
    const victim = await person('Nadia', 'Sowerby');
    const first = await dash(victim, { incidentAt: ago(24 * 60) });
    assert.deepEqual(first.maracReasons, []);
    await dash(victim, { incidentAt: ago(24 * 30) });
    const third = await dash(victim, { incidentAt: ago(5) });
    assert.deepEqual(third.maracReasons.map((r: { code: string }) => r.code), ['potential_escalation']);
    t.clock.advance(2 * HOUR);
    let fourth;
    try {
      fourth = await dash(victim, { incidentAt: ago(1), answers: answers(1) });
    } finally {
      t.clock.advance(-2 * HOUR);
    }
    assert.deepEqual(fourth.maracReasons.map((r: { code: string }) => r.code), ['potential_escalation', 'repeat']);

    const res = await get('ppu', `/dash-assessments?victimId=${victim}`);
    assert.equal(res.statusCode, 200, res.body);
    const items = json(res).items;
    assert.equal(items.length, 4);
    assert.equal(items[0].id, fourth.id);
    assert.equal(items[3].id, first.id);
    const reads = (await auditActions(first.id)).filter((a) => a.action === 'read' && a.username === 'ppu');
    assert.equal(reads.length, 1);
    const one = await get('constable', `/dash-assessments/${third.id}`);
    assert.equal(one.statusCode, 200);
    assert.equal(one.headers.etag, '"1"');
    assert.ok((await auditActions(third.id)).some((a) => a.action === 'read' && a.username === 'constable'));
    assert.equal((await get('ppu', '/dash-assessments?victimId=nope')).statusCode, 400);
  });

  test('force isolation and permissions: BEDS gets 404, partner and analyst 403', async () => {
    const victim = await person('Olive', 'Tranter');
    const d = await dash(victim);
    assert.equal((await get('constable.beds', `/dash-assessments/${d.id}`)).statusCode, 404);
    assert.equal(json(await get('ppu.beds', `/dash-assessments?victimId=${victim}`)).items.length, 0);
    assert.equal((await get('partner', `/dash-assessments/${d.id}`)).statusCode, 403);
    assert.equal((await post('analyst', '/dash-assessments', { victimPersonId: victim, incidentAt: ago(1), answers: answers(1) })).statusCode, 403);
    const beds = await post('constable.beds', '/dash-assessments', { victimPersonId: victim, incidentAt: ago(1), answers: answers(1) });
    assert.equal(beds.statusCode, 422, 'another force’s person is not a person of yours');
  });

  test('need-to-know: a DASH about a restricted victim needs the access list or a stated reason; both audited', async () => {
    const victim = await person('Quinn', 'Ravensworth');
    const d = await dash(victim);
    const users = json(await get('sergeant', '/users?q=ppu')).items;
    const ppu = users.find((u: { username: string }) => u.username === 'ppu');
    const restricted = await post('sergeant', `/persons/${victim}/restrict`, { reason: 'Victim is a serving police officer', accessUserIds: [ppu.id] });
    assert.equal(restricted.statusCode, 200, restricted.body);
    const refused = await get('constable', `/dash-assessments/${d.id}`);
    assert.equal(refused.statusCode, 403);
    assert.equal(json(refused).type, '/problems/restricted-record');
    assert.equal((await get('constable', `/dash-assessments?victimId=${victim}`)).statusCode, 403);
    assert.equal((await get('ppu', `/dash-assessments/${d.id}`)).statusCode, 200, 'on the access list');
    const withReason = await t.as('inspector', { method: 'GET', url: `/api/v1/dash-assessments/${d.id}`, headers: { 'x-access-reason': 'Supervisor review of the DASH' } });
    assert.equal(withReason.statusCode, 200, withReason.body);
    const actions = (await auditActions(d.id)).map((a) => `${a.action}:${a.username}`);
    assert.ok(actions.includes('read.refused:constable'));
    assert.ok(actions.includes('read:ppu'));
    assert.ok((await auditActions(victim)).some((a) => a.action === 'person.access_override' && a.username === 'inspector'));
    const referral = json(await post('ppu', '/marac-referrals', { victimPersonId: victim, professionalJudgementNote: 'Officer victim; coercive control by partner' }));
    assert.equal(referral.victim.name, 'Quinn Ravensworth', 'the access list sees the name');
    const listed = json(await get('inspector', '/marac-referrals?limit=200')).items.find((r: { id: string }) => r.id === referral.id);
    assert.equal(listed.victim.name, 'Restricted record', 'others see the reference only');
  });

  test('a person merge moves the DASH history to the surviving record', async () => {
    const survivor = await person('Ruth', 'Satterthwaite', '1979-09-09');
    const duplicate = await person('Ruth', 'Satterthwaite', '1979-09-09');
    const d = await dash(duplicate);
    const merged = await post('sergeant', `/persons/${survivor}/merge`, { duplicateId: duplicate, reason: 'Same person recorded twice at two incidents' });
    assert.equal(merged.statusCode, 200, merged.body);
    const history = json(await get('ppu', `/dash-assessments?victimId=${survivor}`)).items;
    assert.deepEqual(history.map((x: { id: string }) => x.id), [d.id]);
  });

  test('secondary review: If-Match required (428), stale 409, change needs a reason, raising to high refers to MARAC', async () => {
    const victim = await person('Patricia', 'Umpleby');
    const d = await dash(victim, { answers: answers(11) });
    assert.equal(d.finalLevel, 'medium');
    assert.equal(d.maracReferralId, null);
    const url = `/dash-assessments/${d.id}/secondary-review`;
    assert.equal((await post('ppu', url, { level: 'high', reason: 'Stalking pattern found on review' })).statusCode, 428);
    assert.equal((await post('constable', url, { level: 'high', reason: 'Stalking pattern found on review' }, { 'if-match': '"1"' })).statusCode, 403);
    const noReason = await post('ppu', url, { level: 'high' }, { 'if-match': '"1"' });
    assert.equal(noReason.statusCode, 422);
    assert.deepEqual(problemPaths(noReason), ['body.reason']);
    const ok = await post('ppu', url, { level: 'high', reason: 'Stalking pattern found on review' }, { 'if-match': '"1"' });
    assert.equal(ok.statusCode, 200, ok.body);
    const reviewed = json(ok);
    assert.equal(reviewed.finalLevel, 'high');
    assert.equal(reviewed.version, 2);
    assert.equal(reviewed.review.level, 'high');
    assert.ok(reviewed.maracReferralId);
    assert.ok(reviewed.idvaReferralId);
    const stale = await post('ppu', url, { level: 'high' }, { 'if-match': '"1"' });
    assert.equal(stale.statusCode, 409);
    assert.equal(json(stale).type, '/problems/stale-version');
    assert.equal((await post('ppu', url, { level: 'high' }, { 'if-match': '"2"' })).statusCode, 409, 'reviewed once');
    assert.ok((await auditActions(d.id)).some((a) => a.action === 'dash.secondary_reviewed'));
  });
});

describe('MARAC', () => {
  test('referral needs a criterion or professional judgement; meeting, case list, actions; partner sees only own agency', async () => {
    const victim = await person('Rachel', 'Venables');
    const none = await post('ppu', '/marac-referrals', { victimPersonId: victim });
    assert.equal(none.statusCode, 422);
    assert.deepEqual(problemPaths(none), ['body.professionalJudgementNote']);
    const created = await post('ppu', '/marac-referrals', { victimPersonId: victim, professionalJudgementNote: 'Escalating coercive control reported by GP' });
    assert.equal(created.statusCode, 201, created.body);
    const referral = json(created);
    assert.deepEqual(referral.reasons.map((r: { code: string }) => r.code), ['professional_judgement']);
    assert.equal((await post('constable', '/marac-referrals', { victimPersonId: victim, professionalJudgementNote: 'x'.repeat(20) })).statusCode, 403);

    const partnerAgency = "Hertfordshire County Council Children's Services";
    const meetingRes = await post('ppu', '/marac-meetings', { area: 'Watford and Three Rivers', meetingAt: ahead(2), agencies: ['Police', partnerAgency, 'IDVA service'] });
    assert.equal(meetingRes.statusCode, 201, meetingRes.body);
    const meeting = json(meetingRes);
    assert.match(meeting.reference, /^HT\/MTG\/\d{7}$/);
    const listUrl = `/marac-meetings/${meeting.id}/cases`;
    assert.equal((await post('ppu', listUrl, { referralId: referral.id })).statusCode, 428);
    const listed = await post('ppu', listUrl, { referralId: referral.id }, { 'if-match': '"1"' });
    assert.equal(listed.statusCode, 200, listed.body);
    assert.equal(json(listed).cases[0].status, 'listed');
    assert.equal((await post('ppu', listUrl, { referralId: referral.id }, { 'if-match': '"1"' })).statusCode, 409);
    assert.equal((await post('ppu', listUrl, { referralId: referral.id }, { 'if-match': '"2"' })).statusCode, 409, 'already listed');

    const badAgency = await post('ppu', `/marac-meetings/${meeting.id}/actions`, { referralId: referral.id, agency: 'Nobody', description: 'x', dueAt: ahead(100) });
    assert.equal(badAgency.statusCode, 422);
    assert.deepEqual(problemPaths(badAgency), ['body.agency']);
    const mine = json(await post('ppu', `/marac-meetings/${meeting.id}/actions`, { referralId: referral.id, agency: partnerAgency, description: 'Social worker visit to the children', owner: 'Duty team', dueAt: ahead(100) }));
    const theirs = json(await post('ppu', `/marac-meetings/${meeting.id}/actions`, { referralId: referral.id, agency: 'IDVA service', description: 'Safety plan with the victim', dueAt: ahead(50) }));

    const partnerList = await get('partner', '/marac-actions');
    assert.equal(partnerList.statusCode, 200, partnerList.body);
    const seen = json(partnerList).items.map((a: { id: string; agency: string }) => a.id);
    assert.ok(seen.includes(mine.id));
    assert.ok(!seen.includes(theirs.id), 'partner must not see another agency’s action');
    assert.ok(json(partnerList).items.every((a: { agency: string }) => a.agency === partnerAgency));
    assert.equal((await get('partner', `/marac-actions/${theirs.id}`)).statusCode, 404);
    assert.equal((await post('partner', `/marac-actions/${theirs.id}/complete`, { outcome: 'done' }, { 'if-match': '"1"' })).statusCode, 404);
    assert.equal((await get('partner', `/marac-actions/${mine.id}`)).statusCode, 200);
    assert.equal((await get('partner', '/marac-referrals')).statusCode, 403);
    assert.equal((await get('partner', `/marac-meetings/${meeting.id}`)).statusCode, 403);
    assert.equal((await get('partner.beds', `/marac-actions/${mine.id}`)).statusCode, 404);
    const done = await post('partner', `/marac-actions/${mine.id}/complete`, { outcome: 'Visited; children safe; plan agreed' }, { 'if-match': '"1"' });
    assert.equal(done.statusCode, 200, done.body);
    assert.equal(json(done).status, 'done');
    assert.equal((await post('partner', `/marac-actions/${mine.id}/complete`, { outcome: 'again' }, { 'if-match': '"2"' })).statusCode, 409);
    assert.equal(json(await get('ppu', '/marac-actions')).items.filter((a: { meetingId: string }) => a.meetingId === meeting.id).length, 2);
    assert.ok((await auditActions(mine.id)).some((a) => a.action === 'read' && a.username === 'partner'));

    const early = await post('ppu', `/marac-meetings/${meeting.id}/hold`, { outcome: 'All actions agreed' }, { 'if-match': '"2"' });
    assert.equal(early.statusCode, 409);
    t.clock.advance(3 * HOUR);
    try {
      const held = await post('ppu', `/marac-meetings/${meeting.id}/hold`, { outcome: 'All actions agreed' }, { 'if-match': '"2"' });
      assert.equal(held.statusCode, 200, held.body);
      assert.equal(json(held).status, 'held');
      assert.equal(json(held).cases[0].status, 'heard');
      const summaries = json(await get('ppu', '/marac-meetings')).items;
      assert.equal(summaries.find((m: { id: string }) => m.id === meeting.id).caseCount, 1);
    } finally {
      t.clock.advance(-3 * HOUR);
    }
    assert.equal(json(await get('ppu', `/marac-referrals/${referral.id}`)).status, 'heard');
  });

  test('IDVA: contact recorded with If-Match and measured from the incident', async () => {
    const victim = await person('Sophie', 'Whitlock');
    const d = await dash(victim, { answers: answers(16), incidentAt: ago(4) });
    const list = json(await get('ppu', '/idva-referrals'));
    const idva = list.items.find((i: { id: string }) => i.id === d.idvaReferralId);
    assert.equal(idva.hoursToReferral, 4);
    const url = `/idva-referrals/${d.idvaReferralId}/contact`;
    assert.equal((await post('ppu', url, { contactedAt: ago(1) })).statusCode, 428);
    const ok = await post('ppu', url, { contactedAt: ago(1) }, { 'if-match': '"1"' });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(json(ok).hoursToContact, 3);
    assert.equal(json(ok).contactWithinTarget, true);
    assert.equal((await post('ppu', url, { contactedAt: ago(1) }, { 'if-match': '"2"' })).statusCode, 409);
  });
});

describe('safeguarding referrals hub', () => {
  test('create, hub queue, triage with If-Match, MASH outcome; constable cannot triage', async () => {
    const res = await post('constable', '/safeguarding-referrals', {
      subjectKind: 'adult', subjectDescription: 'Older man living alone, confused', concern: 'Neighbour reports financial exploitation by a carer',
    });
    assert.equal(res.statusCode, 201, res.body);
    const r = json(res);
    assert.match(r.reference, /^HT\/SGR\/\d{7}$/);
    assert.equal(r.status, 'new');
    assert.equal((await get('constable', '/safeguarding-referrals')).statusCode, 403);
    const hub = json(await get('ppu', '/safeguarding-referrals?status=new'));
    assert.ok(hub.items.some((x: { id: string }) => x.id === r.id));
    const url = `/safeguarding-referrals/${r.id}`;
    assert.equal((await post('ppu', `${url}/outcome`, { outcome: 'adult_services_s42' }, { 'if-match': '"1"' })).statusCode, 409, 'triage first');
    assert.equal((await post('constable', `${url}/triage`, { rag: 'amber', agency: 'Adult Care Services' }, { 'if-match': '"1"' })).statusCode, 403);
    const badRag = await post('ppu', `${url}/triage`, { rag: 'purple', agency: '' }, { 'if-match': '"1"' });
    assert.equal(badRag.statusCode, 400);
    assert.deepEqual(problemPaths(badRag).sort(), ['body.agency', 'body.rag']);
    const triaged = await post('ppu', `${url}/triage`, { rag: 'amber', agency: 'Adult Care Services', note: 'Care Act s.42 enquiry' }, { 'if-match': '"1"' });
    assert.equal(triaged.statusCode, 200, triaged.body);
    assert.equal(json(triaged).decisionDueAt, '2026-11-24T10:00:00.000Z', '1 working day');
    const [{ n: openTriage }] = ((await t.db.execute(sql`select count(*)::int as n from tasks where entity_id = ${r.id} and kind = 'safeguarding-triage' and status = 'open'`)) as unknown as { rows: { n: number }[] }).rows;
    assert.equal(openTriage, 0, 'triage completes the triage task');
    const closed = await post('ppu', `${url}/outcome`, { outcome: 'adult_services_s42', note: 'Enquiry opened' }, { 'if-match': '"2"' });
    assert.equal(closed.statusCode, 200, closed.body);
    assert.equal(json(closed).status, 'closed');
    assert.equal((await get('ppu.beds', url)).statusCode, 404);
    const actions = (await auditActions(r.id)).map((a) => a.action);
    for (const a of ['safeguarding_referral.created', 'safeguarding_referral.triaged', 'safeguarding_referral.outcome_recorded', 'read']) assert.ok(actions.includes(a), a);
  });

  test('school notification is recorded once, for child referrals only', async () => {
    const victim = await person('Tanya', 'Yardley');
    const d = await dash(victim, { childrenResident: true });
    const id = d.safeguardingReferralIds[0];
    const ok = await post('ppu', `/safeguarding-referrals/${id}/school-notified`, { notifiedAt: ago(0) }, { 'if-match': '"1"' });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.ok(json(ok).schoolNotifiedAt);
    assert.equal((await post('ppu', `/safeguarding-referrals/${id}/school-notified`, { notifiedAt: ago(0) }, { 'if-match': '"2"' })).statusCode, 409);
  });
});

describe('DVPN / DVPO', () => {
  test('the perpetrator must be 18 or over; only a superintendent authorises; serving starts the 48 h clock; order 14–28 days; breaches', async () => {
    const victim = await person('Ursula', 'Ackroyd');
    const youth = await person('Vince', 'Ackroyd', '2010-01-01');
    const adult = await person('Wayne', 'Ackroyd', '1980-05-05');
    const base = { victimPersonId: victim, grounds: 'Punched the victim and threatened to return', violenceOrThreat: true, necessaryToProtect: true, conditions: ['Not to enter 12 Acacia Avenue'] };
    const young = await post('constable', '/protection-notices', { ...base, perpetratorPersonId: youth });
    assert.equal(young.statusCode, 422);
    assert.deepEqual(problemPaths(young), ['body.perpetratorPersonId']);
    const notNecessary = await post('constable', '/protection-notices', { ...base, perpetratorPersonId: adult, necessaryToProtect: false });
    assert.equal(notNecessary.statusCode, 422);
    const res = await post('constable', '/protection-notices', { ...base, perpetratorPersonId: adult });
    assert.equal(res.statusCode, 201, res.body);
    const n = json(res);
    assert.equal(n.status, 'awaiting_authorisation');
    const supWork = json(await get('superintendent', '/tasks/mine?limit=100')).items;
    const authTask = supWork.find((x: { kind: string; title: string }) => x.kind === 'dvpn-authorisation' && x.title.includes(n.reference));
    assert.ok(authTask, 'the superintendent has the authorisation task');
    assert.match(authTask.closesVia, /superintendent’s decision/);
    const dismissed = await post('superintendent', `/tasks/${authTask.id}/complete`, { outcome: 'done' }, { 'if-match': `"${authTask.version}"` });
    assert.equal(dismissed.statusCode, 409, 'the clock task clears only with the decision itself');

    const url = `/protection-notices/${n.id}`;
    const byInspector = await post('inspector', `${url}/authorise`, { decision: 'authorise', reason: 'Necessary to protect the victim' }, { 'if-match': '"1"' });
    assert.equal(byInspector.statusCode, 403);
    assert.equal((await post('superintendent', `${url}/authorise`, { decision: 'authorise', reason: 'short' }, { 'if-match': '"1"' })).statusCode, 400);
    assert.equal((await post('superintendent', `${url}/authorise`, { decision: 'authorise', reason: 'Necessary to protect the victim' })).statusCode, 428);
    const authorised = await post('superintendent', `${url}/authorise`, { decision: 'authorise', reason: 'Necessary to protect the victim' }, { 'if-match': '"1"' });
    assert.equal(authorised.statusCode, 200, authorised.body);
    assert.equal(json(authorised).status, 'authorised');
    const cleared = json(await get('superintendent', `/tasks/${authTask.id}`));
    assert.equal(cleared.status, 'completed', 'the decision completes the authorisation task');
    assert.equal((await post('superintendent', `${url}/authorise`, { decision: 'refuse', reason: 'Changed my mind entirely' }, { 'if-match': '"2"' })).statusCode, 409);

    // Served Friday 27 Nov 18:00: Sunday is not counted, so the hearing is due Monday 30 Nov 18:00.
    t.clock.set(new Date('2026-11-27T19:00:00Z'));
    try {
      const served = await postFresh('constable', `${url}/serve`, { servedAt: '2026-11-27T18:00:00Z' }, { 'if-match': '"2"' });
      assert.equal(served.statusCode, 200, served.body);
      assert.equal(json(served).hearingDueAt, '2026-11-30T18:00:00.000Z');
      const breachAsNotice = await postFresh('constable', `${url}/breaches`, { occurredAt: '2026-11-27T18:30:00Z', detail: 'Returned to the address', arrested: true });
      assert.equal(breachAsNotice.statusCode, 201, breachAsNotice.body);
      assert.equal(json(breachAsNotice).breaches[0].against, 'dvpn');
      t.clock.set(new Date('2026-11-30T15:00:00Z'));
      const tooLong = await postFresh('constable', `${url}/hearing`, { hearingAt: '2026-11-30T11:00:00Z', court: 'Stevenage Magistrates', outcome: 'order_made', orderDays: 30 }, { 'if-match': '"4"' });
      assert.equal(tooLong.statusCode, 422, tooLong.body);
      assert.deepEqual(problemPaths(tooLong), ['body.orderDays']);
      const order = await postFresh('constable', `${url}/hearing`, { hearingAt: '2026-11-30T11:00:00Z', court: 'Stevenage Magistrates', outcome: 'order_made', orderDays: 28 }, { 'if-match': '"4"' });
      assert.equal(order.statusCode, 200, order.body);
      const o = json(order);
      assert.equal(o.status, 'order_made');
      assert.equal(o.orderExpiresAt, '2026-12-28T11:00:00.000Z');
      assert.equal(o.hearingLate, false);
      assert.equal(o.orderState, 'active');
      const noReason = await postFresh('constable', `${url}/breaches`, { occurredAt: '2026-11-30T14:00:00Z', detail: 'Sent messages', arrested: false });
      assert.equal(noReason.statusCode, 422);
      assert.deepEqual(problemPaths(noReason), ['body.noArrestReason']);
      const beforeServe = await postFresh('constable', `${url}/breaches`, { occurredAt: '2026-11-20T14:00:00Z', detail: 'Earlier contact', arrested: true });
      assert.equal(beforeServe.statusCode, 422);
      const breach = await postFresh('constable', `${url}/breaches`, { occurredAt: '2026-11-30T14:00:00Z', detail: 'Came to the house', arrested: true });
      assert.equal(breach.statusCode, 201, breach.body);
      assert.equal(json(breach).breaches.length, 2);
      assert.equal(json(breach).breaches[1].against, 'dvpo');

      t.clock.set(new Date('2026-12-28T12:00:00Z'));
      const system = { id: '00000000-0000-0000-0000-000000000000', username: 'system', displayName: 'system', role: 'administrator' as const, forceId: 'HERTS', team: null, permissions: new Set<string>() };
      const run = () => expireProtectionOrders({ db: t.db, forceId: 'HERTS', requestId: 'test', now: t.clock.now, user: system });
      assert.ok((await run()) >= 1);
      assert.equal(await run(), 0, 'safe to run twice');
      assert.equal(json(await getFresh('ppu', url)).status, 'order_expired');
    } finally {
      t.clock.set(new Date('2026-11-23T10:00:00Z'));
    }
    assert.equal((await get('constable.beds', url)).statusCode, 404);
    const actions = (await auditActions(n.id)).map((a) => a.action);
    for (const a of ['dvpn.requested', 'dvpn.authorised', 'dvpn.served', 'dvpo.made', 'dvpn.breach_recorded', 'dvpo.expired']) assert.ok(actions.includes(a), a);
  });
});

describe("Clare's Law (DVDS)", () => {
  const form = {
    force: 'HERTS', applicantName: 'Laura Mitchell', applyingFor: 'myself', relationship: 'New partner of three months', email: 'laura@example.org',
    safeContactNote: 'Email only, please; do not phone', subjectName: 'Darren Cole', subjectDetails: 'About 35, lives in Hatfield',
    concern: 'He has said his ex had to get the police involved and he gets very angry when I see friends.', consent: true,
  };

  test('the public form needs no login, returns only a reference, and the application appears in the DVDS queue', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/public/clares-law', payload: form });
    assert.equal(res.statusCode, 202, res.body);
    const receipt = json(res);
    assert.match(receipt.reference, /^HT\/DVDS\/\d{7}$/);
    assert.deepEqual(Object.keys(receipt).sort(), ['message', 'received', 'reference']);
    const queue = json(await get('ppu', '/dvds-applications?open=true'));
    const app = queue.items.find((a: { reference: string }) => a.reference === receipt.reference);
    assert.ok(app, 'in the queue');
    assert.equal(app.route, 'right_to_ask');
    assert.equal(app.source, 'public_form');
    assert.equal(app.stage, 'initial_checks');
    assert.equal(app.limitAt, new Date(t.clock.now().getTime() + 28 * 24 * HOUR).toISOString());
    assert.equal((await get('constable', '/dvds-applications')).statusCode, 403);
    assert.equal(json(await get('ppu.beds', '/dvds-applications')).items.some((a: { reference: string }) => a.reference === receipt.reference), false);
  });

  test('hostile input: honeypot, markup, unknown fields, no contact, no consent, unknown force, oversize; nothing readable', async () => {
    const count = async () => ((await t.db.execute(sql`select count(*)::int as n from dvds_applications`)) as unknown as { rows: { n: number }[] }).rows[0].n;
    const before = await count();
    const inject = (payload: unknown) => t.app.inject({ method: 'POST', url: '/api/v1/public/clares-law', payload: payload as object, remoteAddress: '198.51.100.7' });
    const bot = await inject({ ...form, website: 'http://spam.example' });
    assert.equal(bot.statusCode, 202);
    assert.equal(json(bot).reference, null);
    const hostile = await inject({ ...form, applicantName: '<script>alert(1)</script>', subjectName: "Robert'); DROP TABLE persons;--", isAdmin: true, consent: false, email: null, phone: 'call me', force: 'herts' });
    assert.equal(hostile.statusCode, 400);
    const paths = problemPaths(hostile);
    for (const p of ['body.applicantName', 'body.subjectName', 'body.isAdmin', 'body.consent', 'body.phone', 'body.force']) assert.ok(paths.includes(p), `${p} in ${paths}`);
    const noContact = await inject({ ...form, email: undefined });
    assert.equal(noContact.statusCode, 400);
    assert.deepEqual(problemPaths(noContact), ['body.phone']);
    const unknownForce = await inject({ ...form, force: 'ATLANTIS' });
    assert.equal(unknownForce.statusCode, 400);
    assert.deepEqual(problemPaths(unknownForce), ['body.force']);
    assert.equal((await inject({ ...form, concern: 'x'.repeat(5000) })).statusCode, 400);
    assert.equal((await t.app.inject({ method: 'POST', url: '/api/v1/public/clares-law', payload: 'not json', headers: { 'content-type': 'application/json' }, remoteAddress: '198.51.100.7' })).statusCode, 400);
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/public/clares-law' })).statusCode, 404);
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/dvds-applications' })).statusCode, 401);
    assert.equal(await count(), before);
  });

  test('workflow: stages in order, identity check, panel decision, disclosure with a safety plan, If-Match; timescale tasks', async () => {
    const created = await post('ppu', '/dvds-applications', {
      route: 'right_to_know', applicantName: 'DC Demo (police-initiated)', applicantRelationship: 'Police', subjectName: 'Carl Benton', concern: 'New partner at risk; subject has DA history with two previous partners',
    });
    assert.equal(created.statusCode, 201, created.body);
    const a = json(created);
    assert.equal(a.route, 'right_to_know');
    assert.equal(a.nextStages[0], 'face_to_face');
    const work = json(await get('ppu', '/tasks/mine?limit=200')).items;
    assert.ok(work.some((x: { kind: string }) => x.kind === 'dvds-initial-checks'));
    const url = `/dvds-applications/${a.id}/advance`;
    assert.equal((await post('ppu', url, { stage: 'face_to_face' })).statusCode, 428);
    const skip = await post('ppu', url, { stage: 'research' }, { 'if-match': '"1"' });
    assert.equal(skip.statusCode, 422);
    assert.deepEqual(problemPaths(skip), ['body.stage']);
    let v = 1;
    const step = async (body: Record<string, unknown>, status = 200) => {
      const res = await post('ppu', url, body, { 'if-match': `"${v}"` });
      assert.equal(res.statusCode, status, res.body);
      if (status === 200) v += 1;
      return json(res);
    };
    await step({ stage: 'face_to_face' });
    const noId = await step({ stage: 'research' }, 422);
    assert.deepEqual(noId.errors.map((e: { path: string }) => e.path), ['body.identityVerified']);
    await step({ stage: 'research', identityVerified: true, note: 'Passport seen' });
    await step({ stage: 'decision_panel' });
    const noPlan = await step({ stage: 'disclosure', decision: 'disclose' }, 422);
    assert.deepEqual(noPlan.errors.map((e: { path: string }) => e.path), ['body.safetyPlan']);
    await step({ stage: 'disclosure', decision: 'disclose', safetyPlan: 'Disclosure in person with IDVA present; safety plan agreed' });
    const closed = await step({ stage: 'closed', note: 'Disclosed in person' });
    assert.equal(closed.stage, 'closed');
    assert.ok(closed.disclosedAt);
    assert.ok(closed.closedAt);
    assert.equal(closed.history.length, 6);
    assert.equal((await post('ppu', url, { stage: 'research' }, { 'if-match': `"${v}"` })).statusCode, 409);
    const stale = await post('ppu', url, { stage: 'research' }, { 'if-match': '"1"' });
    assert.equal(stale.statusCode, 409);
    assert.equal(json(await get('ppu', `/dvds-applications/${a.id}`)).stage, 'closed');
    assert.ok((await auditActions(a.id)).some((x) => x.action === 'dvds.advanced'));
  });

  test('urgent disclosure needs an inspector', async () => {
    const a = json(await post('inspector', '/dvds-applications', { route: 'right_to_know', applicantName: 'Police', applicantRelationship: 'Police', subjectName: 'Lee Dunn', concern: 'Imminent risk' }));
    const body = { stage: 'disclosure', urgent: true, safetyPlan: 'Immediate safety plan with refuge place' };
    assert.equal((await post('ppu', `/dvds-applications/${a.id}/advance`, body, { 'if-match': '"1"' })).statusCode, 422);
    const ok = await post('inspector', `/dvds-applications/${a.id}/advance`, body, { 'if-match': '"1"' });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(json(ok).decision, 'disclose');
  });
});

describe('DA dashboard', () => {
  test('analyst sees counts and rates; constable may not', async () => {
    const res = await get('analyst', '/safeguarding/dashboard');
    assert.equal(res.statusCode, 200, res.body);
    const d = json(res);
    assert.ok(d.dash.assessments >= 10);
    assert.ok(d.dash.byLevel.high >= 1);
    assert.ok(d.dash.repeatVictims >= 1);
    assert.ok(d.positiveAction.withPowerOfArrest >= 2);
    assert.ok(d.positiveAction.noArrestReasons.out_of_force >= 1);
    assert.ok(d.marac.referrals >= 3);
    assert.ok(d.marac.byReason.visible_high_risk >= 1);
    assert.ok(d.idva.referred >= 2);
    assert.ok(d.dvds.rightToAsk >= 1 && d.dvds.rightToKnow >= 1 && d.dvds.disclosures >= 1);
    assert.ok(d.notices.dvpnRequested >= 1);
    assert.equal((await get('constable', '/safeguarding/dashboard')).statusCode, 403);
    assert.equal(json(await get('analyst.beds', '/safeguarding/dashboard')).dash.assessments, 0);
  });
});

describe('public form rate limit', () => {
  test(`more than ${PUBLIC_FORM_LIMIT.max} submissions from one address in the window get 429 problem+json`, async () => {
    const statuses: number[] = [];
    for (let i = 0; i < PUBLIC_FORM_LIMIT.max + 2; i++) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/public/clares-law', payload: { force: 'HERTS' }, remoteAddress: '203.0.113.9' });
      statuses.push(res.statusCode);
      if (res.statusCode === 429) assert.match(String(res.headers['content-type']), /problem\+json/);
    }
    assert.ok(statuses.slice(0, PUBLIC_FORM_LIMIT.max).every((s) => s === 400), statuses.join(','));
    assert.equal(statuses.at(-1), 429);
    const other = await t.app.inject({ method: 'POST', url: '/api/v1/public/clares-law', payload: { force: 'HERTS' }, remoteAddress: '203.0.113.10' });
    assert.equal(other.statusCode, 400, 'another address is not limited');
  });
});
