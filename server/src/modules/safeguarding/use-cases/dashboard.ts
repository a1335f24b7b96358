import type { Ctx } from '../../../platform/http/context.js';
import { domesticAbuseOutcomes } from '../../crimes/index.js';
import type { DashboardView } from '../contract.js';
import { dashInWindow, dvdsInWindow, idvaInWindow, maracInWindow, noticesInWindow, referralsInWindow } from '../queries.js';
import { dvdsTimeliness, idvaTimeliness, positiveActionStats, type NoArrestReason } from '../rules.js';
import type { RiskLevel } from '../dash-questions.js';

const DAY = 86_400_000;
const pct = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 10);

function tally(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

/** The DA dashboard (issue 8; STANDARDS §14 rates, §17 F16/F17): counts and rates over a window, default the last 12 months. */
export async function daDashboard(ctx: Ctx, query: { from?: string; to?: string }): Promise<DashboardView> {
  const to = query.to ? new Date(query.to) : ctx.now();
  const from = query.from ? new Date(query.from) : new Date(to.getTime() - 365 * DAY);
  const now = ctx.now();
  const [dash, marac, idva, notices, dvds, referrals] = [
    await dashInWindow(ctx.db, ctx.forceId, from, to),
    await maracInWindow(ctx.db, ctx.forceId, from, to),
    await idvaInWindow(ctx.db, ctx.forceId, from, to),
    await noticesInWindow(ctx.db, ctx.forceId, from, to),
    await dvdsInWindow(ctx.db, ctx.forceId, from, to),
    await referralsInWindow(ctx.db, ctx.forceId, from, to),
  ];
  const daCrimes = await domesticAbuseOutcomes(ctx.db, ctx.forceId, from, to);
  const victims = tally(dash.map((d) => d.victimPersonId));
  const contacted = idva.filter((i) => i.contactedAt);
  const within = contacted.filter((i) => idvaTimeliness(i.incidentAt, i.contactedAt!).withinTarget).length;
  const closed = dvds.filter((d) => d.closedAt);
  const repeatReferrals = marac.filter((m) => m.isRepeat).length;
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    dash: {
      assessments: dash.length,
      byLevel: tally(dash.map((d) => d.finalLevel)),
      repeatVictims: Object.values(victims).filter((n) => n > 1).length,
      raisedByJudgement: dash.filter((d) => d.levelBasis === 'professional_judgement_raised').length,
      loweredBySupervisor: dash.filter((d) => d.levelBasis === 'supervisor_lowered').length,
    },
    positiveAction: positiveActionStats(dash.map((d) => ({
      powerOfArrest: d.powerOfArrest, arrested: d.arrested, noArrestReason: d.noArrestReason as NoArrestReason | null, level: d.finalLevel as RiskLevel,
    }))),
    // F16: the charge rate of DA crimes sits beside the arrest rate, so a fall in either is visible.
    charges: { daCrimes: daCrimes.recorded, finalised: daCrimes.finalised, charged: daCrimes.charged, chargeRate: pct(daCrimes.charged, daCrimes.finalised) },
    marac: { referrals: marac.length, repeatReferrals, repeatRate: pct(repeatReferrals, marac.length), byReason: tally(marac.flatMap((m) => m.reasons)) },
    idva: { referred: idva.length, contacted: contacted.length, contactedWithin24h: within, withinTargetRate: pct(within, idva.length) },
    notices: {
      dvpnRequested: notices.notices.length,
      dvpnAuthorised: notices.notices.filter((n) => n.authorisedAt).length,
      dvpoMade: notices.notices.filter((n) => n.orderMadeAt).length,
      breaches: notices.breaches,
    },
    dvds: {
      rightToAsk: dvds.filter((d) => d.route === 'right_to_ask').length,
      rightToKnow: dvds.filter((d) => d.route === 'right_to_know').length,
      disclosures: dvds.filter((d) => d.disclosedAt).length,
      open: dvds.length - closed.length,
      overdue: dvds.filter((d) => dvdsTimeliness(d.receivedAt, d.closedAt, now).overdue).length,
      closed: closed.length,
      closedWithinLimit: closed.filter((d) => dvdsTimeliness(d.receivedAt, d.closedAt, now).withinLimit).length,
    },
    safeguardingReferrals: {
      raised: referrals.length,
      awaitingTriage: referrals.filter((r) => r.status === 'new').length,
      overdue: referrals.filter((r) => r.status === 'new' && r.dueAt < now).length,
    },
  };
}
