import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { users } from '../../platform/auth/schema.js';
import { createTestApp, json, type TestApp } from '../../test/api.js';
import type { InvestigationList, InvestigationSummary } from './contract.js';

/**
 * Issue 14 item 4: "Mine → Open" showed 21 of 50 open cases because the page fetched the first 100 of any status and
 * filtered in the browser. The list is filtered on the server (officer = me, open, status, risk, unit, overdue review),
 * paged by cursor, and every page carries the true total.
 */
let t: TestApp;
const HOUR = 3_600_000;
const ago = (hours: number) => new Date(t.clock.now().getTime() - hours * HOUR).toISOString();
const api = (user: string, method: 'GET' | 'POST', url: string, payload?: unknown, headers: Record<string, string> = {}) =>
  t.as(user, { method, url: `/api/v1${url}`, ...(payload === undefined ? {} : { payload: payload as object }), headers });

function ok<T = any>(res: LightMyRequestResponse, status = 200): T {
  assert.equal(res.statusCode, status, res.body);
  return json<T>(res);
}

async function userId(username: string) {
  const [u] = await t.db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return u.id;
}

/** A shoplifting crime (no victim person needed) screened with one line of enquiry, optionally THRIVE-high. */
async function screened(high = false, solvability: string[] = ['cctv']) {
  const crime = ok(await api('constable', 'POST', '/crimes', {
    committedFrom: ago(30), reportedAt: ago(20), source: 'phone', classificationCode: '46', summary: 'Spirits taken from the store', victimOrganisation: 'Northgate Stores',
  }), 201);
  return ok<InvestigationSummary>(await api('constable', 'POST', '/investigations', { crimeId: crime.id, thrive: high ? { threat: 'high' } : {}, solvability }), 201);
}

async function allocatedTo(officer: string, high = false) {
  const inv = await screened(high);
  return ok<InvestigationSummary>(await api('sergeant', 'POST', `/investigations/${inv.id}/allocate`, { officerId: await userId(officer) }, { 'if-match': `"${inv.version}"` }));
}

const OPEN_MINE = 32; // more than one page of 25, so the first page alone cannot be the answer
const HIGH_MINE = 7;
let constableId = '';

before(async () => {
  t = await createTestApp();
  constableId = await userId('constable');
  for (let i = 0; i < OPEN_MINE; i++) await allocatedTo('constable', i < HIGH_MINE);
  for (let i = 0; i < 4; i++) await allocatedTo('sergeant');
  for (let i = 0; i < 3; i++) await screened(); // awaiting allocation: open, nobody's
  for (let i = 0; i < 2; i++) await screened(false, []); // no lines of enquiry: screened out
});
after(async () => { await t.close(); });

const list = async (user: string, query: string) => ok<InvestigationList>(await api(user, 'GET', `/investigations${query}`));

/** Follows the cursor to the end, checking the total is the same on every page. */
async function all(user: string, query: string, limit: number) {
  const items: InvestigationSummary[] = [];
  let cursor: string | null = null;
  let total = -1;
  let pages = 0;
  do {
    const page = await list(user, `${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    if (total === -1) total = page.total;
    assert.equal(page.total, total, 'every page carries the same true total');
    assert.ok(page.items.length <= limit);
    items.push(...page.items);
    cursor = page.nextCursor;
    pages++;
  } while (cursor);
  return { items, total, pages };
}

describe('investigations list: filtered and paged on the server (issue 14 item 4)', () => {
  test('Mine → Open: the true total on the first page, and the cursor reaches every open case once, risk first', async () => {
    const first = await list('constable', '?mine=true&status=open&limit=25');
    assert.equal(first.total, OPEN_MINE);
    assert.equal(first.items.length, 25);
    assert.ok(first.nextCursor);
    const { items, total, pages } = await all('constable', '?mine=true&status=open', 25);
    assert.equal(total, OPEN_MINE);
    assert.equal(pages, 2);
    assert.equal(items.length, OPEN_MINE);
    assert.equal(new Set(items.map((i) => i.id)).size, OPEN_MINE, 'no case twice');
    assert.ok(items.every((i) => i.officer?.id === constableId && ['allocated', 'under_investigation'].includes(i.status)));
    assert.deepEqual(items.slice(0, HIGH_MINE).map((i) => i.risk), Array(HIGH_MINE).fill('high'), 'highest risk first across pages');
    assert.ok(items.slice(HIGH_MINE).every((i) => i.risk === 'standard'));
  });

  test('officerId is the same filter for a supervisor; open includes cases awaiting allocation, not screened-out ones', async () => {
    assert.equal((await list('sergeant', `?officerId=${constableId}&status=open&limit=1`)).total, OPEN_MINE);
    const open = await all('sergeant', '?status=open', 50);
    assert.ok(open.items.every((i) => i.status !== 'finalised' && i.status !== 'screened_out'));
    assert.equal(open.items.filter((i) => i.status === 'screened').length, 3);
    assert.equal(open.total, OPEN_MINE + 4 + 3);
    assert.equal((await list('sergeant', '?status=screened&limit=1')).total, 3);
    assert.equal((await list('sergeant', '?status=screened_out&limit=1')).total, 2);
    const everything = await list('sergeant', '?limit=1');
    assert.equal(everything.total, OPEN_MINE + 4 + 3 + 2, 'no status filter: every investigation');
  });

  test('risk, unit and overdue-review filters narrow the list and its total on the server', async () => {
    const high = await all('constable', '?mine=true&status=open&risk=high', 5);
    assert.equal(high.total, HIGH_MINE);
    assert.ok(high.items.every((i) => i.risk === 'high'));
    assert.equal((await list('constable', '?mine=true&risk=medium&limit=5')).total, 0);

    const teams = ok<{ items: { team: string; open: number }[] }>(await api('sergeant', 'GET', '/investigations/teams')).items;
    assert.ok(teams.length >= 1);
    for (const { team, open } of teams) {
      const inTeam = await list('sergeant', `?team=${encodeURIComponent(team)}&status=open&limit=100`);
      assert.equal(inTeam.total, open, `${team}: the unit list's open count is the list's total`);
      assert.ok(inTeam.items.every((i) => i.team === team));
    }
    assert.equal(teams.reduce((n, x) => n + x.open, 0), OPEN_MINE + 4 + 3);

  });

  test('a bad filter is a 400 naming the field, not an empty list; another force sees none of these', async () => {
    for (const [query, field] of [
      ['status=opne', 'status'], ['risk=severe', 'risk'], ['officerId=42', 'officerId'], ['mine=yes', 'mine'], ['reviewOverdue=1', 'reviewOverdue'],
      ['limit=0', 'limit'], ['cursor=garbage', 'cursor'], ['colour=blue', 'colour'],
    ] as const) {
      const res = await api('constable', 'GET', `/investigations?${query}`);
      assert.equal(res.statusCode, 400, `${query}: ${res.body}`);
      const paths = (json(res).errors ?? []).map((e: { path: string; message: string }) => `${e.path} ${e.message}`).join('; ');
      assert.match(paths, new RegExp(field), `${query} names ${field}: ${paths}`);
    }
    const beds = await list('sergeant.beds', '?status=open&limit=5');
    assert.equal(beds.total, 0);
  });

  test('the digital forensics queue pages by cursor in priority order under its true total', async () => {
    const mine = (await all('constable', '?mine=true&status=open', 50)).items;
    const on = [...mine.slice(0, 3), ...mine.slice(-4)]; // three high risk, four standard
    for (const inv of on) ok(await api('constable', 'POST', `/investigations/${inv.id}/forensic-requests`, { deviceType: 'mobile_phone', description: 'Phone seized' }), 201);
    type Queue = { items: { id: string; priority: number }[]; nextCursor: string | null; total: number; outstanding: number };
    const whole = ok<Queue>(await api('constable', 'GET', '/forensic-requests?limit=100'));
    assert.equal(whole.total, 7);
    assert.equal(whole.outstanding, 7);
    const pages: Queue[] = [];
    let cursor: string | null = null;
    do {
      pages.push(ok<Queue>(await api('constable', 'GET', `/forensic-requests?limit=3${cursor ? `&cursor=${cursor}` : ''}`)));
      cursor = pages.at(-1)!.nextCursor;
    } while (cursor);
    assert.equal(pages.length, 3);
    assert.ok(pages.every((p) => p.total === 7));
    assert.deepEqual(pages.flatMap((p) => p.items.map((i) => i.id)), whole.items.map((i) => i.id));
    const priorities = whole.items.map((i) => i.priority);
    assert.deepEqual(priorities, [...priorities].sort((a, b) => a - b));
    assert.equal(ok<Queue>(await api('constable', 'GET', '/forensic-requests?status=completed')).total, 0);
    assert.equal((await api('constable', 'GET', '/forensic-requests?status=lost')).statusCode, 400);
    assert.equal((await api('constable', 'GET', '/forensic-requests?cursor=garbage')).statusCode, 400);
  });

  test('overdue review: only open cases whose review is past due, counted on the server', async () => {
    assert.equal((await list('constable', '?mine=true&reviewOverdue=true&limit=5')).total, 0, 'nothing overdue yet');
    t.clock.advance(30 * 24 * HOUR); // every first review (due within days of allocation) is now past due
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/investigations?officerId=${constableId}&reviewOverdue=true&limit=5`, headers: { cookie: await t.login('sergeant') } });
    const overdue = ok<InvestigationList>(res);
    assert.equal(overdue.total, OPEN_MINE);
    assert.equal(overdue.items.length, 5);
    assert.ok(overdue.items.every((i) => i.reviewOverdue));
  });
});
