import { nextReference } from '../../db/references.js';
import type { Db } from '../../db/connect.js';
import type { Ctx } from '../../http/context.js';
import { problem } from '../../http/problems.js';
import { audit } from '../../audit/audit.js';
import { endLink, findLinksOf, getEvent, getLink, getObject, getLocation, insertEvent, insertLink } from '../location-queries.js';
import { presentEventSummary, presentLocation, presentObject } from '../present.js';
import type { CreateLinkBody } from '../contract.js';
import { personToChange } from './access.js';

/** Creates the POLE event a module record hangs on (modules pass their own transaction and type). */
export async function createEvent(tx: Db, ctx: Ctx, input: { type: string; summary: string; occurredAt?: Date | null; referenceSeries?: string }) {
  const event = await insertEvent(tx, {
    forceId: ctx.forceId, reference: await nextReference(tx, ctx.forceId, input.referenceSeries ?? 'E'), type: input.type,
    summary: input.summary, occurredAt: input.occurredAt ?? null, createdBy: ctx.user.id, createdAt: ctx.now(),
  });
  await audit(tx, ctx, 'event.created', { type: 'event', id: event.id }, { detail: { type: input.type } });
  return event;
}

type LinkRow = Awaited<ReturnType<typeof findLinksOf>>[number];

export function presentLink(row: LinkRow) {
  const p = row.person;
  return {
    id: row.link.id, role: row.link.role, notes: row.link.notes, createdAt: row.link.createdAt.toISOString(), endedAt: row.link.endedAt?.toISOString() ?? null,
    person: p
      ? p.restricted
        ? { id: p.id, reference: p.reference, forenames: 'Restricted', surname: 'record', dateOfBirth: null, restricted: true }
        : { id: p.id, reference: p.reference, forenames: p.forenames, surname: p.surname, dateOfBirth: p.dateOfBirth, restricted: false }
      : null,
    event: row.event ? presentEventSummary(row.event) : null,
    object: row.object ? presentObject(row.object) : null,
    location: row.location ? presentLocation(row.location) : null,
  };
}

export async function readEvent(ctx: Ctx, id: string) {
  return ctx.db.transaction(async (tx) => {
    const event = await getEvent(tx, ctx.forceId, id);
    const links = await findLinksOf(tx, ctx.forceId, 'eventId', id);
    await audit(tx, ctx, 'read', { type: 'event', id });
    return { ...presentEventSummary(event), links: links.map(presentLink) };
  });
}

export async function linksOf(ctx: Ctx, column: 'objectId' | 'locationId', id: string) {
  const rows = await findLinksOf(ctx.db, ctx.forceId, column, id);
  return rows.map(presentLink);
}

/** Links two POLE entities with a role; every end must be in the user's force (else 404). */
export async function createLink(ctx: Ctx, body: CreateLinkBody) {
  return ctx.db.transaction(async (tx) => {
    if (body.personId) await personToChange(tx, ctx, body.personId);
    if (body.eventId) await getEvent(tx, ctx.forceId, body.eventId);
    if (body.objectId) await getObject(tx, ctx.forceId, body.objectId);
    if (body.locationId) await getLocation(tx, ctx.forceId, body.locationId);
    const link = await insertLink(tx, {
      forceId: ctx.forceId, role: body.role, personId: body.personId ?? null, objectId: body.objectId ?? null,
      locationId: body.locationId ?? null, eventId: body.eventId ?? null, notes: body.notes ?? null, createdBy: ctx.user.id, createdAt: ctx.now(),
    });
    const entityId = body.personId ?? body.eventId ?? body.objectId ?? body.locationId ?? null;
    await audit(tx, ctx, 'link.created', { type: body.personId ? 'person' : 'link', id: entityId }, { detail: { linkId: link.id, ...body } });
    return link;
  });
}

export async function endPoleLink(ctx: Ctx, id: string) {
  return ctx.db.transaction(async (tx) => {
    const link = await getLink(tx, ctx.forceId, id);
    if (link.endedAt) throw problem('invalid-state', 'This link has already been ended.');
    if (link.personId) await personToChange(tx, ctx, link.personId);
    const ended = await endLink(tx, ctx.forceId, id, ctx.now());
    await audit(tx, ctx, 'link.ended', { type: link.personId ? 'person' : 'link', id: link.personId ?? id }, { detail: { linkId: id } });
    return ended;
  });
}
