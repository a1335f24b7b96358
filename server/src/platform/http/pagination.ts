import { z } from 'zod';
import { Problem } from './problems.js';

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(25),
  cursor: z.string().max(500).optional(),
});

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor<T>(cursor: string | undefined, schema: z.ZodType<T>): T | undefined {
  if (!cursor) return undefined;
  try {
    return schema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new Problem('validation', 'The cursor is not one this server issued', [{ path: 'querystring.cursor', message: 'invalid cursor' }]);
  }
}

export function pageOf<T, C>(rows: T[], limit: number, cursorOf: (last: T) => C): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const more = rows.length > limit;
  return { items, nextCursor: more ? encodeCursor(cursorOf(items[items.length - 1])) : null };
}
