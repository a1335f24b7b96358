import { and, arrayContains, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/connect.js';
import { problem } from '../../platform/http/problems.js';
import { locations, poleLinks, warningMarkers } from '../../platform/pole/schema.js';
import { tasks } from '../../platform/tasks/schema.js';
import { referenceTarget } from '../../platform/db/referenced.js';
import { incidents } from '../incidents/schema.js';
import { crimeAuditItems, crimeAudits, crimeHistory, crimePersons, crimes } from './schema.js';

export type CrimeRow = typeof crimes.$inferSelect;
export type CrimeHistoryRow = typeof crimeHistory.$inferSelect;
export type AuditRow = typeof crimeAudits.$inferSelect;
export type AuditItemRow = typeof crimeAuditItems.$inferSelect;
export type LocationRow = typeof locations.$inferSelect;

/** The control-room incident a crime is recorded from (a reference checked by the platform's requireReferenced). */
export const INCIDENT_TARGET = referenceTarget(incidents, 'incident');

export async function getCrime(db: Db, forceId: string, id: string): Promise<CrimeRow> {
  const [row] = await db.select().from(crimes).where(and(eq(crimes.forceId, forceId), eq(crimes.id, id))).limit(1);
  if (!row) throw problem('not-found', 'No such crime in your force.');
  return row;
}

export async function lockCrime(db: Db, forceId: string, id: string): Promise<CrimeRow> {
  const [row] = await db.select().from(crimes).where(and(eq(crimes.forceId, forceId), eq(crimes.id, id))).for('update').limit(1);
  if (!row) throw problem('not-found', 'No such crime in your force.');
  return row;
}

export async function findCrimeByReference(db: Db, forceId: string, reference: string) {
  const [row] = await db.select({ id: crimes.id }).from(crimes).where(and(eq(crimes.forceId, forceId), eq(crimes.reference, reference))).limit(1);
  return row ?? null;
}

export async function insertCrime(db: Db, values: typeof crimes.$inferInsert): Promise<CrimeRow> {
  const [row] = await db.insert(crimes).values(values).returning();
  return row;
}

/** Applies a change only at the expected version; null when someone changed it first. */
export async function updateCrimeAtVersion(db: Db, crime: CrimeRow, expectedVersion: number, values: Partial<typeof crimes.$inferInsert>, now: Date) {
  const [row] = await db
    .update(crimes)
    .set({ ...values, version: crime.version + 1, updatedAt: now })
    .where(and(eq(crimes.forceId, crime.forceId), eq(crimes.id, crime.id), eq(crimes.version, expectedVersion)))
    .returning();
  return row ?? null;
}

/** Facts derived while recording (victim assessment), written before the crime is first shown. */
export async function setVictimFacts(db: Db, crime: CrimeRow, values: { vulnerableVictim: boolean; repeatVictim: boolean; flags: string[] }): Promise<CrimeRow> {
  const [row] = await db.update(crimes).set(values).where(and(eq(crimes.forceId, crime.forceId), eq(crimes.id, crime.id))).returning();
  return row;
}

export async function findLocation(db: Db, forceId: string, id: string): Promise<LocationRow | null> {
  const [row] = await db.select().from(locations).where(and(eq(locations.forceId, forceId), eq(locations.id, id))).limit(1);
  return row ?? null;
}

export async function insertCrimePerson(db: Db, values: typeof crimePersons.$inferInsert) {
  const [row] = await db.insert(crimePersons).values(values).returning();
  return row;
}

export async function insertPoleLink(db: Db, values: typeof poleLinks.$inferInsert) {
  const [row] = await db.insert(poleLinks).values(values).returning();
  return row;
}

/**
 * The people on crimes: the crime's own facts about them (role, vulnerability) and the person id only. Names, dates
 * of birth and markers reach a response through the platform's personRefs (DESIGN §10), never from here.
 */
export async function findCrimePersons(db: Db, forceId: string, crimeIds: string[]) {
  if (crimeIds.length === 0) return [];
  const rows = await db
    .select({ crimePerson: crimePersons, personId: poleLinks.personId })
    .from(crimePersons)
    .innerJoin(poleLinks, and(eq(poleLinks.forceId, crimePersons.forceId), eq(poleLinks.id, crimePersons.linkId)))
    .where(and(eq(crimePersons.forceId, forceId), inArray(crimePersons.crimeId, crimeIds), isNull(poleLinks.endedAt), isNotNull(poleLinks.personId)))
    .orderBy(asc(crimePersons.createdAt), asc(crimePersons.id));
  return rows.map((r) => ({ crimePerson: r.crimePerson, personId: r.personId! }));
}

export async function findActiveMarkerCodes(db: Db, forceId: string, personId: string): Promise<string[]> {
  const rows = await db
    .select({ code: warningMarkers.code })
    .from(warningMarkers)
    .where(and(eq(warningMarkers.forceId, forceId), eq(warningMarkers.personId, personId), isNull(warningMarkers.endedAt)));
  return rows.map((r) => r.code);
}

export async function insertHistory(db: Db, values: typeof crimeHistory.$inferInsert) {
  await db.insert(crimeHistory).values(values);
}

export async function findHistory(db: Db, forceId: string, crimeId: string): Promise<CrimeHistoryRow[]> {
  return db.select().from(crimeHistory).where(and(eq(crimeHistory.forceId, forceId), eq(crimeHistory.crimeId, crimeId))).orderBy(asc(crimeHistory.at), asc(crimeHistory.id));
}

export type CrimeFilter = {
  forceId: string;
  reference?: string;
  personId?: string;
  codes?: string[];
  district?: string;
  status?: string;
  from?: Date;
  to?: Date;
  flags?: string[];
  vulnerableVictim?: boolean;
  after?: [string, string];
};

function crimeCondition(f: CrimeFilter): SQL | undefined {
  const where: (SQL | undefined)[] = [eq(crimes.forceId, f.forceId)];
  if (f.reference) where.push(eq(crimes.reference, f.reference.toUpperCase()));
  if (f.codes) where.push(inArray(crimes.classificationCode, f.codes));
  if (f.district) where.push(eq(crimes.district, f.district));
  if (f.status) where.push(eq(crimes.status, f.status));
  if (f.from) where.push(gte(crimes.committedFrom, f.from));
  if (f.to) where.push(lt(crimes.committedFrom, f.to));
  if (f.flags && f.flags.length > 0) where.push(arrayContains(crimes.flags, f.flags));
  if (f.vulnerableVictim !== undefined) where.push(eq(crimes.vulnerableVictim, f.vulnerableVictim));
  if (f.personId) {
    where.push(sql`exists (select 1 from ${crimePersons} cp join ${poleLinks} pl on pl.force_id = cp.force_id and pl.id = cp.link_id
      where cp.force_id = ${crimes.forceId} and cp.crime_id = ${crimes.id} and pl.person_id = ${f.personId})`);
  }
  return and(...where);
}

export async function listCrimeRows(db: Db, f: CrimeFilter, limit: number): Promise<CrimeRow[]> {
  const where: (SQL | undefined)[] = [crimeCondition(f)];
  if (f.after) {
    const [recordedAt, id] = f.after;
    where.push(or(lt(crimes.recordedAt, new Date(recordedAt)), and(eq(crimes.recordedAt, new Date(recordedAt)), lt(crimes.id, id))));
  }
  return db.select().from(crimes).where(and(...where)).orderBy(desc(crimes.recordedAt), desc(crimes.id)).limit(limit);
}

/** The true number of crimes matching the filters, whatever page is shown. */
export async function countCrimeRows(db: Db, f: CrimeFilter): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(crimes).where(crimeCondition(f));
  return Number(row?.n ?? 0);
}

export async function findLocationsByIds(db: Db, forceId: string, ids: string[]): Promise<LocationRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(locations).where(and(eq(locations.forceId, forceId), inArray(locations.id, ids)));
}

// --- timeliness

export async function countRecordedInWindow(db: Db, forceId: string, from: Date, to: Date) {
  const [row] = await db
    .select({
      recorded: sql<number>`count(*)::int`,
      inTime: sql<number>`count(*) filter (where ${crimes.recordedAt} <= ${crimes.reportedAt} + interval '24 hours')::int`,
      vulnerable: sql<number>`count(*) filter (where ${crimes.vulnerableVictim})::int`,
    })
    .from(crimes)
    .where(and(eq(crimes.forceId, forceId), gte(crimes.recordedAt, from), lt(crimes.recordedAt, to), inArray(crimes.status, ['recorded', 'transferred'])));
  return row;
}

export const CRIME_DECISION_TASK = 'crime-recording-decision';

export async function openDecisionTaskDueTimes(db: Db, forceId: string): Promise<Date[]> {
  const rows = await db
    .select({ dueAt: tasks.dueAt })
    .from(tasks)
    .where(and(eq(tasks.forceId, forceId), eq(tasks.kind, CRIME_DECISION_TASK), eq(tasks.status, 'open')));
  return rows.map((r) => r.dueAt);
}

export async function findTask(db: Db, forceId: string, id: string) {
  const [row] = await db.select().from(tasks).where(and(eq(tasks.forceId, forceId), eq(tasks.id, id))).for('update').limit(1);
  return row ?? null;
}

// --- the incident a crime comes from

/** The incident's reference and closing answer, or null when the force has no such incident. */
export async function findIncidentRef(db: Db, forceId: string, id: string) {
  const [row] = await db.select({ id: incidents.id, reference: incidents.reference, crimeDisclosed: incidents.crimeDisclosed })
    .from(incidents).where(and(eq(incidents.forceId, forceId), eq(incidents.id, id))).limit(1);
  return row ?? null;
}

export async function findIncidentByReference(db: Db, forceId: string, reference: string) {
  const [row] = await db.select({ id: incidents.id, reference: incidents.reference, crimeDisclosed: incidents.crimeDisclosed })
    .from(incidents).where(and(eq(incidents.forceId, forceId), eq(incidents.reference, reference))).limit(1);
  return row ?? null;
}

/** The crimes recorded from or linked to an incident, oldest first. */
export async function findCrimesOfIncident(db: Db, forceId: string, incidentId: string): Promise<CrimeRow[]> {
  return db.select().from(crimes).where(and(eq(crimes.forceId, forceId), eq(crimes.incidentId, incidentId))).orderBy(asc(crimes.recordedAt), asc(crimes.id));
}

/** The incident's crime-recording-decision tasks, newest first; `lock` takes them for update (to complete them). */
export async function findDecisionTasks(db: Db, forceId: string, incidentId: string, options: { openOnly?: boolean; lock?: boolean } = {}) {
  const where = and(
    eq(tasks.forceId, forceId), eq(tasks.kind, CRIME_DECISION_TASK), eq(tasks.entityType, 'incident'), eq(tasks.entityId, incidentId),
    options.openOnly ? eq(tasks.status, 'open') : undefined,
  );
  const select = db.select().from(tasks).where(where).orderBy(desc(tasks.createdAt), desc(tasks.id));
  return options.lock ? select.for('update') : select;
}

// --- audits

export async function insertAudit(db: Db, values: typeof crimeAudits.$inferInsert) {
  const [row] = await db.insert(crimeAudits).values(values).returning();
  return row;
}

export async function insertAuditItems(db: Db, rows: (typeof crimeAuditItems.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(crimeAuditItems).values(rows);
}

export async function getAudit(db: Db, forceId: string, id: string): Promise<AuditRow> {
  const [row] = await db.select().from(crimeAudits).where(and(eq(crimeAudits.forceId, forceId), eq(crimeAudits.id, id))).limit(1);
  if (!row) throw problem('not-found', 'No such audit in your force.');
  return row;
}

export async function findAuditItems(db: Db, forceId: string, auditId: string): Promise<AuditItemRow[]> {
  return db.select().from(crimeAuditItems).where(and(eq(crimeAuditItems.forceId, forceId), eq(crimeAuditItems.auditId, auditId))).orderBy(asc(crimeAuditItems.position));
}

export async function getAuditItem(db: Db, forceId: string, auditId: string, id: string): Promise<AuditItemRow> {
  const [row] = await db.select().from(crimeAuditItems)
    .where(and(eq(crimeAuditItems.forceId, forceId), eq(crimeAuditItems.auditId, auditId), eq(crimeAuditItems.id, id))).limit(1);
  if (!row) throw problem('not-found', 'No such item in this audit.');
  return row;
}

export async function updateAuditItemAtVersion(db: Db, item: AuditItemRow, expectedVersion: number, values: Partial<typeof crimeAuditItems.$inferInsert>) {
  const [row] = await db.update(crimeAuditItems).set({ ...values, version: item.version + 1 })
    .where(and(eq(crimeAuditItems.forceId, item.forceId), eq(crimeAuditItems.id, item.id), eq(crimeAuditItems.version, expectedVersion))).returning();
  return row ?? null;
}

export async function updateAuditAtVersion(db: Db, audit: AuditRow, expectedVersion: number, values: Partial<typeof crimeAudits.$inferInsert>, now: Date) {
  const [row] = await db.update(crimeAudits).set({ ...values, version: audit.version + 1, updatedAt: now })
    .where(and(eq(crimeAudits.forceId, audit.forceId), eq(crimeAudits.id, audit.id), eq(crimeAudits.version, expectedVersion))).returning();
  return row ?? null;
}

export async function listAuditRows(db: Db, forceId: string): Promise<AuditRow[]> {
  return db.select().from(crimeAudits).where(eq(crimeAudits.forceId, forceId)).orderBy(desc(crimeAudits.periodTo), desc(crimeAudits.id)).limit(200);
}

/** The sampling frame: crimes recorded in the period (with their DA flag and class) … */
export async function crimeFrame(db: Db, forceId: string, from: Date, to: Date) {
  return db
    .select({ id: crimes.id, reference: crimes.reference, code: crimes.classificationCode, flags: crimes.flags, reportedAt: crimes.reportedAt, recordedAt: crimes.recordedAt, incidentId: crimes.incidentId })
    .from(crimes)
    .where(and(eq(crimes.forceId, forceId), gte(crimes.reportedAt, from), lt(crimes.reportedAt, to)))
    .orderBy(asc(crimes.id));
}

/** … and the control room's crime-recording decisions raised in the period (a crime was disclosed). */
export async function decisionTaskFrame(db: Db, forceId: string, from: Date, to: Date) {
  return db
    .select({ id: tasks.id, title: tasks.title, entityId: tasks.entityId, createdAt: tasks.createdAt, dueAt: tasks.dueAt })
    .from(tasks)
    .where(and(eq(tasks.forceId, forceId), eq(tasks.kind, CRIME_DECISION_TASK), gte(tasks.createdAt, from), lt(tasks.createdAt, to)))
    .orderBy(asc(tasks.id));
}

// --- police.uk export

export async function crimesForExport(db: Db, forceId: string, from: Date, to: Date, withOutcomeOnly = false) {
  return db
    .select({
      id: crimes.id, code: crimes.classificationCode, recordedAt: crimes.recordedAt, outcome: crimes.outcome,
      latitude: locations.latitude, longitude: locations.longitude,
    })
    .from(crimes)
    .leftJoin(locations, and(eq(locations.forceId, crimes.forceId), eq(locations.id, crimes.locationId)))
    .where(and(eq(crimes.forceId, forceId), eq(crimes.status, 'recorded'), gte(crimes.recordedAt, from), lt(crimes.recordedAt, to), withOutcomeOnly ? isNotNull(crimes.outcome) : undefined))
    .orderBy(asc(crimes.recordedAt), asc(crimes.id));
}

/** Candidate anonymous map points: street centres, and the centre of each town's beat, with how many postal addresses each covers. */
export async function mapPointCandidates(db: Db, forceId: string) {
  const located = and(eq(locations.forceId, forceId), sql`${locations.latitude} is not null`);
  const centre = {
    district: sql<string | null>`min(${locations.district})`,
    beat: sql<string | null>`min(${locations.beat})`,
    latitude: sql<number>`avg(${locations.latitude})`.mapWith(Number),
    longitude: sql<number>`avg(${locations.longitude})`.mapWith(Number),
    addresses: sql<number>`count(*)`.mapWith(Number),
  };
  const streets = await db.select({ label: sql<string>`${locations.street}`, town: locations.town, ...centre }).from(locations)
    .where(and(located, sql`${locations.street} is not null`)).groupBy(locations.street, locations.town);
  const beats = await db.select({ label: sql<string>`coalesce(${locations.town}, ${locations.district}, 'unknown place')`, town: locations.town, ...centre }).from(locations)
    .where(located).groupBy(locations.town, locations.district, locations.beat);
  return [...streets.map((s) => ({ ...s, kind: 'street' as const })), ...beats.map((b) => ({ ...b, kind: 'area' as const }))];
}
