import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../http/request.js';
import { ifMatchVersion, withEtag } from '../http/context.js';
import { decodeCursor, encodeCursor } from '../http/pagination.js';
import { IfMatchHeader } from '../http/params.js';
import {
  CreateEventBody, CreateLinkBody, CreateLocationBody, CreateObjectBody, EventView, IdParams, LinkView, ListQuery, LocationView, ObjectView,
  UpdateLocationBody, UpdateObjectBody,
} from './contract.js';
import { createLocation, readLocation, searchLocations, updateLocation } from './use-cases/locations.js';
import { createObject, readObject, searchObjects, updateObject } from './use-cases/objects.js';
import { createEvent, createLink, endPoleLink, linksOf, readEvent } from './use-cases/events.js';
import { presentEventSummary } from './present.js';

const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });
const offsetOf = (cursor: string | undefined) => decodeCursor(cursor, z.number().int().min(0).max(100_000)) ?? 0;

/** Fetches one more than asked so the page knows whether another follows. */
async function offsetPage<T>(cursor: string | undefined, limit: number, fetch: (limit: number, offset: number) => Promise<T[]>) {
  const offset = offsetOf(cursor);
  const rows = await fetch(limit + 1, offset);
  return { items: rows.slice(0, limit), nextCursor: rows.length > limit ? encodeCursor(offset + limit) : null };
}

export async function poleRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = (request: Parameters<typeof ctxOf>[0]) => ctxOf(request, app.deps);
  const WithLinks = (view: z.ZodObject) => view.extend({ links: z.array(LinkView) });

  r.get('/locations', {
    config: { permission: 'locations:read' },
    schema: { tags: ['locations'], summary: 'Find locations by postcode, outward code, UPRN, street or town', querystring: ListQuery, response: { 200: page(LocationView) } },
  }, async (request) => offsetPage(request.query.cursor, request.query.limit, (limit, offset) => searchLocations(ctx(request), request.query.q, limit, offset)));

  r.post('/locations', {
    config: { permission: 'locations:write' },
    schema: { tags: ['locations'], summary: 'Create a location (address or place)', body: CreateLocationBody, response: { 201: LocationView } },
  }, async (request, reply) => reply.status(201).send(withEtag(reply, await createLocation(ctx(request), request.body))));

  r.get('/locations/:id', {
    config: { permission: 'locations:read' },
    schema: { tags: ['locations'], summary: 'A location and what is linked to it', params: IdParams, response: { 200: WithLinks(LocationView) } },
  }, async (request, reply) => {
    const c = ctx(request);
    const view = withEtag(reply, await readLocation(c, request.params.id));
    return { ...view, links: await linksOf(c, 'locationId', view.id) };
  });

  r.patch('/locations/:id', {
    config: { permission: 'locations:write' },
    schema: { tags: ['locations'], summary: 'Correct a location (If-Match required)', params: IdParams, headers: IfMatchHeader, body: UpdateLocationBody, response: { 200: LocationView } },
  }, async (request, reply) => withEtag(reply, await updateLocation(ctx(request), request.params.id, ifMatchVersion(request), request.body)));

  r.get('/objects', {
    config: { permission: 'objects:read' },
    schema: { tags: ['objects'], summary: 'Find objects by VRM, serial/IMEI, make, model or description', querystring: ListQuery, response: { 200: page(ObjectView) } },
  }, async (request) => offsetPage(request.query.cursor, request.query.limit, (limit, offset) => searchObjects(ctx(request), request.query.q, limit, offset)));

  r.post('/objects', {
    config: { permission: 'objects:write' },
    schema: { tags: ['objects'], summary: 'Create an object (vehicle, phone, weapon, property)', body: CreateObjectBody, response: { 201: ObjectView } },
  }, async (request, reply) => reply.status(201).send(withEtag(reply, await createObject(ctx(request), request.body))));

  r.get('/objects/:id', {
    config: { permission: 'objects:read' },
    schema: { tags: ['objects'], summary: 'An object and what is linked to it', params: IdParams, response: { 200: WithLinks(ObjectView) } },
  }, async (request, reply) => {
    const c = ctx(request);
    const view = withEtag(reply, await readObject(c, request.params.id));
    return { ...view, links: await linksOf(c, 'objectId', view.id) };
  });

  r.patch('/objects/:id', {
    config: { permission: 'objects:write' },
    schema: { tags: ['objects'], summary: 'Correct an object (If-Match required)', params: IdParams, headers: IfMatchHeader, body: UpdateObjectBody, response: { 200: ObjectView } },
  }, async (request, reply) => withEtag(reply, await updateObject(ctx(request), request.params.id, ifMatchVersion(request), request.body)));

  r.post('/events', {
    config: { permission: 'events:write' },
    schema: { tags: ['events'], summary: 'Create a generic POLE event (modules create their own)', body: CreateEventBody, response: { 201: EventView } },
  }, async (request, reply) => {
    const c = ctx(request);
    const event = await c.db.transaction((tx) =>
      createEvent(tx, c, { ...request.body, occurredAt: request.body.occurredAt ? new Date(request.body.occurredAt) : null }),
    );
    return reply.status(201).send({ ...presentEventSummary(event), links: [] });
  });

  r.get('/events/:id', {
    config: { permission: 'events:read' },
    schema: { tags: ['events'], summary: 'An event with the people, objects and locations linked to it', params: IdParams, response: { 200: EventView } },
  }, async (request) => readEvent(ctx(request), request.params.id));

  r.post('/links', {
    config: { permission: 'links:write' },
    schema: {
      tags: ['events'], summary: 'Link two of person / object / location / event with a role (victim, suspect, witness, owner, resident…)',
      body: CreateLinkBody, response: { 201: z.object({ id: z.string(), role: z.string() }) },
    },
  }, async (request, reply) => {
    const link = await createLink(ctx(request), request.body);
    return reply.status(201).send({ id: link.id, role: link.role });
  });

  r.post('/links/:id/end', {
    config: { permission: 'links:write' },
    schema: { tags: ['events'], summary: 'End a link (it stays in the history)', params: IdParams, response: { 200: z.object({ id: z.string(), endedAt: z.string() }) } },
  }, async (request) => {
    const link = await endPoleLink(ctx(request), request.params.id);
    return { id: link.id, endedAt: (link.endedAt as Date).toISOString() };
  });
}
