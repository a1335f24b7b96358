import { nextReference } from '../../db/references.js';
import type { Db } from '../../db/connect.js';
import { PLATFORM_TARGETS, requireReferenced } from '../../db/referenced.js';
import type { Ctx } from '../../http/context.js';
import { problem } from '../../http/problems.js';
import { audit } from '../../audit/audit.js';
import { endLink, findLinksOf, getEvent, getLink, insertEvent, insertLink } from '../location-queries.js';
import { presentEventSummary, presentLocation, presentObject } from '../present.js';
import type { CreateLinkBody } from '../contract.js';
import { personToChange } from './access.js';
import { personRefs, type PersonRef } from '../disclosure.js';

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

function presentLink(row: LinkRow, people: Map<string, PersonRef>) {
  const ref = row.person ? people.get(row.person.id) : undefined;
  return {
    id: row.link.id, role: row.link.role, notes: row.link.notes, createdAt: row.link.createdAt.toISOString(), endedAt: row.link.endedAt?.toISOString() ?? null,
    person: ref ? { id: ref.id, reference: ref.reference, forenames: ref.forenames, surname: ref.surname, dateOfBirth: ref.dateOfBirth, restricted: ref.restricted, redacted: ref.redacted } : null,
    event: row.event ? presentEventSummary(row.event) : null,
    object: row.object ? presentObject(row.object) : null,
    location: row.location ? presentLocation(row.location) : null,
  };
}

/** Links with their people disclosed through personRefs (redacted for this viewer, audited). */
async function presentLinks(tx: Db, ctx: Ctx, rows: LinkRow[], about: { type: string; id: string }) {
  const people = await personRefs(tx, ctx, rows.map((r) => r.person?.id), about);
  return rows.map((row) => presentLink(row, people));
}

export async function readEvent(ctx: Ctx, id: string) {
  return ctx.db.transaction(async (tx) => {
    const event = await getEvent(tx, ctx.forceId, id);
    const links = await findLinksOf(tx, ctx.forceId, 'eventId', id);
    await audit(tx, ctx, 'read', { type: 'event', id });
    return { ...presentEventSummary(event), links: await presentLinks(tx, ctx, links, { type: 'event', id }) };
  });
}

export async function linksOf(ctx: Ctx, column: 'objectId' | 'locationId', id: string) {
  return ctx.db.transaction(async (tx) => {
    const rows = await findLinksOf(tx, ctx.forceId, column, id);
    return presentLinks(tx, ctx, rows, { type: column === 'objectId' ? 'object' : 'location', id });
  });
}

/** Links two POLE entities with a role; every end must be a record of the user's force (else 422 naming it). */
export async function createLink(ctx: Ctx, body: CreateLinkBody) {
  const { person, event, object, location } = PLATFORM_TARGETS;
  return ctx.db.transaction(async (tx) => {
    await requireReferenced(tx, ctx.forceId, [
      { path: 'body.personId', id: body.personId, to: person },
      { path: 'body.eventId', id: body.eventId, to: event },
      { path: 'body.objectId', id: body.objectId, to: object },
      { path: 'body.locationId', id: body.locationId, to: location },
    ]);
    if (body.personId) await personToChange(tx, ctx, body.personId);
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
