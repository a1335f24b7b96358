import type { FastifyInstance } from 'fastify';

/** A request slower than this is logged at info even when it succeeded. */
export const SLOW_REQUEST_MS = 1000;

/** The path only: query strings carry searched names, phone numbers and dates of birth. */
export const loggedPath = (url: string) => url.split('?')[0];

/**
 * One log line per request, after the response: `info` for server errors and slow requests, `debug` for the rest, so
 * the default level does not flood the console. No query string, body or header is logged. Every response carries
 * its `X-Request-Id`.
 */
export function registerRequestLog(app: FastifyInstance) {
  // The id support asks for ("Quote request id …"), and the key of the request's audit rows.
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    const ms = Math.round(reply.elapsedTime);
    const line = { reqId: request.id, method: request.method, path: loggedPath(request.url), status: reply.statusCode, ms, user: request.actor?.username };
    if (reply.statusCode >= 500) request.log.error(line, 'request failed');
    else if (ms >= SLOW_REQUEST_MS) request.log.info(line, 'slow request');
    else request.log.debug(line, 'request');
  });
}
