import { newId } from '../../../platform/db/columns.js';
import type { Db } from '../../../platform/db/connect.js';
import { problem } from '../../../platform/http/problems.js';
import { audit } from '../../../platform/audit/audit.js';
import type { Ctx } from '../../../platform/http/context.js';
import type { CreateSlotsBody, CreateUnitBody, QuestionSetBody, QuestionSetView, UnitStatusBody, UnitView } from '../contract.js';
import { publishIncidentEvent } from '../events.js';
import { presentQuestionSet, presentUnit } from '../present.js';
import { SEED_QUESTION_SETS } from '../question-sets.js';
import {
  findQuestionSet, getUnit, insertQuestionSet, insertSeedQuestionSet, insertSlots, insertUnit, listFreeSlots, listQuestionSets, listUnits, updateQuestionSet, updateUnit,
} from '../queries.js';

export async function listQuestionSetViews(ctx: Ctx): Promise<QuestionSetView[]> {
  await ensureQuestionSets(ctx.db, ctx.db, ctx.forceId, ctx.now());
  return (await listQuestionSets(ctx.db, ctx.forceId)).map(presentQuestionSet);
}

export async function readQuestionSet(ctx: Ctx, type: string): Promise<QuestionSetView> {
  await ensureQuestionSets(ctx.db, ctx.db, ctx.forceId, ctx.now());
  const row = await findQuestionSet(ctx.db, ctx.forceId, type);
  if (!row) throw problem('not-found', `No question set for ${type}`);
  return presentQuestionSet(row);
}

/** Creates the set for a type (no If-Match) or replaces it (If-Match required): incidents keep the version they were asked. */
export async function saveQuestionSet(ctx: Ctx, type: string, version: number | null, body: QuestionSetBody): Promise<{ created: boolean; view: QuestionSetView }> {
  const ids = body.questions.map((q) => q.id);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) throw problem('validation', `Question id ${duplicate} is used twice`, [{ path: `body.questions.${ids.lastIndexOf(duplicate)}.id`, message: 'duplicate id' }]);
  body.questions.forEach((q, i) => {
    if (q.kind === 'choice' && !(q.options && q.options.length >= 2)) throw problem('validation', 'A choice question needs at least two options', [{ path: `body.questions.${i}.options`, message: 'at least two options' }]);
  });
  await ensureQuestionSets(ctx.db, ctx.db, ctx.forceId, ctx.now());
  return ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const existing = await findQuestionSet(tx, ctx.forceId, type);
    if (!existing) {
      const row = await insertQuestionSet(tx, { forceId: ctx.forceId, id: newId(), incidentType: type, name: body.name, questions: body.questions, active: body.active, createdAt: now, updatedAt: now });
      await audit(tx, ctx, 'question_set.created', { type: 'question_set', id: row.id }, { detail: { incidentType: type } });
      return { created: true, view: presentQuestionSet(row) };
    }
    if (version === null) throw problem('precondition-required', 'This question set exists: send If-Match with the version you last read.');
    const row = await updateQuestionSet(tx, ctx.forceId, existing.id, version, { name: body.name, questions: body.questions, active: body.active }, now);
    if (!row) throw problem('stale-version', `The question set is at version ${existing.version}; reload it and try again.`);
    await audit(tx, ctx, 'question_set.updated', { type: 'question_set', id: row.id }, { detail: { incidentType: type, version: row.version } });
    return { created: false, view: presentQuestionSet(row) };
  });
}

/** The seed sets, for a new force; skips types that already have one. */
export async function seedQuestionSets(db: Db, forceId: string, now: Date): Promise<void> {
  for (const set of SEED_QUESTION_SETS) {
    await insertSeedQuestionSet(db, { forceId, id: newId(), incidentType: set.incidentType, name: set.name, questions: set.questions, createdAt: now, updatedAt: now });
  }
}

const seeded = new WeakMap<object, Set<string>>();

/** A force starts with the seed sets the first time the control room is used (once per process and database). */
export async function ensureQuestionSets(db: Db, root: object, forceId: string, now: Date): Promise<void> {
  let forces = seeded.get(root);
  if (!forces) seeded.set(root, (forces = new Set()));
  if (forces.has(forceId)) return;
  if ((await listQuestionSets(db, forceId)).length === 0) await seedQuestionSets(db, forceId, now);
  forces.add(forceId);
}

export async function listUnitViews(ctx: Ctx): Promise<UnitView[]> {
  return (await listUnits(ctx.db, ctx.forceId)).map(presentUnit);
}

export async function createUnit(ctx: Ctx, body: CreateUnitBody): Promise<UnitView> {
  const unit = await ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const row = await insertUnit(tx, { forceId: ctx.forceId, id: newId(), callSign: body.callSign, kind: body.kind, district: body.district ?? null, latitude: body.latitude ?? null, longitude: body.longitude ?? null, statusAt: now, createdAt: now, updatedAt: now });
    await audit(tx, ctx, 'unit.created', { type: 'unit', id: row.id }, { detail: { callSign: row.callSign } });
    return row;
  });
  publishIncidentEvent({ forceId: ctx.forceId, kind: 'unit', id: unit.id, action: 'unit.created', at: ctx.now().toISOString() });
  return presentUnit(unit);
}

/** Book on/off duty and position; assigned/en route/at scene follow the incident verbs, not this. */
export async function setUnitStatus(ctx: Ctx, id: string, version: number, body: UnitStatusBody): Promise<UnitView> {
  const unit = await ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const current = await getUnit(tx, ctx.forceId, id, { lock: true });
    if (current.version !== version) throw problem('stale-version', `The unit is at version ${current.version}; reload it and try again.`);
    if (current.incidentId && body.status !== current.status) throw problem('invalid-state', `${current.callSign} is committed to an incident; clear it from the incident first.`);
    const row = await updateUnit(tx, ctx.forceId, id, {
      ...(current.incidentId ? {} : { status: body.status, statusAt: now }),
      latitude: body.latitude ?? current.latitude, longitude: body.longitude ?? current.longitude,
      ...(body.active === undefined ? {} : { active: body.active }),
    }, now, version);
    if (!row) throw problem('stale-version', 'Someone changed the unit while you were saving; reload it and try again.');
    await audit(tx, ctx, 'unit.status_set', { type: 'unit', id }, { detail: { status: row.status, active: row.active } });
    return row;
  });
  publishIncidentEvent({ forceId: ctx.forceId, kind: 'unit', id, action: 'unit.status_set', at: ctx.now().toISOString() });
  return presentUnit(unit);
}

export async function readUnit(ctx: Ctx, id: string): Promise<UnitView> {
  const unit = await getUnit(ctx.db, ctx.forceId, id);
  await audit(ctx.db, ctx, 'read', { type: 'unit', id });
  return presentUnit(unit);
}

export async function freeSlots(ctx: Ctx, district: string, from: Date | undefined) {
  const rows = await listFreeSlots(ctx.db, ctx.forceId, district, from ?? ctx.now());
  return rows.map((s) => ({ id: s.id, district: s.district, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(), booked: s.incidentId !== null }));
}

export async function createSlots(ctx: Ctx, body: CreateSlotsBody) {
  body.slots.forEach((s, i) => {
    if (new Date(s.endsAt).getTime() <= new Date(s.startsAt).getTime()) throw problem('validation', 'A slot must end after it starts', [{ path: `body.slots.${i}.endsAt`, message: 'must be after startsAt' }]);
  });
  return ctx.db.transaction(async (tx) => {
    const rows = await insertSlots(tx, body.slots.map((s) => ({ forceId: ctx.forceId, id: newId(), district: body.district, startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt) })));
    await audit(tx, ctx, 'appointment_slots.created', { type: 'appointment_slot', id: null }, { detail: { district: body.district, count: rows.length } });
    return rows.map((s) => ({ id: s.id, district: s.district, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(), booked: false }));
  });
}
