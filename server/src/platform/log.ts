/** Quoted values in driver messages (`invalid input syntax for type uuid: "…"`) can be personal data. */
const redactQuoted = (text: string) => text.replace(/"[^"]*"/g, '"…"');

/**
 * What an unexpected error may put in the log: its kind, SQLSTATE, constraint, SQL text and stack, never the query's
 * parameters or the values PostgreSQL quotes back (names, marker reasons, notes are personal data).
 */
export function logSafeError(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error) && (typeof error !== 'object' || error === null)) return { message: String(error) };
  const e = error as Error & { code?: unknown; constraint?: unknown; table?: unknown; column?: unknown; query?: unknown; cause?: unknown };
  const message = typeof e.query === 'string' ? `Failed query: ${e.query}` : redactQuoted(String(e.message ?? ''));
  return {
    type: e.name ?? 'Error',
    message,
    ...(typeof e.code === 'string' ? { code: e.code } : {}),
    ...(typeof e.constraint === 'string' ? { constraint: e.constraint } : {}),
    ...(typeof e.table === 'string' ? { table: e.table } : {}),
    ...(typeof e.column === 'string' ? { column: e.column } : {}),
    ...(e.stack && depth === 0 ? { stack: e.stack.split('\n').filter((line) => /^\s+at /.test(line)).join('\n') } : {}),
    ...(e.cause && depth < 3 ? { cause: logSafeError(e.cause, depth + 1) } : {}),
  };
}
