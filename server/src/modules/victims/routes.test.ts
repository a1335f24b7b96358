import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { createTestApp, json, type TestApp } from '../../test/api.js';
import { SYSTEM_USER_ID } from '../../platform/tasks/scheduler.js';
import { restartUpdateChains } from './use-cases/update-chain.js';
import { MIGRATIONS_DIR } from '../../platform/db/connect.js';

let t: TestApp;
before(async () => { t = await createTestApp(); });
after(async () => { await t.close(); });

const DAY = 86_400_000;
type Res = Awaited<ReturnType<TestApp['as']>>;
const post = (user: string, url: string, payload: unknown, headers: Record<string, string> = {}) =>
  t.as(user, { method: 'POST', url: `/api/v1${url}`, payload: payload as object, headers });
const get = (user: string, url: string) => t.as(user, { method: 'GET', url: `/api/v1${url}` });
/** Field paths of a problem, without the `body.` / `querystring.` prefix. */
const paths = (res: Res) => ((json(res).errors ?? []) as { path: string }[]).map((e) => e.path.replace(/^(body|querystring)\./, ''));
const iso = (s: string) => new Date(s).toISOString();

function expectProblem(res: Res, status: number) {
  assert.equal(res.statusCode, status, res.body);
  assert.match(String(res.headers['content-type']), /application\/problem\+json/);
}

async function person(forenames: string, surname: string, dateOfBirth = '1980-05-06', user = 'constable') {
  const res = await post(user, '/persons', { forenames, surname, dateOfBirth });
  assert.equal(res.statusCode, 201, res.body);
  return json(res).id as string;
}

/** Records a crime with the given victims and returns its id and the victims' crime-person ids. */
async function crime(victimIds: string[], over: Record<string, unknown> = {}, user = 'constable') {
  const res = await post(user, '/crimes', {
    classificationCode: '28E', committedFrom: '2026-11-20T22:00:00Z', reportedAt: '2026-11-21T08:00:00Z', summary: 'Entry forced through the rear door; jewellery taken.',
    victims: victimIds.map((personId) => ({ personId })), ...over,
  });
  assert.equal(res.statusCode, 201, res.body);
  const id = json(res).id as string;
  const candidates = json(await get(user, `/victims/candidates?crimeId=${id}`));
  return { id, reference: json(res).reference as string, victims: candidates.items as { crimePersonId: string; person: { id: string }; victimId: string | null }[] };
}

async function assess(crimePersonId: string, over: Record<string, unknown> = {}, user = 'constable') {
  const res = await post(user, '/victims', { crimePersonId, preferredContactMethod: 'phone', referralConsent: 'not_asked', ...over });
  assert.equal(res.statusCode, 201, res.body);
  return json(res);
}

async function auditActions(entityId: string) {
  const res = await get('auditor', `/audit?entityId=${entityId}&limit=200`);
  assert.equal(res.statusCode, 200, res.body);
  return (json(res).items as { action: string; username: string }[]);
}

const task = async (id: string, user = 'constable') => json(await get(user, `/tasks/${id}`));

describe('needs assessment (STANDARDS §5)', () => {
  test('a domestic-abuse victim is enhanced with the reason; contract, 14-day update task for the OIC, no referral without consent; audited', async () => {
    const p = await person('Alice', 'Marchetti');
    const c = await crime([p], { classificationCode: '8N', flags: ['domestic_abuse'] });
    const res = await post('constable', '/victims', { crimePersonId: c.victims[0].crimePersonId, preferredContactMethod: 'phone', referralConsent: 'not_asked', intimidated: true });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.headers.etag, '"1"');
    const v = json(res);
    assert.equal(v.level, 'enhanced');
    assert.deepEqual(v.reasons.map((r: { code: string }) => r.code), ['serious_domestic_abuse', 'intimidated']);
    assert.equal(v.codeVersion, '2020');
    assert.equal(v.oic.username, 'constable', 'the officer who recorded the crime is the default OIC');
    assert.equal(v.contract.updateIntervalDays, 14);
    assert.equal(v.referralBasis.basis, 'none');
    assert.deepEqual(v.entitlements.map((e: { event: string }) => e.event), ['update']);
    const update = v.entitlements[0];
    assert.equal(update.dueAt, new Date(t.clock.now().getTime() + 14 * DAY).toISOString());
    assert.equal(update.state, 'pending');
    const tk = await task(update.taskId);
    assert.equal(tk.assignee.username, 'constable');
    assert.equal(tk.escalateToRole, 'sergeant');
    assert.equal(tk.entityType, 'victim');
    assert.ok(tk.closesVia);
    assert.ok((await auditActions(v.id)).some((a) => a.action === 'victim.assessed'));
  });

  test('a burglary victim is standard: 28-day updates and an automatic referral due in 2 working days', async () => {
    const c = await crime([await person('Brian', 'Oduya')]);
    const v = await assess(c.victims[0].crimePersonId);
    assert.equal(v.level, 'standard');
    assert.deepEqual(v.reasons.map((r: { code: string }) => r.code), ['none']);
    const referral = v.entitlements.find((e: { event: string }) => e.event === 'referral');
    assert.equal(referral.dueAt, iso('2026-11-25T23:59:59.999Z'), 'Monday + 2 working days: the close of Wednesday');
    const update = v.entitlements.find((e: { event: string }) => e.event === 'update');
    assert.equal(update.dueAt, new Date(t.clock.now().getTime() + 28 * DAY).toISOString());
  });

  test('a child victim is enhanced from the date of birth; another OIC can be named', async () => {
    const c = await crime([await person('Chloe', 'Pratt', '2012-01-01')]);
    const officers = json(await get('sergeant', '/users?limit=100'));
    const sergeantId = (officers.items as { id: string; username: string }[]).find((u) => u.username === 'sergeant')!.id;
    const v = await assess(c.victims[0].crimePersonId, { oicUserId: sergeantId });
    assert.equal(v.level, 'enhanced');
    assert.ok(v.reasons.some((r: { code: string }) => r.code === 'vulnerable_under_18'));
    assert.equal(v.oic.username, 'sergeant');
  });

  test('bad input is 400 naming every field; unknown or non-victim links 422; a second assessment 409', async () => {
    const bad = await post('constable', '/victims', { crimePersonId: 'nope', preferredContactMethod: 'carrier pigeon', vulnerabilities: ['tall'] });
    expectProblem(bad, 400);
    for (const field of ['crimePersonId', 'preferredContactMethod', 'referralConsent']) assert.ok(paths(bad).some((p) => p.includes(field)), `${field} in ${paths(bad)}`);
    const unknown = await post('constable', '/victims', { crimePersonId: '01936f4e-0000-7000-8000-000000000001', preferredContactMethod: 'phone', referralConsent: 'given' });
    expectProblem(unknown, 422);
    assert.deepEqual(paths(unknown), ['crimePersonId']);
    const victim = await person('Dev', 'Sharma');
    const suspect = await person('Eddie', 'Crane');
    const res = await post('constable', '/crimes', {
      classificationCode: '105A', committedFrom: '2026-11-21T22:00:00Z', reportedAt: '2026-11-22T08:00:00Z', summary: 'Pushed over outside a pub.', victims: [{ personId: victim }], suspects: [suspect],
    });
    const crimeId = json(res).id;
    const all = json(await get('constable', `/victims/candidates?crimeId=${crimeId}`)).items;
    assert.equal(all.length, 1, 'only victims are candidates');
    const v = await assess(all[0].crimePersonId);
    assert.equal(json(await get('constable', `/victims/candidates?crimeId=${crimeId}`)).items[0].victimId, v.id);
    const again = await post('constable', '/victims', { crimePersonId: all[0].crimePersonId, preferredContactMethod: 'phone', referralConsent: 'given' });
    expectProblem(again, 409);
    const tooLong = await post('constable', '/victims', { crimePersonId: all[0].crimePersonId, preferredContactMethod: 'phone', referralConsent: 'given', updateIntervalDays: 40 });
    expectProblem(tooLong, 400);
    assert.deepEqual(paths(tooLong), ['updateIntervalDays']);
  });

  test('an enhanced victim cannot agree updates less often than every 14 days', async () => {
    const c = await crime([await person('Fay', 'Lomax')], { hateStrands: ['race'], classificationCode: '9B' });
    const res = await post('constable', '/victims', { crimePersonId: c.victims[0].crimePersonId, preferredContactMethod: 'email', referralConsent: 'given', updateIntervalDays: 21 });
    expectProblem(res, 422);
    assert.deepEqual(paths(res), ['updateIntervalDays']);
  });
});

describe('access: permissions, force isolation, audited reads', () => {
  test('reads are audited; another force gets 404; roles without the permission get 403', async () => {
    const c = await crime([await person('Gwen', 'Ashby')]);
    const v = await assess(c.victims[0].crimePersonId);
    const read = await get('constable', `/victims/${v.id}`);
    assert.equal(read.statusCode, 200, read.body);
    assert.equal(read.headers.etag, '"1"');
    const actions = await auditActions(v.id);
    assert.ok(actions.some((a) => a.action === 'victim.read' && a.username === 'constable'));
    expectProblem(await get('constable.beds', `/victims/${v.id}`), 404);
    expectProblem(await get('constable.beds', `/victims/candidates?crimeId=${c.id}`), 404);
    expectProblem(await post('constable.beds', `/victims/${v.id}/contacts`, { made: true, contactedAt: t.clock.now().toISOString(), method: 'phone', summary: 'Told the victim about the case progress.' }), 404);
    expectProblem(await get('calltaker', `/victims/${v.id}`), 403);
    expectProblem(await post('analyst', '/victims', { crimePersonId: c.victims[0].crimePersonId, preferredContactMethod: 'phone', referralConsent: 'given' }), 403);
    expectProblem(await get('constable', '/victims/dashboard'), 403);
    expectProblem(await get('constable', '/victims/not-a-uuid'), 400);
    expectProblem(await get('constable', '/victims/01936f4e-0000-7000-8000-000000000001'), 404);
  });

  test('a restricted person’s victim record needs a stated reason, which is audited', async () => {
    const p = await person('Hugo', 'Restrick');
    const c = await crime([p]);
    const v = await assess(c.victims[0].crimePersonId);
    const restrict = await post('sergeant', `/persons/${p}/restrict`, { reason: 'Victim is a serving police officer', accessUserIds: [] });
    if (restrict.statusCode !== 200) return assert.fail(`restrict failed: ${restrict.statusCode} ${restrict.body}`);
    expectProblem(await get('constable', `/victims/${v.id}`), 403);
    const withReason = await t.as('constable', { method: 'GET', url: `/api/v1/victims/${v.id}`, headers: { 'x-access-reason': 'Officer in the case updating the victim' } });
    assert.equal(withReason.statusCode, 200, withReason.body);
    assert.ok((await auditActions(p)).some((a) => a.action === 'person.access_override'));
  });
});

describe('entitlement clocks and contacts (STANDARDS §5; F13)', () => {
  test('an arrest on a Friday for an enhanced victim is due Monday (1 working day); standard the next Friday (5)', async () => {
    const enhanced = await assess((await crime([await person('Ivy', 'North')], { flags: ['domestic_abuse'], classificationCode: '8N' })).victims[0].crimePersonId);
    const standard = await assess((await crime([await person('Jack', 'South')])).victims[0].crimePersonId);
    const a = await post('constable', `/victims/${enhanced.id}/events`, { event: 'arrest', occurredAt: '2026-11-20T14:00:00Z' });
    assert.equal(a.statusCode, 201, a.body);
    assert.equal(json(a).dueAt, iso('2026-11-23T23:59:59.999Z'));
    assert.equal(json(a).state, 'pending');
    const b = await post('constable', `/victims/${standard.id}/events`, { event: 'arrest', occurredAt: '2026-11-20T14:00:00Z' });
    assert.equal(json(b).dueAt, iso('2026-11-27T23:59:59.999Z'));
    expectProblem(await post('constable', `/victims/${standard.id}/events`, { event: 'arrest', occurredAt: '2026-12-20T14:00:00Z' }), 400);
    const bad = await post('constable', `/victims/${standard.id}/events`, { event: 'lunch' });
    expectProblem(bad, 400);
    assert.deepEqual(paths(bad).sort(), ['event', 'occurredAt'].map((f) => paths(bad).find((p) => p.includes(f))!).sort());
  });

  test('the generic task API cannot clear a victim task; a contact without what was said is refused; a recorded contact completes it', async () => {
    const v = await assess((await crime([await person('Kim', 'Webb')], { flags: ['domestic_abuse'], classificationCode: '8N' })).victims[0].crimePersonId);
    const arrest = json(await post('constable', `/victims/${v.id}/events`, { event: 'arrest', occurredAt: '2026-11-23T08:00:00Z' }));
    const close = await post('constable', `/tasks/${arrest.taskId}/close`, { reasonCode: 'not_required', reason: 'Victim already knows from a neighbour' }, { 'if-match': '"1"' });
    expectProblem(close, 409);
    const complete = await post('constable', `/tasks/${arrest.taskId}/complete`, { outcome: 'done' }, { 'if-match': '"1"' });
    expectProblem(complete, 409);
    const empty = await post('constable', `/victims/${v.id}/contacts`, { made: true, entitlementIds: [arrest.id] });
    expectProblem(empty, 400);
    assert.deepEqual(paths(empty), ['contactedAt', 'method', 'summary']);
    const noReason = await post('constable', `/victims/${v.id}/contacts`, { made: false, contactedAt: '2026-11-23T09:00:00Z', method: 'phone' });
    expectProblem(noReason, 400);
    assert.deepEqual(paths(noReason), ['noContactReasonCode', 'noContactReason', 'entitlementIds']);
    assert.equal((await task(arrest.taskId)).status, 'open');

    const res = await post('constable', `/victims/${v.id}/contacts`, {
      made: true, contactedAt: '2026-11-23T09:30:00Z', method: 'phone', summary: 'Told Kim the suspect was arrested last night and is in custody.', entitlementIds: [arrest.id],
    });
    assert.equal(res.statusCode, 201, res.body);
    const r = json(res);
    assert.equal(r.met.length, 2, 'the arrest and the agreed update');
    assert.equal(r.nextUpdates.length, 1);
    assert.equal(r.nextUpdates[0].dueAt, iso('2026-12-07T09:30:00Z'), 'next update 14 days after the contact');
    const tk = await task(arrest.taskId);
    assert.equal(tk.status, 'completed');
    assert.equal(tk.outcome, 'contact_made');
    const view = json(await get('constable', `/victims/${v.id}`));
    assert.equal(view.entitlements.find((e: { id: string }) => e.id === arrest.id).state, 'on_time');
    assert.equal(view.contacts[0].summary, 'Told Kim the suspect was arrested last night and is in custody.');
    expectProblem(await post('constable', `/victims/${v.id}/contacts`, {
      made: true, contactedAt: '2026-11-23T09:40:00Z', method: 'phone', summary: 'Trying to clear the same task a second time.', entitlementIds: [arrest.id],
    }), 422);
  });

  test('a contact not made closes the named task as missed, with the reason; the next update is still scheduled', async () => {
    const v = await assess((await crime([await person('Leon', 'Ashe')])).victims[0].crimePersonId);
    const update = v.entitlements.find((e: { event: string }) => e.event === 'update');
    const res = await post('constable', `/victims/${v.id}/contacts`, {
      made: false, contactedAt: '2026-11-23T09:00:00Z', method: 'phone', noContactReasonCode: 'unreachable', noContactReason: 'Number disconnected, letter sent to last address', entitlementIds: [update.id],
    });
    assert.equal(res.statusCode, 201, res.body);
    assert.deepEqual(json(res).notMet, [update.id]);
    const tk = await task(update.taskId);
    assert.equal(tk.status, 'closed');
    assert.match(tk.outcomeReason, /Number disconnected/);
    const view = json(await get('constable', `/victims/${v.id}`));
    assert.equal(view.entitlements.find((e: { id: string }) => e.id === update.id).state, 'missed');
    assert.ok(view.entitlements.some((e: { event: string; taskStatus: string }) => e.event === 'update' && e.taskStatus === 'open'));
    assert.ok((await auditActions(v.id)).some((a) => a.action === 'victim.contact_not_made'));
  });

  test('one contact counts for every linked crime of the same victim; another person’s record is refused', async () => {
    const p = await person('Mona', 'Linked');
    const first = await assess((await crime([p])).victims[0].crimePersonId);
    const second = await assess((await crime([p], { classificationCode: '58A', summary: 'Window smashed again at the same address.' })).victims[0].crimePersonId);
    const stranger = await assess((await crime([await person('Ned', 'Other')])).victims[0].crimePersonId);
    const view = json(await get('constable', `/victims/${first.id}`));
    assert.deepEqual(view.linked.map((l: { id: string }) => l.id), [second.id]);
    expectProblem(await post('constable', `/victims/${first.id}/contacts`, {
      made: true, contactedAt: '2026-11-23T09:00:00Z', method: 'visit', summary: 'Visited and updated on both crimes at the address.', alsoForVictimIds: [stranger.id],
    }), 422);
    const res = await post('constable', `/victims/${first.id}/contacts`, {
      made: true, contactedAt: '2026-11-23T09:00:00Z', method: 'visit', summary: 'Visited and updated on both crimes at the address.', alsoForVictimIds: [second.id],
    });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(json(res).contact.crimeReferences.length, 2);
    for (const id of [first.id, second.id]) {
      const v = json(await get('constable', `/victims/${id}`));
      const updates = v.entitlements.filter((e: { event: string }) => e.event === 'update');
      assert.deepEqual(updates.map((e: { state: string }) => e.state).sort(), ['on_time', 'pending'], `first update of ${id} met, the next one open`);
      assert.equal(v.contacts.length, 1);
    }
  });
});

describe('contract, re-assessment, VPS, referrals, review, survey', () => {
  test('contract needs If-Match (428/409), keeps within the Code, and is audited', async () => {
    const v = await assess((await crime([await person('Olga', 'Terms')])).victims[0].crimePersonId);
    const body = { updateIntervalDays: 7, method: 'email', updatePoints: 'Weekly on Fridays, and at arrest or charge.' };
    expectProblem(await post('constable', `/victims/${v.id}/contract`, body), 428);
    expectProblem(await post('constable', `/victims/${v.id}/contract`, body, { 'if-match': '"9"' }), 409);
    expectProblem(await post('constable', `/victims/${v.id}/contract`, { ...body, updateIntervalDays: 29 }, { 'if-match': '"1"' }), 400);
    const ok = await post('constable', `/victims/${v.id}/contract`, body, { 'if-match': '"1"' });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(json(ok).contract.updateIntervalDays, 7);
    assert.equal(json(ok).contract.version, 2);
    const updates = json(ok).entitlements.filter((e: { event: string; taskStatus: string }) => e.event === 'update' && e.taskStatus === 'open');
    assert.deepEqual(updates.map((e: { dueAt: string }) => e.dueAt).sort(), [
      new Date(new Date(v.assessedAt).getTime() + 7 * DAY).toISOString(), new Date(new Date(v.assessedAt).getTime() + 28 * DAY).toISOString(),
    ], 'a sooner update is raised; the later one stays open and is met by the same contact');
    assert.ok((await auditActions(v.id)).some((a) => a.action === 'victim.contract_agreed'));
    const contact = await post('constable', `/victims/${v.id}/contacts`, { made: true, contactedAt: '2026-11-23T09:00:00Z', method: 'email', summary: 'Weekly update by email as agreed: enquiries continue.' });
    assert.equal(json(contact).met.length, 2, 'one contact meets both open updates');
    assert.equal(json(contact).nextUpdates.length, 1, 'and starts one next update, 7 days on');
    assert.equal(json(contact).nextUpdates[0].dueAt, iso('2026-11-30T09:00:00Z'));
  });

  test('re-assessment with If-Match can make a victim enhanced and tightens the contract', async () => {
    const v = await assess((await crime([await person('Pete', 'Later')])).victims[0].crimePersonId);
    const body = { preferredContactMethod: 'phone', referralConsent: 'given', persistentlyTargeted: true };
    expectProblem(await post('constable', `/victims/${v.id}/reassess`, body), 428);
    const res = await post('constable', `/victims/${v.id}/reassess`, body, { 'if-match': '"1"' });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(json(res).level, 'enhanced');
    assert.equal(json(res).contract.updateIntervalDays, 14);
    const soonest = json(res).entitlements.filter((e: { event: string; taskStatus: string }) => e.event === 'update' && e.taskStatus === 'open').map((e: { dueAt: string }) => e.dueAt).sort()[0];
    assert.equal(soonest, new Date(t.clock.now().getTime() + 14 * DAY).toISOString(), 'the next update comes within the enhanced 14 days');
    assert.equal(res.headers.etag, '"2"');
    expectProblem(await post('constable', `/victims/${v.id}/reassess`, body, { 'if-match': '"1"' }), 409);
  });

  test('the VPS is its own record: offered, then taken, then updated (F14)', async () => {
    const v = await assess((await crime([await person('Quinn', 'Statement')])).victims[0].crimePersonId);
    expectProblem(await post('constable', `/victims/${v.id}/vps`, { status: 'taken', at: '2026-11-22T10:00:00Z' }), 409);
    for (const status of ['offered', 'taken', 'updated']) {
      const res = await post('constable', `/victims/${v.id}/vps`, { status, at: '2026-11-22T10:00:00Z' });
      assert.equal(res.statusCode, 201, res.body);
    }
    const view = json(await get('constable', `/victims/${v.id}`));
    assert.deepEqual(view.statements.map((s: { status: string }) => s.status), ['offered', 'taken', 'updated']);
    expectProblem(await post('constable', `/victims/${v.id}/vps`, { status: 'shouted', at: 'yesterday' }), 400);
  });

  test('referrals: per-force services, consent rules, the referral task met, status tracked with If-Match', async () => {
    const services = json(await get('constable', '/victim-support-services'));
    assert.ok(services.items.some((s: { code: string }) => s.code === 'victim-hub'));
    expectProblem(await post('constable', '/victim-support-services', { code: 'herts-hub', name: 'x', specialism: 'general' }), 403);
    const added = await post('admin', '/victim-support-services', { code: 'herts-beacon', name: 'Beacon victim care', specialism: 'general' });
    assert.equal(added.statusCode, 201, added.body);
    assert.ok(!json(await get('constable.beds', '/victim-support-services')).items.some((s: { code: string }) => s.code === 'herts-beacon'), 'per force');
    expectProblem(await post('admin', '/victim-support-services', { code: 'herts-beacon', name: 'Again', specialism: 'general' }), 409);

    const v = await assess((await crime([await person('Rita', 'Referred')])).victims[0].crimePersonId);
    expectProblem(await post('constable', `/victims/${v.id}/referrals`, { serviceCode: 'nowhere' }), 422);
    const res = await post('constable', `/victims/${v.id}/referrals`, { serviceCode: 'herts-beacon' });
    assert.equal(res.statusCode, 201, res.body);
    const view = json(res);
    assert.equal(view.referrals[0].basis, 'automatic');
    assert.equal(view.entitlements.find((e: { event: string }) => e.event === 'referral').state, 'on_time');
    const referral = view.referrals[0];
    expectProblem(await post('constable', `/victim-referrals/${referral.id}/status`, { status: 'accepted' }), 428);
    const accepted = await post('constable', `/victim-referrals/${referral.id}/status`, { status: 'accepted' }, { 'if-match': '"1"' });
    assert.equal(accepted.statusCode, 200, accepted.body);
    assert.equal(json(accepted).status, 'accepted');
    expectProblem(await post('constable', `/victim-referrals/${referral.id}/status`, { status: 'sent' }, { 'if-match': '"2"' }), 409);

    const da = await assess((await crime([await person('Sara', 'NoConsent')], { flags: ['domestic_abuse'], classificationCode: '8N' })).victims[0].crimePersonId);
    expectProblem(await post('constable', `/victims/${da.id}/referrals`, { serviceCode: 'da-specialist' }), 409);
  });

  test('right to review is logged and tasked; requests before the decision are refused', async () => {
    const v = await assess((await crime([await person('Tom', 'Review')])).victims[0].crimePersonId);
    const bad = await post('constable', `/victims/${v.id}/review-requests`, { decision: 'no_charge', decisionToldAt: '2026-11-20T10:00:00Z', requestedAt: '2026-11-19T10:00:00Z', grounds: 'I disagree' });
    expectProblem(bad, 400);
    assert.deepEqual(paths(bad), ['requestedAt']);
    const res = await post('constable', `/victims/${v.id}/review-requests`, { decision: 'no_charge', decisionToldAt: '2026-11-20T10:00:00Z', requestedAt: '2026-11-23T09:00:00Z', grounds: 'The CCTV was not viewed.' });
    assert.equal(res.statusCode, 201, res.body);
    const view = json(res);
    assert.equal(view.reviews.length, 1);
    assert.equal(view.reviews[0].late, false);
    const review = view.entitlements.find((e: { event: string }) => e.event === 'right_to_review');
    assert.equal((await task(review.taskId)).status, 'open');
  });

  test('a satisfaction survey is recorded once per victim of a crime', async () => {
    const v = await assess((await crime([await person('Uma', 'Survey')])).victims[0].crimePersonId);
    expectProblem(await post('constable', `/victims/${v.id}/surveys`, { surveyedAt: '2026-11-22T10:00:00Z', wholeExperience: 'ecstatic' }), 400);
    const res = await post('constable', `/victims/${v.id}/surveys`, { surveyedAt: '2026-11-22T10:00:00Z', wholeExperience: 'very_satisfied', keptInformed: 'fairly_dissatisfied' });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(json(res).survey.wholeExperience, 'very_satisfied');
    expectProblem(await post('constable', `/victims/${v.id}/surveys`, { surveyedAt: '2026-11-22T10:00:00Z' }), 409);
  });
});

describe('compliance dashboard, drill-down and letter (STANDARDS §5, §14; F13)', () => {
  test('supervisors see on time / late / missed / overdue by officer, and drill down to the cases (audited)', async () => {
    const dash = json(await get('sergeant', '/victims/dashboard?groupBy=officer'));
    const constable = dash.groups.find((g: { label: string }) => /constable/i.test(g.label));
    assert.ok(constable, JSON.stringify(dash.groups.map((g: { label: string }) => g.label)));
    assert.deepEqual(constable.all.counts, { on_time: 7, late: 0, missed: 1, overdue: 0, pending: 37 });
    assert.equal(dash.overall.all.rate, dash.overall.all.counts.on_time / (dash.overall.all.counts.on_time + dash.overall.all.counts.late + dash.overall.all.counts.missed + dash.overall.all.counts.overdue));
    assert.ok(dash.byEvent.some((e: { event: string }) => e.event === 'update'));
    assert.equal(dash.satisfaction.wholeExperience.respondents, 1);
    const byType = json(await get('analyst', '/victims/dashboard?groupBy=crimeType'));
    assert.ok(byType.groups.some((g: { key: string }) => g.key === 'Burglary'));
    const cases = await get('sergeant', `/victims/dashboard/cases?groupBy=officer&key=${constable.key}&state=missed`);
    assert.equal(cases.statusCode, 200, cases.body);
    assert.ok(json(cases).items.length >= 1);
    assert.ok(json(cases).items.every((i: { state: string }) => i.state === 'missed'));
    expectProblem(await get('sergeant', '/victims/dashboard?groupBy=shoe'), 400);
  });

  test('an overdue update counts against live compliance until the contact is recorded', async () => {
    const v = await assess((await crime([await person('Vic', 'Overdue')])).victims[0].crimePersonId);
    const before = json(await get('sergeant', '/victims/dashboard')).overall.live.counts;
    const arrest = json(await post('constable', `/victims/${v.id}/events`, { event: 'arrest', occurredAt: '2026-11-13T10:00:00Z' }));
    assert.equal(arrest.state, 'overdue');
    const during = json(await get('sergeant', '/victims/dashboard')).overall.live.counts;
    assert.equal(during.overdue, before.overdue + 1);
    await post('constable', `/victims/${v.id}/contacts`, { made: true, contactedAt: '2026-11-23T09:00:00Z', method: 'phone', summary: 'Told Vic of the arrest ten days ago; apologised for the delay.', entitlementIds: [arrest.id] });
    const afterwards = json(await get('sergeant', '/victims/dashboard')).overall.live.counts;
    assert.equal(afterwards.overdue, before.overdue);
    assert.equal(afterwards.late, before.late + 1);
  });

  test('the victim letter is plain English with the next update and who to contact; printing is audited', async () => {
    const v = await assess((await crime([await person('Wendy', 'Letter')], { flags: ['domestic_abuse'], classificationCode: '8N' })).victims[0].crimePersonId);
    const res = await get('constable', `/victims/${v.id}/letter`);
    assert.equal(res.statusCode, 200, res.body);
    const letter = json(res);
    assert.equal(letter.victimName, 'Wendy Letter');
    assert.match(letter.levelExplained, /enhanced support because: victim of domestic abuse/);
    assert.match(letter.whatToExpect[0], /within 1 working day/);
    assert.equal(letter.nextUpdateDue, 'Monday 7 December 2026');
    assert.match(letter.howToContact, /101/);
    assert.ok((await auditActions(v.id)).some((a) => a.action === 'victim.letter_printed'));
    expectProblem(await get('constable.beds', `/victims/${v.id}/letter`), 404);
  });

  test('the officer’s own list shows their victims with the next due time', async () => {
    const res = await get('constable', '/victims/mine');
    assert.equal(res.statusCode, 200, res.body);
    assert.ok(json(res).items.length > 5);
    assert.ok(json(res).items.every((i: { oic: { username: string } }) => i.oic.username === 'constable'));
  });
});

describe('update-chain schedule (STANDARDS §5: a victim contract on every crime)', () => {
  test('a live victim left without an open agreed update gets one back from the last contact; running twice adds nothing', async () => {
    const v = await assess((await crime([await person('Xena', 'Chain')])).victims[0].crimePersonId);
    const update = v.entitlements.find((e: { event: string }) => e.event === 'update');
    await t.db.execute(sql`update tasks set status = 'closed', outcome = 'test', outcome_reason = 'broken chain for the test' where id = ${update.taskId}`);
    const system = { db: t.db, forceId: 'HERTS', requestId: 'scheduler-test', now: t.clock.now, user: { id: SYSTEM_USER_ID, username: 'system', displayName: 'Scheduler', role: 'administrator' as const, forceId: 'HERTS', team: null, permissions: new Set<string>() } };
    assert.ok(await restartUpdateChains(system) >= 1);
    assert.equal(await restartUpdateChains(system), 0, 'safe to run twice');
    const view = json(await get('constable', `/victims/${v.id}`));
    const open = view.entitlements.filter((e: { event: string; taskStatus: string }) => e.event === 'update' && e.taskStatus === 'open');
    assert.equal(open.length, 1);
    assert.equal(open[0].dueAt, new Date(new Date(view.assessedAt).getTime() + 28 * DAY).toISOString());
    assert.equal((await task(open[0].taskId)).assignee.username, 'constable');
  });
});

describe('a restricted victim is shown only through the platform’s disclosure (issue 13 item 5; DPA 2018 s.62)', () => {
  const getAs = (user: string, url: string, headers: Record<string, string> = {}) => t.as(user, { method: 'GET', url: `/api/v1${url}`, headers });
  const userId = async (username: string) => (json(await get('sergeant', `/users?q=${username}&limit=100`)).items as { id: string; username: string }[]).find((u) => u.username === username)!.id;
  const cases = async (user: string, headers: Record<string, string> = {}) => {
    const res = await getAs(user, '/victims/dashboard/cases?limit=500', headers);
    assert.equal(res.statusCode, 200, res.body);
    return res;
  };
  /** The person.disclosed rows the auditor finds for this person, by the request that wrote them. */
  const disclosures = async (personId: string) => {
    const res = await get('auditor', `/audit?entityId=${personId}&action=person.disclosed&limit=200`);
    assert.equal(res.statusCode, 200, res.body);
    return json(res).items as { requestId: string; username: string; reason: string | null; personIds: string[] }[];
  };
  const requestOf = (res: Res) => String(res.headers['x-request-id']);

  /** A victim of a burglary, assessed (so there are entitlements on the dashboard), then restricted by the sergeant. */
  async function restrictedVictim(forenames: string, surname: string, dateOfBirth: string, accessUserIds: string[]) {
    const p = await person(forenames, surname, dateOfBirth);
    const c = await crime([p]);
    const v = await assess(c.victims[0].crimePersonId);
    const restricted = await post('sergeant', `/persons/${p}/restrict`, { reason: 'Victim is in a witness protection scheme', accessUserIds });
    assert.equal(restricted.statusCode, 200, restricted.body);
    return { p, c, v, reference: json(restricted).reference as string };
  }

  test('without access: "Restricted record" and no date of birth on the candidates, my victims and the drill-down; the page and letter refuse', async () => {
    const { p, c, v, reference } = await restrictedVictim('Imogen', 'Hazeldine', '1984-02-29', []);
    const leaks = /Imogen|Hazeldine|1984-02-29/;

    const candidates = await get('constable', `/victims/candidates?crimeId=${c.id}`);
    assert.equal(candidates.statusCode, 200, candidates.body);
    assert.deepEqual(json(candidates).items[0].person, { id: p, reference, forenames: 'Restricted', surname: 'record', dateOfBirth: null });
    assert.doesNotMatch(candidates.body, leaks);

    const mine = await get('constable', '/victims/mine?limit=200');
    const row = json(mine).items.find((i: { id: string }) => i.id === v.id);
    assert.deepEqual(row.person, { id: p, reference, forenames: 'Restricted', surname: 'record' }, 'the officer in the case is not on the list either');
    assert.doesNotMatch(mine.body, leaks);

    const drill = await cases('inspector');
    const items = json(drill).items.filter((i: { victimId: string }) => i.victimId === v.id);
    assert.equal(items.length, 2, 'the agreed update and the referral');
    assert.ok(items.every((i: { victimName: string }) => i.victimName === 'Restricted record'));
    assert.doesNotMatch(drill.body, leaks);

    const reads = [candidates, mine, drill];
    for (const url of [`/victims/${v.id}`, `/victims/${v.id}/letter`]) {
      const refused = await get('constable', url);
      expectProblem(refused, 403);
      assert.equal(json(refused).type, '/problems/restricted-record');
      assert.doesNotMatch(refused.body, leaks);
      reads.push(refused);
    }
    const since = (await disclosures(p)).filter((l) => reads.some((r) => requestOf(r) === l.requestId));
    assert.deepEqual(since, [], 'nothing was disclosed after the restriction, so the auditor finds no disclosure of it');
  });

  test('a user on the access list sees the name and date of birth, and each read is in the disclosure log', async () => {
    const [constableId, inspectorId] = [await userId('constable'), await userId('inspector')];
    const { p, c, v } = await restrictedVictim('Jasper', 'Quennell', '1977-07-07', [constableId, inspectorId]);
    const candidates = await get('constable', `/victims/candidates?crimeId=${c.id}`);
    assert.equal(json(candidates).items[0].person.surname, 'Quennell');
    assert.equal(json(candidates).items[0].person.dateOfBirth, '1977-07-07');
    const page = await get('constable', `/victims/${v.id}`);
    assert.equal(page.statusCode, 200, page.body);
    assert.deepEqual([json(page).person.forenames, json(page).person.surname], ['Jasper', 'Quennell']);
    const drill = await cases('inspector');
    assert.ok(json(drill).items.filter((i: { victimId: string }) => i.victimId === v.id).every((i: { victimName: string }) => i.victimName === 'Jasper Quennell'));
    const logged = await disclosures(p);
    for (const res of [candidates, page, drill]) {
      const entry = logged.find((l) => l.requestId === requestOf(res));
      assert.ok(entry, `a disclosure row for request ${requestOf(res)}`);
      assert.ok(entry.personIds.includes(p));
      assert.equal(entry.reason, null, 'on the list: no reason needed');
    }
  });

  test('X-Access-Reason shows the person and writes person.disclosed with the reason; the auditor finds every such read by the person’s id', async () => {
    const { p, c, v } = await restrictedVictim('Kezia', 'Ottoline', '1991-01-15', []);
    const reason = { 'x-access-reason': 'Officer in the case updating the victim' };
    const reads = [
      await getAs('constable', `/victims/candidates?crimeId=${c.id}`, reason),
      await getAs('constable', `/victims/${v.id}`, reason),
      await getAs('constable', `/victims/${v.id}/letter`, reason),
      await cases('inspector', { 'x-access-reason': 'Compliance review of overdue victim updates' }),
    ];
    for (const res of reads) assert.equal(res.statusCode, 200, res.body);
    assert.equal(json(reads[0]).items[0].person.dateOfBirth, '1991-01-15');
    assert.equal(json(reads[1]).person.surname, 'Ottoline');
    assert.equal(json(reads[2]).victimName, 'Kezia Ottoline');
    assert.ok(json(reads[3]).items.some((i: { victimId: string; victimName: string }) => i.victimId === v.id && i.victimName === 'Kezia Ottoline'));
    const logged = await disclosures(p);
    for (const res of reads) {
      const entry = logged.find((l) => l.requestId === requestOf(res));
      assert.ok(entry, `the auditor finds the disclosure of request ${requestOf(res)} by the person’s id`);
      assert.ok(entry.personIds.includes(p));
      assert.match(entry.reason ?? '', /updating the victim|Compliance review/);
    }
    assert.equal(logged.filter((l) => reads.some((r) => requestOf(r) === l.requestId)).length, reads.length, 'one disclosure row per request, not per row');
  });

  test('victim task titles carry the person’s reference, never the name, in My work', async () => {
    const p = await person('Lavinia', 'Strudwick');
    const c = await crime([p]);
    const v = await assess(c.victims[0].crimePersonId);
    await post('constable', `/victims/${v.id}/events`, { event: 'arrest', occurredAt: '2026-11-23T08:00:00Z' });
    const reference = json(await get('constable', `/victims/${v.id}`)).person.reference;
    const titles: { kind: string; title: string }[] = [];
    for (let cursor: string | null = ''; cursor !== null;) {
      const page = await get('constable', `/tasks/mine?status=all&limit=200${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(page.statusCode, 200, page.body);
      titles.push(...json(page).items);
      cursor = json(page).nextCursor;
    }
    const victimTasks = titles.filter((x) => x.kind.startsWith('victim-'));
    assert.ok(victimTasks.length >= 3, `${victimTasks.length} victim tasks`);
    for (const x of victimTasks) assert.match(x.title, /^[^:]+: [A-Z]+\/P\/\d+ \([^()]+\)$/, x.title);
    assert.deepEqual(titles.filter((x) => /Lavinia|Strudwick|Imogen|Hazeldine|Kezia|Ottoline/.test(x.title)), []);
    const mine = titles.filter((x) => x.title.endsWith(`${reference} (${c.reference})`)).map((x) => x.title).sort();
    assert.deepEqual(mine, [
      `Agreed update to the victim: ${reference} (${c.reference})`,
      `Refer the victim to support services: ${reference} (${c.reference})`,
      `Tell the victim of the arrest: ${reference} (${c.reference})`,
    ]);
  });

  test('migration 0015 rewrites stored victim task titles from the name to the reference, and nothing else', async () => {
    const p = await person('Mirabel', 'Tunnicliffe');
    const c = await crime([p]);
    const v = await assess(c.victims[0].crimePersonId);
    const reference = json(await get('constable', `/victims/${v.id}`)).person.reference;
    const updateTask = v.entitlements.find((e: { event: string }) => e.event === 'update').taskId;
    const releaseTask = json(await post('constable', `/victims/${v.id}/events`, { event: 'release', occurredAt: '2026-11-23T08:00:00Z' })).taskId;
    const created = await post('constable', '/tasks', { title: 'Call back: Mirabel Tunnicliffe', dueAt: '2026-12-01T09:00:00Z' });
    assert.equal(created.statusCode, 201, created.body);
    const other = json(created);
    // As a deployed database holds them from before: the victim's name in the title.
    await t.db.execute(sql`update tasks set title = 'Agreed update to the victim: Mirabel Tunnicliffe (' || ${c.reference} || ')' where id = ${updateTask}`);
    await t.db.execute(sql`update tasks set title = 'Tell the victim of the release (bail / RUI / NFA): Mirabel Tunnicliffe (' || ${c.reference} || ')' where id = ${releaseTask}`);
    const migration = readFileSync(join(MIGRATIONS_DIR, '0015_victim_task_titles_without_names.sql'), 'utf8');
    await t.db.execute(sql.raw(migration));
    await t.db.execute(sql.raw(migration));
    assert.equal((await task(updateTask)).title, `Agreed update to the victim: ${reference} (${c.reference})`);
    assert.equal((await task(releaseTask)).title, `Tell the victim of the release (bail / RUI / NFA): ${reference} (${c.reference})`);
    assert.equal((await task(other.id)).title, 'Call back: Mirabel Tunnicliffe', 'a task that is not a victim entitlement is left alone');
  });
});
