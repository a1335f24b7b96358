import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../http/request.js';
import { problem } from '../http/problems.js';
import { LoginBody, SessionView, UserList, UserListQuery } from './contract.js';
import { login, logout, SESSION_COOKIE, userView, type AuthDeps } from './service.js';
import type { AppDeps } from '../http/deps.js';
import { listUsers } from './queries.js';

export function authDeps(d: AppDeps): AuthDeps {
  return { db: d.db, now: d.now, sessionHours: d.config.SESSION_HOURS, throttle: d.throttle, permissionsOf: d.permissionsOf };
}

export async function authRoutes(app: FastifyInstance) {
  const deps = authDeps(app.deps);
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post('/auth/login', {
    config: { public: true },
    schema: { tags: ['auth'], summary: 'Sign in; sets an HttpOnly session cookie', body: LoginBody, response: { 200: SessionView } },
  }, async (request, reply) => {
    const result = await login(deps, { ...request.body, ip: request.ip, requestId: request.id });
    reply.setCookie(SESSION_COOKIE, result.token, {
      httpOnly: true, sameSite: 'lax', secure: app.deps.config.COOKIE_SECURE, path: '/', expires: result.expiresAt,
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
    schema: { tags: ['auth'], summary: 'Users of your force (for assignment and access lists)', querystring: UserListQuery, response: { 200: UserList } },
  }, async (request) => {
    const ctx = ctxOf(request, deps);
    const rows = await listUsers(ctx.db, ctx.forceId, request.query.q, request.query.limit);
    return { items: rows.map((u) => ({ id: u.id, username: u.username, displayName: u.displayName, role: u.role, team: u.team })) };
  });
}
