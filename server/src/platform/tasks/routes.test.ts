import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { createTestApp } from '../../test/api.js';
import { auditLog } from '../audit/schema.js';
import { users } from '../auth/schema.js';
import { hashPassword } from '../auth/passwords.js';
import { newId } from '../db/columns.js';
import type { TaskList, TaskView } from './contract.js';
import { taskSortKey } from './rules.js';
import { runSchedulesOnce } from './scheduler.js';

type Harness = Awaited<ReturnType<typeof createTestApp>>;
type Reply = { statusCode: number; headers: Record<string, unknown>; json: () => unknown };

const HOUR = 3600_000;

describe('tasks API', () => {
  let t: Harness;
  const cookie: Record<string, string> = {};
  const id: Record<string, string> = {};

  async function call(who: string | null, method: 'GET' | 'POST', url: string, options: { body?: unknown; ifMatch?: string } = {}): Promise<Reply> {
    const headers: Record<string, string> = {};
    if (who) headers.cookie = cookie[who];
    if (options.ifMatch !== undefined) headers['if-match'] = options.ifMatch;
    return t.app.inject({ method, url: `/api/v1${url}`, headers, ...(options.body === undefined ? {} : { payload: options.body as object }) });
  }

  const dueIn = (ms: number) => new Date(t.clock.now().getTime() + ms).toISOString();

  async function createTask(who: string, body: Record<string, unknown>): Promise<TaskView> {
    const res = await call(who, 'POST', '/tasks', { body: { title: 'Update the victim', dueAt: dueIn(2 * HOUR), ...body } });
    assert.equal(res.statusCode, 201, JSON.stringify(res.json()));
    return res.json() as TaskView;
  }

  async function mine(who: string, query = ''): Promise<TaskView[]> {
    const res = await call(who, 'GET', `/tasks/mine${query}`);
    assert.equal(res.statusCode, 200);
    return (res.json() as TaskList).items;
  }

  const auditRows = (entityId: string, action: string) =>
    t.db.select().from(auditLog).where(and(eq(auditLog.entityId, entityId), eq(auditLog.action, action)));

  before(async () => {
    t = await createTestApp();
    const passwordHash = await hashPassword('watchhouse-demo');
    await t.db.insert(users).values(['teammate.one', 'teammate.two'].map((username) => ({
      forceId: 'HERTS', id: newId(), username, displayName: username, role: 'constable', team: 'Task test team', passwordHash,
    })));
    for (const username of ['constable', 'sergeant', 'inspector', 'imu', 'constable.beds', 'sergeant.beds', 'teammate.one', 'teammate.two']) {
      cookie[username] = await t.login(username);
      const me = await call(username, 'GET', '/auth/me');
      id[username] = (me.json() as { user: { id: string } }).user.id;
    }
  });
  after(() => t.close());

  it('needs a session', async () => {
    assert.equal((await call(null, 'GET', '/tasks/mine')).statusCode, 401);
    assert.equal((await call(null, 'POST', '/tasks', { body: { title: 'x', dueAt: dueIn(HOUR) } })).statusCode, 401);
  });

  it('lets a constable create a task for themselves and see it in My work', async () => {
    const res = await call('constable', 'POST', '/tasks', { body: { title: 'Call the victim back', dueAt: dueIn(HOUR) } });
    assert.equal(res.statusCode, 201);
    assert.equal(res.headers.etag, '"1"');
    const task = res.json() as TaskView;
    assert.equal(task.status, 'open');
    assert.equal(task.assignee.userId, id.constable);
    assert.equal(task.assignee.username, 'constable');
    assert.equal(task.escalateToRole, 'sergeant');
    assert.deepEqual(task.abilities, { complete: true, close: true, reassign: false });
    assert.ok((await mine('constable')).some((x) => x.id === task.id));
    assert.equal((await auditRows(task.id, 'task.created')).length, 1);
  });

  it('refuses unknown fields, and giving work to someone else unless a supervisor', async () => {
    const unknown = await call('constable', 'POST', '/tasks', { body: { title: 'x', dueAt: dueIn(HOUR), status: 'completed' } });
    assert.equal(unknown.statusCode, 400);
    const forOther = await call('constable', 'POST', '/tasks', { body: { title: 'x', dueAt: dueIn(HOUR), assigneeUserId: id.imu } });
    assert.equal(forOther.statusCode, 403);
    const toBeds = await call('sergeant', 'POST', '/tasks', { body: { title: 'x', dueAt: dueIn(HOUR), assigneeUserId: id['constable.beds'] } });
    assert.equal(toBeds.statusCode, 422, 'a user of another force is not an assignee');
  });

  it('completes a task only with If-Match, the current version and an outcome, and audits it', async () => {
    const task = await createTask('constable', {});
    const url = `/tasks/${task.id}/complete`;
    const body = { outcome: 'Victim updated by phone', note: 'Told of the arrest' };

    assert.equal((await call('constable', 'POST', url, { body })).statusCode, 428);
    const stale = await call('constable', 'POST', url, { body, ifMatch: '"7"' });
    assert.equal(stale.statusCode, 409);
    assert.equal((stale.json() as { type: string }).type, '/problems/stale-version');
    const noOutcome = await call('constable', 'POST', url, { body: { outcome: '  ' }, ifMatch: '"1"' });
    assert.equal(noOutcome.statusCode, 400);

    const done = await call('constable', 'POST', url, { body, ifMatch: '"1"' });
    assert.equal(done.statusCode, 200);
    assert.equal(done.headers.etag, '"2"');
    const view = done.json() as TaskView;
    assert.equal(view.status, 'completed');
    assert.equal(view.outcome, 'Victim updated by phone');
    assert.equal(view.outcomeReason, 'Told of the arrest');
    assert.equal(view.completedBy?.username, 'constable');
    assert.deepEqual(view.abilities, { complete: false, close: false, reassign: false });
    const [row] = await auditRows(task.id, 'task.completed');
    assert.equal(row.username, 'constable');

    const again = await call('constable', 'POST', url, { body, ifMatch: '"2"' });
    assert.equal(again.statusCode, 409);
    assert.equal((again.json() as { type: string }).type, '/problems/invalid-state');
    assert.ok(!(await mine('constable')).some((x) => x.id === task.id), 'completed work leaves My work');
  });

  // STANDARDS §17 F13: reminders overridden — a task cannot be dismissed without a reason code and a written reason.
  it('closes a task without doing it only with a reason code and a reason, audited', async () => {
    const task = await createTask('constable', {});
    const url = `/tasks/${task.id}/close`;

    const noReason = await call('constable', 'POST', url, { body: { reasonCode: 'duplicate' }, ifMatch: '"1"' });
    assert.equal(noReason.statusCode, 400);
    assert.ok((noReason.json() as { errors: { path: string }[] }).errors.some((e) => e.path === 'body.reason'));
    const shortReason = await call('constable', 'POST', url, { body: { reasonCode: 'duplicate', reason: 'n/a' }, ifMatch: '"1"' });
    assert.equal(shortReason.statusCode, 400);
    const dismissed = await call('constable', 'POST', url, { body: { reasonCode: 'dismissed', reason: 'Reminder not wanted' }, ifMatch: '"1"' });
    assert.equal(dismissed.statusCode, 400);
    assert.ok((dismissed.json() as { errors: { path: string }[] }).errors.some((e) => e.path === 'body.reasonCode'));

    const closed = await call('constable', 'POST', url, { body: { reasonCode: 'duplicate', reason: 'Same as the task raised by the OIC' }, ifMatch: '"1"' });
    assert.equal(closed.statusCode, 200);
    const view = closed.json() as TaskView;
    assert.equal(view.status, 'closed');
    assert.equal(view.outcome, 'duplicate');
    assert.equal(view.outcomeReason, 'Same as the task raised by the OIC');
    const [row] = await auditRows(task.id, 'task.closed_without_action');
    assert.equal(row.reason, 'Same as the task raised by the OIC');
    assert.deepEqual(row.detail, { kind: 'general', reasonCode: 'duplicate', overdue: false });
  });

  it('hides a task from users of another force and from officers it is not for', async () => {
    const task = await createTask('constable', {});
    for (const who of ['constable.beds', 'sergeant.beds', 'imu']) {
      assert.equal((await call(who, 'GET', `/tasks/${task.id}`)).statusCode, 404, who);
      const complete = await call(who, 'POST', `/tasks/${task.id}/complete`, { body: { outcome: 'Done' }, ifMatch: '"1"' });
      assert.equal(complete.statusCode, 404, who);
    }
    const beds = await call('sergeant.beds', 'GET', '/tasks?status=all&limit=200');
    assert.ok(!(beds.json() as TaskList).items.some((x) => x.id === task.id));
  });

  it('shows supervisors every task of the force and lets them reassign it with a reason', async () => {
    const task = await createTask('constable', {});
    assert.equal((await call('constable', 'GET', '/tasks')).statusCode, 403);
    const list = await call('sergeant', 'GET', `/tasks?assignee=${id.constable}&limit=200`);
    assert.equal(list.statusCode, 200);
    assert.ok((list.json() as TaskList).items.some((x) => x.id === task.id));

    const one = await call('sergeant', 'GET', `/tasks/${task.id}`);
    assert.equal(one.headers.etag, '"1"');
    assert.equal((one.json() as TaskView).abilities.reassign, true);

    const url = `/tasks/${task.id}/reassign`;
    assert.equal((await call('constable', 'POST', url, { body: { userId: id.imu, reason: 'Constable on leave all week' }, ifMatch: '"1"' })).statusCode, 403);
    assert.equal((await call('sergeant', 'POST', url, { body: { reason: 'Constable on leave all week' }, ifMatch: '"1"' })).statusCode, 400);
    const moved = await call('sergeant', 'POST', url, { body: { userId: id.imu, reason: 'Constable on leave all week' }, ifMatch: '"1"' });
    assert.equal(moved.statusCode, 200);
    assert.equal((moved.json() as TaskView).assignee.username, 'imu');
    assert.equal((await call('constable', 'GET', `/tasks/${task.id}`)).statusCode, 404);
    assert.ok((await mine('imu')).some((x) => x.id === task.id));
    const [row] = await auditRows(task.id, 'task.reassigned');
    assert.equal(row.reason, 'Constable on leave all week');
  });

  it('gives a team task with nobody named to every member of the team', async () => {
    const task = await createTask('sergeant', { assigneeTeam: 'Task test team' });
    assert.equal(task.assignee.userId, null);
    assert.ok((await mine('teammate.one')).some((x) => x.id === task.id));
    assert.ok((await mine('teammate.two')).some((x) => x.id === task.id));
    assert.ok(!(await mine('constable')).some((x) => x.id === task.id));
    const done = await call('teammate.two', 'POST', `/tasks/${task.id}/complete`, { body: { outcome: 'Visited' }, ifMatch: '"1"' });
    assert.equal(done.statusCode, 200);
    assert.equal((await call('sergeant', 'POST', '/tasks', { body: { title: 'x', dueAt: dueIn(HOUR), assigneeTeam: 'Nobody here' } })).statusCode, 422);
  });

  // DESIGN §4, STANDARDS §17 F10: overdue tasks escalate to the supervisor, once, and show in their work.
  it('escalates an overdue task once, to the sergeant, and lists overdue work first', async () => {
    const later = await createTask('constable', { title: 'Later', dueAt: dueIn(5 * HOUR) });
    const late = await createTask('constable', { title: 'Soon late', dueAt: dueIn(HOUR) });
    const soon = await createTask('constable', { title: 'Soon', dueAt: dueIn(3 * HOUR) });
    assert.ok(!(await mine('sergeant')).some((x) => x.id === late.id));

    t.clock.set(new Date(t.clock.now().getTime() + 2 * HOUR));
    await runSchedulesOnce(t.db, t.clock, [], t.app.log);
    await runSchedulesOnce(t.db, t.clock, [], t.app.log);

    const rows = await auditRows(late.id, 'task.escalated');
    assert.equal(rows.length, 1);
    assert.equal(rows[0].username, 'system');
    assert.equal((await auditRows(soon.id, 'task.escalated')).length, 0);

    const sergeantWork = await mine('sergeant');
    const escalated = sergeantWork.find((x) => x.id === late.id);
    assert.ok(escalated, 'the sergeant sees the escalated task in My work');
    assert.equal(escalated.overdue, true);
    assert.ok(escalated.escalatedAt);
    assert.ok(!(await mine('inspector')).some((x) => x.id === late.id), 'it escalated to sergeants, not inspectors');

    const work = await mine('constable');
    const order = work.map((x) => x.id).filter((x) => [later.id, late.id, soon.id].includes(x));
    assert.deepEqual(order, [late.id, soon.id, later.id]);
    const now = t.clock.now();
    const keys = work.map((x) => taskSortKey({ id: x.id, status: x.status, dueAt: new Date(x.dueAt) }, now));
    assert.ok(keys.every((k, i) => i === 0 || keys[i - 1][0] < k[0] || (keys[i - 1][0] === k[0] && keys[i - 1][1] <= k[1])), 'overdue first, then by due time');
    assert.equal(work[0].overdue, true);

    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await call('constable', 'GET', `/tasks/mine?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      const page = res.json() as TaskList;
      paged.push(...page.items.map((x) => x.id));
      cursor = page.nextCursor;
    } while (cursor);
    assert.deepEqual(paged, work.map((x) => x.id), 'paging gives the same order');

    const overdueOnly = await call('sergeant', 'GET', '/tasks?overdueOnly=true&limit=200');
    const overdueItems = (overdueOnly.json() as TaskList).items;
    assert.ok(overdueItems.length > 0 && overdueItems.every((x) => x.overdue));
  });
});
