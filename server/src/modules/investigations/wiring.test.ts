/**
 * Production wiring of the supervisory review (issue 13, "Make the guarantees structural"): the review task raised by a
 * real allocation names where it is cleared (closes_via), so My work cannot clear it without the review being recorded
 * (STANDARDS §6, §17 F10/F13), and its first due time follows the STANDARDS §6 cadence.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { users } from '../../platform/auth/schema.js';
import { tasks } from '../../platform/tasks/schema.js';
import { createTestApp, json, TEST_START, type TestApp } from '../../test/api.js';

let t: TestApp;
before(async () => { t = await createTestApp(); });
after(async () => { await t.close(); });

const HOUR = 3_600_000;
const CLOSES_VIA = 'recording the supervisory review on the investigation';
/** Sessions are signed in at the clock's time, so moving the clock signs everyone in afresh. */
const sessions = new Map<string, string>();
function setClock(at: Date) {
  t.clock.set(at);
  sessions.clear();
}
async function api(user: string, method: 'GET' | 'POST', url: string, payload?: unknown, headers: Record<string, string> = {}) {
  let cookie = sessions.get(user);
  if (!cookie) {
    cookie = await t.login(user);
    sessions.set(user, cookie);
  }
  return t.app.inject({ method, url: `/api/v1${url}`, ...(payload === undefined ? {} : { payload: payload as object }), headers: { ...headers, cookie } });
}
const ago = (hours: number) => new Date(t.clock.now().getTime() - hours * HOUR).toISOString();
const ifMatch = (v: number) => ({ 'if-match': `"${v}"` });

function ok(res: LightMyRequestResponse, status = 200) {
  assert.equal(res.statusCode, status, res.body);
  return json(res);
}

async function userId(username: string) {
  const [u] = await t.db.select({ id: users.id }).from(users).where(and(eq(users.forceId, 'HERTS'), eq(users.username, username)));
  return u.id;
}

let victims = 0;
/** A burglary with one victim, screened; `vulnerable` has the officer judge the victim vulnerable, `harm` is the THRIVE harm. */
async function screened(opts: { vulnerable?: boolean; harm?: 'high' } = {}) {
  const personId = ok(await api('constable', 'POST', '/persons', { forenames: 'Sam', surname: `Wiring${++victims}`, dateOfBirth: '1979-04-05' }), 201).id;
  const crime = ok(await api('constable', 'POST', '/crimes', {
    classificationCode: '28E', summary: 'Rear door forced; jewellery and laptop taken', committedFrom: ago(30), reportedAt: ago(20), source: 'phone',
    victims: [{ personId, ...(opts.vulnerable ? { officerJudgesVulnerable: true } : {}) }],
  }), 201);
  return ok(await api('constable', 'POST', '/investigations', { crimeId: crime.id, thrive: opts.harm ? { harm: opts.harm } : {}, solvability: ['cctv'] }), 201);
}

async function allocate(inv: { id: string; version: number }) {
  return ok(await api('sergeant', 'POST', `/investigations/${inv.id}/allocate`, { officerId: await userId('constable') }, ifMatch(inv.version)));
}

async function reviewTaskRows(investigationId: string) {
  return t.db.select().from(tasks).where(and(eq(tasks.entityId, investigationId), eq(tasks.kind, 'investigation-review')));
}

describe('the investigation review task is cleared only by recording the review (STANDARDS §6; F10, F13)', () => {
  test('allocation raises it with closes_via; the task API refuses complete and close; the review on the investigation finishes it', async () => {
    const inv = await allocate(await screened());
    const [row] = await reviewTaskRows(inv.id);
    assert.ok(row, 'allocation raised a review task');
    assert.equal(row.closesVia, CLOSES_VIA, 'the stored task names where it clears');
    assert.equal(row.status, 'open');
    assert.equal(row.assigneeUserId, await userId('sergeant'));

    const view = ok(await api('sergeant', 'GET', `/tasks/${row.id}`));
    assert.equal(view.closesVia, CLOSES_VIA);
    assert.deepEqual([view.abilities.complete, view.abilities.close], [false, false], 'My work offers neither complete nor close');
    const complete = await api('sergeant', 'POST', `/tasks/${row.id}/complete`, { outcome: 'Reviewed' }, ifMatch(row.version));
    assert.equal(complete.statusCode, 409, complete.body);
    assert.match(String(complete.headers['content-type']), /application\/problem\+json/);
    assert.match(json(complete).detail, /recording the supervisory review on the investigation/);
    const close = await api('sergeant', 'POST', `/tasks/${row.id}/close`, { reasonCode: 'not_required', reason: 'Reviewed it verbally with the officer' }, ifMatch(row.version));
    assert.equal(close.statusCode, 409, close.body);
    const [still] = await reviewTaskRows(inv.id);
    assert.deepEqual([still.status, still.version, still.completedAt], ['open', row.version, null], 'neither refusal changed the task');

    const plan = ok(await api('constable', 'POST', `/investigations/${inv.id}/plan`, {
      summary: 'Trace the suspect from CCTV; statement from the victim', safeguarding: 'None identified', victimContact: 'Weekly update by phone',
      sceneAttended: true, bwvCaptured: true, actions: [{ kind: 'cctv', description: 'Seize CCTV from the high street', dueAt: new Date(t.clock.now().getTime() + 48 * HOUR).toISOString() }],
    }, ifMatch(inv.version)));
    const reviewed = ok(await api('sergeant', 'POST', `/investigations/${inv.id}/reviews`, { direction: 'Prioritise the CCTV; victim update by Friday' }, ifMatch(plan.version)));
    assert.equal(reviewed.reviews.length, 1);

    const after = await reviewTaskRows(inv.id);
    const first = after.find((x) => x.id === row.id)!;
    assert.equal(first.status, 'completed', 'recording the review completed the task');
    assert.equal(first.outcome, 'reviewed');
    assert.equal(first.completedBy, await userId('sergeant'));
    const next = after.filter((x) => x.status === 'open');
    assert.equal(next.length, 1, 'and raised the next one');
    assert.equal(next[0].closesVia, CLOSES_VIA, 'the next review task also clears only by a recorded review');
    assert.equal(next[0].dueAt.toISOString(), new Date(t.clock.now().getTime() + 28 * 24 * HOUR).toISOString(), 'burglary: every 28 days');
  });
});

describe('first supervisory review from the real allocation (STANDARDS §6: ≤72 h; ≤24 h if high risk or the victim is vulnerable)', () => {
  // Allocated on Friday 27 November 2026 at 16:00 GMT: the cadence is in hours, so the weekend counts.
  const allocatedAt = '2026-11-27T16:00:00Z';

  async function allocatedOnFriday(opts: { vulnerable?: boolean; harm?: 'high' }) {
    setClock(new Date(allocatedAt));
    try {
      const s = await screened(opts);
      return { screened: s, inv: await allocate(s) };
    } finally {
      setClock(TEST_START);
    }
  }

  async function assertFirstReview(inv: { id: string; nextReviewDueAt: string; reviewTasks: { dueAt: string }[] }, expected: string) {
    assert.equal(inv.nextReviewDueAt, expected);
    assert.equal(inv.reviewTasks.length, 1);
    assert.equal(inv.reviewTasks[0].dueAt, expected);
    const rows = await reviewTaskRows(inv.id);
    assert.equal(rows.length, 1);
    assert.equal(rows[0].dueAt.toISOString(), expected, 'the task row is due then');
    assert.equal(rows[0].closesVia, CLOSES_VIA);
  }

  test('standard risk, victim not vulnerable: 72 h → Monday 30 November 16:00', async () => {
    const { screened: s, inv } = await allocatedOnFriday({});
    assert.deepEqual([s.risk, s.facts.vulnerableVictim], ['standard', false]);
    await assertFirstReview(inv, '2026-11-30T16:00:00.000Z');
  });

  test('high risk (THRIVE harm high): 24 h → Saturday 28 November 16:00', async () => {
    const { screened: s, inv } = await allocatedOnFriday({ harm: 'high' });
    assert.deepEqual([s.risk, s.facts.vulnerableVictim], ['high', false]);
    await assertFirstReview(inv, '2026-11-28T16:00:00.000Z');
  });

  test('vulnerable victim (medium risk): 24 h → Saturday 28 November 16:00', async () => {
    const { screened: s, inv } = await allocatedOnFriday({ vulnerable: true });
    assert.deepEqual([s.risk, s.facts.vulnerableVictim], ['medium', true]);
    await assertFirstReview(inv, '2026-11-28T16:00:00.000Z');
  });
});
