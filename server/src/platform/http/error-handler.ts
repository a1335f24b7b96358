import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { Duplex } from 'node:stream';
import { PROBLEMS, Problem, problemBody, type FieldError } from './problems.js';
import { logSafeError } from '../log.js';

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

/** SQLSTATE classes and driver messages that mean the database went away, not that the request was wrong. */
const UNAVAILABLE_SQLSTATE = /^(08|57P0[1-3]|53300)/;
const UNAVAILABLE_MESSAGE = /Connection terminated|connection error and is not queryable|ECONNREFUSED|ECONNRESET|timeout exceeded when trying to connect|Client was closed|Cannot use a pool after calling end/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const e = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof e.code === 'string' && (UNAVAILABLE_SQLSTATE.test(e.code) || e.code === 'ECONNREFUSED' || e.code === 'ECONNRESET')) return true;
    if (typeof e.message === 'string' && UNAVAILABLE_MESSAGE.test(e.message)) return true;
    current = e.cause;
  }
  return false;
}

export const RETRY_AFTER_SECONDS = 5;

/** Turns any error into a problem; the one place status codes are decided for errors. */
export function toProblem(error: unknown): Problem | undefined {
  if (error instanceof Problem) return error;
  if (isDatabaseUnavailable(error)) {
    return new Problem('unavailable', 'The database connection was interrupted. Try again in a few seconds; if you were saving, check whether it was saved first.', undefined, { 'Retry-After': String(RETRY_AFTER_SECONDS) });
  }
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

/**
 * Node's HTTP parser refuses some requests before Fastify sees them (headers or request line over 16 kB, malformed
 * requests); answer those as problem+json too, straight on the socket.
 */
export function clientErrorResponse(error: NodeJS.ErrnoException): string {
  const code = error.code === 'HPE_HEADER_OVERFLOW' ? 'headers-too-large' : 'bad-request';
  const detail = code === 'headers-too-large' ? 'Send a shorter URL or fewer headers (16 kB at most): long searches go in a POST body.' : 'The HTTP request is malformed.';
  const body = JSON.stringify(problemBody(new Problem(code, detail)));
  return `HTTP/1.1 ${PROBLEMS[code].status} ${PROBLEMS[code].title}\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
}

export function handleClientError(error: NodeJS.ErrnoException, socket: Duplex) {
  if (error.code === 'ECONNRESET' || !socket.writable) return socket.destroy();
  socket.end(clientErrorResponse(error));
}

export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error, request, reply) => {
    const p = toProblem(error);
    if (p) return sendProblem(reply, request, p);
    request.log.error({ error: logSafeError(error) }, 'unhandled error');
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
