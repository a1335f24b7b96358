import type { Db } from '../../../platform/db/connect.js';
import type { Ctx } from '../../../platform/http/context.js';
import { problem, type FieldError } from '../../../platform/http/problems.js';
import type { ActionInput, ActionResultBody, ExhibitBody, InvestigationView, MovementBody, PlanBody } from '../contract.js';
import { completeAction, findObject, findUsers, getAction, getExhibit, insertActions, insertExhibit, insertMovement, setExhibitHolder, type InvestigationRow } from '../queries.js';
import { isOpenStatus, planProblems, type InvestigationStatus } from '../rules.js';
import { changeInvestigation } from './shared.js';

function requireOpen(inv: InvestigationRow, what: string) {
  if (!['allocated', 'under_investigation'].includes(inv.status)) throw problem('invalid-state', `Allocate the investigation before ${what}.`);
}

/** Owners default to the investigating officer; every owner must be an active user of the force. */
async function actionRows(tx: Db, ctx: Ctx, inv: InvestigationRow, actions: ActionInput[], pathOf: (i: number) => string) {
  const owners = actions.map((a) => a.ownerId ?? inv.officerId ?? ctx.user.id);
  const found = await findUsers(tx, ctx.forceId, owners);
  const errors: FieldError[] = owners.flatMap((id, i) => (found.get(id)?.active ? [] : [{ path: pathOf(i), message: 'not an active user of your force' }]));
  if (errors.length > 0) throw problem('unprocessable', 'An action owner is not an active user of your force.', errors);
  const now = ctx.now();
  return actions.map((a, i) => ({
    forceId: ctx.forceId, investigationId: inv.id, kind: a.kind, description: a.description, ownerId: owners[i], dueAt: new Date(a.dueAt),
    createdBy: ctx.user.id, createdAt: now, updatedAt: now,
  }));
}

/** The structured plan on the crime (F09) with scene and BWV recorded, and a reason when absent (F08). */
export function recordPlan(ctx: Ctx, id: string, version: number, body: PlanBody): Promise<InvestigationView> {
  return changeInvestigation(ctx, id, version, async (tx, inv) => {
    requireOpen(inv, 'recording a plan');
    const existing = inv.planRecordedAt !== null;
    const problems = planProblems({ ...body, linesOfEnquiry: body.actions.length + (existing ? 1 : 0) });
    if (problems.length > 0) throw problem('validation', problems.map((p) => `${p.path}: ${p.message}`).join('; '), problems);
    const actions = await insertActions(tx, await actionRows(tx, ctx, inv, body.actions, (i) => `body.actions.${i}.ownerId`));
    return {
      values: {
        status: 'under_investigation', planRecordedAt: ctx.now(), planSummary: body.summary, safeguarding: body.safeguarding, victimContact: body.victimContact,
        sceneAttended: body.sceneAttended, sceneReason: body.sceneAttended ? null : body.sceneReason ?? null, sceneEvidence: body.sceneEvidence ?? null,
        bwvCaptured: body.bwvCaptured, bwvReason: body.bwvCaptured ? null : body.bwvReason ?? null,
      },
      action: existing ? 'investigation.plan_updated' : 'investigation.plan_recorded',
      detail: { actions: actions.map((a) => a.id), sceneAttended: body.sceneAttended, bwvCaptured: body.bwvCaptured },
    };
  });
}

export function addAction(ctx: Ctx, id: string, version: number, body: ActionInput): Promise<InvestigationView> {
  return changeInvestigation(ctx, id, version, async (tx, inv) => {
    requireOpen(inv, 'adding actions');
    if (!inv.planRecordedAt) throw problem('invalid-state', 'Record the investigation plan first; actions belong to it.');
    const [action] = await insertActions(tx, await actionRows(tx, ctx, inv, [body], () => 'body.ownerId'));
    return { values: {}, action: 'investigation.action_added', detail: { actionId: action.id, kind: action.kind, ownerId: action.ownerId, dueAt: action.dueAt.toISOString() } };
  });
}

export function recordActionResult(ctx: Ctx, id: string, actionId: string, version: number, body: ActionResultBody): Promise<InvestigationView> {
  return changeInvestigation(ctx, id, version, async (tx, inv) => {
    if (!isOpenStatus(inv.status as InvestigationStatus)) throw problem('invalid-state', 'The investigation is not open.');
    const action = await getAction(tx, ctx.forceId, inv.id, actionId);
    if (action.completedAt) throw problem('invalid-state', 'This action already has its result.');
    await completeAction(tx, action, { result: body.result, completedAt: ctx.now(), completedBy: ctx.user.id });
    return { values: {}, action: 'investigation.action_completed', detail: { actionId, kind: action.kind } };
  });
}

/** An exhibit is a POLE object; its continuity log starts with the seizure. */
export function addExhibit(ctx: Ctx, id: string, version: number, body: ExhibitBody): Promise<InvestigationView> {
  return changeInvestigation(ctx, id, version, async (tx, inv) => {
    if (!isOpenStatus(inv.status as InvestigationStatus) && inv.status !== 'screened') throw problem('invalid-state', 'The investigation is not open.');
    const object = await findObject(tx, ctx.forceId, body.objectId);
    if (!object) throw problem('unprocessable', 'No such object in your force.', [{ path: 'body.objectId', message: 'no such object in your force' }]);
    const seizedAt = new Date(body.seizedAt);
    if (seizedAt > ctx.now()) throw problem('validation', 'seizedAt: must not be in the future', [{ path: 'body.seizedAt', message: 'must not be in the future' }]);
    const exhibit = await insertExhibit(tx, {
      forceId: ctx.forceId, investigationId: inv.id, objectId: object.id, exhibitReference: body.exhibitReference, description: body.description,
      seizedAt, seizedBy: ctx.user.id, currentHolder: body.holder, createdAt: ctx.now(),
    });
    await insertMovement(tx, { forceId: ctx.forceId, exhibitId: exhibit.id, at: seizedAt, fromHolder: 'Seized', toHolder: body.holder, purpose: 'Seizure', userId: ctx.user.id });
    return { values: {}, action: 'investigation.exhibit_added', detail: { exhibitId: exhibit.id, objectId: object.id, exhibitReference: body.exhibitReference } };
  });
}

export function moveExhibit(ctx: Ctx, id: string, exhibitId: string, version: number, body: MovementBody): Promise<InvestigationView> {
  return changeInvestigation(ctx, id, version, async (tx, inv) => {
    const exhibit = await getExhibit(tx, ctx.forceId, inv.id, exhibitId);
    if (exhibit.currentHolder === body.toHolder) throw problem('unprocessable', 'The exhibit is already held there.', [{ path: 'body.toHolder', message: 'same as the current holder' }]);
    await insertMovement(tx, { forceId: ctx.forceId, exhibitId, at: ctx.now(), fromHolder: exhibit.currentHolder, toHolder: body.toHolder, purpose: body.purpose, userId: ctx.user.id });
    await setExhibitHolder(tx, exhibit, body.toHolder);
    return { values: {}, action: 'investigation.exhibit_moved', detail: { exhibitId, from: exhibit.currentHolder, to: body.toHolder, purpose: body.purpose } };
  });
}
