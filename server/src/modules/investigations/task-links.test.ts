import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { users } from '../../platform/auth/schema.js';
import { tasks } from '../../platform/tasks/schema.js';
import { createTestApp, json, type TestApp } from '../../test/api.js';

/**
 * Issue 14 item 16: every task the investigations module raises is about the investigation (entity type
 * `investigation`, its id), so My work's card opens it through the platform's entity → page map ("Open investigation").
 */
let t: TestApp;
before(async () => { t = await createTestApp(); });
after(async () => { await t.close(); });

const HOUR = 3_600_000;
const ago = (hours: number) => new Date(t.clock.now().getTime() - hours * HOUR).toISOString();
const api = (user: string, method: 'GET' | 'POST', url: string, payload?: unknown, headers: Record<string, string> = {}) =>
  t.as(user, { method, url: `/api/v1${url}`, ...(payload === undefined ? {} : { payload: payload as object }), headers });

function ok(res: LightMyRequestResponse, status = 200) {
  assert.equal(res.statusCode, status, res.body);
  return json(res);
}

async function crime(body: Record<string, unknown>) {
  const victim = ok(await api('constable', 'POST', '/persons', { forenames: 'Alex', surname: `Linkvictim${Math.round(Math.random() * 1e6)}`, dateOfBirth: '1988-05-06' }), 201);
  return ok(await api('constable', 'POST', '/crimes', { committedFrom: ago(30), reportedAt: ago(20), source: 'phone', victims: [{ personId: victim.id }], ...body }), 201).id as string;
}

const tasksOf = (entityId: string) => t.db.select().from(tasks).where(eq(tasks.entityId, entityId));

/** Source files of this module that are not tests. */
function moduleSources(dir = dirname(fileURLToPath(import.meta.url))): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'test' ? [] : moduleSources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('investigation tasks link to the investigation (issue 14 item 16)', () => {
  test('the screen-out victim-told task and the supervisory review task name the investigation', async () => {
    const screenedOut = ok(await api('constable', 'POST', '/investigations', { crimeId: await crime({ classificationCode: '49', summary: 'Purse taken from a handbag; no lines of enquiry' }), thrive: {}, solvability: [] }), 201);
    assert.equal(screenedOut.status, 'screened_out');
    const told = await tasksOf(screenedOut.id);
    assert.deepEqual(told.map((x) => [x.kind, x.entityType, x.entityId]), [['investigation-screen-out-victim', 'investigation', screenedOut.id]]);

    const inv = ok(await api('constable', 'POST', '/investigations', { crimeId: await crime({ classificationCode: '28E', summary: 'Rear door forced; laptop taken' }), thrive: {}, solvability: ['cctv'] }), 201);
    const [officer] = await t.db.select({ id: users.id }).from(users).where(and(eq(users.username, 'constable')));
    ok(await api('sergeant', 'POST', `/investigations/${inv.id}/allocate`, { officerId: officer.id }, { 'if-match': `"${inv.version}"` }));
    const review = await tasksOf(inv.id);
    assert.ok(review.length >= 1, 'allocation raises the first supervisory review');
    for (const x of review) assert.deepEqual([x.kind, x.entityType, x.entityId], ['investigation-review', 'investigation', inv.id]);
    // The task as My work receives it carries the link the card opens.
    const mine = ok(await api('sergeant', 'GET', '/tasks/mine?kind=investigation-review&limit=100')).items.find((x: { entityId: string }) => x.entityId === inv.id);
    assert.equal(mine?.entityType, 'investigation');
  });

  test('every createTask call of the module says the task is about an investigation', () => {
    const calls = moduleSources().flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      return [...source.matchAll(/createTask\(\s*tx[\s\S]*?\n\s*\}\);/g)].map((m) => ({ file, text: m[0] }));
    });
    assert.ok(calls.length >= 2, 'found the module’s task-raising calls');
    for (const call of calls) assert.match(call.text, /entity:\s*\{\s*type:\s*'investigation',\s*id:/, `${call.file}: ${call.text.slice(0, 120)}`);
  });
});
