import { districtGeoJson } from '../../../demo/geography.js';
import { audit } from '../../../platform/audit/audit.js';
import { districtFilter } from '../../../platform/geography/index.js';
import type { Ctx } from '../../../platform/http/context.js';
import type { Dashboard, QueuePage, QueueQuery } from '../contract.js';
import { presentQueueItem, presentUnit, typeLabel } from '../present.js';
import { getIncident, listBacklog, listForDashboard, listOpenForMap, listUnits, listUnresolved, settingsOf } from '../queries.js';
import { GRADES, compareQueue } from '../rules.js';
import { ENTITY, viewOf } from './record.js';

export async function readIncident(ctx: Ctx, id: string) {
  return ctx.db.transaction(async (tx) => {
    const incident = await getIncident(tx, ctx.forceId, id);
    await audit(tx, ctx, 'read', { type: ENTITY, id });
    return viewOf(tx, ctx, incident);
  });
}

/** Every unresolved incident, risk → past target → age, each with its reasons: one request, nothing to open (F01, C4). */
export async function unresolvedQueue(ctx: Ctx, query: QueueQuery): Promise<QueuePage> {
  const now = ctx.now();
  const settings = await settingsOf(ctx.db, ctx.forceId);
  // The district is one of the force's (code or name, any case), matched exactly by name; an unknown one is a 400.
  const district = districtFilter(ctx.forceId, query.district);
  const rows = await listUnresolved(ctx.db, ctx.forceId, { ...query, district });
  const items = rows.map((row) => presentQueueItem(row, settings, now));
  items.sort((a, b) => compareQueue(
    { risk: a.risk, minutesPastTarget: a.minutesPastTarget, createdAt: new Date(a.createdAt), id: a.id },
    { risk: b.risk, minutesPastTarget: b.minutesPastTarget, createdAt: new Date(b.createdAt), id: b.id },
  ));
  return { items: items.slice(0, query.limit), total: items.length, generatedAt: now.toISOString() };
}

export async function incidentMap(ctx: Ctx) {
  const [rows, unitRows] = await Promise.all([listOpenForMap(ctx.db, ctx.forceId), listUnits(ctx.db, ctx.forceId)]);
  return {
    districts: districtGeoJson(ctx.forceId),
    incidents: rows.map((r) => ({ id: r.id, reference: r.reference, typeLabel: typeLabel(r.type), grade: r.grade as (typeof GRADES)[number] | null, status: r.status, latitude: r.latitude!, longitude: r.longitude!, domesticAbuse: r.domesticAbuse })),
    units: unitRows.filter((u) => u.active).map(presentUnit),
  };
}

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((1000 * part) / whole) / 10);

const AGE_BANDS: [string, number][] = [['< 1 h', 60], ['1–8 h', 8 * 60], ['8–24 h', 24 * 60], ['1–3 days', 72 * 60], ['> 3 days', Infinity]];
const ageBand = (minutes: number) => AGE_BANDS.find(([, max]) => minutes < max)![0];
const riskBand = (score: number): 'high' | 'medium' | 'low' => (score >= 400 ? 'high' : score >= 250 ? 'medium' : 'low');

/** Management figures for the window (issue 4 dashboard; STANDARDS §17 F02, F08). */
export async function incidentDashboard(ctx: Ctx, hours: number): Promise<Dashboard> {
  const to = ctx.now();
  const from = new Date(to.getTime() - hours * 3600_000);
  const [rows, backlog] = await Promise.all([listForDashboard(ctx.db, ctx.forceId, from, to), listBacklog(ctx.db, ctx.forceId)]);
  const count = <K extends string>(keys: K[]) => new Map<K, number>(keys.map((k) => [k, 0]));
  const byGrade = count([...GRADES, 'ungraded']);
  const byType = new Map<string, number>();
  for (const r of rows) {
    byGrade.set((r.grade ?? 'ungraded') as never, (byGrade.get((r.grade ?? 'ungraded') as never) ?? 0) + 1);
    byType.set(r.type, (byType.get(r.type) ?? 0) + 1);
  }
  const attendedWithinTarget = GRADES.filter((g) => g !== 'resolved_without_deployment').map((grade) => {
    const attended = rows.filter((r) => r.grade === grade && r.arrivedAt && r.targetAt);
    const within = attended.filter((r) => r.arrivedAt!.getTime() <= r.targetAt!.getTime()).length;
    return { grade, attended: attended.length, withinTarget: within, percent: percent(within, attended.length) };
  });
  const finished = rows.filter((r) => r.status === 'resolved' || r.status === 'closed' || r.status === 'scheduled');
  const withoutDeployment = finished.filter((r) => !r.firstAssignedAt && r.resolution?.kind === 'telephone').length;
  const bands = new Map(AGE_BANDS.map(([age]) => [age, { age, high: 0, medium: 0, low: 0 }]));
  const daBands = new Map(AGE_BANDS.map(([age]) => [age, { age, count: 0 }]));
  for (const b of backlog) {
    const age = ageBand((to.getTime() - b.createdAt.getTime()) / 60_000);
    bands.get(age)![riskBand(b.riskScore)] += 1;
    if (b.domesticAbuse && b.status !== 'scheduled') daBands.get(age)!.count += 1;
  }
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    total: rows.length,
    byGrade: [...byGrade].map(([grade, n]) => ({ grade, count: n })),
    byType: [...byType].sort((a, b) => b[1] - a[1]).map(([type, n]) => ({ type, label: typeLabel(type), count: n })),
    attendedWithinTarget,
    resolvedWithoutDeployment: { count: withoutDeployment, percent: percent(withoutDeployment, finished.length) },
    backlog: [...bands.values()],
    domesticAbuseAwaitingAttendance: [...daBands.values()],
    mentalHealthShare: percent(rows.filter((r) => r.mentalHealth).length, rows.length),
    repeatVictimShare: percent(rows.filter((r) => r.repeatVictim).length, rows.length),
  };
}
