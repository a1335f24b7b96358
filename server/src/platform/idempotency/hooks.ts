import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/connect.js';
import { Problem } from '../http/problems.js';
import { claimKey, findKey, reclaimKey, releaseKey, storeResponse } from './queries.js';
import { IDEMPOTENCY_KEY, IDEMPOTENCY_TTL_HOURS, idempotencyDecision } from './rules.js';

declare module 'fastify' {
  interface FastifyRequest {
    idempotency?: { forceId: string; userId: string; key: string; replayed: boolean };
  }
}

/** Response headers a replay must repeat. */
const KEPT_HEADERS = ['content-type', 'etag', 'location'] as const;

const hashOf = (parts: unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('hex');

/**
 * `Idempotency-Key` on any signed-in POST: the first response (2xx or 4xx) is kept for 24 hours and replayed to a
 * retry with the same key and body; the same key with another body is 422; a retry while the first is still running
 * is 409. Server errors and 503s release the key, so a retry runs again.
 */
export function registerIdempotency(app: FastifyInstance, deps: { db: Db; now: () => Date }) {
  app.addHook('preHandler', async (request, reply) => {
    const header = request.headers['idempotency-key'];
    if (request.method !== 'POST' || !request.actor || header === undefined) return;
    if (typeof header !== 'string' || !IDEMPOTENCY_KEY.test(header)) {
      throw new Problem('validation', 'Idempotency-Key must be 8–255 visible ASCII characters, e.g. a UUID', [{ path: 'headers.idempotency-key', message: 'not a usable key' }]);
    }
    const k = { forceId: request.actor.forceId, userId: request.actor.id, key: header };
    const requestHash = hashOf([request.method, request.routeOptions.url, request.params, request.body ?? null]);
    const now = deps.now();
    if (!(await claimKey(deps.db, k, requestHash, now))) {
      const stored = await findKey(deps.db, k);
      const expired = !stored || now.getTime() - stored.createdAt.getTime() > IDEMPOTENCY_TTL_HOURS * 3_600_000;
      const decision = expired ? { kind: 'proceed' as const } : idempotencyDecision(stored, requestHash, now);
      if (decision.kind === 'different-request') {
        throw new Problem('unprocessable', 'This Idempotency-Key was already used for a different request. Use a new key for a new request.', [{ path: 'headers.idempotency-key', message: 'used for a different request' }]);
      }
      if (decision.kind === 'in-progress') {
        throw new Problem('conflict', 'The first request with this Idempotency-Key is still being answered. Retry in a moment.', undefined, { 'Retry-After': '1' });
      }
      if (decision.kind === 'replay' && stored) {
        request.idempotency = { ...k, replayed: true };
        reply.headers({ ...(stored.headers ?? {}), 'idempotent-replayed': 'true' }).status(stored.statusCode!);
        return reply.send(stored.body);
      }
      await reclaimKey(deps.db, k, requestHash, now);
    }
    request.idempotency = { ...k, replayed: false };
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const k = request.idempotency;
    if (!k || k.replayed) return payload;
    const status = reply.statusCode;
    const keep = typeof payload === 'string' && status < 500 && status !== 409 && status !== 429;
    if (!keep) {
      await releaseKey(deps.db, k);
      return payload;
    }
    const headers: Record<string, string> = {};
    for (const name of KEPT_HEADERS) {
      const value = reply.getHeader(name);
      if (value !== undefined) headers[name] = String(value);
    }
    await storeResponse(deps.db, k, { statusCode: status, headers, body: payload });
    return payload;
  });
}
