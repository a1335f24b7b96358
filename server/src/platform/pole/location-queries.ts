import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import type { Db } from '../db/connect.js';
import { likeEscape } from '../db/references.js';
import { problem } from '../http/problems.js';
import { events, locations, objects, persons, poleLinks } from './schema.js';

export async function getLocation(db: Db, forceId: string, id: string) {
  const [row] = await db.select().from(locations).where(and(eq(locations.forceId, forceId), eq(locations.id, id))).limit(1);
  if (!row) throw problem('not-found', 'No such location in your force.');
  return row;
}

export async function insertLocation(db: Db, values: typeof locations.$inferInsert) {
  const [row] = await db.insert(locations).values(values).returning();
  return row;
}

export async function updateLocationVersioned(db: Db, forceId: string, id: string, version: number, values: Partial<typeof locations.$inferInsert>, now: Date) {
  const [row] = await db
    .update(locations)
    .set({ ...values, version: sql`${locations.version} + 1`, updatedAt: now })
    .where(and(eq(locations.forceId, forceId), eq(locations.id, id), eq(locations.version, version)))
    .returning();
  return row;
}

/** Postcode (full or outward code), UPRN, or street/town text; street matches tolerate typos via trigrams. */
export async function listLocations(db: Db, forceId: string, q: { postcodeNorm?: string; outcode?: string; uprn?: string; text?: string }, limit: number, offset: number) {
  const like = q.text ? `%${likeEscape(q.text)}%` : undefined;
  const filter = q.postcodeNorm
    ? eq(locations.postcodeNorm, q.postcodeNorm)
    : q.outcode
      ? sql`${locations.postcodeNorm} like ${`${q.outcode}%`}`
      : q.uprn
        ? eq(locations.uprn, q.uprn)
        : like && q.text
          ? or(ilike(locations.street, like), ilike(locations.town, like), ilike(locations.buildingName, like), sql`${locations.street} % ${q.text}`)
          : undefined;
  const order = q.text ? [sql`similarity(coalesce(${locations.street}, ''), ${q.text}) desc`, asc(locations.reference)] : [asc(locations.reference)];
  return db.select().from(locations).where(and(eq(locations.forceId, forceId), filter)).orderBy(...order).limit(limit).offset(offset);
}

export async function getObject(db: Db, forceId: string, id: string) {
  const [row] = await db.select().from(objects).where(and(eq(objects.forceId, forceId), eq(objects.id, id))).limit(1);
  if (!row) throw problem('not-found', 'No such object in your force.');
  return row;
}

export async function insertObject(db: Db, values: typeof objects.$inferInsert) {
  const [row] = await db.insert(objects).values(values).returning();
  return row;
}

export async function updateObjectVersioned(db: Db, forceId: string, id: string, version: number, values: Partial<typeof objects.$inferInsert>, now: Date) {
  const [row] = await db
    .update(objects)
    .set({ ...values, version: sql`${objects.version} + 1`, updatedAt: now })
    .where(and(eq(objects.forceId, forceId), eq(objects.id, id), eq(objects.version, version)))
    .returning();
  return row;
}

export async function listObjects(db: Db, forceId: string, q: { vrm?: string; text?: string }, limit: number, offset: number) {
  const like = q.text ? `%${likeEscape(q.text)}%` : undefined;
  const filter = q.vrm || like
    ? or(
        q.vrm ? eq(objects.vrm, q.vrm) : undefined,
        like ? ilike(objects.serialNumber, like) : undefined,
        like ? ilike(objects.make, like) : undefined,
        like ? ilike(objects.model, like) : undefined,
        like ? ilike(objects.description, like) : undefined,
      )
    : undefined;
  return db.select().from(objects).where(and(eq(objects.forceId, forceId), filter)).orderBy(asc(objects.reference)).limit(limit).offset(offset);
}

export async function getEvent(db: Db, forceId: string, id: string) {
  const [row] = await db.select().from(events).where(and(eq(events.forceId, forceId), eq(events.id, id))).limit(1);
  if (!row) throw problem('not-found', 'No such event in your force.');
  return row;
}

export async function insertEvent(db: Db, values: typeof events.$inferInsert) {
  const [row] = await db.insert(events).values(values).returning();
  return row;
}

export async function insertLink(db: Db, values: typeof poleLinks.$inferInsert) {
  const [row] = await db.insert(poleLinks).values(values).returning();
  return row;
}

export async function getLink(db: Db, forceId: string, id: string) {
  const [row] = await db.select().from(poleLinks).where(and(eq(poleLinks.forceId, forceId), eq(poleLinks.id, id))).limit(1);
  if (!row) throw problem('not-found', 'No such link in your force.');
  return row;
}

export async function endLink(db: Db, forceId: string, id: string, at: Date) {
  const [row] = await db.update(poleLinks).set({ endedAt: at }).where(and(eq(poleLinks.forceId, forceId), eq(poleLinks.id, id))).returning();
  return row;
}

/** Links on any entity, with the entity at the other end. */
export async function findLinksOf(db: Db, forceId: string, column: 'eventId' | 'objectId' | 'locationId', id: string) {
  return db
    .select({ link: poleLinks, person: persons, event: events, object: objects, location: locations })
    .from(poleLinks)
    .leftJoin(persons, and(eq(persons.forceId, poleLinks.forceId), eq(persons.id, poleLinks.personId)))
    .leftJoin(events, and(eq(events.forceId, poleLinks.forceId), eq(events.id, poleLinks.eventId)))
    .leftJoin(objects, and(eq(objects.forceId, poleLinks.forceId), eq(objects.id, poleLinks.objectId)))
    .leftJoin(locations, and(eq(locations.forceId, poleLinks.forceId), eq(locations.id, poleLinks.locationId)))
    .where(and(eq(poleLinks.forceId, forceId), eq(poleLinks[column], id)))
    .orderBy(asc(poleLinks.createdAt));
}
