import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, lt, lte, ne, sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from '../../platform/db/connect.js';
import { problem } from '../../platform/http/problems.js';
import { users } from '../../platform/auth/schema.js';
import { objects } from '../../platform/pole/schema.js';
import { tasks } from '../../platform/tasks/schema.js';
import { referenceTarget } from '../../platform/db/referenced.js';
import { crimePersons, crimes } from '../crimes/schema.js';
import {
  exhibitMovements, fileQualityItems, fileQualitySamples, forensicRequests, investigationActions, investigationExhibits, investigationHandovers,
  investigationOutcomes, investigationReviews, investigationRuleSets, investigations,
} from './schema.js';

export type InvestigationRow = typeof investigations.$inferSelect;
export type ActionRow = typeof investigationActions.$inferSelect;
export type ReviewRow = typeof investigationReviews.$inferSelect;
export type HandoverRow = typeof investigationHandovers.$inferSelect;
export type OutcomeRow = typeof investigationOutcomes.$inferSelect;
export type ExhibitRow = typeof investigationExhibits.$inferSelect;
export type MovementRow = typeof exhibitMovements.$inferSelect;
export type ForensicRow = typeof forensicRequests.$inferSelect;
export type SampleRow = typeof fileQualitySamples.$inferSelect;
export type SampleItemRow = typeof fileQualityItems.$inferSelect;
export type UserRow = { id: string; displayName: string; team: string | null; role: string; skills: string[]; active: boolean };

const crimeRefColumns = {
  id: crimes.id, reference: crimes.reference, classificationCode: crimes.classificationCode, summary: crimes.summary, recordedAt: crimes.recordedAt,
  flags: crimes.flags, status: crimes.status,
};
export type CrimeRefRow = { id: string; reference: string; classificationCode: string; summary: string; recordedAt: Date; flags: string[]; status: string };

// ---------------------------------------------------------------- crimes (read-only join)

/** The crime an investigation is opened on (a reference checked by the platform's requireReferenced). */
export const CRIME_TARGET = referenceTarget(crimes, 'crime');

/** The crime being screened, with whether any victim on it is a child. */
export async function getCrimeFacts(db: Db, forceId: string, crimeId: string) {
  const [crime] = await db.select({ ...crimeRefColumns, vulnerableVictim: crimes.vulnerableVictim }).from(crimes)
    .where(and(eq(crimes.forceId, forceId), eq(crimes.id, crimeId))).limit(1);
  if (!crime) throw problem('not-found', 'No such crime in your force.');
  const [child] = await db.select({ n: count() }).from(crimePersons)
    .where(and(eq(crimePersons.forceId, forceId), eq(crimePersons.crimeId, crimeId), eq(crimePersons.role, 'victim'), eq(crimePersons.child, true)));
  return { ...crime, childVictimOnRecord: (child?.n ?? 0) > 0 };
}

export async function findCrimeRefs(db: Db, forceId: string, ids: string[]): Promise<Map<string, CrimeRefRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select(crimeRefColumns).from(crimes).where(and(eq(crimes.forceId, forceId), inArray(crimes.id, ids)));
  return new Map(rows.map((r) => [r.id, r]));
}

// ---------------------------------------------------------------- users

const userColumns = { id: users.id, displayName: users.displayName, team: users.team, role: users.role, skills: users.skills, active: users.active };

export async function findUser(db: Db, forceId: string, id: string): Promise<UserRow | null> {
  const [row] = await db.select(userColumns).from(users).where(and(eq(users.forceId, forceId), eq(users.id, id))).limit(1);
  return row ?? null;
}

export async function findUsers(db: Db, forceId: string, ids: string[]): Promise<Map<string, UserRow>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.select(userColumns).from(users).where(and(eq(users.forceId, forceId), inArray(users.id, unique)));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function teamHasActiveMember(db: Db, forceId: string, team: string): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(and(eq(users.forceId, forceId), eq(users.team, team), eq(users.active, true))).limit(1);
  return Boolean(row);
}

const INVESTIGATOR_ROLES = ['constable', 'sergeant', 'inspector', 'public_protection_officer', 'imu_officer'];

/** Active investigators of a team with their live caseload (open investigations) and how many are high risk. */
export async function findCandidates(db: Db, forceId: string, team: string | null) {
  const open = db.select({
    officerId: investigations.officerId,
    n: count().as('n'),
    high: sql<number>`count(*) filter (where ${investigations.risk} = 'high')`.as('high'),
  }).from(investigations)
    .where(and(eq(investigations.forceId, forceId), inArray(investigations.status, ['allocated', 'under_investigation'])))
    .groupBy(investigations.officerId).as('open');
  const where = [eq(users.forceId, forceId), eq(users.active, true), inArray(users.role, INVESTIGATOR_ROLES)];
  if (team) where.push(eq(users.team, team));
  return db.select({ ...userColumns, openCaseload: sql<number>`coalesce(${open.n}, 0)::int`, highRisk: sql<number>`coalesce(${open.high}, 0)::int` })
    .from(users).leftJoin(open, eq(open.officerId, users.id)).where(and(...where))
    .orderBy(asc(sql`coalesce(${open.n}, 0)`), asc(users.displayName)).limit(200);
}

// ---------------------------------------------------------------- investigations

export async function insertInvestigation(db: Db, values: typeof investigations.$inferInsert): Promise<InvestigationRow> {
  const [row] = await db.insert(investigations).values(values).returning();
  return row;
}

export async function getInvestigation(db: Db, forceId: string, id: string): Promise<InvestigationRow> {
  const [row] = await db.select().from(investigations).where(and(eq(investigations.forceId, forceId), eq(investigations.id, id))).limit(1);
  if (!row) throw problem('not-found', 'No such investigation in your force.');
  return row;
}

export async function findInvestigationByCrime(db: Db, forceId: string, crimeId: string) {
  const [row] = await db.select({ id: investigations.id }).from(investigations).where(and(eq(investigations.forceId, forceId), eq(investigations.crimeId, crimeId))).limit(1);
  return row ?? null;
}

/** Applies a change only at the expected version; null when someone changed it first. */
export async function updateInvestigationAtVersion(db: Db, inv: InvestigationRow, expectedVersion: number, values: Partial<typeof investigations.$inferInsert>, now: Date) {
  const [row] = await db.update(investigations)
    .set({ ...values, version: inv.version + 1, updatedAt: now })
    .where(and(eq(investigations.forceId, inv.forceId), eq(investigations.id, inv.id), eq(investigations.version, expectedVersion)))
    .returning();
  return row ?? null;
}

export type InvestigationFilter = {
  forceId: string;
  statuses?: readonly string[];
  risk?: string;
  team?: string;
  officerId?: string;
  crimeId?: string;
  /** Open cases whose next review was due before this instant. */
  reviewOverdueAt?: Date;
  after?: [number, string, string];
};

const riskRank = sql<number>`case ${investigations.risk} when 'high' then 0 when 'medium' then 1 else 2 end`;

function investigationCondition(f: InvestigationFilter): SQL | undefined {
  return and(
    eq(investigations.forceId, f.forceId),
    f.statuses ? inArray(investigations.status, [...f.statuses]) : undefined,
    f.risk ? eq(investigations.risk, f.risk) : undefined,
    f.team ? eq(investigations.team, f.team) : undefined,
    f.officerId ? eq(investigations.officerId, f.officerId) : undefined,
    f.crimeId ? eq(investigations.crimeId, f.crimeId) : undefined,
    f.reviewOverdueAt
      ? and(inArray(investigations.status, ['allocated', 'under_investigation']), lt(investigations.nextReviewDueAt, f.reviewOverdueAt))
      : undefined,
  );
}

/** Risk first, then oldest first (DESIGN §3 queues sort by risk). */
export async function listInvestigationRows(db: Db, f: InvestigationFilter, limit: number) {
  const where: (SQL | undefined)[] = [investigationCondition(f)];
  if (f.after) {
    const [rank, created, id] = f.after;
    where.push(sql`(${riskRank}, ${investigations.createdAt}, ${investigations.id}) > (${rank}, ${created}::timestamptz, ${id}::uuid)`);
  }
  return db.select({ inv: investigations, rank: riskRank }).from(investigations).where(and(...where))
    .orderBy(asc(riskRank), asc(investigations.createdAt), asc(investigations.id)).limit(limit);
}

/** The true number of investigations matching the filters, whatever page is shown. */
export async function countInvestigationRows(db: Db, f: InvestigationFilter): Promise<number> {
  const [row] = await db.select({ n: count() }).from(investigations).where(investigationCondition(f));
  return Number(row?.n ?? 0);
}

/** The units investigations of the force are held by, with how many open cases each has. */
export function investigationTeams(db: Db, forceId: string) {
  return db.select({
    team: investigations.team,
    open: sql<number>`(count(*) filter (where ${investigations.status} in ('screened', 'allocated', 'under_investigation')))::int`,
  }).from(investigations).where(eq(investigations.forceId, forceId)).groupBy(investigations.team).orderBy(asc(investigations.team));
}

// ---------------------------------------------------------------- actions

export async function insertActions(db: Db, values: (typeof investigationActions.$inferInsert)[]): Promise<ActionRow[]> {
  if (values.length === 0) return [];
  return db.insert(investigationActions).values(values).returning();
}

export function findActions(db: Db, forceId: string, investigationId: string) {
  return db.select().from(investigationActions)
    .where(and(eq(investigationActions.forceId, forceId), eq(investigationActions.investigationId, investigationId)))
    .orderBy(asc(investigationActions.dueAt), asc(investigationActions.id));
}

export async function getAction(db: Db, forceId: string, investigationId: string, id: string): Promise<ActionRow> {
  const [row] = await db.select().from(investigationActions)
    .where(and(eq(investigationActions.forceId, forceId), eq(investigationActions.investigationId, investigationId), eq(investigationActions.id, id))).limit(1);
  if (!row) throw problem('not-found', 'No such action on this investigation.');
  return row;
}

export async function completeAction(db: Db, action: ActionRow, values: { result: string; completedAt: Date; completedBy: string }) {
  const [row] = await db.update(investigationActions).set({ ...values, version: action.version + 1, updatedAt: values.completedAt })
    .where(and(eq(investigationActions.forceId, action.forceId), eq(investigationActions.id, action.id))).returning();
  return row;
}

// ---------------------------------------------------------------- reviews, handovers, outcomes

export async function insertReview(db: Db, values: typeof investigationReviews.$inferInsert) {
  const [row] = await db.insert(investigationReviews).values(values).returning();
  return row;
}

export function findReviews(db: Db, forceId: string, investigationId: string) {
  return db.select().from(investigationReviews)
    .where(and(eq(investigationReviews.forceId, forceId), eq(investigationReviews.investigationId, investigationId)))
    .orderBy(asc(investigationReviews.reviewedAt));
}

export async function insertHandover(db: Db, values: typeof investigationHandovers.$inferInsert) {
  const [row] = await db.insert(investigationHandovers).values(values).returning();
  return row;
}

export function findHandovers(db: Db, forceId: string, investigationId: string) {
  return db.select().from(investigationHandovers)
    .where(and(eq(investigationHandovers.forceId, forceId), eq(investigationHandovers.investigationId, investigationId)))
    .orderBy(asc(investigationHandovers.at));
}

export async function insertOutcome(db: Db, values: typeof investigationOutcomes.$inferInsert) {
  const [row] = await db.insert(investigationOutcomes).values(values).returning();
  return row;
}

export function findOutcomes(db: Db, forceId: string, investigationId: string) {
  return db.select().from(investigationOutcomes)
    .where(and(eq(investigationOutcomes.forceId, forceId), eq(investigationOutcomes.investigationId, investigationId)))
    .orderBy(asc(investigationOutcomes.decidedAt));
}

export async function markOutcomeReopened(db: Db, forceId: string, investigationId: string, values: { reopenedAt: Date; reopenedBy: string; reopenReason: string }) {
  await db.update(investigationOutcomes).set(values)
    .where(and(eq(investigationOutcomes.forceId, forceId), eq(investigationOutcomes.investigationId, investigationId), isNull(investigationOutcomes.reopenedAt)));
}

// ---------------------------------------------------------------- exhibits and continuity

export async function findObject(db: Db, forceId: string, id: string) {
  const [row] = await db.select({ id: objects.id, reference: objects.reference }).from(objects).where(and(eq(objects.forceId, forceId), eq(objects.id, id))).limit(1);
  return row ?? null;
}

export async function insertExhibit(db: Db, values: typeof investigationExhibits.$inferInsert) {
  const [row] = await db.insert(investigationExhibits).values(values).returning();
  return row;
}

export async function getExhibit(db: Db, forceId: string, investigationId: string, id: string): Promise<ExhibitRow> {
  const [row] = await db.select().from(investigationExhibits)
    .where(and(eq(investigationExhibits.forceId, forceId), eq(investigationExhibits.investigationId, investigationId), eq(investigationExhibits.id, id))).limit(1);
  if (!row) throw problem('not-found', 'No such exhibit on this investigation.');
  return row;
}

export async function setExhibitHolder(db: Db, exhibit: ExhibitRow, holder: string) {
  await db.update(investigationExhibits).set({ currentHolder: holder }).where(and(eq(investigationExhibits.forceId, exhibit.forceId), eq(investigationExhibits.id, exhibit.id)));
}

export async function insertMovement(db: Db, values: typeof exhibitMovements.$inferInsert) {
  await db.insert(exhibitMovements).values(values);
}

export async function findExhibits(db: Db, forceId: string, investigationId: string) {
  const exhibits = await db.select({ exhibit: investigationExhibits, objectReference: objects.reference }).from(investigationExhibits)
    .innerJoin(objects, and(eq(objects.forceId, investigationExhibits.forceId), eq(objects.id, investigationExhibits.objectId)))
    .where(and(eq(investigationExhibits.forceId, forceId), eq(investigationExhibits.investigationId, investigationId)))
    .orderBy(asc(investigationExhibits.exhibitReference));
  const ids = exhibits.map((e) => e.exhibit.id);
  const movements = ids.length === 0 ? [] : await db.select({ movement: exhibitMovements, username: users.username }).from(exhibitMovements)
    .innerJoin(users, and(eq(users.forceId, exhibitMovements.forceId), eq(users.id, exhibitMovements.userId)))
    .where(and(eq(exhibitMovements.forceId, forceId), inArray(exhibitMovements.exhibitId, ids))).orderBy(asc(exhibitMovements.at));
  return { exhibits, movements };
}

// ---------------------------------------------------------------- review tasks (platform tasks raised by this module)

export const REVIEW_TASK_KIND = 'investigation-review';
export const SCREEN_OUT_TASK_KIND = 'investigation-screen-out-victim';

export function findOpenTasks(db: Db, forceId: string, entityId: string, kind: string) {
  return db.select().from(tasks).where(and(eq(tasks.forceId, forceId), eq(tasks.entityId, entityId), eq(tasks.kind, kind), eq(tasks.status, 'open')));
}

export function findTasksOf(db: Db, forceId: string, entityId: string) {
  return db.select({ id: tasks.id, kind: tasks.kind, title: tasks.title, dueAt: tasks.dueAt, status: tasks.status }).from(tasks)
    .where(and(eq(tasks.forceId, forceId), eq(tasks.entityId, entityId))).orderBy(asc(tasks.dueAt));
}


// ---------------------------------------------------------------- caseload (F10, F12, F24)

/**
 * Per officer: open investigations by risk and age, overdue reviews, overdue actions on their cases, and what was
 * allocated to and finalised by them in the window. Each part reads a covering index (see schema.ts); the officer
 * id NULL row is the unit's unallocated work.
 */
export async function caseloadRows(db: Db, forceId: string, team: string | null, now: Date, from: Date, to: Date) {
  const teamFilter = team ? sql`and i.team = ${team}` : sql``;
  const rows = await db.execute(sql`
    with open as (
      select i.officer_id, i.risk, i.created_at, i.next_review_due_at, i.id
      from investigations i
      where i.force_id = ${forceId} and i.status in ('allocated', 'under_investigation') ${teamFilter}
    ), per_officer as (
      select officer_id,
        count(*)::int as open,
        count(*) filter (where risk = 'high')::int as high,
        count(*) filter (where risk = 'medium')::int as medium,
        count(*) filter (where risk = 'standard')::int as standard,
        count(*) filter (where created_at >= ${now}::timestamptz - interval '7 days')::int as age_7,
        count(*) filter (where created_at < ${now}::timestamptz - interval '7 days' and created_at >= ${now}::timestamptz - interval '28 days')::int as age_28,
        count(*) filter (where created_at < ${now}::timestamptz - interval '28 days' and created_at >= ${now}::timestamptz - interval '90 days')::int as age_90,
        count(*) filter (where created_at < ${now}::timestamptz - interval '90 days')::int as age_old,
        count(*) filter (where next_review_due_at < ${now}::timestamptz)::int as overdue_reviews,
        min(created_at) as oldest
      from open group by officer_id
    ), overdue_actions as (
      select o.officer_id, count(*)::int as n
      from open o join investigation_actions a
        on a.force_id = ${forceId} and a.investigation_id = o.id and a.completed_at is null and a.due_at < ${now}::timestamptz
      where o.officer_id is not null
      group by o.officer_id
    ), finalised as (
      select i.officer_id, count(*)::int as n from investigations i
      where i.force_id = ${forceId} and i.finalised_at >= ${from}::timestamptz and i.finalised_at < ${to}::timestamptz and i.officer_id is not null ${teamFilter}
      group by i.officer_id
    ), allocated as (
      select i.officer_id, count(*)::int as n from investigations i
      where i.force_id = ${forceId} and i.allocated_at >= ${from}::timestamptz and i.allocated_at < ${to}::timestamptz and i.officer_id is not null ${teamFilter}
      group by i.officer_id
    ), officers as (
      select officer_id from per_officer where officer_id is not null
      union select officer_id from finalised
      union select officer_id from allocated
    )
    select x.officer_id,
      coalesce(p.open, 0) as open, coalesce(p.high, 0) as high, coalesce(p.medium, 0) as medium, coalesce(p.standard, 0) as standard,
      coalesce(p.age_7, 0) as age_7, coalesce(p.age_28, 0) as age_28, coalesce(p.age_90, 0) as age_90, coalesce(p.age_old, 0) as age_old,
      coalesce(p.overdue_reviews, 0) as overdue_reviews, p.oldest, coalesce(oa.n, 0) as overdue_actions,
      coalesce(f.n, 0) as finalised, coalesce(al.n, 0) as allocated
    from officers x
    left join per_officer p on p.officer_id = x.officer_id
    left join overdue_actions oa on oa.officer_id = x.officer_id
    left join finalised f on f.officer_id = x.officer_id
    left join allocated al on al.officer_id = x.officer_id
    union all
    select null, open, high, medium, standard, age_7, age_28, age_90, age_old, overdue_reviews, oldest, 0, 0, 0
    from per_officer where officer_id is null
  `);
  return rowsOf<CaseloadRow>(rows);
}

export type CaseloadRow = {
  officer_id: string | null; open: number; high: number; medium: number; standard: number; age_7: number; age_28: number; age_90: number; age_old: number;
  overdue_reviews: number; oldest: string | Date | null; overdue_actions: number; finalised: number; allocated: number;
};


// ---------------------------------------------------------------- file quality

/** Finalised investigations in the period (optionally one team), oldest first, as the sampling population. */
export function findFinalised(db: Db, forceId: string, team: string | null, from: Date, to: Date) {
  const where = [eq(investigations.forceId, forceId), eq(investigations.status, 'finalised'), gte(investigations.finalisedAt, from), lt(investigations.finalisedAt, to)];
  if (team) where.push(eq(investigations.team, team));
  return db.select({ id: investigations.id, team: investigations.team }).from(investigations).where(and(...where)).orderBy(asc(investigations.finalisedAt), asc(investigations.id));
}

export async function insertSample(db: Db, values: typeof fileQualitySamples.$inferInsert) {
  const [row] = await db.insert(fileQualitySamples).values(values).returning();
  return row;
}

export async function insertSampleItems(db: Db, values: (typeof fileQualityItems.$inferInsert)[]) {
  if (values.length > 0) await db.insert(fileQualityItems).values(values);
}

export async function getSample(db: Db, forceId: string, id: string): Promise<SampleRow> {
  const [row] = await db.select().from(fileQualitySamples).where(and(eq(fileQualitySamples.forceId, forceId), eq(fileQualitySamples.id, id))).limit(1);
  if (!row) throw problem('not-found', 'No such file-quality sample in your force.');
  return row;
}

export function listSamples(db: Db, forceId: string) {
  return db.select().from(fileQualitySamples).where(eq(fileQualitySamples.forceId, forceId)).orderBy(desc(fileQualitySamples.createdAt)).limit(200);
}

export function findSampleItems(db: Db, forceId: string, sampleIds: string[]) {
  if (sampleIds.length === 0) return Promise.resolve([]);
  return db.select({
    item: fileQualityItems, crimeReference: crimes.reference, outcome: investigations.outcome,
  }).from(fileQualityItems)
    .innerJoin(investigations, and(eq(investigations.forceId, fileQualityItems.forceId), eq(investigations.id, fileQualityItems.investigationId)))
    .innerJoin(crimes, and(eq(crimes.forceId, investigations.forceId), eq(crimes.id, investigations.crimeId)))
    .where(and(eq(fileQualityItems.forceId, forceId), inArray(fileQualityItems.sampleId, sampleIds)))
    .orderBy(asc(fileQualityItems.position));
}

export async function getSampleItem(db: Db, forceId: string, sampleId: string, id: string): Promise<SampleItemRow> {
  const [row] = await db.select().from(fileQualityItems)
    .where(and(eq(fileQualityItems.forceId, forceId), eq(fileQualityItems.sampleId, sampleId), eq(fileQualityItems.id, id))).limit(1);
  if (!row) throw problem('not-found', 'No such item in this sample.');
  return row;
}

export async function updateSampleItemAtVersion(db: Db, item: SampleItemRow, expectedVersion: number, values: Partial<typeof fileQualityItems.$inferInsert>) {
  const [row] = await db.update(fileQualityItems).set({ ...values, version: item.version + 1 })
    .where(and(eq(fileQualityItems.forceId, item.forceId), eq(fileQualityItems.id, item.id), eq(fileQualityItems.version, expectedVersion))).returning();
  return row ?? null;
}

/** Scored items with the month they were reviewed, for results per team over time. */
export function findScoredItems(db: Db, forceId: string) {
  return db.select({ item: fileQualityItems }).from(fileQualityItems)
    .where(and(eq(fileQualityItems.forceId, forceId), isNotNull(fileQualityItems.reviewedAt))).orderBy(asc(fileQualityItems.reviewedAt));
}

// ---------------------------------------------------------------- digital forensics (F18)

export async function insertForensic(db: Db, values: typeof forensicRequests.$inferInsert) {
  const [row] = await db.insert(forensicRequests).values(values).returning();
  return row;
}

export async function getForensic(db: Db, forceId: string, id: string): Promise<ForensicRow> {
  const [row] = await db.select().from(forensicRequests).where(and(eq(forensicRequests.forceId, forceId), eq(forensicRequests.id, id))).limit(1);
  if (!row) throw problem('not-found', 'No such forensic request in your force.');
  return row;
}

export async function updateForensicAtVersion(db: Db, row: ForensicRow, expectedVersion: number, values: Partial<typeof forensicRequests.$inferInsert>, now: Date) {
  const [updated] = await db.update(forensicRequests).set({ ...values, version: row.version + 1, updatedAt: now })
    .where(and(eq(forensicRequests.forceId, row.forceId), eq(forensicRequests.id, row.id), eq(forensicRequests.version, expectedVersion))).returning();
  return updated ?? null;
}

const forensicWithCrime = { request: forensicRequests, crimeReference: crimes.reference };

const forensicQueueCondition = (forceId: string, status: string | undefined) => and(
  eq(forensicRequests.forceId, forceId),
  status ? eq(forensicRequests.status, status) : inArray(forensicRequests.status, ['requested', 'in_progress']),
);

/** Priority first, then oldest: the order examiners work in; `after` is the (priority, requestedAt, id) of the last row shown. */
export function forensicQueueRows(db: Db, forceId: string, status: string | undefined, limit: number, after?: [number, string, string]) {
  return db.select(forensicWithCrime).from(forensicRequests)
    .innerJoin(investigations, and(eq(investigations.forceId, forensicRequests.forceId), eq(investigations.id, forensicRequests.investigationId)))
    .innerJoin(crimes, and(eq(crimes.forceId, investigations.forceId), eq(crimes.id, investigations.crimeId)))
    .where(and(
      forensicQueueCondition(forceId, status),
      after ? sql`(${forensicRequests.priority}, ${forensicRequests.requestedAt}, ${forensicRequests.id}) > (${after[0]}, ${after[1]}::timestamptz, ${after[2]}::uuid)` : undefined,
    ))
    .orderBy(asc(forensicRequests.priority), asc(forensicRequests.requestedAt), asc(forensicRequests.id)).limit(limit);
}

/** How many requests the queue holds with this filter, whatever page is shown. */
export async function countForensicQueue(db: Db, forceId: string, status: string | undefined): Promise<number> {
  const [row] = await db.select({ n: count() }).from(forensicRequests).where(forensicQueueCondition(forceId, status));
  return Number(row?.n ?? 0);
}

export function forensicOfInvestigation(db: Db, forceId: string, investigationId: string) {
  return db.select(forensicWithCrime).from(forensicRequests)
    .innerJoin(investigations, and(eq(investigations.forceId, forensicRequests.forceId), eq(investigations.id, forensicRequests.investigationId)))
    .innerJoin(crimes, and(eq(crimes.forceId, investigations.forceId), eq(crimes.id, investigations.crimeId)))
    .where(and(eq(forensicRequests.forceId, forceId), eq(forensicRequests.investigationId, investigationId))).orderBy(asc(forensicRequests.requestedAt));
}

export async function forensicStats(db: Db, forceId: string, now: Date) {
  const [row] = await db.select({
    outstanding: sql<number>`count(*) filter (where ${forensicRequests.status} in ('requested', 'in_progress'))::int`,
    oldest: sql<Date | string | null>`min(${forensicRequests.requestedAt}) filter (where ${forensicRequests.status} in ('requested', 'in_progress'))`,
    median: sql<number | string | null>`percentile_cont(0.5) within group (order by extract(epoch from (${forensicRequests.completedAt} - ${forensicRequests.requestedAt})) / 86400) filter (where ${forensicRequests.status} = 'completed')`,
  }).from(forensicRequests).where(and(eq(forensicRequests.forceId, forceId), lte(forensicRequests.requestedAt, now), ne(forensicRequests.status, 'cancelled')));
  return row;
}

// ---------------------------------------------------------------- rule sets

export async function latestRuleSet(db: Db, forceId: string, now: Date) {
  const [row] = await db.select().from(investigationRuleSets)
    .where(and(eq(investigationRuleSets.forceId, forceId), lte(investigationRuleSets.effectiveFrom, now)))
    .orderBy(desc(investigationRuleSets.effectiveFrom), desc(investigationRuleSets.version)).limit(1);
  return row ?? null;
}

export async function maxRuleSetVersion(db: Db, forceId: string): Promise<number> {
  const [row] = await db.select({ v: sql<number | null>`max(${investigationRuleSets.version})` }).from(investigationRuleSets).where(eq(investigationRuleSets.forceId, forceId));
  return Number(row?.v ?? 0);
}

export async function insertRuleSet(db: Db, values: typeof investigationRuleSets.$inferInsert) {
  const [row] = await db.insert(investigationRuleSets).values(values).returning();
  return row;
}


/** Open investigations with no open review task (a lost or wrongly closed task), with who should review them. */
export function findUnsupervised(db: Db, forceId: string, limit: number) {
  return db.select({ inv: investigations, crimeReference: crimes.reference }).from(investigations)
    .innerJoin(crimes, and(eq(crimes.forceId, investigations.forceId), eq(crimes.id, investigations.crimeId)))
    .where(and(
      eq(investigations.forceId, forceId), inArray(investigations.status, ['allocated', 'under_investigation']),
      sql`not exists (select 1 from ${tasks} t where t.force_id = ${investigations.forceId} and t.entity_id = ${investigations.id} and t.kind = ${REVIEW_TASK_KIND} and t.status = 'open')`,
    )).orderBy(asc(investigations.nextReviewDueAt)).limit(limit);
}

export async function findActiveSupervisor(db: Db, forceId: string, preferredId: string | null): Promise<string | null> {
  if (preferredId) {
    const [row] = await db.select({ id: users.id }).from(users).where(and(eq(users.forceId, forceId), eq(users.id, preferredId), eq(users.active, true))).limit(1);
    if (row) return row.id;
  }
  const [any] = await db.select({ id: users.id }).from(users).where(and(eq(users.forceId, forceId), eq(users.role, 'sergeant'), eq(users.active, true))).orderBy(asc(users.username)).limit(1);
  return any?.id ?? null;
}
