import type { Ctx } from '../http/context.js';
import { problem } from '../http/problems.js';
import { audit } from '../audit/audit.js';
import { newId } from '../db/columns.js';
import { ROLE_LABELS, type Role } from './roles.js';
import { hashPassword } from './passwords.js';
import { requireStrongPassword } from './password-strength.js';
import { deleteSessionsOfUser, findUserByUsername, getUser, insertUser, updateUserVersioned } from './queries.js';
import type { CreateUserBody, UpdateUserBody, UserAdminView } from './contract.js';
import type { users } from './schema.js';

const ENTITY = 'user';

export function userAdminView(row: typeof users.$inferSelect): UserAdminView {
  const role = row.role as Role;
  return {
    id: row.id, username: row.username, displayName: row.displayName, role, roleLabel: ROLE_LABELS[role],
    team: row.team, collarNumber: row.collarNumber, active: row.active, version: row.version, createdAt: row.createdAt.toISOString(),
  };
}

/** An administrator creates a user in their own force; user names are unique across the deployment. */
export async function createUser(ctx: Ctx, body: CreateUserBody): Promise<UserAdminView> {
  requireStrongPassword(body.password, { username: body.username, displayName: body.displayName });
  if (await findUserByUsername(ctx.db, body.username)) {
    throw problem('conflict', `The user name ${body.username} is taken.`);
  }
  const passwordHash = await hashPassword(body.password);
  return ctx.db.transaction(async (tx) => {
    const row = await insertUser(tx, {
      forceId: ctx.forceId, id: newId(), username: body.username, displayName: body.displayName, role: body.role,
      team: body.team ?? null, collarNumber: body.collarNumber ?? null, passwordHash,
    });
    await audit(tx, ctx, 'user.created', { type: ENTITY, id: row.id }, { detail: { username: row.username, role: row.role } });
    return userAdminView(row);
  });
}

/** Changing role or deactivating ends the user's sessions, so new rights (or none) apply at once. */
export async function updateUser(ctx: Ctx, id: string, expectedVersion: number, body: UpdateUserBody): Promise<UserAdminView> {
  if (id === ctx.user.id && (body.active === false || (body.role && body.role !== ctx.user.role))) {
    throw problem('invalid-state', 'You cannot deactivate yourself or change your own role; ask another administrator.');
  }
  return ctx.db.transaction(async (tx) => {
    const current = await getUser(tx, ctx.forceId, id);
    if (current.version !== expectedVersion) {
      throw problem('stale-version', `This user is at version ${current.version}; you sent ${expectedVersion}. Reload and try again.`);
    }
    const updated = await updateUserVersioned(tx, ctx.forceId, id, expectedVersion, body);
    if (!updated) throw problem('stale-version', 'This user was changed at the same moment. Reload and try again.');
    const accessChanged = (body.role !== undefined && body.role !== current.role) || body.active === false;
    if (accessChanged) await deleteSessionsOfUser(tx, ctx.forceId, id);
    const changes = Object.fromEntries(Object.keys(body).map((k) => [k, { from: current[k as keyof typeof current], to: updated[k as keyof typeof updated] }]));
    await audit(tx, ctx, 'user.updated', { type: ENTITY, id }, { detail: { changes, sessionsEnded: accessChanged } });
    return userAdminView(updated);
  });
}

export async function resetPassword(ctx: Ctx, id: string, password: string): Promise<void> {
  const owner = await getUser(ctx.db, ctx.forceId, id);
  requireStrongPassword(password, { username: owner.username, displayName: owner.displayName });
  const passwordHash = await hashPassword(password);
  await ctx.db.transaction(async (tx) => {
    const current = await getUser(tx, ctx.forceId, id);
    await updateUserVersioned(tx, ctx.forceId, id, current.version, { passwordHash });
    await deleteSessionsOfUser(tx, ctx.forceId, id);
    await audit(tx, ctx, 'user.password_reset', { type: ENTITY, id });
  });
}
