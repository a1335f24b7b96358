import type { Db } from '../../db/connect.js';
import type { Ctx } from '../../http/context.js';
import { fieldProblem } from '../../http/problems.js';
import { audit } from '../../audit/audit.js';
import { type PersonRow, bumpPersonVersion, deleteAlias, deletePhone, endAddress, getPerson, insertAddress, insertPersonNames, insertPhones } from '../queries.js';
import { PLATFORM_TARGETS, requireReferenced } from '../../db/referenced.js';
import { nameRow } from '../names.js';
import type { PersonView } from '../contract.js';
import { ENTITY, personToChange } from './access.js';
import { phoneRows } from './create-person.js';
import { personView } from './read-person.js';

type Change = (tx: Db, person: PersonRow) => Promise<{ action: string; detail?: Record<string, unknown> }>;

/** Aliases, phones and addresses: each change bumps the person's version and is audited. */
async function changePerson(ctx: Ctx, id: string, change: Change): Promise<PersonView> {
  return ctx.db.transaction(async (tx) => {
    const person = await personToChange(tx, ctx, id);
    const { action, detail } = await change(tx, person);
    await bumpPersonVersion(tx, ctx.forceId, id, ctx.now());
    await audit(tx, ctx, action, { type: ENTITY, id }, { detail });
    return personView(tx, ctx, await getPerson(tx, ctx.forceId, id));
  });
}

export function addAlias(ctx: Ctx, id: string, body: { kind: string; forenames: string; surname: string }) {
  return changePerson(ctx, id, async (tx, person) => {
    const row = nameRow(ctx.forceId, id, body.kind, body.forenames, body.surname, person.dateOfBirth);
    await insertPersonNames(tx, [row]);
    return { action: 'person.alias_added', detail: { aliasId: row.id } };
  });
}

export function removeAlias(ctx: Ctx, id: string, aliasId: string) {
  return changePerson(ctx, id, async (tx) => {
    const removed = await deleteAlias(tx, ctx.forceId, id, aliasId);
    return { action: 'person.alias_removed', detail: { aliasId, forenames: removed.forenames, surname: removed.surname } };
  });
}

export function addPhone(ctx: Ctx, id: string, body: { number: string; type: string }) {
  return changePerson(ctx, id, async (tx) => {
    const rows = phoneRows(ctx, id, [body], () => 'body.number');
    await insertPhones(tx, rows);
    return { action: 'person.phone_added', detail: { phoneId: rows[0].id } };
  });
}

export function removePhone(ctx: Ctx, id: string, phoneId: string) {
  return changePerson(ctx, id, async (tx) => {
    const removed = await deletePhone(tx, ctx.forceId, id, phoneId);
    return { action: 'person.phone_removed', detail: { phoneId, number: removed.number } };
  });
}

export function addAddress(ctx: Ctx, id: string, body: { locationId: string; type: string; fromDate?: string | null; toDate?: string | null }) {
  if (body.fromDate && body.toDate && body.toDate < body.fromDate) throw fieldProblem('body.toDate', 'must not be before fromDate');
  return changePerson(ctx, id, async (tx) => {
    await requireReferenced(tx, ctx.forceId, [{ path: 'body.locationId', id: body.locationId, to: PLATFORM_TARGETS.location }]);
    const row = await insertAddress(tx, { forceId: ctx.forceId, personId: id, locationId: body.locationId, type: body.type, fromDate: body.fromDate ?? null, toDate: body.toDate ?? null });
    return { action: 'person.address_added', detail: { addressId: row.id, locationId: body.locationId } };
  });
}

export function endPersonAddress(ctx: Ctx, id: string, addressId: string, toDate: string) {
  return changePerson(ctx, id, async (tx) => {
    const row = await endAddress(tx, ctx.forceId, id, addressId, toDate);
    if (row.fromDate && toDate < row.fromDate) throw fieldProblem('body.toDate', 'must not be before the address start date');
    return { action: 'person.address_ended', detail: { addressId, toDate } };
  });
}
