import { useMemo, type ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { Center, Loader } from '@mantine/core';
import { api } from './api';
import { AuthContext, type Auth } from './auth-context';
import { useSession, useSetSessionUser } from './session';
import { ProblemAlert } from './ProblemAlert';

/** Renders its children only for a signed-in user; everyone else goes to the sign-in page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession();
  const setUser = useSetSessionUser();
  const location = useLocation();
  const navigate = useNavigate();
  const user = session.data;
  const auth = useMemo<Auth | null>(
    () =>
      user
        ? {
            user,
            can: (permission) => user.permissions.includes(permission),
            logout: async () => {
              // An already-expired session is signed out as far as the user is concerned.
              await api('/auth/logout', { method: 'POST' }).catch(() => undefined);
              navigate('/login', { replace: true });
              setUser(null);
            },
          }
        : null,
    [user, setUser, navigate],
  );
  if (session.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  if (session.isError) return <ProblemAlert error={session.error} />;
  if (!auth) {
    const next = location.pathname + location.search;
    return <Navigate to={`/login${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`} replace />;
  }
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}
