import { londonDate } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/connect.js';
import { newId } from '../../../platform/db/columns.js';
import { fieldProblem, problem } from '../../../platform/http/problems.js';
import { audit } from '../../../platform/audit/audit.js';
import type { CreateIncidentBody, IncidentPersonInput, IncidentView } from '../contract.js';
import { publishIncidentEvent } from '../events.js';
import {
  findLocation, findPersonsByIds, findQuestionSet, insertIncident, insertIncidentPersons, insertLog, nextIncidentReference, setDerivedColumns, settingsOf,
} from '../queries.js';
import { impliedFlags } from '../rules.js';
import { ensureQuestionSets } from './admin.js';
import { ENTITY, deriveFlags, derivedColumns, personFacts, viewOf, type IncidentCtx } from './record.js';

/** People must exist in the force and not have been merged away; the path names the bad entry. */
export async function checkPersons(tx: Db, forceId: string, list: readonly IncidentPersonInput[], pathOf: (index: number) => string) {
  const found = new Map((await findPersonsByIds(tx, forceId, list.map((p) => p.personId))).map((p) => [p.id, p]));
  list.forEach((p, i) => {
    const person = found.get(p.personId);
    if (!person) throw problem('unprocessable', `No person ${p.personId} in your force.`, [{ path: pathOf(i), message: 'unknown person' }]);
    if (person.mergedIntoId) throw fieldProblem(pathOf(i), 'this record was merged into another; attach the surviving record');
  });
}

export async function createIncident(ctx: IncidentCtx, body: CreateIncidentBody): Promise<IncidentView> {
  await ensureQuestionSets(ctx.db, ctx.db, ctx.forceId, ctx.now());
  // Numbered in its own short transaction so concurrent calls do not queue on the day's counter row; a failed create leaves a gap.
  const reference = await nextIncidentReference(ctx.db, ctx.forceId, londonDate(ctx.now()));
  const view = await ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const location = body.locationId ? await findLocation(tx, ctx.forceId, body.locationId) : undefined;
    if (body.locationId && !location) throw problem('unprocessable', 'No such location in your force.', [{ path: 'body.locationId', message: 'unknown location' }]);
    await checkPersons(tx, ctx.forceId, body.persons, (i) => `body.persons.${i}.personId`);
    const questionSet = await findQuestionSet(tx, ctx.forceId, body.type);
    const flags = impliedFlags(body.type, {
      domesticAbuse: body.flags.domesticAbuse ?? false, mentalHealth: body.flags.mentalHealth ?? false, hate: body.flags.hate ?? false,
      childInvolved: body.flags.childInvolved ?? false, firearms: body.flags.firearms ?? false,
    });
    const locationText = body.locationText
      ?? (location ? [location.buildingNumber, location.buildingName, location.street, location.town, location.postcode].filter(Boolean).join(' ') : null);
    const incident = await insertIncident(tx, {
      forceId: ctx.forceId,
      id: newId(),
      reference,
      source: body.source,
      type: body.type,
      summary: body.summary,
      locationId: location?.id ?? null,
      locationText,
      district: body.district ?? location?.district ?? null,
      latitude: body.latitude ?? location?.latitude ?? null,
      longitude: body.longitude ?? location?.longitude ?? null,
      areaType: body.areaType,
      ...flags,
      questionSetId: questionSet?.active ? questionSet.id : null,
      questionSetVersion: questionSet?.active ? questionSet.version : null,
      createdBy: ctx.user.id,
      createdAt: now,
      updatedAt: now,
    });
    await insertIncidentPersons(tx, body.persons.map((p) => ({ forceId: ctx.forceId, id: newId(), incidentId: incident.id, personId: p.personId, role: p.role, addedAt: now, addedBy: ctx.user.id })));
    await insertLog(tx, { forceId: ctx.forceId, id: newId(), incidentId: incident.id, at: now, userId: ctx.user.id, username: ctx.user.username, kind: 'system', text: `Incident created from ${body.source}: ${body.summary}` });
    if (body.narrative) await insertLog(tx, { forceId: ctx.forceId, id: newId(), incidentId: incident.id, at: now, userId: ctx.user.id, username: ctx.user.username, kind: 'narrative', text: body.narrative });
    const settings = await settingsOf(tx, ctx.forceId);
    const people = await personFacts(tx, incident, settings, now);
    const derived = await deriveFlags(tx, incident, people, settings, now);
    const stored = await setDerivedColumns(tx, ctx.forceId, incident.id, derivedColumns(incident, derived));
    await audit(tx, ctx, 'incident.created', { type: ENTITY, id: incident.id }, { detail: { reference: incident.reference, type: body.type, persons: body.persons } });
    return viewOf(tx, ctx, stored, { people, derived });
  });
  publishIncidentEvent({ forceId: ctx.forceId, kind: 'incident', id: view.id, action: 'incident.created', at: ctx.now().toISOString() });
  return view;
}
