import type { FastifyRequest } from 'fastify';
import type { Actor, Ctx } from './context.js';
import type { Db } from '../db/connect.js';
import { problem } from './problems.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
    forceName?: string;
  }
}

export type RequestDeps = { db: Db; now: () => Date };

const MAX_REASON = 500;

/** The use-case context of a signed-in request. */
export function ctxOf(request: FastifyRequest, deps: RequestDeps): Ctx {
  const user = request.actor;
  if (!user) throw problem('unauthenticated', 'Sign in first.');
  const reasonHeader = request.headers['x-access-reason'];
  const accessReason = typeof reasonHeader === 'string' && reasonHeader.trim() ? decodeURIComponent(reasonHeader.trim()).slice(0, MAX_REASON) : undefined;
  return { db: deps.db, user, forceId: user.forceId, requestId: request.id, now: deps.now, accessReason };
}
