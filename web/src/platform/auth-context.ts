import { createContext, useContext } from 'react';

export type User = {
  id: string;
  username: string;
  displayName: string;
  role: string;
  roleLabel: string;
  forceId: string;
  forceName: string;
  team: string | null;
  permissions: string[];
};

export type Auth = {
  user: User;
  can: (permission: string) => boolean;
  logout: () => Promise<void>;
};

export const AuthContext = createContext<Auth | null>(null);

/** The signed-in user; only usable below `RequireAuth`. */
export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth used outside RequireAuth');
  return auth;
}
