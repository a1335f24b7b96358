import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../platform/db/connect.js';

/**
 * Multi-row INSERTs written as SQL text with literal values. Drizzle's `insert().values()` builds one
 * parameter object per value, which cost more CPU than generating the rows; this writes the same
 * statement directly. Column names come from the Drizzle table; a property a row lacks is DEFAULT.
 * Only values the generator produces are handled: strings, finite numbers, booleans, Dates and string arrays.
 */

const ROWS_PER_STATEMENT = 1_000;

function quote(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

function literal(value: unknown): string {
  if (value === null) return 'NULL';
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
      if (!Number.isFinite(value)) throw new Error(`Cannot insert ${value}`);
      return String(value);
    case 'boolean':
      return value ? 'true' : 'false';
  }
  if (value instanceof Date) return quote(value.toISOString());
  if (Array.isArray(value)) return value.length ? `ARRAY[${value.map((v) => quote(String(v))).join(',')}]` : "'{}'";
  throw new Error(`Cannot insert a value of type ${typeof value}`);
}

export async function insertRows(db: Db, table: PgTable, rows: readonly Record<string, unknown>[]): Promise<void> {
  if (!rows.length) return;
  const columns = getTableColumns(table);
  const present = new Set<string>();
  for (const row of rows) for (const key in row) present.add(key);
  const keys = Object.keys(columns).filter((key) => present.has(key));
  const head = `insert into "${getTableName(table)}" (${keys.map((k) => `"${columns[k].name}"`).join(', ')}) values `;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const tuples: string[] = [];
    for (const row of rows.slice(start, start + ROWS_PER_STATEMENT)) {
      let tuple = '(';
      for (let i = 0; i < keys.length; i++) {
        const value = row[keys[i]];
        tuple += (i ? ',' : '') + (value === undefined ? 'DEFAULT' : literal(value));
      }
      tuples.push(`${tuple})`);
    }
    await db.execute(sql.raw(head + tuples.join(',')));
  }
}
