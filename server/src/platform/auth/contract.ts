import { z } from 'zod';
import { ROLES } from './roles.js';

export const LoginBody = z.strictObject({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(500),
});

export const UserView = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.string(),
  roleLabel: z.string(),
  forceId: z.string(),
  forceName: z.string(),
  team: z.string().nullable(),
  permissions: z.array(z.string()),
});
export type UserView = z.infer<typeof UserView>;

export const SessionView = z.object({ user: UserView });

const Username = z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9._-]{1,49}$/, 'letters, digits, dots, hyphens or underscores, 2–50 characters');
const Password = z.string().min(12, 'at least 12 characters').max(200);
const RoleName = z.enum(ROLES);

export const UserAdminView = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: RoleName,
  roleLabel: z.string(),
  team: z.string().nullable(),
  collarNumber: z.string().nullable(),
  active: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type UserAdminView = z.infer<typeof UserAdminView>;

export const CreateUserBody = z.strictObject({
  username: Username,
  displayName: z.string().trim().min(2).max(120),
  role: RoleName,
  team: z.string().trim().min(1).max(120).nullish(),
  collarNumber: z.string().trim().regex(/^[A-Za-z0-9]{1,10}$/, 'letters and digits, up to 10').nullish(),
  password: Password,
});
export type CreateUserBody = z.infer<typeof CreateUserBody>;

export const UpdateUserBody = z.strictObject({
  displayName: z.string().trim().min(2).max(120).optional(),
  role: RoleName.optional(),
  team: z.string().trim().min(1).max(120).nullable().optional(),
  collarNumber: z.string().trim().regex(/^[A-Za-z0-9]{1,10}$/, 'letters and digits, up to 10').nullable().optional(),
  active: z.boolean().optional(),
}).refine((b) => Object.keys(b).length > 0, { message: 'send at least one field to change' });
export type UpdateUserBody = z.infer<typeof UpdateUserBody>;

export const ResetPasswordBody = z.strictObject({ password: Password });

export const UserListQuery = z.strictObject({
  q: z.string().max(100).optional(),
  includeInactive: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});
export const UserList = z.object({
  items: z.array(UserAdminView),
  nextCursor: z.string().nullable(),
  total: z.number().int().describe('Users matching, on every page'),
});
