import type { Ctx } from '../../../platform/http/context.js';
import type { StatsQuery, TimelinessStats } from '../contract.js';
import { countRecordedInWindow, openDecisionTaskDueTimes } from '../queries.js';
import { NCRS_DECISION_HOURS, ncrsState } from '../rules.js';

const HOUR = 3_600_000;

/** Recording timeliness for the dashboard tile: recorded within 24 h of the report, and open decisions by clock state. */
export async function timelinessStats(ctx: Ctx, query: StatsQuery): Promise<TimelinessStats> {
  const from = new Date(query.from);
  const to = new Date(query.to);
  const now = ctx.now();
  const counts = await countRecordedInWindow(ctx.db, ctx.forceId, from, to);
  const open = { due: 0, warning: 0, overdue: 0 };
  for (const dueAt of await openDecisionTaskDueTimes(ctx.db, ctx.forceId)) {
    const state = ncrsState(new Date(dueAt.getTime() - NCRS_DECISION_HOURS * HOUR), null, now);
    if (state === 'due' || state === 'warning' || state === 'overdue') open[state] += 1;
  }
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    recorded: counts.recorded,
    recordedInTime: counts.inTime,
    inTimeRate: counts.recorded === 0 ? null : counts.inTime / counts.recorded,
    vulnerableVictimRate: counts.recorded === 0 ? null : counts.vulnerable / counts.recorded,
    openDecisions: open,
  };
}
