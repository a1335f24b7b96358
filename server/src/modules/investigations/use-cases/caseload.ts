import type { Ctx } from '../../../platform/http/context.js';
import { fieldProblem } from '../../../platform/http/problems.js';
import type { CaseloadQuery, CaseloadView } from '../contract.js';
import { presentUser } from '../present.js';
import { caseloadRows, findUsers } from '../queries.js';
import { caseloadOutliers } from '../rules.js';

const DAY = 86_400_000;

/**
 * One glance for a supervisor (F10, F12, F24): per officer, open investigations by risk and age, overdue actions and
 * reviews, what was allocated and finalised in the window, and who stands out against the team mean.
 */
export async function caseloadView(ctx: Ctx, query: CaseloadQuery): Promise<CaseloadView> {
  const now = ctx.now();
  const to = query.to ? new Date(query.to) : now;
  const from = query.from ? new Date(query.from) : new Date(to.getTime() - 28 * DAY);
  if (from >= to) throw fieldProblem('querystring.from', 'must be before to');
  const rows = await caseloadRows(ctx.db, ctx.forceId, query.team ?? null, now, from, to);
  const officerRows = rows.filter((r) => r.officer_id !== null);
  const unallocated = rows.find((r) => r.officer_id === null);
  const people = await findUsers(ctx.db, ctx.forceId, officerRows.map((r) => r.officer_id as string));
  const { mean, outliers } = caseloadOutliers(officerRows.map((r) => ({ officerId: r.officer_id as string, open: Number(r.open) })));
  const officers = officerRows.map((r) => ({
    officer: presentUser(r.officer_id as string, people),
    open: Number(r.open),
    byRisk: { high: Number(r.high), medium: Number(r.medium), standard: Number(r.standard) },
    byAge: { '0-7d': Number(r.age_7), '8-28d': Number(r.age_28), '29-90d': Number(r.age_90), '90d+': Number(r.age_old) },
    overdueActions: Number(r.overdue_actions),
    overdueReviews: Number(r.overdue_reviews),
    oldestOpenDays: r.oldest ? Math.floor((now.getTime() - new Date(r.oldest).getTime()) / DAY) : null,
    finalisedInPeriod: Number(r.finalised),
    allocatedInPeriod: Number(r.allocated),
    outlier: outliers.has(r.officer_id as string),
  })).sort((a, b) => Number(b.outlier) - Number(a.outlier) || b.overdueReviews - a.overdueReviews || b.open - a.open || a.officer.displayName.localeCompare(b.officer.displayName));
  return {
    team: query.team ?? null,
    from: from.toISOString(),
    to: to.toISOString(),
    meanOpen: mean,
    officers,
    unallocated: {
      open: Number(unallocated?.open ?? 0),
      byRisk: { high: Number(unallocated?.high ?? 0), medium: Number(unallocated?.medium ?? 0), standard: Number(unallocated?.standard ?? 0) },
    },
  };
}
