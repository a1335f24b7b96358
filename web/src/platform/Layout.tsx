import type { ReactNode } from 'react';
import { AppShell, Burger, Button, Group, ScrollArea, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet } from 'react-router';
import { useAuth } from './auth-context';
import { NavMenu } from './NavMenu';

/** The application frame: header with search and user, module navigation on the left. */
export function Layout({ search }: { search: ReactNode }) {
  const { user, logout } = useAuth();
  const [opened, { toggle, close }] = useDisclosure();
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Title order={1} size="h3">
              <Link to="/work" style={{ color: 'inherit', textDecoration: 'none' }}>
                Watchhouse
              </Link>
            </Title>
            <Text size="sm" c="dimmed" visibleFrom="md" data-testid="force-name">
              {user.forceName}
            </Text>
          </Group>
          {search}
          <Group gap="sm" wrap="nowrap">
            <div style={{ textAlign: 'right' }} data-testid="current-user">
              <Text size="sm" fw={600} lh={1.2}>
                {user.displayName}
              </Text>
              <Text size="xs" c="dimmed" lh={1.2} visibleFrom="xs">
                {user.roleLabel}
              </Text>
            </div>
            <Button variant="default" size="xs" onClick={() => void logout()}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <AppShell.Section grow component={ScrollArea}>
          <NavMenu onNavigate={close} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
