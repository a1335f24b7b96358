import { and, asc, desc, eq, gte, inArray, isNull, lte, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/connect.js';
import { forcePrefix, nextSequence } from '../../platform/db/references.js';
import { problem } from '../../platform/http/problems.js';
import { locations, persons, warningMarkers } from '../../platform/pole/schema.js';
import { tasks } from '../../platform/tasks/schema.js';
import { DEFAULT_SETTINGS, UNRESOLVED_STATUSES, VICTIM_ROLES, type ControlRoomSettings } from './rules.js';
import {
  appointmentSlots, controlRoomSettings, incidentAssignments, incidentGradings, incidentLog, incidentPersons, incidentReviews, incidents,
  questionSets, units,
} from './schema.js';

export type IncidentRow = typeof incidents.$inferSelect;
export type NewIncidentRow = typeof incidents.$inferInsert;
export type IncidentChanges = Partial<Omit<NewIncidentRow, 'forceId' | 'id' | 'version' | 'createdAt'>>;
export type UnitRow = typeof units.$inferSelect;
export type SlotRow = typeof appointmentSlots.$inferSelect;
export type QuestionSetRow = typeof questionSets.$inferSelect;

// --- incidents -------------------------------------------------------------------------------

export async function getIncident(db: Db, forceId: string, id: string, options: { lock?: boolean } = {}): Promise<IncidentRow> {
  const query = db.select().from(incidents).where(and(eq(incidents.forceId, forceId), eq(incidents.id, id))).limit(1);
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row) throw problem('not-found', 'No such incident');
  return row;
}

export async function insertIncident(db: Db, values: NewIncidentRow): Promise<IncidentRow> {
  const [row] = await db.insert(incidents).values(values).returning();
  return row;
}

/** Applies changes and bumps the version; with `atVersion`, only if the row is still at that version. */
export async function updateIncident(db: Db, forceId: string, id: string, changes: IncidentChanges, now: Date, atVersion?: number): Promise<IncidentRow | undefined> {
  const where = [eq(incidents.forceId, forceId), eq(incidents.id, id)];
  if (atVersion !== undefined) where.push(eq(incidents.version, atVersion));
  const [row] = await db.update(incidents).set({ ...changes, version: sql`${incidents.version} + 1`, updatedAt: now }).where(and(...where)).returning();
  return row;
}

/** HT/INC/YYMMDD/NNNN: a daily series per force. */
export async function nextIncidentReference(db: Db, forceId: string, londonDay: string): Promise<string> {
  const day = londonDay.slice(2).replace(/-/g, '');
  const [prefix, n] = [await forcePrefix(db, forceId), await nextSequence(db, forceId, `INC/${day}`)];
  return `${prefix}/INC/${day}/${String(n).padStart(4, '0')}`;
}

export async function findLocation(db: Db, forceId: string, id: string) {
  const [row] = await db.select().from(locations).where(and(eq(locations.forceId, forceId), eq(locations.id, id))).limit(1);
  return row;
}

// --- people ----------------------------------------------------------------------------------

/** Which of these people exist in the force and whether each was merged away (for attaching): ids only, never names. */
export async function findPersonsByIds(db: Db, forceId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: persons.id, mergedIntoId: persons.mergedIntoId })
    .from(persons)
    .where(and(eq(persons.forceId, forceId), inArray(persons.id, [...ids])));
}

export async function insertIncidentPersons(db: Db, rows: (typeof incidentPersons.$inferInsert)[]) {
  if (rows.length === 0) return;
  await db.insert(incidentPersons).values(rows).onConflictDoNothing();
}

export async function listIncidentPersons(db: Db, forceId: string, incidentId: string) {
  return db
    .select({ linkId: incidentPersons.id, personId: incidentPersons.personId, role: incidentPersons.role, addedAt: incidentPersons.addedAt })
    .from(incidentPersons)
    .where(and(eq(incidentPersons.forceId, forceId), eq(incidentPersons.incidentId, incidentId)))
    .orderBy(asc(incidentPersons.addedAt));
}

export async function activeMarkersOf(db: Db, forceId: string, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return db
    .select({ personId: warningMarkers.personId, code: warningMarkers.code })
    .from(warningMarkers)
    .where(and(eq(warningMarkers.forceId, forceId), inArray(warningMarkers.personId, [...personIds]), isNull(warningMarkers.endedAt)));
}

/** Dates of other incidents in which each person was a victim since `since` (STANDARDS §2 C3: by person, not phone or address). */
export async function priorVictimIncidentDates(db: Db, forceId: string, personIds: readonly string[], since: Date, excludeIncidentId: string) {
  if (personIds.length === 0) return [];
  return db
    .selectDistinct({ personId: incidentPersons.personId, incidentId: incidents.id, at: incidents.createdAt })
    .from(incidentPersons)
    .innerJoin(incidents, and(eq(incidents.forceId, incidentPersons.forceId), eq(incidents.id, incidentPersons.incidentId)))
    .where(and(
      eq(incidentPersons.forceId, forceId),
      inArray(incidentPersons.personId, [...personIds]),
      inArray(incidentPersons.role, [...VICTIM_ROLES, 'caller']),
      ne(incidentPersons.incidentId, excludeIncidentId),
      gte(incidents.createdAt, since),
    ));
}

export async function priorLocationIncidentDates(db: Db, forceId: string, locationId: string, since: Date, excludeIncidentId: string): Promise<Date[]> {
  const rows = await db
    .select({ at: incidents.createdAt })
    .from(incidents)
    .where(and(eq(incidents.forceId, forceId), eq(incidents.locationId, locationId), ne(incidents.id, excludeIncidentId), gte(incidents.createdAt, since)));
  return rows.map((r) => r.at);
}

// --- narrative, gradings, reviews --------------------------------------------------------------

export async function insertLog(db: Db, row: typeof incidentLog.$inferInsert) {
  await db.insert(incidentLog).values(row);
}

export async function listLog(db: Db, forceId: string, incidentId: string) {
  return db.select().from(incidentLog).where(and(eq(incidentLog.forceId, forceId), eq(incidentLog.incidentId, incidentId))).orderBy(asc(incidentLog.at), asc(incidentLog.id));
}

export async function insertGrading(db: Db, row: typeof incidentGradings.$inferInsert) {
  await db.insert(incidentGradings).values(row);
}

export async function listGradings(db: Db, forceId: string, incidentId: string) {
  return db.select().from(incidentGradings).where(and(eq(incidentGradings.forceId, forceId), eq(incidentGradings.incidentId, incidentId))).orderBy(asc(incidentGradings.at), asc(incidentGradings.id));
}

export async function insertReview(db: Db, row: typeof incidentReviews.$inferInsert) {
  await db.insert(incidentReviews).values(row);
}

export async function listReviews(db: Db, forceId: string, incidentId: string) {
  return db.select().from(incidentReviews).where(and(eq(incidentReviews.forceId, forceId), eq(incidentReviews.incidentId, incidentId))).orderBy(asc(incidentReviews.at), asc(incidentReviews.id));
}

// --- units and assignments --------------------------------------------------------------------

export async function listUnits(db: Db, forceId: string): Promise<UnitRow[]> {
  return db.select().from(units).where(eq(units.forceId, forceId)).orderBy(asc(units.callSign));
}

export async function getUnit(db: Db, forceId: string, id: string, options: { lock?: boolean } = {}): Promise<UnitRow> {
  const query = db.select().from(units).where(and(eq(units.forceId, forceId), eq(units.id, id))).limit(1);
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row) throw problem('not-found', 'No such unit');
  return row;
}

export async function insertUnit(db: Db, values: typeof units.$inferInsert): Promise<UnitRow> {
  const [row] = await db.insert(units).values(values).returning();
  return row;
}

export async function updateUnit(db: Db, forceId: string, id: string, changes: Partial<typeof units.$inferInsert>, now: Date, atVersion?: number): Promise<UnitRow | undefined> {
  const where = [eq(units.forceId, forceId), eq(units.id, id)];
  if (atVersion !== undefined) where.push(eq(units.version, atVersion));
  const [row] = await db.update(units).set({ ...changes, version: sql`${units.version} + 1`, updatedAt: now }).where(and(...where)).returning();
  return row;
}

export async function insertAssignment(db: Db, row: typeof incidentAssignments.$inferInsert) {
  await db.insert(incidentAssignments).values(row);
}

export async function listAssignments(db: Db, forceId: string, incidentId: string) {
  return db
    .select({ assignment: incidentAssignments, callSign: units.callSign })
    .from(incidentAssignments)
    .innerJoin(units, and(eq(units.forceId, incidentAssignments.forceId), eq(units.id, incidentAssignments.unitId)))
    .where(and(eq(incidentAssignments.forceId, forceId), eq(incidentAssignments.incidentId, incidentId)))
    .orderBy(asc(incidentAssignments.assignedAt));
}

export async function openAssignment(db: Db, forceId: string, incidentId: string, unitId: string) {
  const [row] = await db
    .select()
    .from(incidentAssignments)
    .where(and(eq(incidentAssignments.forceId, forceId), eq(incidentAssignments.incidentId, incidentId), eq(incidentAssignments.unitId, unitId), isNull(incidentAssignments.clearedAt)))
    .limit(1);
  return row;
}

export async function updateAssignment(db: Db, forceId: string, id: string, changes: Partial<typeof incidentAssignments.$inferInsert>) {
  await db.update(incidentAssignments).set(changes).where(and(eq(incidentAssignments.forceId, forceId), eq(incidentAssignments.id, id)));
}

export async function countOpenAssignments(db: Db, forceId: string, incidentId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(incidentAssignments)
    .where(and(eq(incidentAssignments.forceId, forceId), eq(incidentAssignments.incidentId, incidentId), isNull(incidentAssignments.clearedAt)));
  return row.n;
}

// --- diary ------------------------------------------------------------------------------------

export async function listFreeSlots(db: Db, forceId: string, district: string, from: Date): Promise<SlotRow[]> {
  return db
    .select()
    .from(appointmentSlots)
    .where(and(eq(appointmentSlots.forceId, forceId), eq(appointmentSlots.district, district), gte(appointmentSlots.startsAt, from), isNull(appointmentSlots.incidentId)))
    .orderBy(asc(appointmentSlots.startsAt))
    .limit(100);
}

export async function getSlot(db: Db, forceId: string, id: string, options: { lock?: boolean } = {}): Promise<SlotRow> {
  const query = db.select().from(appointmentSlots).where(and(eq(appointmentSlots.forceId, forceId), eq(appointmentSlots.id, id))).limit(1);
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row) throw problem('not-found', 'No such appointment slot');
  return row;
}

export async function findSlot(db: Db, forceId: string, id: string | null): Promise<SlotRow | undefined> {
  if (!id) return undefined;
  const [row] = await db.select().from(appointmentSlots).where(and(eq(appointmentSlots.forceId, forceId), eq(appointmentSlots.id, id))).limit(1);
  return row;
}

export async function bookSlot(db: Db, forceId: string, id: string, changes: Pick<SlotRow, 'incidentId' | 'contactPreference' | 'bookedAt' | 'bookedBy'>) {
  await db.update(appointmentSlots).set(changes).where(and(eq(appointmentSlots.forceId, forceId), eq(appointmentSlots.id, id)));
}

export async function insertSlots(db: Db, rows: (typeof appointmentSlots.$inferInsert)[]): Promise<SlotRow[]> {
  return db.insert(appointmentSlots).values(rows).returning();
}

// --- question sets and settings ---------------------------------------------------------------

export async function findQuestionSet(db: Db, forceId: string, incidentType: string): Promise<QuestionSetRow | undefined> {
  const [row] = await db.select().from(questionSets).where(and(eq(questionSets.forceId, forceId), eq(questionSets.incidentType, incidentType))).limit(1);
  return row;
}

export async function findQuestionSetById(db: Db, forceId: string, id: string | null): Promise<QuestionSetRow | undefined> {
  if (!id) return undefined;
  const [row] = await db.select().from(questionSets).where(and(eq(questionSets.forceId, forceId), eq(questionSets.id, id))).limit(1);
  return row;
}

export async function listQuestionSets(db: Db, forceId: string): Promise<QuestionSetRow[]> {
  return db.select().from(questionSets).where(eq(questionSets.forceId, forceId)).orderBy(asc(questionSets.incidentType));
}

export async function insertQuestionSet(db: Db, values: typeof questionSets.$inferInsert): Promise<QuestionSetRow> {
  const [row] = await db.insert(questionSets).values(values).returning();
  return row;
}

/** Inserts a seed set unless the type has one: concurrent first requests of a force may both seed. */
export async function insertSeedQuestionSet(db: Db, values: typeof questionSets.$inferInsert): Promise<void> {
  await db.insert(questionSets).values(values).onConflictDoNothing({ target: [questionSets.forceId, questionSets.incidentType] });
}

export async function updateQuestionSet(db: Db, forceId: string, id: string, version: number, changes: Partial<typeof questionSets.$inferInsert>, now: Date) {
  const [row] = await db
    .update(questionSets)
    .set({ ...changes, version: sql`${questionSets.version} + 1`, updatedAt: now })
    .where(and(eq(questionSets.forceId, forceId), eq(questionSets.id, id), eq(questionSets.version, version)))
    .returning();
  return row;
}

const settingsCache = new WeakMap<object, Map<string, { at: number; settings: ControlRoomSettings }>>();
const SETTINGS_TTL_MS = 30_000;

/** The force's settings over the STANDARDS defaults; cached briefly per database because every write reads them. */
export async function settingsOf(db: Db, forceId: string): Promise<ControlRoomSettings> {
  let cache = settingsCache.get(db);
  if (!cache) settingsCache.set(db, (cache = new Map()));
  const hit = cache.get(forceId);
  if (hit && Date.now() - hit.at < SETTINGS_TTL_MS) return hit.settings;
  const [row] = await db.select().from(controlRoomSettings).where(eq(controlRoomSettings.forceId, forceId)).limit(1);
  const settings = { ...DEFAULT_SETTINGS, ...(row?.settings ?? {}) };
  cache.set(forceId, { at: Date.now(), settings });
  return settings;
}

// --- queue, map, dashboard ----------------------------------------------------------------------

export type QueueFilter = { district?: string; grade?: string; flag?: string };

const FLAG_COLUMNS = {
  domesticAbuse: incidents.domesticAbuse, mentalHealth: incidents.mentalHealth, hate: incidents.hate, childInvolved: incidents.childInvolved,
  firearms: incidents.firearms, knownVulnerable: incidents.knownVulnerable, repeatVictim: incidents.repeatVictim, repeatLocation: incidents.repeatLocation,
} as const;

/** Only what a queue row shows: answers, resolution and closure fields stay in the database. */
const QUEUE_COLUMNS = {
  id: incidents.id, reference: incidents.reference, type: incidents.type, status: incidents.status, summary: incidents.summary, district: incidents.district,
  latitude: incidents.latitude, longitude: incidents.longitude, grade: incidents.grade, thrive: incidents.thrive, createdAt: incidents.createdAt,
  targetAt: incidents.targetAt, arrivedAt: incidents.arrivedAt, lastReviewedAt: incidents.lastReviewedAt, lastReviewedBy: incidents.lastReviewedBy,
  domesticAbuse: incidents.domesticAbuse, mentalHealth: incidents.mentalHealth, hate: incidents.hate, childInvolved: incidents.childInvolved,
  firearms: incidents.firearms, knownVulnerable: incidents.knownVulnerable, dangerousSuspect: incidents.dangerousSuspect, repeatVictim: incidents.repeatVictim,
  repeatVictimCount: incidents.repeatVictimCount, repeatLocation: incidents.repeatLocation, repeatLocationCount: incidents.repeatLocationCount,
};
export type QueueRow = { [K in keyof typeof QUEUE_COLUMNS]: IncidentRow[K] };

/** Every unresolved incident of the force matching the filters (the queue sorts them by risk in memory, with the clock). */
export async function listUnresolved(db: Db, forceId: string, filter: QueueFilter = {}): Promise<QueueRow[]> {
  const where: SQL[] = [eq(incidents.forceId, forceId), inArray(incidents.status, [...UNRESOLVED_STATUSES])];
  if (filter.district) where.push(eq(incidents.district, filter.district));
  if (filter.grade === 'ungraded') where.push(isNull(incidents.grade));
  else if (filter.grade) where.push(eq(incidents.grade, filter.grade));
  if (filter.flag && filter.flag in FLAG_COLUMNS) where.push(eq(FLAG_COLUMNS[filter.flag as keyof typeof FLAG_COLUMNS], true));
  return db.select(QUEUE_COLUMNS).from(incidents).where(and(...where));
}

export async function listOpenForMap(db: Db, forceId: string) {
  return db
    .select({ id: incidents.id, reference: incidents.reference, type: incidents.type, grade: incidents.grade, status: incidents.status, latitude: incidents.latitude, longitude: incidents.longitude, domesticAbuse: incidents.domesticAbuse })
    .from(incidents)
    .where(and(eq(incidents.forceId, forceId), ne(incidents.status, 'closed'), ne(incidents.status, 'resolved'), sql`${incidents.latitude} is not null`))
    .orderBy(desc(incidents.createdAt))
    .limit(2000);
}

/** Incidents created in the window, with only what the dashboard counts. */
export async function listForDashboard(db: Db, forceId: string, from: Date, to: Date) {
  return db
    .select({
      type: incidents.type, grade: incidents.grade, status: incidents.status, createdAt: incidents.createdAt, targetAt: incidents.targetAt,
      arrivedAt: incidents.arrivedAt, resolution: incidents.resolution, mentalHealth: incidents.mentalHealth, repeatVictim: incidents.repeatVictim,
      domesticAbuse: incidents.domesticAbuse, riskScore: incidents.riskScore, firstAssignedAt: incidents.firstAssignedAt,
    })
    .from(incidents)
    .where(and(eq(incidents.forceId, forceId), gte(incidents.createdAt, from), lte(incidents.createdAt, to)));
}

/** Unresolved incidents of any age, for the backlog. */
export async function listBacklog(db: Db, forceId: string) {
  return db
    .select({ createdAt: incidents.createdAt, riskScore: incidents.riskScore, domesticAbuse: incidents.domesticAbuse, status: incidents.status })
    .from(incidents)
    .where(and(eq(incidents.forceId, forceId), inArray(incidents.status, [...UNRESOLVED_STATUSES])));
}

/** Writes recomputed derived columns (flags, proposal, risk) without a version bump: they follow the change just made. */
export async function setDerivedColumns(db: Db, forceId: string, id: string, changes: IncidentChanges): Promise<IncidentRow> {
  const [row] = await db.update(incidents).set(changes).where(and(eq(incidents.forceId, forceId), eq(incidents.id, id))).returning();
  return row;
}

/** Re-assessment tasks already raised for these incidents (the scheduler must be safe to run twice). */
export async function listReassessmentTasks(db: Db, forceId: string, incidentIds: readonly string[]) {
  if (incidentIds.length === 0) return [];
  return db
    .select({ entityId: tasks.entityId, kind: tasks.kind, createdAt: tasks.createdAt })
    .from(tasks)
    .where(and(eq(tasks.forceId, forceId), eq(tasks.entityType, 'incident'), inArray(tasks.entityId, [...incidentIds]), sql`${tasks.kind} like 'incident-%'`));
}
