import { audit } from '../../../platform/audit/audit.js';
import type { Db } from '../../../platform/db/connect.js';
import { requireReferenced } from '../../../platform/db/referenced.js';
import { can, type Ctx } from '../../../platform/http/context.js';
import { problem } from '../../../platform/http/problems.js';
import { finishTask } from '../../../platform/tasks/index.js';
import type { CrimeView, IncidentCrimeRecordingView, LinkIncidentBody } from '../contract.js';
import { presentClassification } from '../present.js';
import {
  findCrimesOfIncident, findDecisionTasks, findIncidentByReference, findIncidentRef, INCIDENT_TARGET, insertHistory, lockCrime,
  updateCrimeAtVersion,
} from '../queries.js';
import { crimeRecordingState } from '../rules.js';
import { crimeView } from './read-crime.js';

/**
 * Completes every open crime-recording-decision task of the incident: the decision is made once a crime of the
 * incident is recorded, however it was recorded (from the task, from the incident, or linked later from the crime).
 */
export async function completeDecisionTasks(tx: Db, ctx: Ctx, incidentId: string, recorded: { id: string; reference: string }[], how: string) {
  const open = await findDecisionTasks(tx, ctx.forceId, incidentId, { openOnly: true, lock: true });
  for (const task of open) {
    await finishTask(tx, ctx, task, {
      status: 'completed', outcome: 'crime_recorded', outcomeReason: `Recorded as ${recorded.map((c) => c.reference).join(', ')}${how}`,
      outcomeDetail: { crimeIds: recorded.map((c) => c.id) },
    });
  }
  return open.map((t) => t.id);
}

/** The incident named by id or by reference, in the caller's force (422 naming the field otherwise). */
async function incidentOf(tx: Db, ctx: Ctx, body: LinkIncidentBody) {
  if (body.incidentId) {
    await requireReferenced(tx, ctx.forceId, [{ path: 'body.incidentId', id: body.incidentId, to: INCIDENT_TARGET }]);
    return (await findIncidentRef(tx, ctx.forceId, body.incidentId))!;
  }
  const reference = body.incidentReference!.trim().toUpperCase();
  const found = await findIncidentByReference(tx, ctx.forceId, reference);
  if (!found) throw problem('unprocessable', `No incident ${reference} in your force.`, [{ path: 'body.incidentReference', message: 'no such incident in your force' }]);
  return found;
}

/**
 * Links a recorded crime to the control-room incident it came from (when it was recorded without it), keeping the
 * history, and completes the incident's open crime-recording decision: the crime answers it.
 */
export async function linkCrimeToIncident(ctx: Ctx, id: string, version: number, body: LinkIncidentBody): Promise<CrimeView> {
  return ctx.db.transaction(async (tx) => {
    const crime = await lockCrime(tx, ctx.forceId, id);
    if (crime.version !== version) throw problem('stale-version', `The crime is at version ${crime.version}; reload it and try again.`);
    if (crime.status !== 'recorded') throw problem('invalid-state', `The crime is ${crime.status}; only a recorded crime is linked to an incident.`);
    const incident = await incidentOf(tx, ctx, body);
    if (crime.incidentId === incident.id) throw problem('conflict', `The crime is already linked to incident ${incident.reference}.`);
    if (crime.incidentId) {
      const current = await findIncidentRef(tx, ctx.forceId, crime.incidentId);
      throw problem('conflict', `The crime is already linked to incident ${current?.reference ?? crime.incidentId}; a crime comes from one incident.`);
    }
    const now = ctx.now();
    const updated = await updateCrimeAtVersion(tx, crime, version, { incidentId: incident.id }, now);
    if (!updated) throw problem('stale-version', 'Someone changed the crime while you were saving; reload it and try again.');
    const tasks = await completeDecisionTasks(tx, ctx, incident.id, [{ id: crime.id, reference: crime.reference }], ' (linked from the crime)');
    await insertHistory(tx, {
      forceId: ctx.forceId, crimeId: crime.id, at: now, userId: ctx.user.id, username: ctx.user.username, action: 'crime.incident_linked',
      reason: `From incident ${incident.reference}`, detail: { incidentId: incident.id, incidentReference: incident.reference, tasksCompleted: tasks },
    });
    await audit(tx, ctx, 'crime.incident_linked', { type: 'crime', id }, { detail: { incidentId: incident.id, incidentReference: incident.reference, tasksCompleted: tasks } });
    return crimeView(tx, ctx, updated);
  });
}

/** What became of the crime disclosed in an incident: the crimes recorded from it and its recording-decision task. */
export async function incidentCrimeRecording(ctx: Ctx, incidentId: string): Promise<IncidentCrimeRecordingView> {
  const incident = await findIncidentRef(ctx.db, ctx.forceId, incidentId);
  if (!incident) throw problem('not-found', 'No such incident in your force.');
  const [crimes, tasks] = await Promise.all([findCrimesOfIncident(ctx.db, ctx.forceId, incidentId), findDecisionTasks(ctx.db, ctx.forceId, incidentId)]);
  const latest = tasks.find((t) => t.status === 'open') ?? tasks[0] ?? null;
  const now = ctx.now();
  return {
    incident,
    state: crimeRecordingState({ crimeDisclosed: incident.crimeDisclosed, crimeStatuses: crimes.map((c) => c.status), decision: latest }),
    crimes: crimes.map((c) => {
      const { code, description } = presentClassification(c.classificationCode);
      return { id: c.id, reference: c.reference, status: c.status as 'recorded', classification: { code, description }, recordedAt: c.recordedAt.toISOString() };
    }),
    decision: latest && {
      taskId: latest.id, status: latest.status as 'open', dueAt: latest.dueAt.toISOString(), overdue: latest.status === 'open' && latest.dueAt < now,
      outcome: latest.outcome, outcomeReason: latest.outcomeReason, completedAt: latest.completedAt?.toISOString() ?? null,
    },
    abilities: { record: can(ctx, 'crimes:record') },
  };
}

