import type { Ctx } from '../../http/context.js';
import { problem } from '../../http/problems.js';
import { audit } from '../../audit/audit.js';
import { normaliseName, personNameKeys } from '../../search/keys.js';
import { setNamesDateOfBirth, updatePersonVersioned, updatePrimaryName } from '../queries.js';
import type { PersonView, UpdatePersonBody } from '../contract.js';
import { ENTITY, personToChange } from './access.js';
import { checkDateOfBirth } from './create-person.js';
import { personView } from './read-person.js';

export async function updatePerson(ctx: Ctx, id: string, expectedVersion: number, body: UpdatePersonBody): Promise<PersonView> {
  checkDateOfBirth(ctx, body.dateOfBirth);
  return ctx.db.transaction(async (tx) => {
    const current = await personToChange(tx, ctx, id);
    if (current.version !== expectedVersion) {
      throw problem('stale-version', `This record is at version ${current.version}; you sent ${expectedVersion}. Reload it and make your change again.`);
    }
    const updated = await updatePersonVersioned(tx, ctx.forceId, id, expectedVersion, body, ctx.now());
    if (body.forenames !== undefined || body.surname !== undefined) {
      await updatePrimaryName(tx, ctx.forceId, id, {
        forenames: updated.forenames,
        surname: updated.surname,
        fullName: normaliseName(`${updated.forenames} ${updated.surname}`),
        surnameNorm: normaliseName(updated.surname),
        keys: personNameKeys(updated.forenames, updated.surname),
      });
    }
    if (body.dateOfBirth !== undefined) await setNamesDateOfBirth(tx, ctx.forceId, id, updated.dateOfBirth);
    await audit(tx, ctx, 'person.updated', { type: ENTITY, id }, { detail: { fields: Object.keys(body), version: updated.version } });
    return personView(tx, ctx, updated);
  });
}
