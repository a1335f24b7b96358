import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/connect.js';
import type { Role } from '../auth/roles.js';
import { Problem, problem } from './problems.js';

export type Actor = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  forceId: string;
  team: string | null;
  permissions: ReadonlySet<string>;
};

/** What every use-case receives: who is acting, for which force, on which database, at what time. */
export type Ctx = {
  db: Db;
  user: Actor;
  forceId: string;
  requestId: string;
  now: () => Date;
  /** Need-to-know override reason (X-Access-Reason header), audited when used. */
  accessReason?: string;
};

export function can(ctx: { user: Actor }, permission: string): boolean {
  return ctx.user.permissions.has(permission);
}

export function requirePermission(ctx: { user: Actor }, permission: string): void {
  if (!can(ctx, permission)) throw problem('forbidden', `Your role does not have the permission ${permission}.`);
}

/** Versions are PostgreSQL `integer`s; a larger number can never match a record. */
const MAX_VERSION = 2_147_483_647;

/** Version from `If-Match: "3"` (or W/"3"); 428 when absent, 400 when unreadable, 409 when no record can be at it. */
export function ifMatchVersion(request: FastifyRequest): number {
  const declared = (request.routeOptions.schema?.headers as { shape?: Record<string, unknown> } | undefined)?.shape?.['if-match'];
  // A route that reads If-Match must declare it, so OpenAPI tells clients; the API tests exercise every such verb.
  if (!declared) throw new Error(`${request.method} ${request.routeOptions.url} reads If-Match but does not declare it (headers: IfMatchHeader)`);
  const header = request.headers['if-match'];
  if (!header) throw new Problem('precondition-required', 'Send If-Match with the version (ETag) you last read.');
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(String(header).trim());
  if (!match) throw new Problem('validation', 'If-Match must be the ETag you last read, e.g. "3"', [{ path: 'headers.if-match', message: 'not a version' }]);
  const version = Number(match[1]);
  if (version > MAX_VERSION) throw new Problem('stale-version', 'No record is at that version: read the record again and send its ETag.');
  return version;
}

export function withEtag<T extends { version: number }>(reply: FastifyReply, view: T): T {
  reply.header('ETag', `"${view.version}"`);
  return view;
}
