/**
 * Production wiring of the Victims' Code clocks (issue 13, "Make the guarantees structural"): the pure rule takes its
 * calendar as an argument; here the real route, the real England & Wales calendar (platform/clock.ts, date-holidays
 * GB-ENG) and the real task rows are exercised over a weekend, a bank holiday and Christmas.
 *
 * STANDARDS §5: told of an arrest ≤1 working day (enhanced) / ≤5 (standard); "a time limit of N working days ends at the
 * close of the Nth working day after the day of the event (Europe/London), not at the same clock time".
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { MIGRATIONS_DIR, rowsOf } from '../../platform/db/connect.js';
import type { LightMyRequestResponse } from 'fastify';
import { tasks } from '../../platform/tasks/schema.js';
import { createTestApp, json, TEST_START, type TestApp } from '../../test/api.js';

let t: TestApp;
before(async () => { t = await createTestApp(); });
after(async () => { await t.close(); });

const HOUR = 3_600_000;

/** Sessions are signed in at the clock's time, so moving the clock signs everyone in afresh. */
const sessions = new Map<string, string>();
function setClock(at: Date) {
  t.clock.set(at);
  sessions.clear();
}
async function api(user: string, method: 'GET' | 'POST', url: string, payload?: unknown) {
  let cookie = sessions.get(user);
  if (!cookie) {
    cookie = await t.login(user);
    sessions.set(user, cookie);
  }
  return t.app.inject({ method, url: `/api/v1${url}`, ...(payload === undefined ? {} : { payload: payload as object }), headers: { cookie } });
}
function ok(res: LightMyRequestResponse, status = 200) {
  assert.equal(res.statusCode, status, res.body);
  return json(res);
}

let people = 0;
/**
 * With the clock just after `arrestAt`: a victim of a crime recorded that day (domestic abuse → enhanced, burglary →
 * standard), assessed, and the arrest recorded through the API. Returns the arrest entitlement.
 */
async function arrestOf(kind: 'enhanced' | 'standard', arrestAt: string) {
  const at = new Date(arrestAt).getTime();
  setClock(new Date(at + HOUR / 2));
  try {
    const personId = ok(await api('constable', 'POST', '/persons', { forenames: 'Robin', surname: `Wiring${++people}`, dateOfBirth: '1982-07-08' }), 201).id;
    const crime = ok(await api('constable', 'POST', '/crimes', {
      committedFrom: new Date(at - 6 * HOUR).toISOString(), reportedAt: new Date(at - 5 * HOUR).toISOString(), victims: [{ personId }],
      ...(kind === 'enhanced'
        ? { classificationCode: '8N', flags: ['domestic_abuse'], summary: 'Assault by partner at home; bruising to the arm.' }
        : { classificationCode: '28E', summary: 'Entry forced through the rear door; jewellery taken.' }),
    }), 201);
    const candidates = ok(await api('constable', 'GET', `/victims/candidates?crimeId=${crime.id}`)).items as { crimePersonId: string }[];
    const victim = ok(await api('constable', 'POST', '/victims', { crimePersonId: candidates[0].crimePersonId, preferredContactMethod: 'phone', referralConsent: 'not_asked' }), 201);
    assert.equal(victim.level, kind);
    const entitlement = ok(await api('constable', 'POST', `/victims/${victim.id}/events`, { event: 'arrest', occurredAt: arrestAt }), 201);
    assert.equal(entitlement.eventAt, new Date(arrestAt).toISOString());
    return entitlement as { dueAt: string; taskId: string; level: string; state: string };
  } finally {
    setClock(TEST_START);
  }
}

async function assertDue(entitlement: { dueAt: string; taskId: string }, expected: string) {
  assert.equal(entitlement.dueAt, expected, 'the entitlement is due at the close of the working day');
  const [row] = await t.db.select({ dueAt: tasks.dueAt, kind: tasks.kind, closesVia: tasks.closesVia }).from(tasks).where(eq(tasks.id, entitlement.taskId));
  assert.equal(row.kind, 'victim-arrest');
  assert.equal(row.dueAt.toISOString(), expected, 'the task row is due then too');
  assert.ok(row.closesVia, 'cleared only by a recorded contact');
}

describe("told of an arrest: close of the Nth working day on the real calendar (STANDARDS §5)", () => {
  test('enhanced, arrest Friday 27 November 2026 16:00 GMT → the weekend is skipped: close of Monday 30 November (23:59:59.999 GMT)', async () => {
    const e = await arrestOf('enhanced', '2026-11-27T16:00:00Z');
    assert.equal(e.state, 'pending');
    await assertDue(e, '2026-11-30T23:59:59.999Z');
  });

  test('enhanced, arrest Friday 1 May 2026 16:00 BST → weekend and the Early May bank holiday skipped: close of Tuesday 5 May (23:59:59.999 BST)', async () => {
    await assertDue(await arrestOf('enhanced', '2026-05-01T15:00:00Z'), '2026-05-05T22:59:59.999Z');
  });

  test('enhanced, arrest Thursday 24 December 2026 16:00 GMT → 25, 26 (Saturday), 27 and the 28th (Boxing Day substitute) skipped: close of Tuesday 29 December', async () => {
    await assertDue(await arrestOf('enhanced', '2026-12-24T16:00:00Z'), '2026-12-29T23:59:59.999Z');
  });

  test('standard, arrest Thursday 24 December 2026 16:00 GMT → 5 working days are 29, 30, 31 December, 4 and 5 January (1 January a holiday): close of Tuesday 5 January 2027', async () => {
    await assertDue(await arrestOf('standard', '2026-12-24T16:00:00Z'), '2027-01-05T23:59:59.999Z');
  });
});

describe('migration 0018 moves deadlines stored under the old rule to the close of their London day', () => {
  test('an entitlement and its task due at 16:00 move to 23:59:59.999 that day (BST and GMT); running it twice changes nothing', async () => {
    const winter = await arrestOf('enhanced', '2026-11-27T16:00:00Z');
    const summer = await arrestOf('enhanced', '2026-05-01T15:00:00Z');
    // As a deployed database holds them from before the fix: due at the event's clock time on the right day.
    for (const [e, old] of [[winter, '2026-11-30T16:00:00Z'], [summer, '2026-05-05T15:00:00Z']] as const) {
      await t.db.execute(sql`update victim_entitlements set due_at = ${old}::timestamptz where task_id = ${e.taskId}`);
      await t.db.execute(sql`update tasks set due_at = ${old}::timestamptz where id = ${e.taskId}`);
    }
    const migration = readFileSync(join(MIGRATIONS_DIR, '0018_working_day_deadlines_close_of_day.sql'), 'utf8');
    for (let run = 0; run < 2; run++) {
      for (const statement of migration.split('--> statement-breakpoint')) await t.db.execute(sql.raw(statement));
    }
    await assertDue({ ...winter, dueAt: await entitlementDue(winter.taskId) }, '2026-11-30T23:59:59.999Z');
    await assertDue({ ...summer, dueAt: await entitlementDue(summer.taskId) }, '2026-05-05T22:59:59.999Z');
  });
});

async function entitlementDue(taskId: string): Promise<string> {
  const [row] = rowsOf<{ due_at: Date | string }>(await t.db.execute(sql`select due_at from victim_entitlements where task_id = ${taskId}`));
  return new Date(row.due_at).toISOString();
}

describe('migration 0019 asks for a re-assessment of victims of aggravated offences recorded without a strand', () => {
  test('a standard-level victim of racially aggravated harassment with no strand gets one task for the officer; running it twice adds none', async () => {
    const personId = ok(await api('constable', 'POST', '/persons', { forenames: 'Robin', surname: 'Aggravated', dateOfBirth: '1979-03-03' }), 201).id;
    const crime = ok(await api('constable', 'POST', '/crimes', {
      classificationCode: '8P', summary: 'Abusive messages about the victim’s religion over three weeks.', victims: [{ personId }],
      committedFrom: new Date(TEST_START.getTime() - 48 * HOUR).toISOString(), reportedAt: new Date(TEST_START.getTime() - 2 * HOUR).toISOString(),
    }), 201);
    const candidates = ok(await api('constable', 'GET', `/victims/candidates?crimeId=${crime.id}`)).items as { crimePersonId: string }[];
    const victim = ok(await api('constable', 'POST', '/victims', { crimePersonId: candidates[0].crimePersonId, preferredContactMethod: 'phone', referralConsent: 'not_asked' }), 201);
    assert.equal(victim.level, 'enhanced', 'now derived from the classification');
    assert.ok((victim.reasons as { code: string }[]).some((r) => r.code === 'serious_hate'));
    // As assessed before the fix: standard, no strand.
    await t.db.execute(sql`update victims set level = 'standard' where id = ${victim.id}`);
    const migration = readFileSync(join(MIGRATIONS_DIR, '0019_aggravated_offences_are_hate_crimes.sql'), 'utf8');
    await t.db.execute(sql.raw(migration));
    await t.db.execute(sql.raw(migration));
    const raised = await t.db.select().from(tasks).where(eq(tasks.entityId, victim.id));
    const reassess = raised.filter((r) => r.kind === 'victim-reassess-hate');
    assert.equal(reassess.length, 1);
    assert.equal(reassess[0].assigneeUserId, victim.oic.id, 'for the officer in the case');
    assert.match(reassess[0].title, /^Re-assess the victim’s needs: HT\/P\/\d+ \(HT\/\d{2}\/\d+\)$/);
  });
});
