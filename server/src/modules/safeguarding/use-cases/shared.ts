import type { Role } from '../../../platform/auth/roles.js';
import { isBankHoliday as isEnglandAndWalesHoliday } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/connect.js';
import type { Ctx } from '../../../platform/http/context.js';
import { problem, type FieldError } from '../../../platform/http/problems.js';
import { createTask, finishTask } from '../../../platform/tasks/index.js';
import { audit } from '../../../platform/audit/audit.js';
import { personForUser, restrictedProblem } from '../../../platform/pole/use-cases/access.js';
import { decodeCursor } from '../../../platform/http/pagination.js';
import { z } from 'zod';
import { findOpenTasksOf, teamHasActiveUser, type CursorValue } from '../queries.js';

const at = z.iso.datetime();
/** The keyset shape of each list's cursor: the sort values of the last row shown, the id last. */
export const CURSORS = {
  byTimeAndId: z.tuple([at, z.uuid()]),
  referral: z.tuple([z.number().int().min(0).max(2), at, z.uuid()]),
  dvds: z.tuple([z.union([at, z.literal('infinity')]), at, z.uuid()]),
} satisfies Record<string, z.ZodType<CursorValue[]>>;

/** The keyset of the last row of the previous page, from a list's `cursor` (400 when it is not one we issued). */
export function afterCursor(cursor: string | undefined, shape: z.ZodType<CursorValue[]> = CURSORS.byTimeAndId): CursorValue[] | undefined {
  return decodeCursor(cursor, shape);
}

/** The team that holds the DA investigation and safeguarding queue (DAISU / SSU, STANDARDS §8). */
export const DA_TEAM = 'Public Protection Unit';
export const IDVA_PROVIDER = 'Independent domestic violence advisory service';

export function refusal(field: string, message: string) {
  const errors: FieldError[] = [{ path: field, message }];
  return problem('unprocessable', message, errors);
}

/** Every E&W holiday, Saturdays included (Christmas Day 2027 is a Saturday): not "a weekday that is not a working day". */
export function isBankHoliday(date: string): boolean {
  return isEnglandAndWalesHoliday(date);
}

/** Raises a task for a team when it has someone in it, otherwise for the acting user; returns what the view shows. */
export async function raiseTask(
  tx: Db,
  ctx: Ctx,
  input: {
    kind: string; title: string; detail?: string; entity: { type: string; id: string }; dueAt: Date; team?: string | null; userId?: string; escalateToRole?: Role;
    /** Where the task is cleared: it closes only when that step is recorded, never from My work (F13). */
    closesVia?: string;
  },
) {
  const team = input.team && (await teamHasActiveUser(tx, ctx.forceId, input.team)) ? input.team : null;
  const assignee = input.userId ? { userId: input.userId } : team ? { team } : { userId: ctx.user.id };
  const task = await createTask(tx, ctx, {
    kind: input.kind, title: input.title, detail: input.detail ?? null, entity: input.entity, dueAt: input.dueAt, assignee, escalateToRole: input.escalateToRole,
    closesVia: input.closesVia,
  });
  return { id: task.id, kind: task.kind, title: task.title, dueAt: task.dueAt };
}

/** Every read of a safeguarding record is audited (DESIGN §5). */
export async function auditRead(tx: Db, ctx: Ctx, type: string, ids: string[]) {
  for (const id of ids) await audit(tx, ctx, 'read', { type, id });
}

export function staleProblem(what: string) {
  return problem('stale-version', `The ${what} changed since you read it; reload it and try again.`);
}

export function notInFuture(at: Date, now: Date, field: string) {
  if (at.getTime() > now.getTime() + 5 * 60_000) throw problem('validation', `${field}: cannot be in the future`, [{ path: field, message: 'cannot be in the future' }]);
}

/**
 * Need-to-know (DESIGN §5): a safeguarding record about a restricted person is read only by those on the
 * person's access list or who state a reason (X-Access-Reason); refusals and overrides are audited.
 */
export async function checkPersonAccess(tx: Db, ctx: Ctx, personId: string, entity: { type: string; id: string | null }): Promise<boolean> {
  const { access } = await personForUser(tx, ctx, personId);
  if (access === 'refused') {
    await audit(tx, ctx, 'read.refused', entity, { detail: { restrictedPersonId: personId } });
    return false;
  }
  if (access === 'reason-given') await audit(tx, ctx, 'person.access_override', { type: 'person', id: personId }, { reason: ctx.accessReason, detail: { via: entity.type } });
  return true;
}

export { restrictedProblem };

/** Completes the clock tasks a recorded step has satisfied (the step itself is audited by the caller). */
export async function finishTasks(tx: Db, ctx: Ctx, entityId: string, kinds: string[], outcome: string) {
  for (const task of await findOpenTasksOf(tx, ctx.forceId, entityId, kinds)) {
    await finishTask(tx, ctx, task, { status: 'completed', outcome, outcomeReason: outcome });
  }
}
