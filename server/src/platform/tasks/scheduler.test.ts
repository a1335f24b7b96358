import { after, before, beforeEach, describe, it, mock } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { fixedClock } from '../clock.js';
import { newId } from '../db/columns.js';
import type { Database } from '../db/connect.js';
import { openTestDatabase } from '../db/test-db.js';
import { auditLog } from '../audit/schema.js';
import { forces, users } from '../auth/schema.js';
import { defineModule, type Schedule } from '../module.js';
import { tasks } from './schema.js';
import { runSchedulesOnce, startScheduler } from './scheduler.js';

const START = new Date('2026-11-23T09:00:00Z');

function recordingLog() {
  const lines: { level: string; obj: unknown; msg?: string }[] = [];
  const at = (level: string) => (obj: unknown, msg?: string) => { lines.push({ level, obj, msg }); };
  const log = { info: at('info'), warn: at('warn'), error: at('error'), debug: at('debug') } as unknown as FastifyBaseLogger;
  return { log, lines };
}

function partWith(...schedules: Schedule[]) {
  return defineModule({ name: 'test', permissions: [], routes: () => {}, schedules });
}

describe('scheduler', () => {
  let database: Database;
  const officer = { HERTS: newId(), BEDS: newId() };

  before(async () => {
    database = await openTestDatabase();
    await database.db.insert(forces).values([
      { id: 'HERTS', name: 'Hertfordshire', referencePrefix: 'HT' },
      { id: 'BEDS', name: 'Bedfordshire', referencePrefix: 'BD' },
    ]);
    for (const forceId of ['HERTS', 'BEDS'] as const) {
      await database.db.insert(users).values({
        forceId, id: officer[forceId], username: `sched.${forceId}`, displayName: 'PC Test', role: 'constable', passwordHash: 'x',
      });
    }
  });
  after(() => database.close());
  beforeEach(() => database.db.delete(tasks));

  async function overdueTask(forceId: 'HERTS' | 'BEDS', dueAt: Date) {
    const id = newId();
    await database.db.insert(tasks).values({ forceId, id, kind: 'general', title: 'Update the victim', assigneeUserId: officer[forceId], dueAt });
    return id;
  }

  const escalations = (id: string) =>
    database.db.select().from(auditLog).where(and(eq(auditLog.action, 'task.escalated'), eq(auditLog.entityId, id)));

  // DESIGN §4: the scheduler is safe to run twice.
  it('escalates an overdue task once however often, and however concurrently, it runs', async () => {
    const clock = fixedClock(START);
    const { log } = recordingLog();
    const late = await overdueTask('HERTS', new Date(START.getTime() - 60_000));
    const notYet = await overdueTask('HERTS', new Date(START.getTime() + 60_000));
    const beds = await overdueTask('BEDS', new Date(START.getTime() - 60_000));

    await Promise.all([runSchedulesOnce(database.db, clock, [], log), runSchedulesOnce(database.db, clock, [], log)]);
    await runSchedulesOnce(database.db, clock, [], log);

    const rows = await escalations(late);
    assert.equal(rows.length, 1);
    assert.equal(rows[0].username, 'system');
    assert.equal(rows[0].forceId, 'HERTS');
    assert.equal((await escalations(notYet)).length, 0);
    assert.equal((await escalations(beds)).length, 1);
    const [task] = await database.db.select().from(tasks).where(eq(tasks.id, late));
    assert.deepEqual(task.escalatedAt, START);
    assert.equal(task.version, 1, 'escalation does not make an officer’s open copy stale');
  });

  it('logs a failing schedule and still runs the others, for every force, as the system', async () => {
    const clock = fixedClock(START);
    const { log, lines } = recordingLog();
    const ran: { forceId: string; username: string; permissions: number }[] = [];
    const parts = [
      partWith({ name: 'broken', everyMinutes: 1, run: async () => { throw new Error('boom'); } }),
      partWith({ name: 'fine', everyMinutes: 1, run: async (ctx) => { ran.push({ forceId: ctx.forceId, username: ctx.user.username, permissions: ctx.user.permissions.size }); } }),
    ];
    await runSchedulesOnce(database.db, clock, parts, log);
    assert.deepEqual(ran.map((r) => r.forceId).sort(), ['BEDS', 'HERTS']);
    assert.ok(ran.every((r) => r.username === 'system' && r.permissions === 0));
    const errors = lines.filter((l) => l.level === 'error');
    assert.equal(errors.length, 2);
    assert.ok(errors.every((l) => (l.obj as { schedule: string }).schedule === 'broken'));
  });

  it('wakes every minute, runs schedules when their interval comes round, and skips a tick while a run is still going', async () => {
    mock.timers.enable({ apis: ['setInterval'] });
    const clock = fixedClock(new Date('2026-11-23T09:00:00Z'));
    const { log, lines } = recordingLog();
    const runs: { name: string; at: string }[] = [];
    let release: () => void = () => {};
    let slow = false;
    const parts = [partWith(
      { name: 'every-minute', everyMinutes: 1, run: async (ctx) => {
        runs.push({ name: 'every-minute', at: ctx.now().toISOString() });
        if (slow) await new Promise<void>((resolve) => { release = resolve; });
      } },
      { name: 'every-five', everyMinutes: 5, run: async (ctx) => { runs.push({ name: 'every-five', at: ctx.now().toISOString() }); } },
    )];
    const scheduler = startScheduler(database.db, clock, parts, log);
    const until = async (condition: () => boolean) => {
      for (let waited = 0; !condition(); waited += 10) {
        if (waited > 20_000) throw new Error('timed out waiting for the scheduler');
        await new Promise((resolve) => setImmediate(resolve));
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    };
    try {
      for (let minute = 1; minute <= 5; minute++) {
        clock.advance(60_000);
        mock.timers.tick(60_000);
        await scheduler.idle();
      }
      assert.equal(runs.filter((r) => r.name === 'every-minute').length, 10, 'five ticks, two forces');
      assert.deepEqual(runs.filter((r) => r.name === 'every-five').map((r) => r.at), ['2026-11-23T09:05:00.000Z', '2026-11-23T09:05:00.000Z']);

      slow = true;
      runs.length = 0;
      clock.advance(60_000);
      mock.timers.tick(60_000);
      await until(() => runs.length === 1);
      clock.advance(60_000);
      mock.timers.tick(60_000);
      assert.ok(lines.some((l) => l.level === 'warn'), 'the overlapping tick is skipped');
      assert.equal(runs.length, 1);
      slow = false;
      release();
      await scheduler.idle();
      assert.equal(runs.length, 2, 'the run that was going finishes its pass');
    } finally {
      await scheduler.stop();
      mock.timers.reset();
    }
  });
});
