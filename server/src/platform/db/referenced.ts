import { and, eq, inArray } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './connect.js';
import { Problem, type FieldError } from '../http/problems.js';
import { users } from '../auth/schema.js';
import { events, locations, objects, persons } from '../pole/schema.js';
import { tasks } from '../tasks/schema.js';

/** A business table keyed by (force_id, id): anything a request may refer to by id. */
export type ReferenceTable = PgTable & { forceId: AnyPgColumn; id: AnyPgColumn };

/** What an id must name: the table, and the word a user understands ("incident", "DASH assessment"). */
export type ReferenceTarget = { readonly table: ReferenceTable; readonly what: string };

/** One id given in a request, where it was given (`body.incidentId`), and what it must name. */
export type Reference = { readonly path: string; readonly id: string | null | undefined; readonly to: ReferenceTarget };

/** Entity type → what it names, for polymorphic links (`linkedType` + `linkedId`, a task's `entityType` + `entityId`). */
export type EntityTargets = Readonly<Record<string, ReferenceTarget>>;

export function referenceTarget(table: ReferenceTable, what: string): ReferenceTarget {
  return { table, what };
}

/** Each id of a list as its own reference, named by its index (`body.objectIds.2`). */
export function eachReference(to: ReferenceTarget, path: string, ids: readonly string[]): Reference[] {
  return ids.map((id, i) => ({ path: `${path}.${i}`, id, to }));
}

/**
 * The reference of a polymorphic link. A type with no id, or no link at all, refers to nothing; an id with no
 * type, or a type that is not one of `entities`, is refused on the type's field.
 */
export function linkReference(
  entities: EntityTargets,
  link: { type: string | null | undefined; id: string | null | undefined; typePath: string; idPath: string },
): Reference[] {
  if (!link.id) return [];
  if (!link.type) throw unprocessable([{ path: link.typePath, message: 'say what kind of record the id names' }]);
  const to = Object.hasOwn(entities, link.type) ? entities[link.type] : undefined;
  if (!to) throw unprocessable([{ path: link.typePath, message: `not a kind of record that can be linked (one of ${Object.keys(entities).join(', ')})` }]);
  return [{ path: link.idPath, id: link.id, to }];
}

function unprocessable(errors: FieldError[]): Problem {
  return new Problem('unprocessable', errors.map((e) => `${e.path}: ${e.message}`).join('; '), errors);
}

/** The references (with an id) that name no record of this force: one field error each, one query per table. */
export async function missingReferences(db: Db, forceId: string, references: readonly Reference[]): Promise<FieldError[]> {
  const given = references.filter((r): r is Reference & { id: string } => typeof r.id === 'string' && r.id !== '');
  const byTable = new Map<ReferenceTable, Set<string>>();
  for (const r of given) byTable.set(r.to.table, (byTable.get(r.to.table) ?? new Set()).add(r.id));
  const found = new Map<ReferenceTable, Set<string>>();
  for (const [table, ids] of byTable) {
    const rows = await db
      .select({ id: table.id })
      .from(table as PgTable)
      .where(and(eq(table.forceId, forceId), inArray(table.id, [...ids])));
    found.set(table, new Set(rows.map((row) => String(row.id))));
  }
  return given
    .filter((r) => !found.get(r.to.table)?.has(r.id))
    .map((r) => ({ path: r.path, message: `no such ${r.to.what} in your force` }));
}

/**
 * Refuses the request, 422 naming every bad field, unless each given id names a record of the caller's force.
 * Call it inside the use-case's transaction, before anything is written. A record of another force answers
 * exactly as a record that does not exist, so this tells a user nothing about other forces.
 */
export async function requireReferenced(db: Db, forceId: string, references: readonly Reference[]): Promise<void> {
  const errors = await missingReferences(db, forceId, references);
  if (errors.length > 0) throw unprocessable(errors);
}

/** The platform's own records that module bodies refer to. */
export const PLATFORM_TARGETS = {
  person: referenceTarget(persons, 'person'),
  location: referenceTarget(locations, 'location'),
  object: referenceTarget(objects, 'object'),
  event: referenceTarget(events, 'event'),
  user: referenceTarget(users, 'user'),
  task: referenceTarget(tasks, 'task'),
} as const satisfies EntityTargets;
