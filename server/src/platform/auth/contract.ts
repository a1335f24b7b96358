import { z } from 'zod';

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

export const UserSummary = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.string(),
  team: z.string().nullable(),
});

export const UserListQuery = z.strictObject({
  q: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const UserList = z.object({ items: z.array(UserSummary) });
