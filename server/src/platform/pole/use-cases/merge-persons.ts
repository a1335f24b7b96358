import type { Ctx } from '../../http/context.js';
import { PLATFORM_TARGETS, requireReferenced } from '../../db/referenced.js';
import { problem } from '../../http/problems.js';
import { audit } from '../../audit/audit.js';
import {
  findPersonNames, getMerge, getPerson, idsOwnedBy, idsReferencing, insertMerge, lockPerson, markMergeUndone, moveOwnedRows, PERSON_OWNED,
  repointPersonColumn, setMergedInto, setNameKind, setNamesDateOfBirthByIds, bumpPersonVersion, type PersonOwnedTable,
} from '../queries.js';
import { mergeRefusal } from '../rules.js';
import type { MergeMoves } from '../schema.js';
import type { PersonColumn } from '../../module.js';
import { getTableName } from 'drizzle-orm';
import type { PersonView } from '../contract.js';
import { ENTITY, personToChange } from './access.js';
import { personView } from './read-person.js';

const OWNED_TABLES = Object.keys(PERSON_OWNED) as PersonOwnedTable[];
const PRIMARY_NAMES = 'primary_names';

/** The key a module column's moved rows are recorded under in the merge record, e.g. `victims.person_id`. */
const movedKey = (c: PersonColumn) => `${getTableName(c.table)}.${c.person.name}`;

/**
 * Moves every name, phone, address, marker and link of the duplicate to the survivor; the duplicate stays
 * readable as "merged into X". Modules' own person columns (incident people, DASH victims, …) move too, so
 * every case follows the one real person. What moved is recorded so the merge can be undone exactly.
 */
export async function mergePersons(ctx: Ctx, survivorId: string, duplicateId: string, reason: string, moduleColumns: readonly PersonColumn[] = []): Promise<PersonView> {
  return ctx.db.transaction(async (tx) => {
    const survivor = await personToChange(tx, ctx, survivorId);
    await requireReferenced(tx, ctx.forceId, [{ path: 'body.duplicateId', id: duplicateId, to: PLATFORM_TARGETS.person }]);
    const duplicate = await lockPerson(tx, ctx.forceId, duplicateId);
    const refusal = mergeRefusal(survivor, duplicate);
    if (refusal) throw problem('invalid-state', refusal);
    const moved: MergeMoves = {};
    for (const table of OWNED_TABLES) moved[table] = await idsOwnedBy(tx, table, ctx.forceId, duplicateId);
    // The duplicate's own name becomes an alias of the survivor, so searches on it still find the person.
    const primaryIds = (await findPersonNames(tx, ctx.forceId, duplicateId)).filter((n) => n.kind === 'primary').map((n) => n.id);
    moved[PRIMARY_NAMES] = primaryIds;
    for (const table of OWNED_TABLES) await moveOwnedRows(tx, table, ctx.forceId, moved[table], survivorId);
    for (const column of moduleColumns) {
      moved[movedKey(column)] = await idsReferencing(tx, column, ctx.forceId, duplicateId);
      await repointPersonColumn(tx, column, ctx.forceId, moved[movedKey(column)], survivorId);
    }
    await setNameKind(tx, ctx.forceId, primaryIds, 'alias');
    await setNamesDateOfBirthByIds(tx, ctx.forceId, moved.person_names, survivor.dateOfBirth);
    await setMergedInto(tx, ctx.forceId, duplicateId, survivorId, ctx.now());
    await bumpPersonVersion(tx, ctx.forceId, survivorId, ctx.now());
    const merge = await insertMerge(tx, { forceId: ctx.forceId, survivorId, mergedId: duplicateId, reason, moved, mergedBy: ctx.user.id, mergedAt: ctx.now() });
    const detail = { mergeId: merge.id, survivorId, mergedId: duplicateId, moved };
    await audit(tx, ctx, 'person.merged', { type: ENTITY, id: survivorId }, { reason, detail });
    await audit(tx, ctx, 'person.merged_into', { type: ENTITY, id: duplicateId }, { reason, detail });
    return personView(tx, ctx, await getPerson(tx, ctx.forceId, survivorId));
  });
}

export async function undoMerge(ctx: Ctx, mergeId: string, moduleColumns: readonly PersonColumn[] = []): Promise<PersonView> {
  return ctx.db.transaction(async (tx) => {
    const merge = await getMerge(tx, ctx.forceId, mergeId);
    if (merge.undoneAt) throw problem('invalid-state', 'This merge has already been undone.');
    const survivor = await personToChange(tx, ctx, merge.survivorId);
    const duplicate = await lockPerson(tx, ctx.forceId, merge.mergedId);
    for (const table of OWNED_TABLES) await moveOwnedRows(tx, table, ctx.forceId, merge.moved[table] ?? [], duplicate.id);
    for (const column of moduleColumns) await repointPersonColumn(tx, column, ctx.forceId, merge.moved[movedKey(column)] ?? [], duplicate.id);
    await setNameKind(tx, ctx.forceId, merge.moved[PRIMARY_NAMES] ?? [], 'primary');
    await setNamesDateOfBirthByIds(tx, ctx.forceId, merge.moved.person_names ?? [], duplicate.dateOfBirth);
    await setMergedInto(tx, ctx.forceId, duplicate.id, null, ctx.now());
    await bumpPersonVersion(tx, ctx.forceId, survivor.id, ctx.now());
    await markMergeUndone(tx, ctx.forceId, mergeId, ctx.user.id, ctx.now());
    const detail = { mergeId, survivorId: survivor.id, mergedId: duplicate.id };
    await audit(tx, ctx, 'person.merge_undone', { type: ENTITY, id: survivor.id }, { detail });
    await audit(tx, ctx, 'person.merge_undone', { type: ENTITY, id: duplicate.id }, { detail });
    return personView(tx, ctx, await getPerson(tx, ctx.forceId, duplicate.id));
  });
}
