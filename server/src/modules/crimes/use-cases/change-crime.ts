import { audit } from '../../../platform/audit/audit.js';
import type { Db } from '../../../platform/db/connect.js';
import { PLATFORM_TARGETS, requireReferenced } from '../../../platform/db/referenced.js';
import { can, type Ctx } from '../../../platform/http/context.js';
import { problem, type Problem } from '../../../platform/http/problems.js';
import type { AddCrimePersonBody, CancelCrimeBody, CrimeView, ReclassifyCrimeBody } from '../contract.js';
import { findCrimeByReference, findCrimePersons, insertHistory, lockCrime, updateCrimeAtVersion, type CrimeRow } from '../queries.js';
import { cancellationRefusal, reclassificationRefusal, statusAfterCancellation, type Refusal } from '../rules.js';
import { crimeView } from './read-crime.js';
import { attachPerson } from './record-crime.js';

function refusalProblem(refusal: NonNullable<Refusal>): Problem {
  return problem(refusal.status, refusal.detail, refusal.field ? [{ path: refusal.field, message: refusal.detail }] : undefined);
}

async function crimeAtVersion(tx: Db, ctx: Ctx, id: string, version: number): Promise<CrimeRow> {
  const crime = await lockCrime(tx, ctx.forceId, id);
  if (crime.version !== version) throw problem('stale-version', `The crime is at version ${crime.version}; reload it and try again.`);
  return crime;
}

async function saved(tx: Db, crime: CrimeRow, version: number, values: Partial<CrimeRow>, now: Date): Promise<CrimeRow> {
  const updated = await updateCrimeAtVersion(tx, crime, version, values, now);
  if (!updated) throw problem('stale-version', 'Someone changed the crime while you were saving; reload it and try again.');
  return updated;
}

/** Reclassification keeps the history (STANDARDS §3). */
export async function reclassifyCrime(ctx: Ctx, id: string, version: number, body: ReclassifyCrimeBody): Promise<CrimeView> {
  return ctx.db.transaction(async (tx) => {
    const crime = await crimeAtVersion(tx, ctx, id, version);
    const refusal = reclassificationRefusal({ status: crime.status as 'recorded', classificationCode: crime.classificationCode }, body.classificationCode, ctx.user, body.reason);
    if (refusal) throw refusalProblem(refusal);
    const now = ctx.now();
    const updated = await saved(tx, crime, version, { classificationCode: body.classificationCode }, now);
    await insertHistory(tx, {
      forceId: ctx.forceId, crimeId: crime.id, at: now, userId: ctx.user.id, username: ctx.user.username, action: 'crime.reclassified',
      fromCode: crime.classificationCode, toCode: body.classificationCode, reason: body.reason,
    });
    await audit(tx, ctx, 'crime.reclassified', { type: 'crime', id }, { reason: body.reason, detail: { from: crime.classificationCode, to: body.classificationCode } });
    return crimeView(tx, ctx, updated);
  });
}

/** Cancellation or transfer under HOCR Section C: registrar only, reason and evidence, rape by the stricter route. */
export async function cancelCrime(ctx: Ctx, id: string, version: number, body: CancelCrimeBody): Promise<CrimeView> {
  return ctx.db.transaction(async (tx) => {
    const crime = await crimeAtVersion(tx, ctx, id, version);
    const refusal = cancellationRefusal(
      { status: crime.status as 'recorded', classificationCode: crime.classificationCode },
      { role: ctx.user.role, mayCancel: can(ctx, 'crimes:cancel') },
      body,
    );
    if (refusal) throw refusalProblem(refusal);
    if (body.code === 'C3') {
      const original = await findCrimeByReference(tx, ctx.forceId, body.duplicateOfReference!.trim().toUpperCase());
      if (!original || original.id === crime.id) {
        throw problem('unprocessable', 'C3 needs the reference of another crime of your force.', [{ path: 'duplicateOfReference', message: 'no such other crime' }]);
      }
    }
    const now = ctx.now();
    const status = statusAfterCancellation(body.code);
    const updated = await saved(tx, crime, version, { status, cancellationCode: body.code, cancelledAt: now, cancelledBy: ctx.user.id }, now);
    await insertHistory(tx, {
      forceId: ctx.forceId, crimeId: crime.id, at: now, userId: ctx.user.id, username: ctx.user.username,
      action: status === 'transferred' ? 'crime.transferred' : 'crime.cancelled', fromCode: crime.classificationCode, cancellationCode: body.code,
      reason: body.reason, additionalVerifiableInformation: body.additionalVerifiableInformation ?? null,
      detail: { duplicateOfReference: body.duplicateOfReference ?? null, transferToForce: body.transferToForce ?? null },
    });
    await audit(tx, ctx, status === 'transferred' ? 'crime.transferred' : 'crime.cancelled', { type: 'crime', id }, {
      reason: body.reason, detail: { code: body.code, classification: crime.classificationCode },
    });
    return crimeView(tx, ctx, updated);
  });
}

/** A victim, suspect or witness found after recording; a new victim re-derives the crime's vulnerable/repeat flags. */
export async function addCrimePerson(ctx: Ctx, id: string, version: number, body: AddCrimePersonBody): Promise<CrimeView> {
  return ctx.db.transaction(async (tx) => {
    const crime = await crimeAtVersion(tx, ctx, id, version);
    if (crime.status !== 'recorded') throw problem('invalid-state', `The crime is ${crime.status}; people can be added only to a recorded crime.`);
    await requireReferenced(tx, ctx.forceId, [{ path: 'body.personId', id: body.personId, to: PLATFORM_TARGETS.person }]);
    const existing = await findCrimePersons(tx, ctx.forceId, [crime.id]);
    if (existing.some((p) => p.personId === body.personId)) throw problem('conflict', 'That person is already on this crime.');
    const assessment = await attachPerson(tx, ctx, crime, body.role, body.personId, body.officerJudgesVulnerable);
    const flags = new Set(crime.flags);
    if (assessment?.vulnerable) flags.add('vulnerable_victim');
    if (assessment?.repeat) flags.add('repeat_victim');
    if (assessment?.child) flags.add('child_victim');
    const now = ctx.now();
    const updated = await saved(tx, crime, version, {
      vulnerableVictim: crime.vulnerableVictim || (assessment?.vulnerable ?? false),
      repeatVictim: crime.repeatVictim || (assessment?.repeat ?? false),
      flags: [...flags],
    }, now);
    await insertHistory(tx, {
      forceId: ctx.forceId, crimeId: crime.id, at: now, userId: ctx.user.id, username: ctx.user.username, action: `crime.${body.role}_added`,
      detail: { personId: body.personId, reasons: assessment?.reasons ?? [] },
    });
    await audit(tx, ctx, 'crime.person_added', { type: 'crime', id }, { detail: { personId: body.personId, role: body.role } });
    return crimeView(tx, ctx, updated);
  });
}
