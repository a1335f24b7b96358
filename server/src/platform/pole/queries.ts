import { and, asc, desc, eq, getTableColumns, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/connect.js';
import { likeEscape } from '../db/references.js';
import { problem } from '../http/problems.js';
import { users } from '../auth/schema.js';
import type { PersonColumn } from '../module.js';
import {
  events, locations, objects, personAccess, personAddresses, personMerges, personNames, personPhones, persons, poleLinks, warningMarkers,
} from './schema.js';

export type PersonRow = typeof persons.$inferSelect;
export type MarkerRow = typeof warningMarkers.$inferSelect;
export type LocationRow = typeof locations.$inferSelect;
export type ObjectRow = typeof objects.$inferSelect;
export type EventRow = typeof events.$inferSelect;

export async function getPerson(db: Db, forceId: string, id: string): Promise<PersonRow> {
  const [row] = await db.select().from(persons).where(and(eq(persons.forceId, forceId), eq(persons.id, id))).limit(1);
  if (!row) throw problem('not-found', 'No such person in your force.');
  return row;
}

export async function lockPerson(db: Db, forceId: string, id: string): Promise<PersonRow> {
  const [row] = await db.select().from(persons).where(and(eq(persons.forceId, forceId), eq(persons.id, id))).for('update').limit(1);
  if (!row) throw problem('not-found', 'No such person in your force.');
  return row;
}

export async function findPersonsByIds(db: Db, forceId: string, ids: string[]): Promise<PersonRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(persons).where(and(eq(persons.forceId, forceId), inArray(persons.id, ids)));
}

export async function insertPerson(db: Db, values: typeof persons.$inferInsert): Promise<PersonRow> {
  const [row] = await db.insert(persons).values(values).returning();
  return row;
}

/** Optimistic update: only when the stored version is the one the caller read. */
export async function updatePersonVersioned(db: Db, forceId: string, id: string, expectedVersion: number, values: Partial<typeof persons.$inferInsert>, now: Date) {
  const [row] = await db
    .update(persons)
    .set({ ...values, version: sql`${persons.version} + 1`, updatedAt: now })
    .where(and(eq(persons.forceId, forceId), eq(persons.id, id), eq(persons.version, expectedVersion)))
    .returning();
  return row;
}

export async function bumpPersonVersion(db: Db, forceId: string, id: string, now: Date) {
  await db.update(persons).set({ version: sql`${persons.version} + 1`, updatedAt: now }).where(and(eq(persons.forceId, forceId), eq(persons.id, id)));
}

export async function findPersonNames(db: Db, forceId: string, personId: string) {
  return db.select().from(personNames).where(and(eq(personNames.forceId, forceId), eq(personNames.personId, personId))).orderBy(asc(personNames.id));
}

export async function insertPersonNames(db: Db, rows: (typeof personNames.$inferInsert)[]) {
  if (rows.length) await db.insert(personNames).values(rows);
}

export async function updatePrimaryName(db: Db, forceId: string, personId: string, values: Partial<typeof personNames.$inferInsert>) {
  await db.update(personNames).set(values).where(and(eq(personNames.forceId, forceId), eq(personNames.personId, personId), eq(personNames.kind, 'primary')));
}

export async function setNamesDateOfBirth(db: Db, forceId: string, personId: string, dateOfBirth: string | null) {
  await db.update(personNames).set({ dateOfBirth }).where(and(eq(personNames.forceId, forceId), eq(personNames.personId, personId)));
}

export async function deleteAlias(db: Db, forceId: string, personId: string, aliasId: string) {
  const rows = await db
    .delete(personNames)
    .where(and(eq(personNames.forceId, forceId), eq(personNames.personId, personId), eq(personNames.id, aliasId), sql`${personNames.kind} <> 'primary'`))
    .returning();
  if (rows.length === 0) throw problem('not-found', 'No such alias on this person.');
  return rows[0];
}

export async function findPhones(db: Db, forceId: string, personId: string) {
  return db.select().from(personPhones).where(and(eq(personPhones.forceId, forceId), eq(personPhones.personId, personId))).orderBy(asc(personPhones.createdAt));
}

export async function insertPhones(db: Db, rows: (typeof personPhones.$inferInsert)[]) {
  if (rows.length) await db.insert(personPhones).values(rows);
}

export async function deletePhone(db: Db, forceId: string, personId: string, phoneId: string) {
  const rows = await db
    .delete(personPhones)
    .where(and(eq(personPhones.forceId, forceId), eq(personPhones.personId, personId), eq(personPhones.id, phoneId)))
    .returning();
  if (rows.length === 0) throw problem('not-found', 'No such phone number on this person.');
  return rows[0];
}

export async function findAddresses(db: Db, forceId: string, personId: string) {
  return db
    .select({ address: personAddresses, location: locations })
    .from(personAddresses)
    .innerJoin(locations, and(eq(locations.forceId, personAddresses.forceId), eq(locations.id, personAddresses.locationId)))
    .where(and(eq(personAddresses.forceId, forceId), eq(personAddresses.personId, personId)))
    .orderBy(sql`${personAddresses.toDate} is null desc`, desc(personAddresses.fromDate));
}

export async function insertAddress(db: Db, values: typeof personAddresses.$inferInsert) {
  const [row] = await db.insert(personAddresses).values(values).returning();
  return row;
}

export async function endAddress(db: Db, forceId: string, personId: string, addressId: string, toDate: string) {
  const [row] = await db
    .update(personAddresses)
    .set({ toDate })
    .where(and(eq(personAddresses.forceId, forceId), eq(personAddresses.personId, personId), eq(personAddresses.id, addressId)))
    .returning();
  if (!row) throw problem('not-found', 'No such address on this person.');
  return row;
}

export async function findMarkers(db: Db, forceId: string, personIds: string[]) {
  if (personIds.length === 0) return [];
  return db.select().from(warningMarkers).where(and(eq(warningMarkers.forceId, forceId), inArray(warningMarkers.personId, personIds)));
}

export async function insertMarker(db: Db, values: typeof warningMarkers.$inferInsert) {
  const [row] = await db.insert(warningMarkers).values(values).returning();
  return row;
}

export async function getMarker(db: Db, forceId: string, personId: string, markerId: string) {
  const [row] = await db
    .select()
    .from(warningMarkers)
    .where(and(eq(warningMarkers.forceId, forceId), eq(warningMarkers.personId, personId), eq(warningMarkers.id, markerId)));
  if (!row) throw problem('not-found', 'No such warning marker on this person.');
  return row;
}

export async function endMarker(db: Db, marker: MarkerRow, values: { endedAt: Date; endedBy: string; endReason: string }) {
  const [row] = await db
    .update(warningMarkers)
    .set(values)
    .where(and(eq(warningMarkers.forceId, marker.forceId), eq(warningMarkers.id, marker.id)))
    .returning();
  return row;
}

export async function findLinksOfPerson(db: Db, forceId: string, personId: string) {
  return db
    .select({ link: poleLinks, event: events, object: objects, location: locations })
    .from(poleLinks)
    .leftJoin(events, and(eq(events.forceId, poleLinks.forceId), eq(events.id, poleLinks.eventId)))
    .leftJoin(objects, and(eq(objects.forceId, poleLinks.forceId), eq(objects.id, poleLinks.objectId)))
    .leftJoin(locations, and(eq(locations.forceId, poleLinks.forceId), eq(locations.id, poleLinks.locationId)))
    .where(and(eq(poleLinks.forceId, forceId), eq(poleLinks.personId, personId)))
    .orderBy(desc(poleLinks.createdAt));
}

export async function isOnAccessList(db: Db, forceId: string, personId: string, userId: string): Promise<boolean> {
  const rows = await db
    .select({ userId: personAccess.userId })
    .from(personAccess)
    .where(and(eq(personAccess.forceId, forceId), eq(personAccess.personId, personId), eq(personAccess.userId, userId)))
    .limit(1);
  return rows.length > 0;
}

/** Of the given restricted persons, those whose access list includes the user. */

export async function findAccessList(db: Db, forceId: string, personId: string) {
  return db
    .select({ userId: users.id, username: users.username, displayName: users.displayName })
    .from(personAccess)
    .innerJoin(users, and(eq(users.forceId, personAccess.forceId), eq(users.id, personAccess.userId)))
    .where(and(eq(personAccess.forceId, forceId), eq(personAccess.personId, personId)));
}

export async function replaceAccessList(db: Db, forceId: string, personId: string, userIds: string[], grantedBy: string) {
  await db.delete(personAccess).where(and(eq(personAccess.forceId, forceId), eq(personAccess.personId, personId)));
  if (userIds.length) await db.insert(personAccess).values(userIds.map((userId) => ({ forceId, personId, userId, grantedBy })));
}

export async function findMergesInto(db: Db, forceId: string, survivorId: string) {
  return db
    .select({ merge: personMerges, merged: persons })
    .from(personMerges)
    .innerJoin(persons, and(eq(persons.forceId, personMerges.forceId), eq(persons.id, personMerges.mergedId)))
    .where(and(eq(personMerges.forceId, forceId), eq(personMerges.survivorId, survivorId), isNull(personMerges.undoneAt)));
}

export async function getMerge(db: Db, forceId: string, mergeId: string) {
  const [row] = await db.select().from(personMerges).where(and(eq(personMerges.forceId, forceId), eq(personMerges.id, mergeId)));
  if (!row) throw problem('not-found', 'No such merge in your force.');
  return row;
}


/** Tables whose rows belong to one person and move with a merge. */
export const PERSON_OWNED = {
  person_names: personNames,
  person_phones: personPhones,
  person_addresses: personAddresses,
  warning_markers: warningMarkers,
  pole_links: poleLinks,
} as const;
export type PersonOwnedTable = keyof typeof PERSON_OWNED;

export async function idsOwnedBy(db: Db, table: PersonOwnedTable, forceId: string, personId: string): Promise<string[]> {
  const t = PERSON_OWNED[table];
  const rows = await db.select({ id: t.id }).from(t).where(and(eq(t.forceId, forceId), eq(t.personId, personId)));
  return rows.map((r) => r.id);
}

export async function moveOwnedRows(db: Db, table: PersonOwnedTable, forceId: string, ids: string[], toPersonId: string) {
  if (ids.length === 0) return;
  const t = PERSON_OWNED[table];
  await db.update(t).set({ personId: toPersonId }).where(and(eq(t.forceId, forceId), inArray(t.id, ids)));
}

/** Rows of a module table whose person column holds `personId`. */
export async function idsReferencing(db: Db, column: PersonColumn, forceId: string, personId: string): Promise<string[]> {
  const rows = await db.select({ id: column.id }).from(column.table).where(and(eq(column.forceId, forceId), eq(column.person, personId)));
  return rows.map((r) => String(r.id));
}

export async function repointPersonColumn(db: Db, column: PersonColumn, forceId: string, ids: string[], toPersonId: string) {
  if (ids.length === 0) return;
  const key = Object.entries(getTableColumns(column.table)).find(([, c]) => c === column.person)?.[0];
  if (!key) throw new Error(`person column ${column.person.name} is not a column of its table`);
  await db.update(column.table).set({ [key]: toPersonId }).where(and(eq(column.forceId, forceId), inArray(column.id, ids)));
}

export async function setNameKind(db: Db, forceId: string, ids: string[], kind: string) {
  if (ids.length) await db.update(personNames).set({ kind }).where(and(eq(personNames.forceId, forceId), inArray(personNames.id, ids)));
}

export async function setNamesDateOfBirthByIds(db: Db, forceId: string, ids: string[], dateOfBirth: string | null) {
  if (ids.length) await db.update(personNames).set({ dateOfBirth }).where(and(eq(personNames.forceId, forceId), inArray(personNames.id, ids)));
}

export async function insertMerge(db: Db, values: typeof personMerges.$inferInsert) {
  const [row] = await db.insert(personMerges).values(values).returning();
  return row;
}

export async function markMergeUndone(db: Db, forceId: string, mergeId: string, by: string, at: Date) {
  await db.update(personMerges).set({ undoneBy: by, undoneAt: at }).where(and(eq(personMerges.forceId, forceId), eq(personMerges.id, mergeId)));
}

export async function setMergedInto(db: Db, forceId: string, personId: string, mergedIntoId: string | null, now: Date) {
  await db
    .update(persons)
    .set({ mergedIntoId, version: sql`${persons.version} + 1`, updatedAt: now })
    .where(and(eq(persons.forceId, forceId), eq(persons.id, personId)));
}

/** When each person was a victim: every POLE victim link (crimes and other events), dated by its event. */
export async function victimLinkDates(db: Db, forceId: string, personIds: readonly string[]): Promise<{ personId: string; at: Date }[]> {
  if (personIds.length === 0) return [];
  const rows = await db
    .select({ personId: poleLinks.personId, at: sql<Date>`coalesce(${events.occurredAt}, ${poleLinks.createdAt})`.mapWith((v: string | Date) => new Date(v)) })
    .from(poleLinks)
    .leftJoin(events, and(eq(events.forceId, poleLinks.forceId), eq(events.id, poleLinks.eventId)))
    .where(and(eq(poleLinks.forceId, forceId), inArray(poleLinks.personId, [...personIds]), eq(poleLinks.role, 'victim')));
  return rows.map((r) => ({ personId: r.personId as string, at: r.at }));
}

/** For the auditor: a person by exact reference, or the people whose "forenames surname" contains the text (merged ones included). */
export async function personIdsMatching(db: Db, forceId: string, text: string, limit = 50): Promise<string[]> {
  const byReference = await db.select({ id: persons.id }).from(persons).where(and(eq(persons.forceId, forceId), eq(sql`upper(${persons.reference})`, text.toUpperCase()))).limit(1);
  if (byReference.length > 0) return byReference.map((r) => r.id);
  const pattern = `%${likeEscape(text.toLowerCase())}%`;
  const rows = await db
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.forceId, forceId), sql`lower(${persons.forenames} || ' ' || ${persons.surname}) like ${pattern}`))
    .limit(limit);
  return rows.map((r) => r.id);
}
