import type { Ctx } from '../../../platform/http/context.js';
import { audit } from '../../../platform/audit/audit.js';
import { decodeCursor, pageOf } from '../../../platform/http/pagination.js';
import { z } from 'zod';
import { personRefs } from '../../../platform/pole/disclosure.js';
import type { DashboardQuery, DashboardView, DrillDownQuery, DrillDownView } from '../contract.js';
import { listComplianceRows, listSurveyRows, type ComplianceRow } from '../queries.js';
import {
  complianceRate, complianceState, emptyCounts, ENTITLEMENT_EVENT_CODES, satisfactionRate, SATISFACTION_QUESTIONS, type ComplianceCounts,
  type ComplianceState, type SatisfactionAnswer,
} from '../rules.js';
import { crimeTypeOf, eventLabel } from './shared.js';

type GroupBy = DashboardQuery['groupBy'];
const DrillCursor = z.tuple([z.number().int(), z.number(), z.uuid()]);

const metAt = (r: ComplianceRow) => (r.contactMade === null ? (r.taskStatus === 'completed' ? r.completedAt : null) : r.contactMade ? r.contactedAt : null);
const stateOfRow = (r: ComplianceRow, now: Date): ComplianceState =>
  complianceState({ status: r.taskStatus, dueAt: r.dueAt, completedAt: r.completedAt, contactedAt: metAt(r) }, now);
const isLive = (r: { outcome: string | null }) => r.outcome === null;

function groupKey(r: { oicId: string; oicName: string; team: string | null; classificationCode: string }, by: GroupBy): { key: string; label: string } {
  if (by === 'team') return { key: r.team ?? '(no team)', label: r.team ?? '(no team)' };
  if (by === 'crimeType') return { key: crimeTypeOf(r.classificationCode), label: crimeTypeOf(r.classificationCode) };
  return { key: r.oicId, label: r.oicName };
}

const compliance = (c: ComplianceCounts) => ({ counts: c, rate: complianceRate(c) });

/**
 * Victims' Code compliance for supervisors (STANDARDS §5, §14, F13): every entitlement on time / late / missed /
 * overdue / pending, live vs closed cases (the inspection's 41% / 67%), by officer, team or crime type, and the
 * satisfaction rates of the same groups.
 */
export async function complianceDashboard(ctx: Ctx, query: DashboardQuery): Promise<DashboardView> {
  const now = ctx.now();
  const rows = await listComplianceRows(ctx.db, ctx.forceId, { from: query.from ? new Date(query.from) : undefined, to: query.to ? new Date(query.to) : undefined });
  const overall = { live: emptyCounts(), closed: emptyCounts(), all: emptyCounts() };
  const byEvent = new Map<string, ComplianceCounts>();
  const groups = new Map<string, { label: string; live: ComplianceCounts; closed: ComplianceCounts; all: ComplianceCounts; answers: (SatisfactionAnswer | null)[] }>();
  for (const r of rows) {
    const state = stateOfRow(r, now);
    const phase = isLive(r) ? 'live' : 'closed';
    overall[phase][state] += 1;
    overall.all[state] += 1;
    const e = byEvent.get(r.event) ?? emptyCounts();
    e[state] += 1;
    byEvent.set(r.event, e);
    const { key, label } = groupKey(r, query.groupBy);
    const g = groups.get(key) ?? { label, live: emptyCounts(), closed: emptyCounts(), all: emptyCounts(), answers: [] };
    g[phase][state] += 1;
    g.all[state] += 1;
    groups.set(key, g);
  }
  const surveys = await listSurveyRows(ctx.db, ctx.forceId);
  for (const s of surveys) {
    const { key, label } = groupKey(s, query.groupBy);
    const g = groups.get(key) ?? { label, live: emptyCounts(), closed: emptyCounts(), all: emptyCounts(), answers: [] };
    g.answers.push(s.survey.wholeExperience as SatisfactionAnswer | null);
    groups.set(key, g);
  }
  const satisfaction = Object.fromEntries(SATISFACTION_QUESTIONS.map((q) => [q, satisfactionRate(surveys.map((s) => s.survey[q] as SatisfactionAnswer | null))])) as DashboardView['satisfaction'];
  return {
    groupBy: query.groupBy,
    overall: { live: compliance(overall.live), closed: compliance(overall.closed), all: compliance(overall.all) },
    byEvent: ENTITLEMENT_EVENT_CODES.filter((e) => byEvent.has(e)).map((e) => ({ event: e, label: eventLabel(e), all: compliance(byEvent.get(e)!) })),
    groups: [...groups.entries()]
      .map(([key, g]) => ({ key, label: g.label, live: compliance(g.live), closed: compliance(g.closed), all: compliance(g.all), satisfaction: satisfactionRate(g.answers) }))
      .sort((a, b) => (a.all.rate ?? 2) - (b.all.rate ?? 2) || a.label.localeCompare(b.label)),
    satisfaction,
  };
}

/** The cases behind one cell of the dashboard; listing victims is audited. Worst first: overdue, missed, late. */
export async function complianceDrillDown(ctx: Ctx, query: DrillDownQuery): Promise<DrillDownView> {
  const now = ctx.now();
  const rank: Record<ComplianceState, number> = { overdue: 0, missed: 1, late: 2, pending: 3, on_time: 4 };
  const rows = (await listComplianceRows(ctx.db, ctx.forceId, {}))
    .map((r) => ({ r, state: stateOfRow(r, now) }))
    .filter(({ r, state }) => (query.key === undefined || groupKey(r, query.groupBy).key === query.key)
      && (query.phase === 'all' || (query.phase === 'live') === isLive(r))
      && (query.state === undefined || state === query.state)
      && (query.event === undefined || r.event === query.event))
    .sort((a, b) => rank[a.state] - rank[b.state] || a.r.dueAt.getTime() - b.r.dueAt.getTime() || (a.r.entitlementId < b.r.entitlementId ? -1 : a.r.entitlementId > b.r.entitlementId ? 1 : 0));
  // Paged by cursor (the last row's state rank, due time and id); the total counts every row of the cell.
  const after = decodeCursor(query.cursor, DrillCursor);
  const start = after
    ? rows.findIndex(({ r, state }) => rank[state] > after[0] || (rank[state] === after[0] && (r.dueAt.getTime() > after[1] || (r.dueAt.getTime() === after[1] && r.entitlementId > after[2]))))
    : 0;
  const rest = start === -1 ? [] : rows.slice(start);
  const { items: page, nextCursor } = pageOf(rest, query.limit, ({ r, state }) => [rank[state], r.dueAt.getTime(), r.entitlementId]);
  return ctx.db.transaction(async (tx) => {
    // One call for the whole page: redacted for this viewer, and the disclosure recorded with the listing.
    const people = await personRefs(tx, ctx, page.map(({ r }) => r.personId), { type: 'victim', id: null });
    const items = page.map(({ r, state }) => ({
      entitlementId: r.entitlementId, victimId: r.victimId, crimeReference: r.crimeReference, crimeType: crimeTypeOf(r.classificationCode), live: isLive(r),
      victimName: people.get(r.personId)!.name, officer: r.oicName, team: r.team, event: r.event, label: eventLabel(r.event),
      dueAt: r.dueAt.toISOString(), state, metAt: metAt(r)?.toISOString() ?? null,
    }));
    await audit(tx, ctx, 'victims.listed', { type: 'victim', id: null }, { detail: { query, victimIds: [...new Set(items.map((i) => i.victimId))] } });
    return { items, total: rows.length, nextCursor };
  });
}
