import { newId } from '../../../platform/db/columns.js';
import { problem } from '../../../platform/http/problems.js';
import type { IncidentView, UnitActionBody } from '../contract.js';
import { publishIncidentEvent } from '../events.js';
import { countOpenAssignments, getUnit, insertAssignment, insertLog, openAssignment, updateAssignment, updateUnit } from '../queries.js';
import { transitionRefusal, type IncidentStatus } from '../rules.js';
import { changeIncident, type IncidentCtx } from './record.js';

function refuse(action: 'assign' | 'arrive' | 'clear', status: string) {
  const refusal = transitionRefusal(action, status as IncidentStatus);
  if (refusal) throw problem('invalid-state', refusal);
}

function unitChanged(ctx: IncidentCtx, unitId: string, action: string) {
  publishIncidentEvent({ forceId: ctx.forceId, kind: 'unit', id: unitId, action, at: ctx.now().toISOString() });
}

/** Sends a unit; only an available unit may be sent (it is never an input to the grade). */
export async function assignUnit(ctx: IncidentCtx, id: string, version: number, body: UnitActionBody): Promise<IncidentView> {
  const view = await changeIncident(ctx, id, version, async (tx, incident) => {
    refuse('assign', incident.status);
    const unit = await getUnit(tx, ctx.forceId, body.unitId, { lock: true }).catch(() => {
      throw problem('unprocessable', 'No such unit in your force.', [{ path: 'body.unitId', message: 'unknown unit' }]);
    });
    if (unit.status !== 'available' || !unit.active) throw problem('invalid-state', `${unit.callSign} is ${unit.status.replace('_', ' ')}, not available.`);
    const now = ctx.now();
    return {
      changes: { status: incident.status === 'on_scene' ? 'on_scene' : 'deployed', firstAssignedAt: incident.firstAssignedAt ?? now },
      action: 'incident.unit_assigned',
      detail: { unitId: unit.id, callSign: unit.callSign },
      after: async (t) => {
        await insertAssignment(t, { forceId: ctx.forceId, id: newId(), incidentId: id, unitId: unit.id, assignedAt: now, assignedBy: ctx.user.id });
        await updateUnit(t, ctx.forceId, unit.id, { status: 'en_route', incidentId: id, statusAt: now }, now);
        await insertLog(t, { forceId: ctx.forceId, id: newId(), incidentId: id, at: now, userId: ctx.user.id, username: ctx.user.username, kind: 'system', text: `${unit.callSign} assigned` });
      },
    };
  });
  unitChanged(ctx, body.unitId, 'unit.assigned');
  return view;
}

/** Records arrival: the first arrival is the attendance time measured against the grade's target (F08). */
export async function recordArrival(ctx: IncidentCtx, id: string, version: number, body: UnitActionBody): Promise<IncidentView> {
  const view = await changeIncident(ctx, id, version, async (tx, incident) => {
    const assignment = await openAssignment(tx, ctx.forceId, id, body.unitId);
    if (!assignment) throw problem('unprocessable', 'That unit is not assigned to this incident.', [{ path: 'body.unitId', message: 'not assigned here' }]);
    if (assignment.arrivedAt) throw problem('invalid-state', 'That unit has already arrived.');
    if (incident.status !== 'on_scene') refuse('arrive', incident.status);
    const unit = await getUnit(tx, ctx.forceId, body.unitId, { lock: true });
    const now = ctx.now();
    return {
      changes: { status: 'on_scene', arrivedAt: incident.arrivedAt ?? now },
      action: 'incident.unit_arrived',
      detail: { unitId: unit.id, callSign: unit.callSign },
      after: async (t) => {
        await updateAssignment(t, ctx.forceId, assignment.id, { arrivedAt: now });
        await updateUnit(t, ctx.forceId, unit.id, { status: 'at_scene', statusAt: now }, now);
        await insertLog(t, { forceId: ctx.forceId, id: newId(), incidentId: id, at: now, userId: ctx.user.id, username: ctx.user.username, kind: 'system', text: `${unit.callSign} at scene` });
      },
    };
  });
  unitChanged(ctx, body.unitId, 'unit.arrived');
  return view;
}

/** Clears a unit; when the last one clears after attending, the incident is resolved (awaiting closure). */
export async function clearUnit(ctx: IncidentCtx, id: string, version: number, body: UnitActionBody): Promise<IncidentView> {
  const view = await changeIncident(ctx, id, version, async (tx, incident) => {
    const assignment = await openAssignment(tx, ctx.forceId, id, body.unitId);
    if (!assignment) throw problem('unprocessable', 'That unit is not assigned to this incident.', [{ path: 'body.unitId', message: 'not assigned here' }]);
    const unit = await getUnit(tx, ctx.forceId, body.unitId, { lock: true });
    const now = ctx.now();
    const last = (await countOpenAssignments(tx, ctx.forceId, id)) === 1;
    const status = last ? (incident.arrivedAt || assignment.arrivedAt ? 'resolved' : 'awaiting_resource') : incident.status;
    return {
      changes: { status, clearedAt: last ? now : incident.clearedAt, resolvedAt: status === 'resolved' ? now : incident.resolvedAt, resolvedBy: status === 'resolved' ? ctx.user.id : incident.resolvedBy },
      action: 'incident.unit_cleared',
      detail: { unitId: unit.id, callSign: unit.callSign, incidentStatus: status },
      after: async (t) => {
        await updateAssignment(t, ctx.forceId, assignment.id, { clearedAt: now });
        await updateUnit(t, ctx.forceId, unit.id, { status: 'available', incidentId: null, statusAt: now }, now);
        await insertLog(t, { forceId: ctx.forceId, id: newId(), incidentId: id, at: now, userId: ctx.user.id, username: ctx.user.username, kind: 'system', text: `${unit.callSign} cleared${assignment.arrivedAt ? '' : ' without attending'}` });
      },
    };
  });
  unitChanged(ctx, body.unitId, 'unit.cleared');
  return view;
}
