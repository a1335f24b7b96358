import type { FastifyInstance } from 'fastify';
import { Problem, type FieldError } from './problems.js';

const NUL = '\u0000';

/** Paths (`body.a.0.b`) of every string, or object key, holding a NUL character: PostgreSQL cannot store 0x00 in text. */
export function nulPaths(value: unknown, path: string): string[] {
  if (typeof value === 'string') return value.includes(NUL) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => nulPaths(item, `${path}.${i}`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => (key.includes(NUL) ? [`${path}.${key.replaceAll(NUL, '\\0')}`] : nulPaths(item, `${path}.${key}`)));
  }
  return [];
}

function decodedHeader(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Headers whose values the API reads into SQL or audit rows. */
const READ_HEADERS = ['x-access-reason', 'if-match', 'idempotency-key'] as const;

/**
 * Refuses, before validation and in one place for every route, input no database can store: a NUL byte in any
 * parameter, query value, body string or key, or read header answers 400 naming each field.
 */
export function registerInputGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    const paths = [
      ...nulPaths(request.params, 'params'),
      ...nulPaths(request.query, 'querystring'),
      ...nulPaths(request.body, 'body'),
      ...READ_HEADERS.flatMap((name) => {
        const value = request.headers[name];
        return typeof value === 'string' && decodedHeader(value).includes(NUL) ? [`headers.${name}`] : [];
      }),
    ];
    if (paths.length === 0) return;
    const errors: FieldError[] = paths.map((path) => ({ path, message: 'must not contain a NUL (0x00) character' }));
    throw new Problem('validation', errors.map((e) => `${e.path}: ${e.message}`).join('; '), errors);
  });
}
