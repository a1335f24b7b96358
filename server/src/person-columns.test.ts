import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getTableColumns, getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { MODULES } from './modules/index.js';

/**
 * One record per real person (F22): every module column that holds a person's id must be declared in the
 * module's `personColumns`, or a person merge would leave that module's cases on the merged-away record.
 */
const NOT_A_PERSON = new Set(['crime_person_id']); // points at crime_persons, whose person is a POLE link
describe('person columns are declared for merging', () => {
  test('every *person_id column of a module table is declared in personColumns, and nothing else', async () => {
    const root = join(import.meta.dirname, 'modules');
    const found = new Set<string>();
    for (const folder of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const path = join(root, folder.name, 'schema.ts');
      if (!existsSync(path)) continue; // a module with no tables of its own
      // An import error must fail the test: a module whose schema does not load would otherwise go unchecked.
      const schema: Record<string, unknown> = await import(path);
      for (const table of Object.values(schema).filter((v): v is PgTable => is(v, PgTable))) {
        for (const column of Object.values(getTableColumns(table))) {
          if (/(^|_)person_id$/.test(column.name) && !NOT_A_PERSON.has(column.name)) found.add(`${getTableName(table)}.${column.name}`);
        }
      }
    }
    const declared = new Set(MODULES.flatMap((m) => m.personColumns ?? []).map((c) => `${getTableName(c.table)}.${c.person.name}`));
    assert.deepEqual([...found].filter((c) => !declared.has(c)).sort(), [], 'person columns a merge would not move');
    assert.deepEqual([...declared].filter((c) => !found.has(c)).sort(), [], 'declared columns that are not person ids');
    assert.ok(found.size > 0);
  });
});
