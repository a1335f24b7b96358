import type { Db } from '../../db/connect.js';
import type { Ctx } from '../../http/context.js';
import { problem, Problem } from '../../http/problems.js';
import { audit } from '../../audit/audit.js';
import { getPerson, isOnAccessList, lockPerson, type PersonRow } from '../queries.js';
import { restrictedAccess } from '../rules.js';

export const ENTITY = 'person';

export function restrictedProblem(): Problem {
  return problem('restricted-record', 'This record is restricted. You are not on its access list: state your reason to view it (at least 10 characters); the reason is recorded.');
}

/**
 * The person, if this user may see it: other forces' records are 404; restricted records need the access
 * list or a stated reason. Returns how access was granted so the read can be audited with it.
 */
export async function personForUser(tx: Db, ctx: Ctx, id: string, options: { lock?: boolean } = {}) {
  const person = options.lock ? await lockPerson(tx, ctx.forceId, id) : await getPerson(tx, ctx.forceId, id);
  const onList = person.restricted ? await isOnAccessList(tx, ctx.forceId, id, ctx.user.id) : false;
  const access = restrictedAccess(person, onList, ctx.accessReason);
  return { person, access };
}

/** For changes: the record must be visible to the user and not merged away. */
export async function personToChange(tx: Db, ctx: Ctx, id: string): Promise<PersonRow> {
  const { person, access } = await personForUser(tx, ctx, id, { lock: true });
  if (access === 'refused') throw restrictedProblem();
  if (person.mergedIntoId) throw problem('invalid-state', 'This record has been merged into another; change the surviving record instead.');
  if (access === 'reason-given') await audit(tx, ctx, 'person.access_override', { type: ENTITY, id }, { reason: ctx.accessReason });
  return person;
}
