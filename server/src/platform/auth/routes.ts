import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../http/request.js';
import { problem } from '../http/problems.js';
import { CreateUserBody, LoginBody, ResetPasswordBody, SessionView, UpdateUserBody, UserAdminView, UserList, UserListQuery } from './contract.js';
import { DEVICE_COOKIE, DEVICE_COOKIE_PATH, login, logout, SESSION_COOKIE, userView, type AuthDeps } from './service.js';
import type { AppDeps } from '../http/deps.js';
import { countUsers, getUser, listUsers } from './queries.js';
import { decodeCursor, pageOf } from '../http/pagination.js';
import { createUser, resetPassword, updateUser, userAdminView } from './users.js';
import { IdParams, IfMatchHeader } from '../http/params.js';
import { ifMatchVersion, withEtag } from '../http/context.js';
import { audit } from '../audit/audit.js';

const UserCursor = z.tuple([z.string().max(200), z.uuid()]);

export function authDeps(d: AppDeps): AuthDeps {
  return {
    db: d.db, now: d.now, sessionHours: d.config.SESSION_HOURS, permissionsOf: d.permissionsOf,
    throttle: { accountFreeFailures: d.config.LOGIN_MAX_FAILURES, addressMaxFailures: d.config.LOGIN_ADDRESS_MAX_FAILURES },
  };
}

export async function authRoutes(app: FastifyInstance) {
  const deps = authDeps(app.deps);
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post('/auth/login', {
    config: { public: true },
    schema: {
      tags: ['auth'],
      summary: 'Sign in; sets an HttpOnly session cookie and a long-lived known-device cookie',
      description: 'Failed sign-ins are throttled per account (a growing wait for devices that have not signed in to it before) and per client address; a throttled attempt answers 429 with Retry-After.',
      body: LoginBody,
      response: { 200: SessionView },
    },
  }, async (request, reply) => {
    const result = await login(deps, { ...request.body, ip: request.ip, requestId: request.id, deviceToken: request.cookies[DEVICE_COOKIE] });
    reply.setCookie(SESSION_COOKIE, result.token, {
      httpOnly: true, sameSite: 'lax', secure: app.deps.config.COOKIE_SECURE, path: '/', expires: result.expiresAt,
    });
    reply.setCookie(DEVICE_COOKIE, result.device.token, {
      httpOnly: true, sameSite: 'strict', secure: app.deps.config.COOKIE_SECURE, path: DEVICE_COOKIE_PATH, expires: result.device.expiresAt,
    });
    return { user: result.user };
  });

  r.post('/auth/logout', {
    config: { signedIn: true },
    schema: { tags: ['auth'], summary: 'Sign out and end the session', response: { 204: z.null() } },
  }, async (request, reply) => {
    await logout(deps, request.cookies[SESSION_COOKIE], request);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });

  r.get('/auth/me', {
    config: { signedIn: true },
    schema: { tags: ['auth'], summary: 'The signed-in user and their permissions', response: { 200: SessionView } },
  }, async (request) => {
    if (!request.actor || !request.forceName) throw problem('unauthenticated', 'Sign in first.');
    return { user: userView(request.actor, request.forceName) };
  });

  r.get('/users', {
    config: { permission: 'users:read' },
    schema: { tags: ['users'], summary: 'Users of your force by name (for assignment, access lists and administration); paged, with the true total', querystring: UserListQuery, response: { 200: UserList } },
  }, async (request) => {
    const ctx = ctxOf(request, deps);
    const after = decodeCursor(request.query.cursor, UserCursor);
    const [rows, total] = await Promise.all([
      listUsers(ctx.db, ctx.forceId, { ...request.query, limit: request.query.limit + 1 }, after),
      countUsers(ctx.db, ctx.forceId, request.query),
    ]);
    const page = pageOf(rows, request.query.limit, (last) => [last.displayName, last.id]);
    return { items: page.items.map(userAdminView), nextCursor: page.nextCursor, total };
  });

  r.get('/users/:id', {
    config: { permission: 'users:read' },
    schema: { tags: ['users'], summary: 'One user of your force', params: IdParams, response: { 200: UserAdminView } },
  }, async (request, reply) => {
    const ctx = ctxOf(request, deps);
    const user = await getUser(ctx.db, ctx.forceId, request.params.id);
    await audit(ctx.db, ctx, 'read', { type: 'user', id: user.id });
    return withEtag(reply, userAdminView(user));
  });

  r.post('/users', {
    config: { permission: 'users:admin' },
    schema: { tags: ['users'], summary: 'Create a user in your force', body: CreateUserBody, response: { 201: UserAdminView } },
  }, async (request, reply) => reply.status(201).send(withEtag(reply, await createUser(ctxOf(request, deps), request.body))));

  r.patch('/users/:id', {
    config: { permission: 'users:admin' },
    schema: { tags: ['users'], summary: 'Change role, team, name or deactivate (If-Match required); ends their sessions when access changes', params: IdParams, headers: IfMatchHeader, body: UpdateUserBody, response: { 200: UserAdminView } },
  }, async (request, reply) => withEtag(reply, await updateUser(ctxOf(request, deps), request.params.id, ifMatchVersion(request), request.body)));

  r.post('/users/:id/password', {
    config: { permission: 'users:admin' },
    schema: { tags: ['users'], summary: 'Set a new password and end the user’s sessions', params: IdParams, body: ResetPasswordBody, response: { 204: z.null() } },
  }, async (request, reply) => {
    await resetPassword(ctxOf(request, deps), request.params.id, request.body.password);
    return reply.status(204).send(null);
  });
}
