import { Badge, NavLink as MantineNavLink, Stack } from '@mantine/core';
import { NavLink, useLocation } from 'react-router';
import { useAuth } from './auth-context';
import { MODULES } from './modules';

/** Left navigation, one link per module the user may use. */
export function NavMenu({ onNavigate }: { onNavigate: () => void }) {
  const { can } = useAuth();
  const { pathname } = useLocation();
  return (
    <Stack gap={0} component="nav" aria-label="Modules">
      {MODULES.filter((m) => !m.permission || can(m.permission)).map((m) => (
        <MantineNavLink
          key={m.key}
          component={NavLink}
          to={m.path}
          label={m.label}
          active={pathname === m.path || pathname.startsWith(`${m.path}/`)}
          c={m.planned ? 'dimmed' : undefined}
          rightSection={
            m.planned ? (
              <Badge size="xs" variant="light" color="gray">
                not yet
              </Badge>
            ) : undefined
          }
          onClick={onNavigate}
        />
      ))}
    </Stack>
  );
}
