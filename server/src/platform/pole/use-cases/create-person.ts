import { londonDate } from '../../clock.js';
import { newId } from '../../db/columns.js';
import { nextReference } from '../../db/references.js';
import type { Ctx } from '../../http/context.js';
import { collectFieldProblems, fieldProblem } from '../../http/problems.js';
import { audit } from '../../audit/audit.js';
import { insertPerson, insertPersonNames, insertPhones } from '../queries.js';
import { dateOfBirthProblem, normalisePhone } from '../rules.js';
import { nameRow } from '../names.js';
import type { CreatePersonBody, PersonView } from '../contract.js';
import { ENTITY } from './access.js';
import { personView } from './read-person.js';

export function checkDateOfBirth(ctx: Ctx, dateOfBirth: string | null | undefined, path = 'body.dateOfBirth') {
  if (!dateOfBirth) return;
  const refusal = dateOfBirthProblem(dateOfBirth, londonDate(ctx.now()));
  if (refusal) throw fieldProblem(path, refusal);
}

export function phoneRows(ctx: Ctx, personId: string, phones: { number: string; type: string }[], pathOf = (i: number) => `body.phones.${i}.number`) {
  const checks = phones.map((p, i) => () => {
    if (!normalisePhone(p.number)) throw fieldProblem(pathOf(i), 'is not a phone number (6 to 15 digits)');
  });
  collectFieldProblems(checks);
  return phones.map((p) => ({ forceId: ctx.forceId, id: newId(), personId, number: p.number, numberNorm: normalisePhone(p.number) as string, type: p.type }));
}

export async function createPerson(ctx: Ctx, body: CreatePersonBody): Promise<PersonView> {
  const id = newId();
  let phones: ReturnType<typeof phoneRows> = [];
  collectFieldProblems([() => checkDateOfBirth(ctx, body.dateOfBirth), () => { phones = phoneRows(ctx, id, body.phones); }]);
  return ctx.db.transaction(async (tx) => {
    const { phones: _phones, aliases, ...fields } = body;
    const person = await insertPerson(tx, {
      ...fields,
      forceId: ctx.forceId,
      id,
      reference: await nextReference(tx, ctx.forceId, 'P'),
      dateOfBirth: body.dateOfBirth ?? null,
      createdBy: ctx.user.id,
      createdAt: ctx.now(),
      updatedAt: ctx.now(),
    });
    const dob = person.dateOfBirth;
    await insertPersonNames(tx, [
      nameRow(ctx.forceId, id, 'primary', person.forenames, person.surname, dob),
      ...aliases.map((a) => nameRow(ctx.forceId, id, a.kind, a.forenames, a.surname, dob)),
    ]);
    await insertPhones(tx, phones);
    await audit(tx, ctx, 'person.created', { type: ENTITY, id }, { detail: { reference: person.reference } });
    return personView(tx, ctx, person);
  });
}
