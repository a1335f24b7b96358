import { and, asc, count, desc, eq, gte, inArray, isNull, lte, ne, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTableWithColumns } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/connect.js';
import { problem } from '../../platform/http/problems.js';
import { users } from '../../platform/auth/schema.js';
import { forces } from '../../platform/auth/schema.js';
import { persons } from '../../platform/pole/schema.js';
import { tasks } from '../../platform/tasks/schema.js';
import {
  dashAssessments, dvdsApplications, idvaReferrals, maracActions, maracMeetings, maracReferrals, protectionBreaches, protectionNotices,
  safeguardingReferrals,
} from './schema.js';

export type DashRow = typeof dashAssessments.$inferSelect;
export type MaracReferralRow = typeof maracReferrals.$inferSelect;
export type MaracMeetingRow = typeof maracMeetings.$inferSelect;
export type MaracActionRow = typeof maracActions.$inferSelect;
export type IdvaRow = typeof idvaReferrals.$inferSelect;
export type ReferralRow = typeof safeguardingReferrals.$inferSelect;
export type NoticeRow = typeof protectionNotices.$inferSelect;
export type BreachRow = typeof protectionBreaches.$inferSelect;
export type DvdsRow = typeof dvdsApplications.$inferSelect;
export type PersonFacts = { id: string; reference: string; dateOfBirth: string | null };

type Versioned = PgTableWithColumns<any> & { forceId: AnyPgColumn; id: AnyPgColumn; version: AnyPgColumn; updatedAt: AnyPgColumn };

/** Optimistic update at the version the caller read; undefined when someone changed it meanwhile. */
async function updateAt<T extends Versioned>(db: Db, table: T, forceId: string, id: string, version: number, values: Partial<T['$inferInsert']>, now: Date): Promise<T['$inferSelect'] | undefined> {
  const rows = await db
    .update(table)
    .set({ ...values, version: sql`${table.version} + 1`, updatedAt: now } as never)
    .where(and(eq(table.forceId, forceId), eq(table.id, id), eq(table.version, version)))
    .returning();
  return (rows as T['$inferSelect'][])[0];
}

async function one<T>(rows: Promise<T[]>, what: string): Promise<T> {
  const [row] = await rows;
  if (!row) throw problem('not-found', `No such ${what} in your force.`);
  return row;
}

// ---------------------------------------------------------------- people and users

/**
 * The people a request names, to check they exist in the force; with the reference (what a redacted person shows
 * too) and the date of birth the DVPN age test needs. Never presented: views show people only through the
 * platform's personRefs (DESIGN §10), which redacts them for the viewer and records the disclosure.
 */
export async function findPeople(db: Db, forceId: string, ids: (string | null | undefined)[]): Promise<Map<string, PersonFacts>> {
  const wanted = [...new Set(ids.filter((i): i is string => Boolean(i)))];
  if (wanted.length === 0) return new Map();
  const rows = await db.select({ id: persons.id, reference: persons.reference, dateOfBirth: persons.dateOfBirth }).from(persons)
    .where(and(eq(persons.forceId, forceId), inArray(persons.id, wanted)));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function requirePerson(db: Db, forceId: string, id: string, field: string): Promise<PersonFacts> {
  const found = (await findPeople(db, forceId, [id])).get(id);
  if (!found) throw problem('unprocessable', `${field}: no such person in your force.`, [{ path: field, message: 'no such person in your force' }]);
  return found;
}

export async function findActiveUserOfRole(db: Db, forceId: string, role: string): Promise<{ id: string } | undefined> {
  const [row] = await db.select({ id: users.id }).from(users)
    .where(and(eq(users.forceId, forceId), eq(users.role, role), eq(users.active, true))).orderBy(asc(users.createdAt)).limit(1);
  return row;
}

export async function teamHasActiveUser(db: Db, forceId: string, team: string): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(and(eq(users.forceId, forceId), eq(users.team, team), eq(users.active, true))).limit(1);
  return Boolean(row);
}

export async function forceExists(db: Db, forceId: string): Promise<boolean> {
  const [row] = await db.select({ id: forces.id }).from(forces).where(eq(forces.id, forceId)).limit(1);
  return Boolean(row);
}

// ---------------------------------------------------------------- DASH

export async function insertDash(db: Db, values: typeof dashAssessments.$inferInsert): Promise<DashRow> {
  const [row] = await db.insert(dashAssessments).values(values).returning();
  return row;
}

export function getDash(db: Db, forceId: string, id: string): Promise<DashRow> {
  return one(db.select().from(dashAssessments).where(and(eq(dashAssessments.forceId, forceId), eq(dashAssessments.id, id))).limit(1), 'DASH assessment');
}

export function listDashByVictim(db: Db, forceId: string, victimId: string, limit: number): Promise<DashRow[]> {
  return db.select().from(dashAssessments)
    .where(and(eq(dashAssessments.forceId, forceId), eq(dashAssessments.victimPersonId, victimId)))
    .orderBy(desc(dashAssessments.incidentAt)).limit(limit);
}

export function updateDash(db: Db, row: DashRow, version: number, values: Partial<typeof dashAssessments.$inferInsert>, now: Date) {
  return updateAt(db, dashAssessments, row.forceId, row.id, version, values, now);
}

/** DA call-outs and crimes for a victim since a date: each earlier DASH counts once per linked incident or crime. */
export async function countVictimHistory(db: Db, forceId: string, victimId: string, since: Date): Promise<{ incidents: number; crimes: number }> {
  const rows = await db
    .select({
      incidents: sql<number>`count(distinct coalesce(${dashAssessments.linkedId}, ${dashAssessments.id})) filter (where coalesce(${dashAssessments.linkedType}, 'incident') = 'incident')`.mapWith(Number),
      crimes: sql<number>`count(distinct ${dashAssessments.linkedId}) filter (where ${dashAssessments.linkedType} = 'crime')`.mapWith(Number),
    })
    .from(dashAssessments)
    .where(and(eq(dashAssessments.forceId, forceId), eq(dashAssessments.victimPersonId, victimId), gte(dashAssessments.incidentAt, since)));
  return rows[0] ?? { incidents: 0, crimes: 0 };
}

// ---------------------------------------------------------------- MARAC

export async function lastMaracReferral(db: Db, forceId: string, victimId: string): Promise<MaracReferralRow | undefined> {
  const [row] = await db.select().from(maracReferrals)
    .where(and(eq(maracReferrals.forceId, forceId), eq(maracReferrals.victimPersonId, victimId)))
    .orderBy(desc(maracReferrals.referredAt)).limit(1);
  return row;
}

export async function insertMaracReferral(db: Db, values: typeof maracReferrals.$inferInsert): Promise<MaracReferralRow> {
  const [row] = await db.insert(maracReferrals).values(values).returning();
  return row;
}

export function getMaracReferral(db: Db, forceId: string, id: string): Promise<MaracReferralRow> {
  return one(db.select().from(maracReferrals).where(and(eq(maracReferrals.forceId, forceId), eq(maracReferrals.id, id))).limit(1), 'MARAC referral');
}

export async function findMaracReferralOfDash(db: Db, forceId: string, dashId: string): Promise<MaracReferralRow | undefined> {
  const [row] = await db.select().from(maracReferrals).where(and(eq(maracReferrals.forceId, forceId), eq(maracReferrals.dashAssessmentId, dashId))).limit(1);
  return row;
}

export function listMaracReferrals(db: Db, forceId: string, filter: { status?: string; meetingId?: string }, limit: number): Promise<MaracReferralRow[]> {
  const where: SQL[] = [eq(maracReferrals.forceId, forceId)];
  if (filter.status) where.push(eq(maracReferrals.status, filter.status));
  if (filter.meetingId) where.push(eq(maracReferrals.meetingId, filter.meetingId));
  return db.select().from(maracReferrals).where(and(...where)).orderBy(asc(maracReferrals.referredAt)).limit(limit);
}

export function updateMaracReferral(db: Db, row: MaracReferralRow, values: Partial<typeof maracReferrals.$inferInsert>, now: Date) {
  return updateAt(db, maracReferrals, row.forceId, row.id, row.version, values, now);
}

export async function insertMaracMeeting(db: Db, values: typeof maracMeetings.$inferInsert): Promise<MaracMeetingRow> {
  const [row] = await db.insert(maracMeetings).values(values).returning();
  return row;
}

export function getMaracMeeting(db: Db, forceId: string, id: string): Promise<MaracMeetingRow> {
  return one(db.select().from(maracMeetings).where(and(eq(maracMeetings.forceId, forceId), eq(maracMeetings.id, id))).limit(1), 'MARAC meeting');
}

export async function listMaracMeetings(db: Db, forceId: string, limit: number) {
  return db
    .select({ meeting: maracMeetings, caseCount: sql<number>`(select count(*) from marac_referrals r where r.force_id = marac_meetings.force_id and r.meeting_id = marac_meetings.id)`.mapWith(Number) })
    .from(maracMeetings).where(eq(maracMeetings.forceId, forceId)).orderBy(desc(maracMeetings.meetingAt)).limit(limit);
}

export function updateMaracMeeting(db: Db, row: MaracMeetingRow, version: number, values: Partial<typeof maracMeetings.$inferInsert>, now: Date) {
  return updateAt(db, maracMeetings, row.forceId, row.id, version, values, now);
}

export async function insertMaracAction(db: Db, values: typeof maracActions.$inferInsert): Promise<MaracActionRow> {
  const [row] = await db.insert(maracActions).values(values).returning();
  return row;
}

export function getMaracAction(db: Db, forceId: string, id: string): Promise<MaracActionRow> {
  return one(db.select().from(maracActions).where(and(eq(maracActions.forceId, forceId), eq(maracActions.id, id))).limit(1), 'MARAC action');
}

export function listMaracActions(db: Db, forceId: string, filter: { agency: string | null; status?: string; meetingId?: string }, limit: number): Promise<MaracActionRow[]> {
  const where: SQL[] = [eq(maracActions.forceId, forceId)];
  if (filter.agency !== null) where.push(eq(maracActions.agency, filter.agency));
  if (filter.status) where.push(eq(maracActions.status, filter.status));
  if (filter.meetingId) where.push(eq(maracActions.meetingId, filter.meetingId));
  return db.select().from(maracActions).where(and(...where)).orderBy(asc(maracActions.dueAt)).limit(limit);
}

export function updateMaracAction(db: Db, row: MaracActionRow, version: number, values: Partial<typeof maracActions.$inferInsert>, now: Date) {
  return updateAt(db, maracActions, row.forceId, row.id, version, values, now);
}

// ---------------------------------------------------------------- IDVA

export async function insertIdvaReferral(db: Db, values: typeof idvaReferrals.$inferInsert): Promise<IdvaRow> {
  const [row] = await db.insert(idvaReferrals).values(values).returning();
  return row;
}

export async function findIdvaOfDash(db: Db, forceId: string, dashId: string): Promise<IdvaRow | undefined> {
  const [row] = await db.select().from(idvaReferrals).where(and(eq(idvaReferrals.forceId, forceId), eq(idvaReferrals.dashAssessmentId, dashId))).limit(1);
  return row;
}

export function getIdvaReferral(db: Db, forceId: string, id: string): Promise<IdvaRow> {
  return one(db.select().from(idvaReferrals).where(and(eq(idvaReferrals.forceId, forceId), eq(idvaReferrals.id, id))).limit(1), 'IDVA referral');
}

export function listIdvaReferrals(db: Db, forceId: string, limit: number): Promise<IdvaRow[]> {
  return db.select().from(idvaReferrals).where(eq(idvaReferrals.forceId, forceId)).orderBy(desc(idvaReferrals.referredAt)).limit(limit);
}

export function updateIdvaReferral(db: Db, row: IdvaRow, version: number, values: Partial<typeof idvaReferrals.$inferInsert>, now: Date) {
  return updateAt(db, idvaReferrals, row.forceId, row.id, version, values, now);
}

// ---------------------------------------------------------------- safeguarding referrals

export async function insertReferral(db: Db, values: typeof safeguardingReferrals.$inferInsert): Promise<ReferralRow> {
  const [row] = await db.insert(safeguardingReferrals).values(values).returning();
  return row;
}

export function getReferral(db: Db, forceId: string, id: string): Promise<ReferralRow> {
  return one(db.select().from(safeguardingReferrals).where(and(eq(safeguardingReferrals.forceId, forceId), eq(safeguardingReferrals.id, id))).limit(1), 'safeguarding referral');
}

/** The victim of each DASH, for the household an automatic child referral names. */
export async function findDashVictims(db: Db, forceId: string, dashIds: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(dashIds.filter((i): i is string => Boolean(i)))];
  if (wanted.length === 0) return new Map();
  const rows = await db.select({ id: dashAssessments.id, victimPersonId: dashAssessments.victimPersonId }).from(dashAssessments)
    .where(and(eq(dashAssessments.forceId, forceId), inArray(dashAssessments.id, wanted)));
  return new Map(rows.map((r) => [r.id, r.victimPersonId]));
}

export function findReferralsOfDash(db: Db, forceId: string, dashId: string): Promise<ReferralRow[]> {
  return db.select().from(safeguardingReferrals).where(and(eq(safeguardingReferrals.forceId, forceId), eq(safeguardingReferrals.dashAssessmentId, dashId)));
}

/** The hub queue: red first, then amber, green, untriaged by due time. */
export function listReferrals(db: Db, forceId: string, filter: { status?: string }, limit: number): Promise<ReferralRow[]> {
  const where: SQL[] = [eq(safeguardingReferrals.forceId, forceId)];
  if (filter.status) where.push(eq(safeguardingReferrals.status, filter.status));
  const ragOrder = sql`case ${safeguardingReferrals.rag} when 'red' then 0 when 'amber' then 1 when 'green' then 2 else 0 end`;
  return db.select().from(safeguardingReferrals).where(and(...where)).orderBy(ragOrder, asc(safeguardingReferrals.dueAt)).limit(limit);
}

export function updateReferral(db: Db, row: ReferralRow, version: number, values: Partial<typeof safeguardingReferrals.$inferInsert>, now: Date) {
  return updateAt(db, safeguardingReferrals, row.forceId, row.id, version, values, now);
}

// ---------------------------------------------------------------- DVPN / DVPO

export async function insertNotice(db: Db, values: typeof protectionNotices.$inferInsert): Promise<NoticeRow> {
  const [row] = await db.insert(protectionNotices).values(values).returning();
  return row;
}

export function getNotice(db: Db, forceId: string, id: string): Promise<NoticeRow> {
  return one(db.select().from(protectionNotices).where(and(eq(protectionNotices.forceId, forceId), eq(protectionNotices.id, id))).limit(1), 'DVPN');
}

export function listNotices(db: Db, forceId: string, filter: { status?: string }, limit: number): Promise<NoticeRow[]> {
  const where: SQL[] = [eq(protectionNotices.forceId, forceId)];
  if (filter.status) where.push(eq(protectionNotices.status, filter.status));
  return db.select().from(protectionNotices).where(and(...where)).orderBy(desc(protectionNotices.requestedAt)).limit(limit);
}

export function updateNotice(db: Db, row: NoticeRow, version: number, values: Partial<typeof protectionNotices.$inferInsert>, now: Date) {
  return updateAt(db, protectionNotices, row.forceId, row.id, version, values, now);
}

export async function insertBreach(db: Db, values: typeof protectionBreaches.$inferInsert): Promise<BreachRow> {
  const [row] = await db.insert(protectionBreaches).values(values).returning();
  return row;
}

export async function findBreaches(db: Db, forceId: string, noticeIds: string[]): Promise<BreachRow[]> {
  if (noticeIds.length === 0) return [];
  return db.select().from(protectionBreaches).where(and(eq(protectionBreaches.forceId, forceId), inArray(protectionBreaches.noticeId, noticeIds))).orderBy(asc(protectionBreaches.occurredAt));
}

// ---------------------------------------------------------------- DVDS

export async function insertDvds(db: Db, values: typeof dvdsApplications.$inferInsert): Promise<DvdsRow> {
  const [row] = await db.insert(dvdsApplications).values(values).returning();
  return row;
}

export function getDvds(db: Db, forceId: string, id: string): Promise<DvdsRow> {
  return one(db.select().from(dvdsApplications).where(and(eq(dvdsApplications.forceId, forceId), eq(dvdsApplications.id, id))).limit(1), 'Clare’s Law application');
}

/** The DVDS queue: open applications by the due time of their current stage. */
export function listDvds(db: Db, forceId: string, filter: { stage?: string; open?: boolean }, limit: number): Promise<DvdsRow[]> {
  const where: SQL[] = [eq(dvdsApplications.forceId, forceId)];
  if (filter.stage) where.push(eq(dvdsApplications.stage, filter.stage));
  if (filter.open === true) where.push(isNull(dvdsApplications.closedAt));
  if (filter.open === false) where.push(sql`${dvdsApplications.closedAt} is not null`);
  return db.select().from(dvdsApplications).where(and(...where)).orderBy(sql`${dvdsApplications.stageDueAt} asc nulls last`, desc(dvdsApplications.receivedAt)).limit(limit);
}

export function updateDvds(db: Db, row: DvdsRow, version: number, values: Partial<typeof dvdsApplications.$inferInsert>, now: Date) {
  return updateAt(db, dvdsApplications, row.forceId, row.id, version, values, now);
}

// ---------------------------------------------------------------- dashboard

export async function dashInWindow(db: Db, forceId: string, from: Date, to: Date) {
  return db
    .select({
      victimPersonId: dashAssessments.victimPersonId, finalLevel: dashAssessments.finalLevel, levelBasis: dashAssessments.levelBasis,
      powerOfArrest: dashAssessments.powerOfArrest, arrested: dashAssessments.arrested, noArrestReason: dashAssessments.noArrestReason,
    })
    .from(dashAssessments)
    .where(and(eq(dashAssessments.forceId, forceId), gte(dashAssessments.incidentAt, from), lte(dashAssessments.incidentAt, to)));
}

export async function maracInWindow(db: Db, forceId: string, from: Date, to: Date) {
  return db.select({ reasons: maracReferrals.reasons, isRepeat: maracReferrals.isRepeat }).from(maracReferrals)
    .where(and(eq(maracReferrals.forceId, forceId), gte(maracReferrals.referredAt, from), lte(maracReferrals.referredAt, to)));
}

export async function idvaInWindow(db: Db, forceId: string, from: Date, to: Date) {
  return db.select({ incidentAt: idvaReferrals.incidentAt, contactedAt: idvaReferrals.contactedAt }).from(idvaReferrals)
    .where(and(eq(idvaReferrals.forceId, forceId), gte(idvaReferrals.referredAt, from), lte(idvaReferrals.referredAt, to)));
}

export async function noticesInWindow(db: Db, forceId: string, from: Date, to: Date) {
  const notices = await db.select({ authorisedAt: protectionNotices.authorisedAt, orderMadeAt: protectionNotices.orderMadeAt }).from(protectionNotices)
    .where(and(eq(protectionNotices.forceId, forceId), gte(protectionNotices.requestedAt, from), lte(protectionNotices.requestedAt, to)));
  const [breaches] = await db.select({ n: count() }).from(protectionBreaches)
    .where(and(eq(protectionBreaches.forceId, forceId), gte(protectionBreaches.occurredAt, from), lte(protectionBreaches.occurredAt, to)));
  return { notices, breaches: breaches?.n ?? 0 };
}

export async function dvdsInWindow(db: Db, forceId: string, from: Date, to: Date) {
  return db.select({ route: dvdsApplications.route, receivedAt: dvdsApplications.receivedAt, disclosedAt: dvdsApplications.disclosedAt, closedAt: dvdsApplications.closedAt })
    .from(dvdsApplications).where(and(eq(dvdsApplications.forceId, forceId), gte(dvdsApplications.receivedAt, from), lte(dvdsApplications.receivedAt, to)));
}

export async function referralsInWindow(db: Db, forceId: string, from: Date, to: Date) {
  return db.select({ status: safeguardingReferrals.status, dueAt: safeguardingReferrals.dueAt }).from(safeguardingReferrals)
    .where(and(eq(safeguardingReferrals.forceId, forceId), gte(safeguardingReferrals.createdAt, from), lte(safeguardingReferrals.createdAt, to), ne(safeguardingReferrals.status, 'void')));
}

// ---------------------------------------------------------------- tasks raised by this module

export function findTasksOf(db: Db, forceId: string, entityIds: string[]) {
  if (entityIds.length === 0) return Promise.resolve([]);
  return db.select({ id: tasks.id, kind: tasks.kind, title: tasks.title, dueAt: tasks.dueAt, entityId: tasks.entityId }).from(tasks)
    .where(and(eq(tasks.forceId, forceId), inArray(tasks.entityId, entityIds))).orderBy(asc(tasks.dueAt));
}

export function findOpenTasksOf(db: Db, forceId: string, entityId: string, kinds: string[]) {
  return db.select({ id: tasks.id, kind: tasks.kind, status: tasks.status, version: tasks.version }).from(tasks)
    .where(and(eq(tasks.forceId, forceId), eq(tasks.entityId, entityId), eq(tasks.status, 'open'), inArray(tasks.kind, kinds)));
}
