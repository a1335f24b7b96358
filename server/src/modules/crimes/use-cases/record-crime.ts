import { audit } from '../../../platform/audit/audit.js';
import type { Db } from '../../../platform/db/connect.js';
import { forcePrefix, nextSequence } from '../../../platform/db/references.js';
import type { Ctx } from '../../../platform/http/context.js';
import { eachReference, PLATFORM_TARGETS, requireReferenced } from '../../../platform/db/referenced.js';
import { fieldProblem, problem } from '../../../platform/http/problems.js';
import { createEvent, victimLinkDates } from '../../../platform/pole/index.js';
import { personToChange } from '../../../platform/pole/use-cases/access.js';
import type { CrimeView, RecordCrimeBody } from '../contract.js';
import {
  CRIME_DECISION_TASK, findActiveMarkerCodes, findLocation, findTask, INCIDENT_TARGET,
  insertCrime, insertCrimePerson, insertHistory, insertPoleLink, setVictimFacts, type CrimeRow,
} from '../queries.js';
import { CLASSIFICATION_BY_CODE, CLASSIFICATION_LIST_VERSION, type CrimeFlag } from '../reference/classifications.js';
import { assessVictim, ncrsState } from '../rules.js';
import { completeDecisionTasks } from './incident-link.js';
import { crimeView } from './read-crime.js';

/** Crime reference unique within the force and year: HT/26/012345. */
export async function nextCrimeReference(tx: Db, forceId: string, at: Date): Promise<string> {
  const yy = String(at.getUTCFullYear() % 100).padStart(2, '0');
  const n = await nextSequence(tx, forceId, `CRIME-${yy}`);
  return `${await forcePrefix(tx, forceId)}/${yy}/${String(n).padStart(6, '0')}`;
}

/** Links a person to the crime's POLE event and keeps what the crime knows of them (vulnerability, repeat). */
export async function attachPerson(
  tx: Db, ctx: Ctx, crime: CrimeRow, role: 'victim' | 'suspect' | 'witness', personId: string, officerJudgesVulnerable: boolean,
) {
  const person = await personToChange(tx, ctx, personId);
  const assessment = role === 'victim'
    ? assessVictim({
      dateOfBirth: person.dateOfBirth,
      markers: await findActiveMarkerCodes(tx, ctx.forceId, person.id),
      earlierVictimisations: (await victimLinkDates(tx, ctx.forceId, [person.id])).map((v) => v.at),
    }, crime.committedFrom, officerJudgesVulnerable)
    : null;
  const link = await insertPoleLink(tx, {
    forceId: ctx.forceId, role, personId: person.id, eventId: crime.eventId, createdBy: ctx.user.id, createdAt: ctx.now(),
  });
  await insertCrimePerson(tx, {
    forceId: ctx.forceId, crimeId: crime.id, linkId: link.id, role, createdAt: ctx.now(),
    vulnerable: assessment?.vulnerable ?? false, repeat: assessment?.repeat ?? false, child: assessment?.child ?? false,
    officerJudgesVulnerable: role === 'victim' && officerJudgesVulnerable, reasons: assessment?.reasons ?? [],
  });
  await audit(tx, ctx, 'link.created', { type: 'person', id: person.id }, { detail: { linkId: link.id, role, eventId: crime.eventId, crimeId: crime.id } });
  return assessment;
}

/** Every id the body gives must name a record of the caller's force: one 422 naming each one that does not. */
async function checkReferences(tx: Db, ctx: Ctx, body: RecordCrimeBody) {
  const { person, location, object, task } = PLATFORM_TARGETS;
  await requireReferenced(tx, ctx.forceId, [
    { path: 'body.locationId', id: body.locationId, to: location },
    ...eachReference(object, 'body.objectIds', body.objectIds),
    ...body.victims.map((v, i) => ({ path: `body.victims.${i}.personId`, id: v.personId, to: person })),
    ...eachReference(person, 'body.suspects', body.suspects),
    ...eachReference(person, 'body.witnesses', body.witnesses),
    { path: 'body.incidentId', id: body.incidentId, to: INCIDENT_TARGET },
    { path: 'body.taskId', id: body.taskId, to: task },
  ]);
}

async function checkTask(tx: Db, ctx: Ctx, body: RecordCrimeBody) {
  if (!body.taskId) return null;
  const task = await findTask(tx, ctx.forceId, body.taskId);
  if (!task) throw problem('unprocessable', 'No such task in your force.', [{ path: 'body.taskId', message: 'no such task in your force' }]);
  if (task.kind !== CRIME_DECISION_TASK) throw problem('unprocessable', `Task ${task.id} is not a crime-recording decision.`, [{ path: 'body.taskId', message: 'not a crime-recording-decision task' }]);
  if (task.status !== 'open') throw problem('invalid-state', 'The crime-recording decision has already been made for this task.');
  if (task.entityType !== 'incident' || task.entityId !== body.incidentId) throw problem('unprocessable', 'The task belongs to a different incident.', [{ path: 'body.incidentId', message: 'does not match the task' }]);
  return task;
}

/**
 * Records the crime(s) of one report: one crime per victim (STANDARDS §3), each with its own POLE event,
 * suspects and witnesses on every one. From an incident, the control room's recording-decision task (and any other
 * open one of that incident) is completed in the same transaction.
 */
export async function recordCrime(ctx: Ctx, body: RecordCrimeBody): Promise<CrimeView> {
  const now = ctx.now();
  const reportedAt = new Date(body.reportedAt);
  if (reportedAt.getTime() > now.getTime() + 5 * 60_000) throw fieldProblem('reportedAt', 'must not be in the future');
  const classification = CLASSIFICATION_BY_CODE.get(body.classificationCode)!;
  const victimCount = body.victims.length + (body.victimOrganisation ? 1 : 0);
  if (victimCount === 0 && !classification.victimless) {
    throw problem('unprocessable', `${classification.description} has a victim: name the victim (a person or an organisation).`, [{ path: 'victims', message: 'a victim is required' }]);
  }
  return ctx.db.transaction(async (tx) => {
    await checkReferences(tx, ctx, body);
    const location = body.locationId ? await findLocation(tx, ctx.forceId, body.locationId) : null;
    const objectIds = [...new Set(body.objectIds)];
    await checkTask(tx, ctx, body);

    // One crime per victim; a victimless offence is one crime.
    const victimSlots: ({ personId: string; officerJudgesVulnerable: boolean } | { organisation: string } | null)[] =
      victimCount === 0 ? [null] : [...(body.victimOrganisation ? [{ organisation: body.victimOrganisation }] : []), ...body.victims];
    const recorded: CrimeRow[] = [];
    for (const slot of victimSlots) {
      const event = await createEvent(tx, ctx, { type: 'crime', summary: body.summary.slice(0, 2000), occurredAt: new Date(body.committedFrom) });
      let crime = await insertCrime(tx, {
        forceId: ctx.forceId,
        reference: await nextCrimeReference(tx, ctx.forceId, now),
        eventId: event.id,
        classificationCode: body.classificationCode,
        classificationVersion: CLASSIFICATION_LIST_VERSION,
        committedFrom: new Date(body.committedFrom),
        committedTo: body.committedTo ? new Date(body.committedTo) : null,
        reportedAt,
        recordedAt: now,
        source: body.incidentId ? 'incident' : body.source,
        locationId: location?.id ?? null,
        district: location?.district ?? null,
        victimOrganisation: slot && 'organisation' in slot ? slot.organisation : null,
        summary: body.summary,
        modusOperandi: body.modusOperandi ?? null,
        flags: body.flags,
        hateStrands: body.hateStrands,
        incidentId: body.incidentId ?? null,
        recordedBy: ctx.user.id,
        createdAt: now,
        updatedAt: now,
      });
      if (location) await insertPoleLink(tx, { forceId: ctx.forceId, role: 'scene', locationId: location.id, eventId: event.id, createdBy: ctx.user.id, createdAt: now });
      for (const objectId of objectIds) await insertPoleLink(tx, { forceId: ctx.forceId, role: 'involved', objectId, eventId: event.id, createdBy: ctx.user.id, createdAt: now });
      const assessment = slot && 'personId' in slot ? await attachPerson(tx, ctx, crime, 'victim', slot.personId, slot.officerJudgesVulnerable) : null;
      for (const id of body.suspects) await attachPerson(tx, ctx, crime, 'suspect', id, false);
      for (const id of body.witnesses) await attachPerson(tx, ctx, crime, 'witness', id, false);
      if (assessment) {
        const flags = new Set<CrimeFlag>(body.flags);
        if (assessment.vulnerable) flags.add('vulnerable_victim');
        if (assessment.repeat) flags.add('repeat_victim');
        if (assessment.child) flags.add('child_victim');
        crime = await setVictimFacts(tx, crime, { vulnerableVictim: assessment.vulnerable, repeatVictim: assessment.repeat, flags: [...flags] });
      } else if (body.flags.includes('vulnerable_victim') || body.flags.includes('repeat_victim')) {
        crime = await setVictimFacts(tx, crime, { vulnerableVictim: body.flags.includes('vulnerable_victim'), repeatVictim: body.flags.includes('repeat_victim'), flags: body.flags });
      }
      recorded.push(crime);
    }

    const siblings = recorded.map((c) => ({ id: c.id, reference: c.reference }));
    for (const crime of recorded) {
      const state = ncrsState(crime.reportedAt, crime.recordedAt, now);
      await insertHistory(tx, {
        forceId: ctx.forceId, crimeId: crime.id, at: now, userId: ctx.user.id, username: ctx.user.username, action: 'crime.recorded',
        toCode: crime.classificationCode, detail: { ncrs: state, source: crime.source, incidentId: crime.incidentId, alsoRecorded: siblings },
      });
      await audit(tx, ctx, 'crime.recorded', { type: 'crime', id: crime.id }, { detail: { reference: crime.reference, code: crime.classificationCode, ncrs: state, incidentId: crime.incidentId } });
    }
    // The task given (checked above) and any other open recording decision of the incident: the crime answers them.
    if (body.incidentId) await completeDecisionTasks(tx, ctx, body.incidentId, siblings, '');
    return crimeView(tx, ctx, recorded[0]);
  });
}
