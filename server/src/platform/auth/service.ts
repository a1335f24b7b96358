import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/connect.js';
import type { Actor } from '../http/context.js';
import { Problem, problem } from '../http/problems.js';
import { auditSystem } from '../audit/audit.js';
import { ROLE_LABELS, type Role } from './roles.js';
import { newSessionToken, passwordMatchesUser, sessionTokenHash } from './passwords.js';
import { deleteSession, findSessionUser, findUserByUsername, getForce, insertSession } from './queries.js';
import type { LoginThrottle } from './login-throttle.js';
import type { UserView } from './contract.js';

export const SESSION_COOKIE = 'wh_session';

export type AuthDeps = {
  db: Db;
  now: () => Date;
  sessionHours: number;
  throttle: LoginThrottle;
  permissionsOf: (role: Role) => ReadonlySet<string>;
};

export function userView(actor: Actor, forceName: string): UserView {
  return {
    id: actor.id,
    username: actor.username,
    displayName: actor.displayName,
    role: actor.role,
    roleLabel: ROLE_LABELS[actor.role],
    forceId: actor.forceId,
    forceName,
    team: actor.team,
    permissions: [...actor.permissions].sort(),
  };
}

function actorOf(user: { id: string; username: string; displayName: string; role: string; forceId: string; team: string | null }, deps: AuthDeps): Actor {
  const role = user.role as Role;
  return { id: user.id, username: user.username, displayName: user.displayName, role, forceId: user.forceId, team: user.team, permissions: deps.permissionsOf(role) };
}

export async function login(deps: AuthDeps, input: { username: string; password: string; ip: string; requestId: string }) {
  const now = deps.now();
  const keys = [`user:${input.username.toLowerCase()}`, `ip:${input.ip}`];
  const wait = deps.throttle.retryAfter(keys, now);
  if (wait > 0) {
    throw new Problem('too-many-attempts', `Too many failed sign-ins. Try again in ${Math.ceil(wait / 60)} minute(s).`, undefined, { 'retry-after': String(wait) });
  }
  const user = await findUserByUsername(deps.db, input.username);
  const ok = await passwordMatchesUser(user?.active ? user.passwordHash : undefined, input.password);
  if (!user || !ok) {
    deps.throttle.fail(keys, now);
    await auditSystem(deps.db, {
      at: now, forceId: user?.forceId ?? '-', username: input.username, action: 'auth.login_failed',
      entityType: 'user', entityId: user?.id ?? null, requestId: input.requestId, detail: { ip: input.ip },
    });
    throw problem('bad-credentials', 'Check your user name and password.');
  }
  deps.throttle.succeed(keys);
  const { token, tokenHash } = newSessionToken();
  const expiresAt = new Date(now.getTime() + deps.sessionHours * 3600_000);
  const force = await getForce(deps.db, user.forceId);
  await deps.db.transaction(async (tx) => {
    await insertSession(tx, { tokenHash, forceId: user.forceId, userId: user.id, expiresAt });
    await auditSystem(tx, { at: now, forceId: user.forceId, username: user.username, action: 'auth.login', entityType: 'user', entityId: user.id, requestId: input.requestId, detail: { ip: input.ip } });
  });
  return { token, expiresAt, user: userView(actorOf(user, deps), force.name) };
}

export async function sessionActor(deps: AuthDeps, token: string | undefined): Promise<{ actor: Actor; forceName: string } | undefined> {
  if (!token) return undefined;
  const row = await findSessionUser(deps.db, sessionTokenHash(token), deps.now());
  return row ? { actor: actorOf(row.user, deps), forceName: row.forceName } : undefined;
}

export async function logout(deps: AuthDeps, token: string | undefined, request: FastifyRequest) {
  if (token) await deleteSession(deps.db, sessionTokenHash(token));
  const actor = request.actor;
  if (actor) {
    await auditSystem(deps.db, { at: deps.now(), forceId: actor.forceId, username: actor.username, action: 'auth.logout', entityType: 'user', entityId: actor.id, requestId: request.id });
  }
}
