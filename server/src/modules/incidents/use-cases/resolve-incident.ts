import { newId } from '../../../platform/db/columns.js';
import { problem } from '../../../platform/http/problems.js';
import { createTask } from '../../../platform/tasks/index.js';
import type { CloseBody, IncidentView, ResolveBody } from '../contract.js';
import { isSupervisor } from '../policy.js';
import { bookSlot, getSlot, insertLog, settingsOf } from '../queries.js';
import { closureRefusal, crimeDecisionDueAt, deskResolutionRefusal, isThriveComplete, type Grade, type IncidentStatus } from '../rules.js';
import { changeIncident, deriveFlags, personFacts, type IncidentCtx } from './record.js';

/** Telephone resolution with a recorded outcome, or a booked diary appointment (STANDARDS §2 C7, C12). */
export function resolveIncident(ctx: IncidentCtx, id: string, version: number, body: ResolveBody): Promise<IncidentView> {
  return changeIncident(ctx, id, version, async (tx, incident) => {
    const now = ctx.now();
    const settings = await settingsOf(tx, ctx.forceId);
    const derived = await deriveFlags(tx, incident, await personFacts(tx, incident, settings, now), settings, now);
    const refusal = deskResolutionRefusal({ status: incident.status as IncidentStatus, grade: incident.grade as Grade | null, type: incident.type, flags: derived.flags, bySupervisor: isSupervisor(ctx.user) });
    if (refusal) throw problem('invalid-state', refusal);
    const resolution = { kind: body.kind, outcome: body.kind === 'telephone' ? body.outcome : null, reason: body.reason, thriveRationale: body.thriveRationale };
    if (body.kind === 'telephone') {
      return {
        changes: { status: 'resolved', resolution, resolvedAt: now, resolvedBy: ctx.user.id },
        action: 'incident.resolved_by_telephone',
        reason: body.reason,
        detail: { outcome: body.outcome },
        after: (t) => insertLog(t, { forceId: ctx.forceId, id: newId(), incidentId: id, at: now, userId: ctx.user.id, username: ctx.user.username, kind: 'system', text: `Resolved by telephone (${body.outcome.replace(/_/g, ' ')}): ${body.reason}` }),
      };
    }
    const slot = await getSlot(tx, ctx.forceId, body.slotId, { lock: true }).catch(() => {
      throw problem('unprocessable', 'No such diary slot in your force.', [{ path: 'body.slotId', message: 'unknown slot' }]);
    });
    if (slot.incidentId) throw problem('conflict', 'That diary slot has just been booked; choose another.');
    if (slot.startsAt.getTime() < now.getTime()) throw problem('unprocessable', 'That diary slot is in the past.', [{ path: 'body.slotId', message: 'slot in the past' }]);
    return {
      changes: { status: 'scheduled', resolution, appointmentId: slot.id, targetAt: slot.startsAt },
      action: 'incident.appointment_booked',
      reason: body.reason,
      detail: { slotId: slot.id, startsAt: slot.startsAt.toISOString(), district: slot.district },
      after: async (t) => {
        await bookSlot(t, ctx.forceId, slot.id, { incidentId: id, contactPreference: body.contactPreference, bookedAt: now, bookedBy: ctx.user.id });
        await insertLog(t, { forceId: ctx.forceId, id: newId(), incidentId: id, at: now, userId: ctx.user.id, username: ctx.user.username, kind: 'system', text: `Appointment booked ${slot.startsAt.toISOString()} (${slot.district}): ${body.reason}` });
      },
    };
  });
}

/**
 * Closes a resolved incident. "Is a crime disclosed?" must be answered; yes raises the NCRS 24-hour crime-recording
 * decision as a task the crimes module consumes (STANDARDS §3, §17 F07). DA / child / vulnerable need a supervisor review (C6).
 */
export function closeIncident(ctx: IncidentCtx, id: string, version: number, body: CloseBody): Promise<IncidentView> {
  return changeIncident(ctx, id, version, async (tx, incident) => {
    const now = ctx.now();
    const settings = await settingsOf(tx, ctx.forceId);
    const derived = await deriveFlags(tx, incident, await personFacts(tx, incident, settings, now), settings, now);
    const supervisorReviewed = incident.supervisorReviewedAt !== null && (incident.gradedAt === null || incident.supervisorReviewedAt >= incident.gradedAt);
    const refusal = closureRefusal({ status: incident.status as IncidentStatus, thriveComplete: isThriveComplete(incident.thrive), crimeDisclosed: body.crimeDisclosed, flags: derived.flags, supervisorReviewed });
    if (refusal) throw problem('invalid-state', refusal);
    return {
      changes: { status: 'closed', closingCode: body.closingCode, closingNote: body.note ?? null, crimeDisclosed: body.crimeDisclosed, closedAt: now, closedBy: ctx.user.id },
      action: 'incident.closed',
      reason: body.note ?? null,
      detail: { closingCode: body.closingCode, crimeDisclosed: body.crimeDisclosed },
      after: async (t, closed) => {
        await insertLog(t, { forceId: ctx.forceId, id: newId(), incidentId: id, at: now, userId: ctx.user.id, username: ctx.user.username, kind: 'system', text: `Closed (${body.closingCode.replace(/_/g, ' ')}); crime disclosed: ${body.crimeDisclosed ? 'yes' : 'no'}` });
        if (body.crimeDisclosed) {
          await createTask(t, ctx, {
            kind: 'crime-recording-decision',
            title: `Crime-recording decision for incident ${closed.reference}`,
            detail: `A crime was disclosed in incident ${closed.reference} (${closed.summary}). Decide whether to record it within 24 hours (NCRS).`,
            entity: { type: 'incident', id },
            dueAt: crimeDecisionDueAt(now, settings),
            assignee: { team: settings.crimeRecordingTeam },
            escalateToRole: 'crime_registrar',
          });
        }
      },
    };
  });
}
