import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/connect.js';
import { problem } from '../../platform/http/problems.js';
import { users } from '../../platform/auth/schema.js';
import { persons, poleLinks } from '../../platform/pole/schema.js';
import { tasks } from '../../platform/tasks/schema.js';
import { crimePersons, crimes } from '../crimes/schema.js';
import {
  victimContactCrimes, victimContacts, victimContracts, victimEntitlements, victimReferrals, victimReviewRequests, victimStatements,
  victimSupportServices, victims, victimSurveys,
} from './schema.js';

export type VictimRow = typeof victims.$inferSelect;
export type ContractRow = typeof victimContracts.$inferSelect;
export type ContactRow = typeof victimContacts.$inferSelect;
export type EntitlementRow = typeof victimEntitlements.$inferSelect;
export type ReferralRow = typeof victimReferrals.$inferSelect;
export type ServiceRow = typeof victimSupportServices.$inferSelect;

const crimeColumns = {
  id: crimes.id, reference: crimes.reference, classificationCode: crimes.classificationCode, flags: crimes.flags, hateStrands: crimes.hateStrands,
  status: crimes.status, outcome: crimes.outcome, recordedBy: crimes.recordedBy, committedFrom: crimes.committedFrom, summary: crimes.summary,
};
const userColumns = { id: users.id, username: users.username, displayName: users.displayName, team: users.team };

export type CrimeForVictimCare = { id: string; reference: string; classificationCode: string; flags: string[]; hateStrands: string[]; status: string; outcome: string | null; recordedBy: string; committedFrom: Date; summary: string };

/** A crime is live for victim care while recorded and without an outcome; cancelled or transferred crimes drop out. */
export const isCrimeLive = (crime: { status: string; outcome: string | null }) => crime.status === 'recorded' && crime.outcome === null;

// ---------------------------------------------------------------- crimes (read-only joins)

export async function getCrimeForVictimCare(db: Db, forceId: string, crimeId: string): Promise<CrimeForVictimCare> {
  const [row] = await db.select(crimeColumns).from(crimes).where(and(eq(crimes.forceId, forceId), eq(crimes.id, crimeId))).limit(1);
  if (!row) throw problem('not-found', 'No such crime');
  return row;
}

/**
 * The victim link of a crime, with the person's id and the crime; null when it is not a victim of a crime of this
 * force. People are shown only through the platform's personRefs (DESIGN §10): persons is joined only to follow the
 * link, and only the id is selected.
 */
export async function findCrimeVictim(db: Db, forceId: string, crimePersonId: string) {
  const [row] = await db
    .select({ crimePersonId: crimePersons.id, role: crimePersons.role, crime: crimeColumns, personId: persons.id })
    .from(crimePersons)
    .innerJoin(crimes, and(eq(crimes.forceId, crimePersons.forceId), eq(crimes.id, crimePersons.crimeId)))
    .innerJoin(poleLinks, and(eq(poleLinks.forceId, crimePersons.forceId), eq(poleLinks.id, crimePersons.linkId)))
    .innerJoin(persons, and(eq(persons.forceId, poleLinks.forceId), eq(persons.id, poleLinks.personId)))
    .where(and(eq(crimePersons.forceId, forceId), eq(crimePersons.id, crimePersonId)))
    .limit(1);
  return row ?? null;
}

export function listCrimeVictims(db: Db, forceId: string, crimeId: string) {
  return db
    .select({ crimePersonId: crimePersons.id, personId: persons.id, victimId: victims.id })
    .from(crimePersons)
    .innerJoin(poleLinks, and(eq(poleLinks.forceId, crimePersons.forceId), eq(poleLinks.id, crimePersons.linkId)))
    .innerJoin(persons, and(eq(persons.forceId, poleLinks.forceId), eq(persons.id, poleLinks.personId)))
    .leftJoin(victims, and(eq(victims.forceId, crimePersons.forceId), eq(victims.crimePersonId, crimePersons.id)))
    .where(and(eq(crimePersons.forceId, forceId), eq(crimePersons.crimeId, crimeId), eq(crimePersons.role, 'victim')))
    .orderBy(asc(crimePersons.createdAt));
}

// ---------------------------------------------------------------- users

export async function findActiveOfficer(db: Db, forceId: string, userId: string) {
  const [row] = await db.select(userColumns).from(users).where(and(eq(users.forceId, forceId), eq(users.id, userId), eq(users.active, true))).limit(1);
  return row ?? null;
}

// ---------------------------------------------------------------- victims

export async function insertVictim(db: Db, values: typeof victims.$inferInsert): Promise<VictimRow> {
  const [row] = await db.insert(victims).values(values).returning();
  return row;
}

export async function getVictimRow(db: Db, forceId: string, id: string): Promise<VictimRow> {
  const [row] = await db.select().from(victims).where(and(eq(victims.forceId, forceId), eq(victims.id, id))).limit(1);
  if (!row) throw problem('not-found', 'No such victim record');
  return row;
}

export async function updateVictimAtVersion(db: Db, forceId: string, id: string, version: number, changes: Partial<typeof victims.$inferInsert>, now: Date) {
  const [row] = await db
    .update(victims)
    .set({ ...changes, version: sql`${victims.version} + 1`, updatedAt: now })
    .where(and(eq(victims.forceId, forceId), eq(victims.id, id), eq(victims.version, version)))
    .returning();
  return row;
}

/** Victim records with their crime and officer in the case (the person is `victim.personId`, shown through personRefs). */
function selectVictimSummaries(db: Db) {
  return db
    .select({ victim: victims, crime: crimeColumns, oic: userColumns })
    .from(victims)
    .innerJoin(crimes, and(eq(crimes.forceId, victims.forceId), eq(crimes.id, victims.crimeId)))
    .innerJoin(users, and(eq(users.forceId, victims.forceId), eq(users.id, victims.oicUserId)));
}
export type VictimSummaryRow = Awaited<ReturnType<typeof listVictimsOfPerson>>[number];

export async function getVictimSummary(db: Db, forceId: string, id: string) {
  const [row] = await selectVictimSummaries(db).where(and(eq(victims.forceId, forceId), eq(victims.id, id))).limit(1);
  if (!row) throw problem('not-found', 'No such victim record');
  return row;
}

export function listVictimsOfPerson(db: Db, forceId: string, personId: string) {
  return selectVictimSummaries(db).where(and(eq(victims.forceId, forceId), eq(victims.personId, personId))).orderBy(asc(victims.createdAt));
}

export function listVictimsById(db: Db, forceId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return selectVictimSummaries(db).where(and(eq(victims.forceId, forceId), inArray(victims.id, ids)));
}

/** Newest first; `after` is the (createdAt, id) of the last row of the previous page. */
export function listVictimsOfOfficer(db: Db, forceId: string, userId: string, limit: number, after?: [string, string]) {
  return selectVictimSummaries(db)
    .where(and(
      eq(victims.forceId, forceId), eq(victims.oicUserId, userId),
      after ? sql`(${victims.createdAt}, ${victims.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined,
    ))
    .orderBy(desc(victims.createdAt), desc(victims.id)).limit(limit);
}

/** How many victims the officer is officer in the case for, whatever page is shown. */
export async function countVictimsOfOfficer(db: Db, forceId: string, userId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(victims).where(and(eq(victims.forceId, forceId), eq(victims.oicUserId, userId)));
  return Number(row?.n ?? 0);
}

/** Next open entitlement due time per victim. */
export async function nextDueByVictim(db: Db, forceId: string, victimIds: string[]): Promise<Map<string, Date>> {
  if (victimIds.length === 0) return new Map();
  const rows = await db
    .select({ victimId: victimEntitlements.victimId, dueAt: sql<string>`min(${tasks.dueAt})` })
    .from(victimEntitlements)
    .innerJoin(tasks, and(eq(tasks.forceId, victimEntitlements.forceId), eq(tasks.id, victimEntitlements.taskId)))
    .where(and(eq(victimEntitlements.forceId, forceId), inArray(victimEntitlements.victimId, victimIds), eq(tasks.status, 'open')))
    .groupBy(victimEntitlements.victimId);
  return new Map(rows.map((r) => [r.victimId, new Date(r.dueAt)]));
}

// ---------------------------------------------------------------- contract

export async function insertContract(db: Db, values: typeof victimContracts.$inferInsert): Promise<ContractRow> {
  const [row] = await db.insert(victimContracts).values(values).returning();
  return row;
}

export async function findContract(db: Db, forceId: string, victimId: string): Promise<ContractRow | null> {
  const [row] = await db.select().from(victimContracts).where(and(eq(victimContracts.forceId, forceId), eq(victimContracts.victimId, victimId))).limit(1);
  return row ?? null;
}

export async function updateContractAtVersion(db: Db, contract: ContractRow, version: number, changes: Partial<typeof victimContracts.$inferInsert>, now: Date) {
  const [row] = await db
    .update(victimContracts)
    .set({ ...changes, version: sql`${victimContracts.version} + 1`, updatedAt: now })
    .where(and(eq(victimContracts.forceId, contract.forceId), eq(victimContracts.id, contract.id), eq(victimContracts.version, version)))
    .returning();
  return row;
}

// ---------------------------------------------------------------- entitlements

export async function insertEntitlement(db: Db, values: typeof victimEntitlements.$inferInsert): Promise<EntitlementRow> {
  const [row] = await db.insert(victimEntitlements).values(values).returning();
  return row;
}

const entitlementSelection = {
  entitlement: victimEntitlements,
  task: { id: tasks.id, kind: tasks.kind, status: tasks.status, version: tasks.version, dueAt: tasks.dueAt, completedAt: tasks.completedAt },
  contactedAt: victimContacts.contactedAt,
  contactMade: victimContacts.made,
};

function selectEntitlements(db: Db) {
  return db
    .select(entitlementSelection)
    .from(victimEntitlements)
    .innerJoin(tasks, and(eq(tasks.forceId, victimEntitlements.forceId), eq(tasks.id, victimEntitlements.taskId)))
    .leftJoin(victimContacts, and(eq(victimContacts.forceId, victimEntitlements.forceId), eq(victimContacts.id, victimEntitlements.contactId)));
}
export type EntitlementRecord = Awaited<ReturnType<typeof listEntitlements>>[number];

export function listEntitlements(db: Db, forceId: string, victimIds: string[]) {
  if (victimIds.length === 0) return Promise.resolve([]);
  return selectEntitlements(db)
    .where(and(eq(victimEntitlements.forceId, forceId), inArray(victimEntitlements.victimId, victimIds)))
    .orderBy(asc(victimEntitlements.dueAt), asc(victimEntitlements.id));
}

/** Locks the open entitlement tasks of these victims so two contacts cannot clear the same one. */
export function lockOpenEntitlements(db: Db, forceId: string, victimIds: string[]) {
  return db
    .select({ entitlement: victimEntitlements, task: tasks })
    .from(victimEntitlements)
    .innerJoin(tasks, and(eq(tasks.forceId, victimEntitlements.forceId), eq(tasks.id, victimEntitlements.taskId)))
    .where(and(eq(victimEntitlements.forceId, forceId), inArray(victimEntitlements.victimId, victimIds), eq(tasks.status, 'open')))
    .for('update', { of: tasks });
}

export async function setEntitlementContact(db: Db, forceId: string, ids: string[], contactId: string) {
  if (ids.length === 0) return;
  await db.update(victimEntitlements).set({ contactId }).where(and(eq(victimEntitlements.forceId, forceId), inArray(victimEntitlements.id, ids), isNull(victimEntitlements.contactId)));
}

/** Victims of live crimes with no open agreed-update entitlement (the update chain broke or never started). */
export function findVictimsWithoutOpenUpdate(db: Db, forceId: string, limit: number) {
  const openUpdate = db
    .select({ one: sql`1` })
    .from(victimEntitlements)
    .innerJoin(tasks, and(eq(tasks.forceId, victimEntitlements.forceId), eq(tasks.id, victimEntitlements.taskId)))
    .where(and(eq(victimEntitlements.forceId, victims.forceId), eq(victimEntitlements.victimId, victims.id), eq(victimEntitlements.event, 'update'), eq(tasks.status, 'open')));
  return db
    .select({ victim: victims, contract: victimContracts })
    .from(victims)
    .innerJoin(crimes, and(eq(crimes.forceId, victims.forceId), eq(crimes.id, victims.crimeId)))
    .leftJoin(victimContracts, and(eq(victimContracts.forceId, victims.forceId), eq(victimContracts.victimId, victims.id)))
    .where(and(eq(victims.forceId, forceId), eq(crimes.status, 'recorded'), isNull(crimes.outcome), sql`not exists (${openUpdate})`))
    .limit(limit);
}

/** The latest contact made with a victim (what the next agreed update counts from). */
export async function lastContactMade(db: Db, forceId: string, victimId: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: sql<string>`max(${victimContacts.contactedAt})` })
    .from(victimContactCrimes)
    .innerJoin(victimContacts, and(eq(victimContacts.forceId, victimContactCrimes.forceId), eq(victimContacts.id, victimContactCrimes.contactId)))
    .where(and(eq(victimContactCrimes.forceId, forceId), eq(victimContactCrimes.victimId, victimId), eq(victimContacts.made, true)));
  return row?.at ? new Date(row.at) : null;
}

// ---------------------------------------------------------------- contacts

export async function insertContact(db: Db, values: typeof victimContacts.$inferInsert, victimIds: string[]): Promise<ContactRow> {
  const [row] = await db.insert(victimContacts).values(values).returning();
  await db.insert(victimContactCrimes).values(victimIds.map((victimId) => ({ forceId: row.forceId, contactId: row.id, victimId })));
  return row;
}

/** Contacts that count for this victim record, each with every crime reference it counts for. */
export async function listContactsOfVictim(db: Db, forceId: string, victimId: string) {
  const counted = db.select({ contactId: victimContactCrimes.contactId }).from(victimContactCrimes)
    .where(and(eq(victimContactCrimes.forceId, forceId), eq(victimContactCrimes.victimId, victimId)));
  const rows = await db
    .select({ contact: victimContacts, recorder: users.displayName, crimeReference: crimes.reference })
    .from(victimContacts)
    .innerJoin(users, and(eq(users.forceId, victimContacts.forceId), eq(users.id, victimContacts.recordedBy)))
    .innerJoin(victimContactCrimes, and(eq(victimContactCrimes.forceId, victimContacts.forceId), eq(victimContactCrimes.contactId, victimContacts.id)))
    .innerJoin(victims, and(eq(victims.forceId, victimContactCrimes.forceId), eq(victims.id, victimContactCrimes.victimId)))
    .innerJoin(crimes, and(eq(crimes.forceId, victims.forceId), eq(crimes.id, victims.crimeId)))
    .where(and(eq(victimContacts.forceId, forceId), inArray(victimContacts.id, counted)))
    .orderBy(desc(victimContacts.contactedAt), asc(crimes.reference));
  const byId = new Map<string, { contact: ContactRow; recorder: string; crimeReferences: string[] }>();
  for (const r of rows) {
    const entry = byId.get(r.contact.id) ?? { contact: r.contact, recorder: r.recorder, crimeReferences: [] };
    entry.crimeReferences.push(r.crimeReference);
    byId.set(r.contact.id, entry);
  }
  return [...byId.values()];
}

// ---------------------------------------------------------------- VPS

export async function insertStatement(db: Db, values: typeof victimStatements.$inferInsert) {
  const [row] = await db.insert(victimStatements).values(values).returning();
  return row;
}

export function listStatements(db: Db, forceId: string, victimId: string) {
  return db.select().from(victimStatements).where(and(eq(victimStatements.forceId, forceId), eq(victimStatements.victimId, victimId))).orderBy(asc(victimStatements.at), asc(victimStatements.recordedAt));
}

// ---------------------------------------------------------------- support services and referrals

export async function insertServices(db: Db, rows: (typeof victimSupportServices.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(victimSupportServices).values(rows).onConflictDoNothing();
}

export function listServices(db: Db, forceId: string) {
  return db.select().from(victimSupportServices).where(eq(victimSupportServices.forceId, forceId)).orderBy(asc(victimSupportServices.name));
}

export async function insertService(db: Db, values: typeof victimSupportServices.$inferInsert): Promise<ServiceRow> {
  const [row] = await db.insert(victimSupportServices).values(values).returning();
  return row;
}

export async function insertReferral(db: Db, values: typeof victimReferrals.$inferInsert): Promise<ReferralRow> {
  const [row] = await db.insert(victimReferrals).values(values).returning();
  return row;
}

export async function getReferral(db: Db, forceId: string, id: string): Promise<ReferralRow> {
  const [row] = await db.select().from(victimReferrals).where(and(eq(victimReferrals.forceId, forceId), eq(victimReferrals.id, id))).limit(1);
  if (!row) throw problem('not-found', 'No such referral');
  return row;
}

export async function updateReferralAtVersion(db: Db, referral: ReferralRow, version: number, changes: Partial<typeof victimReferrals.$inferInsert>, now: Date) {
  const [row] = await db
    .update(victimReferrals)
    .set({ ...changes, version: sql`${victimReferrals.version} + 1`, updatedAt: now })
    .where(and(eq(victimReferrals.forceId, referral.forceId), eq(victimReferrals.id, referral.id), eq(victimReferrals.version, version)))
    .returning();
  return row;
}

export function listReferrals(db: Db, forceId: string, victimId: string) {
  return db
    .select({ referral: victimReferrals, serviceName: victimSupportServices.name })
    .from(victimReferrals)
    .innerJoin(victimSupportServices, and(eq(victimSupportServices.forceId, victimReferrals.forceId), eq(victimSupportServices.code, victimReferrals.serviceCode)))
    .where(and(eq(victimReferrals.forceId, forceId), eq(victimReferrals.victimId, victimId)))
    .orderBy(asc(victimReferrals.sentAt));
}

// ---------------------------------------------------------------- right to review and surveys

export async function insertReview(db: Db, values: typeof victimReviewRequests.$inferInsert) {
  const [row] = await db.insert(victimReviewRequests).values(values).returning();
  return row;
}

export function listReviews(db: Db, forceId: string, victimId: string) {
  return db.select().from(victimReviewRequests).where(and(eq(victimReviewRequests.forceId, forceId), eq(victimReviewRequests.victimId, victimId))).orderBy(asc(victimReviewRequests.requestedAt));
}

export async function insertSurvey(db: Db, values: typeof victimSurveys.$inferInsert) {
  const [row] = await db.insert(victimSurveys).values(values).returning();
  return row;
}

export async function findSurvey(db: Db, forceId: string, victimId: string) {
  const [row] = await db.select().from(victimSurveys).where(and(eq(victimSurveys.forceId, forceId), eq(victimSurveys.victimId, victimId))).limit(1);
  return row ?? null;
}

// ---------------------------------------------------------------- compliance

/** Every entitlement of the force with what the dashboard groups by; `from`/`to` bound the due time. */
export function listComplianceRows(db: Db, forceId: string, range: { from?: Date; to?: Date }) {
  return db
    .select({
      entitlementId: victimEntitlements.id, event: victimEntitlements.event, victimId: victimEntitlements.victimId,
      taskStatus: tasks.status, dueAt: tasks.dueAt, completedAt: tasks.completedAt, contactedAt: victimContacts.contactedAt, contactMade: victimContacts.made,
      crimeReference: crimes.reference, classificationCode: crimes.classificationCode, crimeStatus: crimes.status, outcome: crimes.outcome,
      oicId: users.id, oicName: users.displayName, team: users.team, personId: victims.personId,
    })
    .from(victimEntitlements)
    .innerJoin(tasks, and(eq(tasks.forceId, victimEntitlements.forceId), eq(tasks.id, victimEntitlements.taskId)))
    .innerJoin(victims, and(eq(victims.forceId, victimEntitlements.forceId), eq(victims.id, victimEntitlements.victimId)))
    .innerJoin(crimes, and(eq(crimes.forceId, victims.forceId), eq(crimes.id, victims.crimeId)))
    .innerJoin(users, and(eq(users.forceId, victims.forceId), eq(users.id, victims.oicUserId)))
    .leftJoin(victimContacts, and(eq(victimContacts.forceId, victimEntitlements.forceId), eq(victimContacts.id, victimEntitlements.contactId)))
    .where(and(
      eq(victimEntitlements.forceId, forceId),
      inArray(crimes.status, ['recorded']),
      range.from ? sql`${tasks.dueAt} >= ${range.from.toISOString()}::timestamptz` : undefined,
      range.to ? sql`${tasks.dueAt} < ${range.to.toISOString()}::timestamptz` : undefined,
    ));
}
export type ComplianceRow = Awaited<ReturnType<typeof listComplianceRows>>[number];

export function listSurveyRows(db: Db, forceId: string) {
  return db
    .select({ survey: victimSurveys, classificationCode: crimes.classificationCode, oicId: users.id, oicName: users.displayName, team: users.team })
    .from(victimSurveys)
    .innerJoin(victims, and(eq(victims.forceId, victimSurveys.forceId), eq(victims.id, victimSurveys.victimId)))
    .innerJoin(crimes, and(eq(crimes.forceId, victims.forceId), eq(crimes.id, victims.crimeId)))
    .innerJoin(users, and(eq(users.forceId, victims.forceId), eq(users.id, victims.oicUserId)))
    .where(eq(victimSurveys.forceId, forceId));
}
