/**
 * Production wiring of the safeguarding clocks (issue 13, "Make the guarantees structural"): the pure rules have
 * their own calendars in rules.test.ts; here the real routes, the real England & Wales calendar
 * (platform/clock.ts, date-holidays GB-ENG) and the real task rows are exercised on a weekend and on bank holidays.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { tasks } from '../../platform/tasks/schema.js';
import { createTestApp, json, TEST_START, type TestApp } from '../../test/api.js';
import { DASH_QUESTION_KEYS } from './dash-questions.js';

let t: TestApp;
before(async () => { t = await createTestApp(); });
after(async () => { await t.close(); });

/** Sessions are signed in at the clock's time, so moving the clock signs everyone in afresh. */
const sessions = new Map<string, string>();
function setClock(at: string) {
  t.clock.set(new Date(at));
  sessions.clear();
}
async function call(user: string, method: 'GET' | 'POST', url: string, payload?: unknown, headers: Record<string, string> = {}) {
  let cookie = sessions.get(user);
  if (!cookie) {
    cookie = await t.login(user);
    sessions.set(user, cookie);
  }
  const options: InjectOptions = { method, url: `/api/v1${url}`, headers: { ...headers, cookie }, ...(payload === undefined ? {} : { payload: payload as object }) };
  return t.app.inject(options);
}
async function ok(res: Awaited<ReturnType<typeof call>>, status = 200) {
  assert.equal(res.statusCode, status, res.body);
  return json(res);
}

async function person(forenames: string, surname: string, dateOfBirth: string) {
  return (await ok(await call('constable', 'POST', '/persons', { forenames, surname, dateOfBirth }), 201)).id as string;
}

async function taskRows(entityId: string, kind: string) {
  return t.db.select({ dueAt: tasks.dueAt, closesVia: tasks.closesVia, status: tasks.status }).from(tasks).where(and(eq(tasks.entityId, entityId), eq(tasks.kind, kind)));
}

describe('DVPN → DVPO hearing clock on the real calendar (STANDARDS §8: 48 h, Sundays and bank holidays excluded)', () => {
  /** Requests, authorises and serves a DVPN with the clock at the moment of serving; returns the served notice. */
  async function serveAt(servedAt: string, surname: string) {
    const served = new Date(servedAt).getTime();
    setClock(new Date(served - 3 * 3_600_000).toISOString());
    const victim = await person('Rosa', surname, '1991-02-03');
    const perpetrator = await person('Dean', surname, '1984-06-07');
    const notice = await ok(await call('constable', 'POST', '/protection-notices', {
      victimPersonId: victim, perpetratorPersonId: perpetrator, grounds: 'Punched the victim and threatened to return', violenceOrThreat: true,
      necessaryToProtect: true, conditions: ['Not to enter the shared address'],
    }), 201);
    setClock(new Date(served - 2 * 3_600_000).toISOString());
    await ok(await call('superintendent', 'POST', `/protection-notices/${notice.id}/authorise`, { decision: 'authorise', reason: 'Necessary to protect the victim' }, { 'if-match': '"1"' }));
    setClock(new Date(served + 10 * 60_000).toISOString());
    const view = await ok(await call('constable', 'POST', `/protection-notices/${notice.id}/serve`, { servedAt }, { 'if-match': '"2"' }));
    assert.equal(view.status, 'served');
    assert.equal(view.servedAt, new Date(servedAt).toISOString());
    return view;
  }

  async function assertHearingTask(noticeId: string, expected: string) {
    const rows = await taskRows(noticeId, 'dvpo-hearing');
    assert.equal(rows.length, 1, 'one hearing task');
    assert.equal(rows[0].dueAt.toISOString(), expected, 'the task row carries the same deadline');
    assert.equal(rows[0].status, 'open');
    assert.equal(rows[0].closesVia, 'recording the hearing on the DVPN page');
  }

  test('served Friday 28 May 2027 18:00 BST: Sunday 30 May and the Spring bank holiday (Monday 31 May) do not count → Tuesday 1 June 18:00 BST', async () => {
    try {
      // Friday 18:00–24:00 = 6 h, Saturday 29 May = 24 h (30 h), Sunday and Monday skipped, Tuesday 00:00 + 18 h.
      const n = await serveAt('2027-05-28T17:00:00Z', 'Aldridge');
      assert.equal(n.hearingDueAt, '2027-06-01T17:00:00.000Z');
      await assertHearingTask(n.id, '2027-06-01T17:00:00.000Z');
    } finally {
      setClock(TEST_START.toISOString());
    }
  });

  test('served Friday 24 December 2027 18:00 GMT: Christmas Day on a Saturday, Sunday and the substitute days 27 and 28 December do not count → Thursday 30 December 18:00', async () => {
    try {
      // Friday 18:00–24:00 = 6 h; Sat 25 (Christmas Day — disregarded by name in CSA 2010 s.27(3) / DA Act 2021 s.29(3)), Sun 26,
      // Mon 27 and Tue 28 (bank holidays in lieu) skipped; Wednesday 29 = 24 h (30 h); Thursday 30 00:00 + 18 h.
      const n = await serveAt('2027-12-24T18:00:00Z', 'Blackwood');
      assert.equal(n.hearingDueAt, '2027-12-30T18:00:00.000Z');
      await assertHearingTask(n.id, '2027-12-30T18:00:00.000Z');
    } finally {
      setClock(TEST_START.toISOString());
    }
  });
});

describe('children present → school notification before the next school day on the real calendar (STANDARDS §8)', () => {
  const answers = Object.fromEntries(DASH_QUESTION_KEYS.map((k, i) => [k, i < 3 ? 'yes' : 'no']));

  /** A DASH with children present, completed at `completedAt` for an incident at `incidentAt`; returns the DASH view. */
  async function dashAt(incidentAt: string, completedAt: string, surname: string) {
    setClock(completedAt);
    const victim = await person('Kelly', surname, '1993-09-10');
    const d = await ok(await call('constable', 'POST', '/dash-assessments', { victimPersonId: victim, incidentAt, answers, childrenPresent: true, childrenCount: 2 }), 201);
    assert.equal(d.safeguardingReferralIds.length, 1);
    return d;
  }

  async function assertSchoolNotification(d: { tasks: { kind: string; dueAt: string }[]; safeguardingReferralIds: string[] }, expected: string) {
    const inView = d.tasks.filter((x) => x.kind === 'school-notification');
    assert.equal(inView.length, 1, JSON.stringify(d.tasks.map((x) => x.kind)));
    assert.equal(inView[0].dueAt, expected, 'the DASH view shows the school-notification task due before the next school day');
    const referral = await ok(await call('ppu', 'GET', `/safeguarding-referrals/${d.safeguardingReferralIds[0]}`));
    assert.equal(referral.schoolNotificationDueAt, expected, 'the referral carries the same time');
    const rows = await taskRows(d.safeguardingReferralIds[0], 'school-notification');
    assert.equal(rows.length, 1);
    assert.equal(rows[0].dueAt.toISOString(), expected, 'the task row carries the same time');
    assert.equal(rows[0].closesVia, 'recording the school notification in the referrals hub');
  }

  test('incident Friday 27 November 2026 15:00 GMT, DASH 16:30: the next school day is Monday 30 November → due 08:30 GMT Monday, not Saturday', async () => {
    try {
      const d = await dashAt('2026-11-27T15:00:00Z', '2026-11-27T16:30:00Z', 'Cartwright');
      await assertSchoolNotification(d, '2026-11-30T08:30:00.000Z');
    } finally {
      setClock(TEST_START.toISOString());
    }
  });

  test('incident Friday 1 May 2026 15:00 BST before the Early May bank holiday, DASH 16:30: the next school day is Tuesday 5 May → due 08:30 BST Tuesday', async () => {
    try {
      const d = await dashAt('2026-05-01T14:00:00Z', '2026-05-01T15:30:00Z', 'Dunmore');
      await assertSchoolNotification(d, '2026-05-05T07:30:00.000Z');
    } finally {
      setClock(TEST_START.toISOString());
    }
  });

  test('incident Thursday 2 April 2026 14:00 BST before Good Friday and Easter Monday: the next school day is Tuesday 7 April → due 08:30 BST', async () => {
    try {
      const d = await dashAt('2026-04-02T13:00:00Z', '2026-04-02T14:00:00Z', 'Ellwood');
      await assertSchoolNotification(d, '2026-04-07T07:30:00.000Z');
    } finally {
      setClock(TEST_START.toISOString());
    }
  });
});
