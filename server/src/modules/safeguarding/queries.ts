import { and, asc, count, desc, eq, gte, inArray, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
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

// ---------------------------------------------------------------- keyset paging (lists page by cursor with a true total)

export type CursorValue = string | number;
type SortKey = { expr: SQL | AnyPgColumn; type: 'timestamptz' | 'int' | 'uuid'; desc?: boolean };

/** Rows strictly after `values` in the order of `keys`: (k1 after v1) or (k1 = v1 and k2 after v2) or … */
function afterKeys(keys: readonly SortKey[], values: readonly CursorValue[]): SQL {
  const cast = (i: number) => sql`${values[i]}::${sql.raw(keys[i].type)}`;
  return or(...keys.map((key, i) => and(
    ...keys.slice(0, i).map((k, j) => sql`${k.expr} = ${cast(j)}`),
    key.desc ? sql`${key.expr} < ${cast(i)}` : sql`${key.expr} > ${cast(i)}`,
  )))!;
}

const orderOf = (keys: readonly SortKey[]) => keys.map((k) => (k.desc ? desc(k.expr) : asc(k.expr)));

async function countWhere(db: Db, table: PgTableWithColumns<any>, where: SQL | undefined): Promise<number> {
  const [row] = await db.select({ n: count() }).from(table).where(where);
  return Number(row?.n ?? 0);
}

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

type MaracReferralFilter = { status?: string; meetingId?: string };
const MARAC_REFERRAL_ORDER: SortKey[] = [{ expr: maracReferrals.referredAt, type: 'timestamptz' }, { expr: maracReferrals.id, type: 'uuid' }];
export const maracReferralCursor = (r: MaracReferralRow): CursorValue[] => [r.referredAt.toISOString(), r.id];

function maracReferralCondition(forceId: string, filter: MaracReferralFilter): SQL | undefined {
  return and(
    eq(maracReferrals.forceId, forceId),
    filter.status ? eq(maracReferrals.status, filter.status) : undefined,
    filter.meetingId ? eq(maracReferrals.meetingId, filter.meetingId) : undefined,
  );
}

/** Oldest referral first; `after` is the cursor of the last row of the previous page. */
export function listMaracReferrals(db: Db, forceId: string, filter: MaracReferralFilter, limit: number, after?: CursorValue[]): Promise<MaracReferralRow[]> {
  return db.select().from(maracReferrals)
    .where(and(maracReferralCondition(forceId, filter), after ? afterKeys(MARAC_REFERRAL_ORDER, after) : undefined))
    .orderBy(...orderOf(MARAC_REFERRAL_ORDER)).limit(limit);
}

export const countMaracReferrals = (db: Db, forceId: string, filter: MaracReferralFilter) => countWhere(db, maracReferrals, maracReferralCondition(forceId, filter));

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

const MEETING_ORDER: SortKey[] = [{ expr: maracMeetings.meetingAt, type: 'timestamptz', desc: true }, { expr: maracMeetings.id, type: 'uuid', desc: true }];
export const meetingCursor = (m: MaracMeetingRow): CursorValue[] => [m.meetingAt.toISOString(), m.id];

/** Newest meeting first, with how many cases each lists. */
export async function listMaracMeetings(db: Db, forceId: string, limit: number, after?: CursorValue[]) {
  return db
    .select({ meeting: maracMeetings, caseCount: sql<number>`(select count(*) from marac_referrals r where r.force_id = marac_meetings.force_id and r.meeting_id = marac_meetings.id)`.mapWith(Number) })
    .from(maracMeetings).where(and(eq(maracMeetings.forceId, forceId), after ? afterKeys(MEETING_ORDER, after) : undefined))
    .orderBy(...orderOf(MEETING_ORDER)).limit(limit);
}

export const countMaracMeetings = (db: Db, forceId: string) => countWhere(db, maracMeetings, eq(maracMeetings.forceId, forceId));

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

type MaracActionFilter = { agency: string | null; status?: string; meetingId?: string };
const ACTION_ORDER: SortKey[] = [{ expr: maracActions.dueAt, type: 'timestamptz' }, { expr: maracActions.id, type: 'uuid' }];
export const maracActionCursor = (a: MaracActionRow): CursorValue[] => [a.dueAt.toISOString(), a.id];

function maracActionCondition(forceId: string, filter: MaracActionFilter): SQL | undefined {
  return and(
    eq(maracActions.forceId, forceId),
    filter.agency !== null ? eq(maracActions.agency, filter.agency) : undefined,
    filter.status ? eq(maracActions.status, filter.status) : undefined,
    filter.meetingId ? eq(maracActions.meetingId, filter.meetingId) : undefined,
  );
}

/** Soonest due first; `after` is the cursor of the last row of the previous page. */
export function listMaracActions(db: Db, forceId: string, filter: MaracActionFilter, limit: number, after?: CursorValue[]): Promise<MaracActionRow[]> {
  return db.select().from(maracActions)
    .where(and(maracActionCondition(forceId, filter), after ? afterKeys(ACTION_ORDER, after) : undefined))
    .orderBy(...orderOf(ACTION_ORDER)).limit(limit);
}

export const countMaracActions = (db: Db, forceId: string, filter: MaracActionFilter) => countWhere(db, maracActions, maracActionCondition(forceId, filter));

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
const RAG_RANK: Record<string, number> = { red: 0, amber: 1, green: 2 };
const REFERRAL_ORDER: SortKey[] = [
  { expr: sql`case ${safeguardingReferrals.rag} when 'red' then 0 when 'amber' then 1 when 'green' then 2 else 0 end`, type: 'int' },
  { expr: safeguardingReferrals.dueAt, type: 'timestamptz' },
  { expr: safeguardingReferrals.id, type: 'uuid' },
];
/** Not yet rated counts as red: it has not been looked at. */
export const referralCursor = (r: ReferralRow): CursorValue[] => [RAG_RANK[r.rag ?? ''] ?? 0, r.dueAt.toISOString(), r.id];

function referralCondition(forceId: string, filter: { status?: string }): SQL | undefined {
  return and(eq(safeguardingReferrals.forceId, forceId), filter.status ? eq(safeguardingReferrals.status, filter.status) : undefined);
}

/** Red (or not yet rated) first, then by due time. */
export function listReferrals(db: Db, forceId: string, filter: { status?: string }, limit: number, after?: CursorValue[]): Promise<ReferralRow[]> {
  return db.select().from(safeguardingReferrals)
    .where(and(referralCondition(forceId, filter), after ? afterKeys(REFERRAL_ORDER, after) : undefined))
    .orderBy(...orderOf(REFERRAL_ORDER)).limit(limit);
}

export const countReferrals = (db: Db, forceId: string, filter: { status?: string }) => countWhere(db, safeguardingReferrals, referralCondition(forceId, filter));

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

const NOTICE_ORDER: SortKey[] = [{ expr: protectionNotices.requestedAt, type: 'timestamptz', desc: true }, { expr: protectionNotices.id, type: 'uuid', desc: true }];
export const noticeCursor = (n: NoticeRow): CursorValue[] => [n.requestedAt.toISOString(), n.id];

function noticeCondition(forceId: string, filter: { status?: string }): SQL | undefined {
  return and(eq(protectionNotices.forceId, forceId), filter.status ? eq(protectionNotices.status, filter.status) : undefined);
}

/** Newest first. */
export function listNotices(db: Db, forceId: string, filter: { status?: string }, limit: number, after?: CursorValue[]): Promise<NoticeRow[]> {
  return db.select().from(protectionNotices)
    .where(and(noticeCondition(forceId, filter), after ? afterKeys(NOTICE_ORDER, after) : undefined))
    .orderBy(...orderOf(NOTICE_ORDER)).limit(limit);
}

export const countNotices = (db: Db, forceId: string, filter: { status?: string }) => countWhere(db, protectionNotices, noticeCondition(forceId, filter));

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
type DvdsFilter = { stage?: string; open?: boolean };
const DVDS_ORDER: SortKey[] = [
  { expr: sql`coalesce(${dvdsApplications.stageDueAt}, 'infinity'::timestamptz)`, type: 'timestamptz' },
  { expr: dvdsApplications.receivedAt, type: 'timestamptz', desc: true },
  { expr: dvdsApplications.id, type: 'uuid' },
];
/** A closed application has no stage due: it sorts last ('infinity'). */
export const dvdsCursor = (d: DvdsRow): CursorValue[] => [d.stageDueAt?.toISOString() ?? 'infinity', d.receivedAt.toISOString(), d.id];

function dvdsCondition(forceId: string, filter: DvdsFilter): SQL | undefined {
  return and(
    eq(dvdsApplications.forceId, forceId),
    filter.stage ? eq(dvdsApplications.stage, filter.stage) : undefined,
    filter.open === true ? isNull(dvdsApplications.closedAt) : undefined,
    filter.open === false ? sql`${dvdsApplications.closedAt} is not null` : undefined,
  );
}

/** By the due time of each application's stage (none last), then newest received. */
export function listDvds(db: Db, forceId: string, filter: DvdsFilter, limit: number, after?: CursorValue[]): Promise<DvdsRow[]> {
  return db.select().from(dvdsApplications)
    .where(and(dvdsCondition(forceId, filter), after ? afterKeys(DVDS_ORDER, after) : undefined))
    .orderBy(...orderOf(DVDS_ORDER)).limit(limit);
}

export const countDvds = (db: Db, forceId: string, filter: DvdsFilter) => countWhere(db, dvdsApplications, dvdsCondition(forceId, filter));

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
