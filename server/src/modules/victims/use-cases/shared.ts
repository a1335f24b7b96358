import { endOfWorkingDays } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/connect.js';
import type { Ctx } from '../../../platform/http/context.js';
import { problem } from '../../../platform/http/problems.js';
import { audit } from '../../../platform/audit/audit.js';
import { getPerson } from '../../../platform/pole/queries.js';
import { personForUser, restrictedProblem } from '../../../platform/pole/use-cases/access.js';
import { createTask } from '../../../platform/tasks/index.js';
import { CLASSIFICATION_BY_CODE } from '../../crimes/index.js';
import {
  findActiveOfficer, getCrimeForVictimCare, getVictimRow, insertEntitlement, isCrimeLive, lastContactMade, listEntitlements,
  type EntitlementRecord, type VictimRow,
} from '../queries.js';
import {
  complianceState, ENTITLEMENT_EVENTS, entitlementDueAt, entitlementTimescale, victimsCode, type ComplianceState, type CrimeFacts,
  type EntitlementEvent, type EntitlementLevel,
} from '../rules.js';

export const VICTIM_ENTITY = 'victim';
export const CLOSES_VIA = 'recording the contact (or why it could not be made) on the victim’s page';

export function crimeFactsOf(crime: { classificationCode: string; flags: string[]; hateStrands: string[] }): CrimeFacts {
  const classification = CLASSIFICATION_BY_CODE.get(crime.classificationCode);
  return {
    classificationCode: crime.classificationCode, group: classification?.group ?? 'miscellaneous', flags: crime.flags, hateStrands: crime.hateStrands,
    ...(classification?.hateAggravated ? { hateAggravatedOffence: classification.description } : {}),
  };
}

export function crimeTypeOf(code: string): string {
  return CLASSIFICATION_BY_CODE.get(code)?.policeUk ?? 'Other crime';
}

export function classificationLabel(code: string): string {
  return CLASSIFICATION_BY_CODE.get(code)?.description ?? code;
}

/**
 * The victim record, if this user may see the person: other forces' records are 404; a restricted person needs
 * the access list or a stated reason (audited).
 */
export async function victimForUser(tx: Db, ctx: Ctx, id: string): Promise<VictimRow> {
  const victim = await getVictimRow(tx, ctx.forceId, id);
  const { access } = await personForUser(tx, ctx, victim.personId);
  if (access === 'refused') throw restrictedProblem();
  if (access === 'reason-given') await audit(tx, ctx, 'person.access_override', { type: 'person', id: victim.personId }, { reason: ctx.accessReason, detail: { victimId: id } });
  return victim;
}

export async function officerInCase(tx: Db, ctx: Ctx, userId: string, field: string) {
  const officer = await findActiveOfficer(tx, ctx.forceId, userId);
  if (!officer) throw problem('unprocessable', 'The officer in the case must be an active user of your force.', [{ path: field, message: 'not an active user of your force' }]);
  return officer;
}

const TASK_TITLES: Record<EntitlementEvent, string> = {
  referral: 'Refer the victim to support services',
  arrest: 'Tell the victim of the arrest',
  interview: 'Tell the victim of the interview',
  release: 'Tell the victim of the release (bail / RUI / NFA)',
  bail_change: 'Tell the victim of the change to bail',
  charge: 'Tell the victim of the charge',
  decision_not_to_proceed: 'Tell the victim of the decision not to proceed, and of the right to review',
  outcome: 'Tell the victim of the outcome',
  update: 'Agreed update to the victim',
  right_to_review: 'Decide the victim’s review request and tell the victim',
};

/**
 * A victim task's title names the person by reference, never by name: whoever sees the task (My work, a team queue,
 * an escalation) may not be on a restricted person's access list (issue 13 item 5). Migration 0015 rewrote the
 * titles stored before this in the same shape.
 */
export function entitlementTaskTitle(event: EntitlementEvent, personReference: string, crimeReference: string): string {
  return `${TASK_TITLES[event]}: ${personReference} (${crimeReference})`;
}

/**
 * Starts an entitlement clock: a task for the officer in the case, due by the Code's timescale for the victim's
 * level in working days, escalating to a sergeant, cleared only by a recorded contact (STANDARDS §5, F13).
 */
export async function raiseEntitlement(
  tx: Db,
  ctx: Ctx,
  victim: VictimRow,
  input: { event: EntitlementEvent; eventAt: Date; crimeReference: string; note?: string | null; intervalDays?: number; assignee?: { id: string; team: string | null } },
) {
  const code = victimsCode(victim.codeVersion);
  const level = victim.level as EntitlementLevel;
  const timescale = input.event === 'update' && input.intervalDays
    ? { days: input.intervalDays, unit: 'calendar_days' as const }
    : entitlementTimescale(input.event, level, code);
  const dueAt = entitlementDueAt(input.eventAt, timescale, { endOfWorkingDays });
  const oic = input.assignee ?? (await officerInCase(tx, ctx, victim.oicUserId, 'body.oicUserId'));
  // Only the reference is read: it is what a redacted person shows too, so the title discloses no one.
  const { reference } = await getPerson(tx, ctx.forceId, victim.personId);
  const task = await createTask(tx, ctx, {
    kind: `victim-${input.event.replaceAll('_', '-')}`,
    title: entitlementTaskTitle(input.event, reference, input.crimeReference),
    detail: `${level === 'enhanced' ? 'Enhanced' : 'Standard'} entitlement, Victims’ Code ${code.version}: ${timescale.days} ${timescale.unit.replace('_', ' ')}.${input.note ? ` ${input.note}` : ''}`,
    entity: { type: VICTIM_ENTITY, id: victim.id },
    dueAt,
    assignee: { userId: oic.id, team: oic.team },
    escalateToRole: 'sergeant',
    closesVia: CLOSES_VIA,
  });
  return insertEntitlement(tx, {
    forceId: ctx.forceId, victimId: victim.id, event: input.event, eventAt: input.eventAt, dueAt, level, codeVersion: code.version,
    taskId: task.id, note: input.note ?? null, createdAt: ctx.now(),
  });
}

/** When the entitlement was met: the contact made, or (for a referral) when the task was completed. */
export function metAtOf(r: Pick<EntitlementRecord, 'contactedAt' | 'contactMade' | 'entitlement' | 'task'>): Date | null {
  if (r.entitlement.contactId) return r.contactMade ? r.contactedAt : null;
  return r.task.status === 'completed' ? r.task.completedAt : null;
}

export function stateOf(r: Pick<EntitlementRecord, 'contactedAt' | 'contactMade' | 'entitlement' | 'task'>, now: Date): ComplianceState {
  return complianceState({ status: r.task.status, dueAt: r.task.dueAt, completedAt: r.task.completedAt, contactedAt: metAtOf(r) }, now);
}

export const eventLabel = (event: string) => ENTITLEMENT_EVENTS[event as EntitlementEvent] ?? event;

/**
 * After a re-assessment or a new contract shortens the update interval, the next agreed update must come sooner:
 * if every open update falls due later than the last contact (or the assessment) plus the new interval, a sooner
 * one is raised. The later task stays open and is met by the same contact, so nothing is dismissed.
 */
export async function tightenUpdateClock(tx: Db, ctx: Ctx, victim: VictimRow, intervalDays: number) {
  const crime = await getCrimeForVictimCare(tx, ctx.forceId, victim.crimeId);
  if (!isCrimeLive(crime)) return null;
  const anchor = (await lastContactMade(tx, ctx.forceId, victim.id)) ?? victim.assessedAt;
  const dueBy = anchor.getTime() + intervalDays * 86_400_000;
  const open = (await listEntitlements(tx, ctx.forceId, [victim.id])).filter((e) => e.entitlement.event === 'update' && e.task.status === 'open');
  if (open.some((e) => e.task.dueAt.getTime() <= dueBy)) return null;
  return raiseEntitlement(tx, ctx, victim, {
    event: 'update', eventAt: anchor, intervalDays, crimeReference: crime.reference, note: `The agreed interval is now ${intervalDays} days.`,
  });
}
