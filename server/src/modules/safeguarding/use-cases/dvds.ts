import { uuidv7 } from 'uuidv7';
import { audit } from '../../../platform/audit/audit.js';
import { nextReference } from '../../../platform/db/references.js';
import type { Db } from '../../../platform/db/connect.js';
import type { Ctx } from '../../../platform/http/context.js';
import { pageOf } from '../../../platform/http/pagination.js';
import { problem } from '../../../platform/http/problems.js';
import { personRefs } from '../../../platform/pole/disclosure.js';
import { SYSTEM_USER_ID } from '../../../platform/tasks/scheduler.js';
import type { AdvanceDvdsBody, CreateDvdsBody, DvdsView, PublicClaresLawBody } from '../contract.js';
import { presentDvds } from '../present.js';
import type { dvdsApplications } from '../schema.js';
import { countDvds, dvdsCursor, forceExists, getDvds, insertDvds, listDvds, requirePerson, updateDvds, type DvdsRow } from '../queries.js';
import { DVDS_STAGE_LABELS, dvdsAdvanceRefusal, dvdsStageDueAt, type DvdsStage } from '../rules.js';
import { afterCursor, auditRead, CURSORS, DA_TEAM, finishTasks, raiseTask, refusal, staleProblem } from './shared.js';

const ENTITY = 'dvds_application';

/** The views of these applications; the linked subject and person at risk come from one personRefs call (audited). */
async function dvdsViews(tx: Db, ctx: Ctx, rows: DvdsRow[]): Promise<DvdsView[]> {
  const people = await personRefs(tx, ctx, rows.flatMap((r) => [r.subjectPersonId, r.atRiskPersonId]), { type: ENTITY, id: rows.length === 1 ? rows[0].id : null });
  const now = ctx.now();
  return rows.map((r) => presentDvds(r, people, now));
}

const dvdsView = async (tx: Db, ctx: Ctx, row: DvdsRow) => (await dvdsViews(tx, ctx, [row]))[0];

/** A task for the stage the application has just entered, due at that stage's target (STANDARDS §8 timescales). */
async function stageTask(tx: Db, ctx: Ctx, row: DvdsRow) {
  const stage = row.stage as DvdsStage;
  if (!row.stageDueAt || stage === 'closed') return;
  await raiseTask(tx, ctx, {
    kind: `dvds-${stage.replace(/_/g, '-')}`, title: `Clare’s Law ${row.reference}: ${DVDS_STAGE_LABELS[stage].toLowerCase()}`,
    entity: { type: ENTITY, id: row.id }, dueAt: row.stageDueAt, team: DA_TEAM, escalateToRole: 'inspector',
    closesVia: 'moving the application on in the Clare’s Law queue',
  });
}

async function insertApplication(tx: Db, ctx: Ctx, values: Omit<typeof dvdsApplications.$inferInsert, 'reference' | 'forceId' | 'stage' | 'stageDueAt' | 'receivedAt'>) {
  const now = ctx.now();
  const row = await insertDvds(tx, {
    ...values, forceId: ctx.forceId, reference: await nextReference(tx, ctx.forceId, 'DVDS'), stage: 'initial_checks',
    stageDueAt: dvdsStageDueAt(now, 'initial_checks'), receivedAt: now, createdAt: now, updatedAt: now,
    history: [{ stage: 'initial_checks', at: now.toISOString(), by: ctx.user.username, note: null }],
  });
  await audit(tx, ctx, 'dvds.received', { type: ENTITY, id: row.id }, { detail: { route: row.route, source: row.source } });
  await stageTask(tx, ctx, row);
  return row;
}

/**
 * The public right-to-ask form: no login, creates an application and reads nothing back but its
 * reference. A filled honeypot is answered like a success and stored nowhere, so bots learn nothing.
 */
export async function submitPublicClaresLaw(db: Db, now: () => Date, requestId: string, body: PublicClaresLawBody) {
  const message = 'Thank you. Your request has been received. We will contact you using the details you gave, in a way that is safe for you.';
  if (body.website && body.website.trim() !== '') return { received: true as const, reference: null, message };
  if (!(await forceExists(db, body.force))) throw problem('validation', 'body.force: not a force this service covers', [{ path: 'body.force', message: 'not a force this service covers' }]);
  const ctx: Ctx = {
    db, forceId: body.force, requestId, now,
    user: { id: SYSTEM_USER_ID, username: 'public-web-form', displayName: 'Public web form', role: 'partner', forceId: body.force, team: null, permissions: new Set() },
  };
  const row = await db.transaction((tx) => insertApplication(tx, ctx, {
    id: uuidv7(), route: 'right_to_ask', source: 'public_form', applicantName: body.applicantName,
    applicantRelationship: `${body.applyingFor === 'myself' ? 'Applying for themself' : 'Third party'}: ${body.relationship}`,
    applicantPhone: body.phone ?? null, applicantEmail: body.email ?? null, safeContactNote: body.safeContactNote ?? null,
    subjectName: body.subjectName, subjectDetails: body.subjectDetails ?? null, concern: body.concern,
  }));
  return { received: true as const, reference: row.reference, message };
}

/** Police-initiated right to know, or a right-to-ask taken by an officer. */
export async function createDvdsApplication(ctx: Ctx, body: CreateDvdsBody): Promise<DvdsView> {
  return ctx.db.transaction(async (tx) => {
    if (body.subjectPersonId) await requirePerson(tx, ctx.forceId, body.subjectPersonId, 'body.subjectPersonId');
    if (body.atRiskPersonId) await requirePerson(tx, ctx.forceId, body.atRiskPersonId, 'body.atRiskPersonId');
    const row = await insertApplication(tx, ctx, {
      route: body.route, source: 'police', applicantName: body.applicantName, applicantRelationship: body.applicantRelationship,
      applicantPhone: body.applicantPhone ?? null, applicantEmail: body.applicantEmail ?? null, subjectName: body.subjectName,
      subjectPersonId: body.subjectPersonId ?? null, atRiskPersonId: body.atRiskPersonId ?? null, subjectDetails: body.subjectDetails ?? null, concern: body.concern,
    });
    return dvdsView(tx, ctx, row);
  });
}

/** By the due time of each stage, paged by cursor with the true total. */
export async function dvdsQueue(ctx: Ctx, query: { stage?: DvdsStage; open?: 'true' | 'false'; limit: number; cursor?: string }) {
  const after = afterCursor(query.cursor, CURSORS.dvds);
  return ctx.db.transaction(async (tx) => {
    const filter = { stage: query.stage, open: query.open === undefined ? undefined : query.open === 'true' };
    const { items: rows, nextCursor } = pageOf(await listDvds(tx, ctx.forceId, filter, query.limit + 1, after), query.limit, dvdsCursor);
    const total = await countDvds(tx, ctx.forceId, filter);
    await auditRead(tx, ctx, ENTITY, rows.map((r) => r.id));
    return { items: await dvdsViews(tx, ctx, rows), nextCursor, total };
  });
}

export async function readDvds(ctx: Ctx, id: string): Promise<DvdsView> {
  return ctx.db.transaction(async (tx) => {
    const row = await getDvds(tx, ctx.forceId, id);
    await auditRead(tx, ctx, ENTITY, [id]);
    return dvdsView(tx, ctx, row);
  });
}

/** Moves the application one stage on (or urgently to disclosure), with the checks each step needs. */
export async function advanceDvds(ctx: Ctx, id: string, version: number, body: AdvanceDvdsBody): Promise<DvdsView> {
  return ctx.db.transaction(async (tx) => {
    const row = await getDvds(tx, ctx.forceId, id);
    if (row.version !== version) throw staleProblem('application');
    const from = row.stage as DvdsStage;
    const why = dvdsAdvanceRefusal({
      from, to: body.stage, decision: body.decision ?? row.decision as never, safetyPlan: body.safetyPlan ?? row.safetyPlan,
      identityVerified: body.identityVerified ?? row.identityVerified, urgent: body.urgent, actorRole: ctx.user.role,
    });
    if (why) throw why.field === 'body.stage' && from === 'closed' ? problem('invalid-state', why.refusal) : refusal(why.field, why.refusal);
    const now = ctx.now();
    const decision = body.decision ?? row.decision ?? (body.urgent && body.stage === 'disclosure' ? 'disclose' : null);
    const updated = await updateDvds(tx, row, version, {
      stage: body.stage,
      stageDueAt: dvdsStageDueAt(row.receivedAt, body.stage),
      identityVerified: body.identityVerified ?? row.identityVerified,
      decision,
      urgent: row.urgent || body.urgent,
      safetyPlan: body.safetyPlan ?? row.safetyPlan,
      disclosedAt: from === 'disclosure' && body.stage === 'closed' ? now : row.disclosedAt,
      closedAt: body.stage === 'closed' ? now : null,
      history: [...row.history, { stage: body.stage, at: now.toISOString(), by: ctx.user.username, note: body.note ?? null }],
    }, now);
    if (!updated) throw staleProblem('application');
    await audit(tx, ctx, 'dvds.advanced', { type: ENTITY, id }, { reason: body.note ?? null, detail: { from, to: body.stage, decision, urgent: body.urgent } });
    await finishTasks(tx, ctx, id, [`dvds-${from.replace(/_/g, '-')}`], `Moved to ${body.stage}`);
    await stageTask(tx, ctx, updated);
    return dvdsView(tx, ctx, updated);
  });
}

