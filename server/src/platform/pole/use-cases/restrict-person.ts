import type { Ctx } from '../../http/context.js';
import { eachReference, PLATFORM_TARGETS, requireReferenced } from '../../db/referenced.js';
import { problem } from '../../http/problems.js';
import { audit } from '../../audit/audit.js';
import { getPerson, replaceAccessList, updatePersonVersioned } from '../queries.js';
import type { PersonView } from '../contract.js';
import { ENTITY, personToChange } from './access.js';
import { personView } from './read-person.js';

/** Need-to-know: only the access list (and the restricting officer) see it without stating a reason. */
export async function restrictPerson(ctx: Ctx, id: string, body: { reason: string; accessUserIds: string[] }): Promise<PersonView> {
  return ctx.db.transaction(async (tx) => {
    const person = await personToChange(tx, ctx, id);
    const userIds = [...new Set([...body.accessUserIds, ctx.user.id])];
    await requireReferenced(tx, ctx.forceId, eachReference(PLATFORM_TARGETS.user, 'body.accessUserIds', body.accessUserIds));
    await replaceAccessList(tx, ctx.forceId, id, userIds, ctx.user.id);
    const updated = await updatePersonVersioned(tx, ctx.forceId, id, person.version, { restricted: true, restrictionReason: body.reason }, ctx.now());
    await audit(tx, ctx, 'person.restricted', { type: ENTITY, id }, { reason: body.reason, detail: { accessUserIds: userIds } });
    return personView(tx, ctx, updated);
  });
}

export async function unrestrictPerson(ctx: Ctx, id: string, reason: string): Promise<PersonView> {
  return ctx.db.transaction(async (tx) => {
    const person = await personToChange(tx, ctx, id);
    if (!person.restricted) throw problem('invalid-state', 'This record is not restricted.');
    await replaceAccessList(tx, ctx.forceId, id, [], ctx.user.id);
    await updatePersonVersioned(tx, ctx.forceId, id, person.version, { restricted: false, restrictionReason: null }, ctx.now());
    await audit(tx, ctx, 'person.unrestricted', { type: ENTITY, id }, { reason });
    return personView(tx, ctx, await getPerson(tx, ctx.forceId, id));
  });
}
