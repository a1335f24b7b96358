import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { Problem, problemBody, type FieldError } from './problems.js';

type PgError = { code?: string; constraint?: string; detail?: string; column?: string; cause?: unknown };

/** drizzle wraps driver errors; the PostgreSQL SQLSTATE may sit on the error or its cause. */
function pgErrorOf(error: unknown): PgError | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const e = current as PgError;
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e;
    current = e.cause;
  }
  return undefined;
}

/** Turns any error into a problem; the one place status codes are decided for errors. */
export function toProblem(error: unknown): Problem | undefined {
  if (error instanceof Problem) return error;
  const fe = error as FastifyError;
  if (hasZodFastifySchemaValidationErrors(fe)) {
    const where = fe.validationContext ?? 'body';
    const errors: FieldError[] = fe.validation.flatMap((v) => {
      const path = [where, ...String(v.instancePath ?? '').split('/').filter(Boolean)].join('.');
      const unknownKeys = v.keyword === 'unrecognized_keys' ? (v.params as { keys?: string[] }).keys : undefined;
      if (unknownKeys?.length) return unknownKeys.map((key) => ({ path: `${path}.${key}`, message: 'is not a known field' }));
      return [{ path, message: v.message ?? 'invalid' }];
    });
    return new Problem('validation', errors.map((e) => `${e.path}: ${e.message}`).join('; '), errors);
  }
  if (fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (fe.statusCode === 400 && fe.code?.startsWith('FST_ERR_CTP'))) {
    return new Problem('validation', 'The body is not valid JSON', [{ path: 'body', message: fe.message }]);
  }
  if (error instanceof SyntaxError && fe.statusCode === 400) {
    return new Problem('validation', 'The body is not valid JSON', [{ path: 'body', message: error.message }]);
  }
  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new Problem('payload-too-large', 'The request body is too large');
  if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return new Problem('unsupported-media-type', 'Send JSON with Content-Type: application/json');
  if (fe.statusCode === 429) return new Problem('too-many-attempts', fe.message);
  const pgError = pgErrorOf(error);
  if (pgError?.code === '23505') return new Problem('conflict', 'A record with the same unique value already exists');
  if (pgError?.code === '23503') return new Problem('unprocessable', 'A record this refers to does not exist');
  if (pgError?.code === '22P02' || pgError?.code === '22007' || pgError?.code === '22008') {
    return new Problem('validation', 'A value has the wrong format', [{ path: pgError.column ?? 'body', message: 'wrong format' }]);
  }
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500 && !isResponseSerializationError(fe)) {
    return new Problem(fe.statusCode === 404 ? 'not-found' : 'validation', fe.message);
  }
  return undefined;
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, p: Problem) {
  const body = problemBody(p, request.url.split('?')[0]);
  if (p.headers) reply.headers(p.headers);
  return reply.status(body.status).type('application/problem+json').send(body);
}

export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error, request, reply) => {
    const p = toProblem(error);
    if (p) return sendProblem(reply, request, p);
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(
      reply,
      request,
      new Problem('internal', `Unexpected error. Quote request id ${request.id} to support.`),
    );
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, request, new Problem('not-found', `No route ${request.method} ${request.url.split('?')[0]}`)),
  );
}
