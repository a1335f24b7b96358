import { audit } from '../../../platform/audit/audit.js';
import { nextReference } from '../../../platform/db/references.js';
import type { Ctx } from '../../../platform/http/context.js';
import { problem } from '../../../platform/http/problems.js';
import type { AuditItemView, AuditView, CreateAuditBody, ReviewAuditItemBody } from '../contract.js';
import {
  crimeFrame, decisionTaskFrame, findAuditItems, getAudit, getAuditItem, insertAudit, insertAuditItems, listAuditRows,
  updateAuditAtVersion, updateAuditItemAtVersion, type AuditItemRow, type AuditRow,
} from '../queries.js';
import { auditGroupsOf, auditResults, differenceInterval, drawSample, ncrsDueAt, type AuditGroup, type AuditGroupResult, type AuditReview } from '../rules.js';

/**
 * What is sampled. Inspectors sample incidents; until the incidents module can be sampled here (crimes
 * must not depend on it), the frame is every crime-recording decision the control room raised in the
 * period (one per incident that disclosed a crime) plus every crime reported in the period that did not
 * come from one of those incidents. Said on every audit so nobody mistakes it for an incident sample.
 */
export const AUDIT_POPULATION = 'Crime-recording decision tasks raised in the period (one per incident disclosing a crime) and crimes reported in the period not already covered by one; incidents themselves are not sampled yet.';

type Suggestion = AuditItemView['suggestion'];
type Candidate = { subjectType: 'task' | 'crime'; subjectId: string; subjectReference: string; crimeId: string | null; suggestion: Suggestion };

function presentItem(item: AuditItemRow): AuditItemView {
  const suggestion = item.suggestion ?? { recorded: false, withinTime: null, code: null, domesticAbuse: false };
  return {
    id: item.id, position: item.position, subjectType: item.subjectType, subjectId: item.subjectId, subjectReference: item.subjectReference,
    crimeId: item.crimeId, suggestion,
    crimeDisclosed: item.crimeDisclosed, recorded: item.recorded, expectedCode: item.expectedCode, correctClassification: item.correctClassification,
    withinTime: item.withinTime, domesticAbuse: item.domesticAbuse, notes: item.notes,
    reviewedAt: item.reviewedAt?.toISOString() ?? null, version: item.version,
  };
}

function reviewsOf(items: AuditItemRow[]): AuditReview[] {
  return items.filter((i) => i.reviewedAt && i.crimeDisclosed !== null).map((i) => ({
    crimeDisclosed: i.crimeDisclosed!, recorded: i.recorded ?? false, expectedCode: i.expectedCode, correctClassification: i.correctClassification,
    withinTime: i.withinTime, domesticAbuse: i.domesticAbuse,
  }));
}

function presentAudit(row: AuditRow, items: AuditItemRow[]): AuditView {
  const results = row.status === 'completed' && Array.isArray(row.results) ? (row.results as AuditGroupResult[]) : auditResults(reviewsOf(items));
  return {
    id: row.id, reference: row.reference, title: row.title, from: row.periodFrom.toISOString(), to: row.periodTo.toISOString(),
    population: row.population, populationSize: row.populationSize, requestedSize: row.requestedSize, groups: row.groups, seed: row.seed,
    status: row.status, reviewed: items.filter((i) => i.reviewedAt).length, items: items.map(presentItem), results,
    completedAt: row.completedAt?.toISOString() ?? null, version: row.version,
  };
}

async function samplingFrame(ctx: Ctx, from: Date, to: Date, groups: readonly AuditGroup[]): Promise<Candidate[]> {
  const crimes = await crimeFrame(ctx.db, ctx.forceId, from, to);
  const tasks = await decisionTaskFrame(ctx.db, ctx.forceId, from, to);
  const crimeByIncident = new Map(crimes.filter((c) => c.incidentId).map((c) => [c.incidentId!, c]));
  const covered = new Set(tasks.map((t) => t.entityId).filter((id): id is string => id !== null));
  const wanted = (code: string | null, da: boolean) => auditGroupsOf(code, da).some((g) => groups.includes(g));
  const fromTasks: Candidate[] = tasks.map((t) => {
    const crime = t.entityId ? crimeByIncident.get(t.entityId) : undefined;
    return {
      subjectType: 'task', subjectId: t.id, subjectReference: t.title, crimeId: crime?.id ?? null,
      suggestion: {
        recorded: crime !== undefined, withinTime: crime ? crime.recordedAt.getTime() <= t.dueAt.getTime() : null,
        code: crime?.code ?? null, domesticAbuse: crime?.flags.includes('domestic_abuse') ?? false,
      },
    };
  });
  const fromCrimes: Candidate[] = crimes.filter((c) => !c.incidentId || !covered.has(c.incidentId)).map((c) => ({
    subjectType: 'crime', subjectId: c.id, subjectReference: c.reference, crimeId: c.id,
    suggestion: { recorded: true, withinTime: c.recordedAt.getTime() <= ncrsDueAt(c.reportedAt).getTime(), code: c.code, domesticAbuse: c.flags.includes('domestic_abuse') },
  }));
  return [...fromTasks, ...fromCrimes].filter((c) => wanted(c.suggestion.code, c.suggestion.domesticAbuse));
}

/** Draws a seeded random sample for the period; the same seed and data draw the same items. */
export async function createCrimeAudit(ctx: Ctx, body: CreateAuditBody): Promise<AuditView> {
  const from = new Date(body.from);
  const to = new Date(body.to);
  const seed = body.seed ?? ctx.now().getTime() % 2_147_483_647;
  const frame = await samplingFrame(ctx, from, to, body.groups);
  const sample = drawSample(frame, body.sampleSize, seed);
  if (sample.length === 0) throw problem('unprocessable', 'Nothing to sample in that period for those groups.', [{ path: 'from', message: 'empty sampling frame' }]);
  return ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const row = await insertAudit(tx, {
      forceId: ctx.forceId, reference: await nextReference(tx, ctx.forceId, 'CDI', 4), title: body.title, periodFrom: from, periodTo: to,
      population: AUDIT_POPULATION, groups: body.groups, requestedSize: body.sampleSize, populationSize: frame.length, seed,
      createdBy: ctx.user.id, createdAt: now, updatedAt: now,
    });
    await insertAuditItems(tx, sample.map((c, position) => ({
      forceId: ctx.forceId, auditId: row.id, position, subjectType: c.subjectType, subjectId: c.subjectId, subjectReference: c.subjectReference,
      crimeId: c.crimeId, domesticAbuse: c.suggestion.domesticAbuse, suggestion: c.suggestion,
    })));
    await audit(tx, ctx, 'crime_audit.created', { type: 'crime_audit', id: row.id }, { detail: { from: body.from, to: body.to, sampleSize: sample.length, populationSize: frame.length, seed } });
    return presentAudit(row, await findAuditItems(tx, ctx.forceId, row.id));
  });
}

export async function readCrimeAudit(ctx: Ctx, id: string): Promise<AuditView> {
  const row = await getAudit(ctx.db, ctx.forceId, id);
  return presentAudit(row, await findAuditItems(ctx.db, ctx.forceId, id));
}

export async function reviewAuditItem(ctx: Ctx, auditId: string, itemId: string, version: number, body: ReviewAuditItemBody): Promise<AuditView> {
  return ctx.db.transaction(async (tx) => {
    const row = await getAudit(tx, ctx.forceId, auditId);
    if (row.status !== 'open') throw problem('invalid-state', 'This audit is completed; its reviews can no longer change.');
    const item = await getAuditItem(tx, ctx.forceId, auditId, itemId);
    if (item.version !== version) throw problem('stale-version', `The item is at version ${item.version}; reload it and try again.`);
    const disclosed = body.crimeDisclosed;
    const updated = await updateAuditItemAtVersion(tx, item, version, {
      crimeDisclosed: disclosed,
      recorded: disclosed ? body.recorded ?? false : null,
      expectedCode: disclosed ? body.expectedCode ?? null : null,
      correctClassification: disclosed && body.recorded ? body.correctClassification ?? null : null,
      withinTime: disclosed && body.recorded ? body.withinTime ?? null : null,
      domesticAbuse: body.domesticAbuse,
      notes: body.notes ?? null,
      reviewedBy: ctx.user.id,
      reviewedAt: ctx.now(),
    });
    if (!updated) throw problem('stale-version', 'Someone reviewed this item while you were saving; reload it and try again.');
    await audit(tx, ctx, 'crime_audit.item_reviewed', { type: 'crime_audit', id: auditId }, { detail: { itemId, ...body } });
    return presentAudit(row, await findAuditItems(tx, ctx.forceId, auditId));
  });
}

/** Freezes the results once every item is reviewed, so later audits compare against what was reported. */
export async function completeCrimeAudit(ctx: Ctx, id: string, version: number): Promise<AuditView> {
  return ctx.db.transaction(async (tx) => {
    const row = await getAudit(tx, ctx.forceId, id);
    if (row.version !== version) throw problem('stale-version', `The audit is at version ${row.version}; reload it and try again.`);
    if (row.status !== 'open') throw problem('invalid-state', 'This audit is already completed.');
    const items = await findAuditItems(tx, ctx.forceId, id);
    const left = items.filter((i) => !i.reviewedAt).length;
    if (left > 0) throw problem('invalid-state', `${left} sampled item(s) still need a review before the audit can be completed.`);
    const results = auditResults(reviewsOf(items));
    const updated = await updateAuditAtVersion(tx, row, version, { status: 'completed', results, completedAt: ctx.now() }, ctx.now());
    if (!updated) throw problem('stale-version', 'Someone changed the audit while you were saving; reload it and try again.');
    await audit(tx, ctx, 'crime_audit.completed', { type: 'crime_audit', id }, { detail: { compliance: results[0].compliance } });
    return presentAudit(updated, items);
  });
}

export async function listCrimeAudits(ctx: Ctx) {
  const rows = await listAuditRows(ctx.db, ctx.forceId);
  const items = [];
  for (const row of rows) {
    const { items: _items, ...summary } = presentAudit(row, row.status === 'completed' ? [] : await findAuditItems(ctx.db, ctx.forceId, row.id));
    items.push(summary);
  }
  return { items };
}

/** Completed audits in period order, each against the one before (Newcombe interval of the difference). */
export async function compareCrimeAudits(ctx: Ctx) {
  const rows = (await listAuditRows(ctx.db, ctx.forceId)).filter((r) => r.status === 'completed').reverse();
  const audits = rows.map((r) => ({
    id: r.id, reference: r.reference, title: r.title, from: r.periodFrom.toISOString(), to: r.periodTo.toISOString(),
    completedAt: r.completedAt?.toISOString() ?? null, results: r.results as AuditGroupResult[],
  }));
  const changes = [];
  for (let i = 1; i < audits.length; i++) {
    for (const later of audits[i].results) {
      const earlier = audits[i - 1].results.find((g) => g.group === later.group);
      if (!earlier || earlier.compliance.denominator === 0 || later.compliance.denominator === 0) continue;
      const d = differenceInterval(
        { successes: later.compliance.numerator, trials: later.compliance.denominator },
        { successes: earlier.compliance.numerator, trials: earlier.compliance.denominator },
      );
      changes.push({ from: audits[i - 1].reference, to: audits[i].reference, group: later.group, ...d });
    }
  }
  return { audits, changes };
}
