import type { Db } from '../../db/connect.js';
import type { Ctx } from '../../http/context.js';
import { audit } from '../../audit/audit.js';
import {
  findAccessList, findAddresses, findLinksOfPerson, findMarkers, findMergesInto, findPersonNames, findPhones, getPerson, type PersonRow,
} from '../queries.js';
import { presentPerson, type PersonParts } from '../present.js';
import type { PersonView } from '../contract.js';
import { ENTITY, personForUser, restrictedProblem } from './access.js';

export async function loadPersonParts(tx: Db, forceId: string, person: PersonRow): Promise<PersonParts> {
  const [names, phones, addresses, markers, links, merges, accessList] = [
    await findPersonNames(tx, forceId, person.id),
    await findPhones(tx, forceId, person.id),
    await findAddresses(tx, forceId, person.id),
    await findMarkers(tx, forceId, [person.id]),
    await findLinksOfPerson(tx, forceId, person.id),
    await findMergesInto(tx, forceId, person.id),
    person.restricted ? await findAccessList(tx, forceId, person.id) : [],
  ];
  const survivor = person.mergedIntoId ? await getPerson(tx, forceId, person.mergedIntoId) : null;
  return {
    person, names, phones, addresses, markers, links, accessList,
    mergedInto: survivor ? { id: survivor.id, reference: survivor.reference } : null,
    mergedFrom: merges.map((m) => ({ mergeId: m.merge.id, id: m.merged.id, reference: m.merged.reference, mergedAt: m.merge.mergedAt })),
  };
}

/** The view of a person just changed inside `tx` (the change itself is audited by the caller). */
export async function personView(tx: Db, ctx: Ctx, person: PersonRow): Promise<PersonView> {
  return presentPerson(await loadPersonParts(tx, ctx.forceId, person), ctx);
}

/** Every read of a person is audited (DESIGN §5, DPA 2018 s.62), including refused attempts at restricted records. */
export async function readPerson(ctx: Ctx, id: string): Promise<PersonView> {
  const result = await ctx.db.transaction(async (tx) => {
    const { person, access } = await personForUser(tx, ctx, id);
    if (access === 'refused') {
      await audit(tx, ctx, 'read.refused', { type: ENTITY, id });
      return null;
    }
    await audit(tx, ctx, 'read', { type: ENTITY, id }, {
      reason: access === 'reason-given' ? ctx.accessReason : null,
      detail: access === 'reason-given' ? { override: true } : undefined,
    });
    return personView(tx, ctx, person);
  });
  if (!result) throw restrictedProblem();
  return result;
}
