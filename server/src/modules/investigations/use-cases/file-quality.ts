import { audit } from '../../../platform/audit/audit.js';
import { londonDate } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/connect.js';
import type { Ctx } from '../../../platform/http/context.js';
import { problem } from '../../../platform/http/problems.js';
import { nextReference } from '../../../platform/db/references.js';
import type { CreateSampleBody, QualityTrend, SampleView, ScoreItemBody } from '../contract.js';
import {
  findFinalised, findSampleItems, findScoredItems, getSample, getSampleItem, insertSample, insertSampleItems, listSamples, updateSampleItemAtVersion,
  type SampleItemRow, type SampleRow,
} from '../queries.js';
import { drawFileSample, fileQualityScore, fileQualitySummary, type FileQualityAnswers } from '../rules.js';

const answersOf = (i: SampleItemRow): FileQualityAnswers | null =>
  i.reviewedAt === null ? null : {
    effectiveInvestigation: i.effectiveInvestigation === true, victimCare: i.victimCare === true, supervision: i.supervision === true, outcomeCorrect: i.outcomeCorrect === true,
  };

function presentSample(sample: SampleRow, items: Awaited<ReturnType<typeof findSampleItems>>): SampleView {
  const scored = items.map((r) => answersOf(r.item)).filter((a): a is FileQualityAnswers => a !== null);
  return {
    id: sample.id, reference: sample.reference, team: sample.team, periodFrom: sample.periodFrom.toISOString(), periodTo: sample.periodTo.toISOString(),
    requestedSize: sample.requestedSize, populationSize: sample.populationSize, seed: sample.seed, createdAt: sample.createdAt.toISOString(), version: sample.version,
    summary: fileQualitySummary(scored),
    items: items.map(({ item, crimeReference, outcome }) => {
      const answers = answersOf(item);
      return {
        id: item.id, position: item.position, investigationId: item.investigationId, crimeReference, outcome, team: item.team,
        effectiveInvestigation: item.effectiveInvestigation, victimCare: item.victimCare, supervision: item.supervision, outcomeCorrect: item.outcomeCorrect,
        notes: item.notes, reviewedAt: item.reviewedAt?.toISOString() ?? null, score: answers ? fileQualityScore(answers).score : null, version: item.version,
      };
    }),
  };
}

async function sampleView(db: Db, forceId: string, sample: SampleRow) {
  return presentSample(sample, await findSampleItems(db, forceId, [sample.id]));
}

/** Draws a reproducible random sample of finalised investigations for the period, the way the inspection did. */
export async function createSample(ctx: Ctx, body: CreateSampleBody): Promise<SampleView> {
  return ctx.db.transaction(async (tx) => {
    const from = new Date(body.from);
    const to = new Date(body.to);
    const population = await findFinalised(tx, ctx.forceId, body.team ?? null, from, to);
    if (population.length === 0) throw problem('unprocessable', 'No investigation was finalised in that period for that team, so there is nothing to sample.', [{ path: 'body.from', message: 'no finalised investigations in the period' }]);
    const seed = body.seed ?? (ctx.now().getTime() % 2_147_483_647);
    const drawn = drawFileSample(population, body.size, seed);
    const now = ctx.now();
    const sample = await insertSample(tx, {
      forceId: ctx.forceId, reference: await nextReference(tx, ctx.forceId, 'FQ', 5), team: body.team ?? null, periodFrom: from, periodTo: to,
      requestedSize: body.size, populationSize: population.length, seed, createdBy: ctx.user.id, createdAt: now, updatedAt: now,
    });
    await insertSampleItems(tx, drawn.map((p, i) => ({ forceId: ctx.forceId, sampleId: sample.id, investigationId: p.id, position: i + 1, team: p.team })));
    await audit(tx, ctx, 'file_quality.sampled', { type: 'file_quality_sample', id: sample.id }, { detail: { team: body.team ?? null, population: population.length, drawn: drawn.length, seed } });
    return sampleView(tx, ctx.forceId, sample);
  });
}

export async function readSample(ctx: Ctx, id: string): Promise<SampleView> {
  const sample = await getSample(ctx.db, ctx.forceId, id);
  await audit(ctx.db, ctx, 'read', { type: 'file_quality_sample', id });
  return sampleView(ctx.db, ctx.forceId, sample);
}

export async function listFileQualitySamples(ctx: Ctx) {
  const samples = await listSamples(ctx.db, ctx.forceId);
  const items = await findSampleItems(ctx.db, ctx.forceId, samples.map((s) => s.id));
  return { items: samples.map((s) => { const { items: _items, ...rest } = presentSample(s, items.filter((i) => i.item.sampleId === s.id)); return rest; }) };
}

export async function scoreSampleItem(ctx: Ctx, sampleId: string, itemId: string, version: number, body: ScoreItemBody): Promise<SampleView> {
  return ctx.db.transaction(async (tx) => {
    const sample = await getSample(tx, ctx.forceId, sampleId);
    const item = await getSampleItem(tx, ctx.forceId, sampleId, itemId);
    if (item.version !== version) throw problem('stale-version', `The item is at version ${item.version}; reload it and try again.`);
    const updated = await updateSampleItemAtVersion(tx, item, version, {
      effectiveInvestigation: body.effectiveInvestigation, victimCare: body.victimCare, supervision: body.supervision, outcomeCorrect: body.outcomeCorrect,
      notes: body.notes ?? null, reviewedBy: ctx.user.id, reviewedAt: ctx.now(),
    });
    if (!updated) throw problem('stale-version', 'Someone scored this file while you were saving; reload it and try again.');
    await audit(tx, ctx, 'file_quality.scored', { type: 'file_quality_sample', id: sampleId }, {
      detail: { itemId, investigationId: item.investigationId, ...fileQualityScore({ ...body }) },
    });
    return sampleView(tx, ctx.forceId, sample);
  });
}

/** Results per team and month reviewed (STANDARDS §6; kept over time). */
export async function qualityTrend(ctx: Ctx): Promise<QualityTrend> {
  const rows = await findScoredItems(ctx.db, ctx.forceId);
  const groups = new Map<string, { team: string; month: string; answers: FileQualityAnswers[] }>();
  for (const { item } of rows) {
    const month = londonDate(item.reviewedAt as Date).slice(0, 7);
    const key = `${item.team}|${month}`;
    const group = groups.get(key) ?? { team: item.team, month, answers: [] };
    group.answers.push(answersOf(item) as FileQualityAnswers);
    groups.set(key, group);
  }
  return {
    items: [...groups.values()].sort((a, b) => a.team.localeCompare(b.team) || a.month.localeCompare(b.month))
      .map((g) => ({ team: g.team, month: g.month, summary: fileQualitySummary(g.answers) })),
  };
}
