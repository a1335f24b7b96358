import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { createTestApp, json, type TestApp } from '../../test/api.js';
import { users } from '../auth/schema.js';
import { permissionsOf } from '../../grants.js';
import type { Ctx } from '../http/context.js';
import type { Role } from '../auth/roles.js';
import { createTask, finishTask } from './service.js';

// STANDARDS §17 F13: reminders had been overridden; a task that names where its work is recorded clears only there.
describe('tasks that clear only by their module’s record (closesVia)', () => {
  let t: TestApp;
  let ctx: Ctx;
  before(async () => {
    t = await createTestApp();
    const [u] = await t.db.select().from(users).where(and(eq(users.forceId, 'HERTS'), eq(users.username, 'constable')));
    ctx = {
      db: t.db, forceId: 'HERTS', requestId: 'test', now: t.clock.now,
      user: { id: u.id, username: u.username, displayName: u.displayName, role: u.role as Role, forceId: 'HERTS', team: u.team, permissions: permissionsOf(u.role as Role) },
    };
  });
  after(async () => { await t.close(); });

  const raise = () => t.db.transaction((tx) => createTask(tx, ctx, {
    kind: 'victim-update', title: 'Update the victim', dueAt: new Date(t.clock.now().getTime() + 3_600_000),
    assignee: { userId: ctx.user.id }, closesVia: 'recording the contact on the victim’s page',
  }));

  it('the generic complete and close answer 409 naming where to record it, and leave the task open', async () => {
    const task = await raise();
    const view = json(await t.as('constable', { method: 'GET', url: `/api/v1/tasks/${task.id}` }));
    assert.equal(view.closesVia, 'recording the contact on the victim’s page');
    assert.deepEqual(view.abilities, { complete: false, close: false, reassign: false });
    const done = await t.as('constable', { method: 'POST', url: `/api/v1/tasks/${task.id}/complete`, headers: { 'if-match': '"1"' }, payload: { outcome: 'Rang the victim' } });
    assert.equal(done.statusCode, 409, done.body);
    assert.equal(done.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.match(json(done).detail, /victim’s page/);
    const closed = await t.as('constable', { method: 'POST', url: `/api/v1/tasks/${task.id}/close`, headers: { 'if-match': '"1"' }, payload: { reasonCode: 'not_required', reason: 'Victim does not want any more updates' } });
    assert.equal(closed.statusCode, 409, closed.body);
    assert.equal(json(await t.as('constable', { method: 'GET', url: `/api/v1/tasks/${task.id}` })).status, 'open');
  });

  it('the owning module finishes it with finishTask, audited; a second finish is refused', async () => {
    const task = await raise();
    const done = await t.db.transaction((tx) => finishTask(tx, ctx, task, { status: 'completed', outcome: 'contact_made', outcomeReason: 'Told of the arrest', outcomeDetail: { contactId: 'c1' } }));
    assert.equal(done.status, 'completed');
    assert.equal(done.version, 2);
    const audit = json(await t.as('auditor', { method: 'GET', url: `/api/v1/audit?entityId=${task.id}` })).items.map((i: { action: string }) => i.action);
    assert.deepEqual(audit.sort(), ['task.completed', 'task.created']);
    await assert.rejects(t.db.transaction((tx) => finishTask(tx, ctx, done, { status: 'closed', outcome: 'x', outcomeReason: 'again' })), /no longer open/);
  });
});
