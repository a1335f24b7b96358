import { newId } from '../db/columns.js';
import { normaliseName, personNameKeys } from '../search/keys.js';
import type { personNames } from './schema.js';

/** A person_names row with its search keys; every name a person is known by is searchable the same way. */
export function nameRow(forceId: string, personId: string, kind: string, forenames: string, surname: string, dateOfBirth: string | null): typeof personNames.$inferInsert {
  return {
    forceId, id: newId(), personId, kind, forenames, surname,
    fullName: normaliseName(`${forenames} ${surname}`),
    surnameNorm: normaliseName(surname),
    keys: personNameKeys(forenames, surname),
    dateOfBirth, active: true,
  };
}
