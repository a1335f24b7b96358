import type { FastifyBaseLogger } from 'fastify';
import { uuidv7 } from 'uuidv7';
import type { Clock } from '../clock.js';
import type { Db } from '../db/connect.js';
import type { Ctx } from '../http/context.js';
import type { ModuleDefinition, Schedule } from '../module.js';
import { escalateOverdueTasks } from './escalation.js';
import { listForceIds } from './queries.js';
import { logSafeError } from '../log.js';
import { runInForce } from '../db/scope.js';

/** Audit rows of scheduled work carry this id and the user name `system`. */
export const SYSTEM_USER_ID = '00000000-0000-0000-0000-000000000000';

const TICK_MS = 60_000;

function systemCtx(db: Db, clock: Clock, forceId: string): Omit<Ctx, 'accessReason'> {
  return {
    db,
    forceId,
    requestId: `scheduler-${uuidv7()}`,
    now: clock.now,
    user: { id: SYSTEM_USER_ID, username: 'system', displayName: 'Watchhouse scheduler', role: 'administrator', forceId, team: null, permissions: new Set() },
  };
}

type RunOptions = { due: (schedule: Schedule) => boolean; stopped: () => boolean };

/**
 * One pass over every force: escalation first, then the due schedules; a failure is logged and the pass goes on. Each
 * force's work runs as the app role scoped to that force, so a job cannot touch another force's rows.
 */
async function runPass(db: Db, clock: Clock, parts: readonly ModuleDefinition[], log: FastifyBaseLogger, options: RunOptions) {
  let forceIds: string[];
  try {
    forceIds = await listForceIds(db);
  } catch (err) {
    log.error({ error: logSafeError(err) }, 'scheduler could not list forces');
    return;
  }
  const schedules = parts.flatMap((p) => p.schedules ?? []).filter(options.due);
  for (const forceId of forceIds) {
    if (options.stopped()) return;
    try {
      const escalated = await runInForce(forceId, () => escalateOverdueTasks(db, forceId, clock.now()));
      if (escalated > 0) log.info({ forceId, escalated }, 'escalated overdue tasks');
    } catch (err) {
      log.error({ error: logSafeError(err), forceId }, 'task escalation failed');
    }
    for (const schedule of schedules) {
      if (options.stopped()) return;
      try {
        await runInForce(forceId, () => schedule.run(systemCtx(db, clock, forceId)));
      } catch (err) {
        log.error({ error: logSafeError(err), forceId, schedule: schedule.name }, 'scheduled job failed');
      }
    }
  }
}

/** Runs escalation and every schedule once for every force (tests, and operators catching up by hand). */
export function runSchedulesOnce(db: Db, clock: Clock, parts: readonly ModuleDefinition[], log: FastifyBaseLogger): Promise<void> {
  return runPass(db, clock, parts, log, { due: () => true, stopped: () => false });
}

const minuteOf = (d: Date) => Math.floor(d.getTime() / TICK_MS);

/**
 * Wakes every minute. A schedule runs when a multiple of its `everyMinutes` (counted on the clock) has passed
 * since the previous tick, so a late timer never skips one. A tick that finds the previous run still going is skipped.
 * Returns the function that stops it.
 */
export type RunningScheduler = {
  /** Stops the timer and waits for a pass that is still going, so the database can be closed after it. */
  stop: () => Promise<void>;
  /** Resolves when no pass is running. */
  idle: () => Promise<void>;
};

export function startScheduler(db: Db, clock: Clock, parts: readonly ModuleDefinition[], log: FastifyBaseLogger): RunningScheduler {
  let stopped = false;
  let current: Promise<void> | null = null;
  let lastMinute = minuteOf(clock.now());
  const timer = setInterval(() => {
    if (stopped) return;
    if (current) {
      log.warn('scheduler run still going; skipping this tick');
      return;
    }
    const from = lastMinute;
    const to = minuteOf(clock.now());
    lastMinute = Math.max(from, to);
    const due = (s: Schedule) => Math.floor(to / s.everyMinutes) > Math.floor(from / s.everyMinutes);
    current = runPass(db, clock, parts, log, { due, stopped: () => stopped }).finally(() => {
      current = null;
    });
  }, TICK_MS);
  timer.unref();
  const idle = async () => {
    while (current) await current;
  };
  return {
    idle,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await idle();
    },
  };
}
