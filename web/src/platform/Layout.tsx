import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { ActionIcon, AppShell, Box, Burger, Button, Group, ScrollArea, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useLocation } from 'react-router';
import { useAuth } from './auth-context';
import { SearchIcon } from './icons';
import { NavMenu } from './NavMenu';
import { useNarrowScreen } from './responsive';
import { UserMenu } from './UserMenu';

/**
 * The application frame: header with search and user, module navigation on the left.
 *
 * From `sm` up the navigation stays open beside the page and the header shows the search and who is signed in.
 * On a phone (Mark43 / Niche Mobile style) the navigation hides behind a burger that closes again on navigation,
 * the search becomes an icon button and the user's name and Sign out move into an account menu.
 *
 * `search` is the header's search trigger (a button that opens the search, with its own Ctrl+K). It is mounted
 * once at every width; on a phone it is hidden and the search icon presses it.
 */
export function Layout({ search }: { search: ReactNode }) {
  const { user, logout } = useAuth();
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  const narrow = useNarrowScreen();
  // Collapsed on a phone the navigation only slides off screen: hide it too, so Tab and screen readers skip it.
  const navHidden = narrow && !opened;
  const searchSlot = useRef<HTMLDivElement>(null);
  const [hasSearch, setHasSearch] = useState(false);

  // Any navigation (a module link, a search result, a link in the page) closes the phone navigation.
  useEffect(() => close(), [pathname, close]);
  // The search icon only shows when there is a search for this user to open.
  useLayoutEffect(() => setHasSearch(Boolean(searchSlot.current?.querySelector('button'))));
  const openSearch = () => searchSlot.current?.querySelector('button')?.click();

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label="Navigation menu"
              aria-expanded={opened}
              aria-controls="app-navigation"
            />
            <Title order={1} size="h3" style={{ whiteSpace: 'nowrap' }}>
              <Link to="/work" style={{ color: 'inherit', textDecoration: 'none' }}>
                Watchhouse
              </Link>
            </Title>
            <Text size="sm" c="dimmed" visibleFrom="md" data-testid="force-name">
              {user.forceName}
            </Text>
          </Group>
          <Box ref={searchSlot} visibleFrom="sm" style={{ display: 'flex', flex: '0 1 320px', minWidth: 0 }}>
            {search}
          </Box>
          <Group gap="sm" wrap="nowrap" visibleFrom="sm">
            <div style={{ textAlign: 'right' }} data-testid="current-user">
              <Text size="sm" fw={600} lh={1.2}>
                {user.displayName}
              </Text>
              <Text size="xs" c="dimmed" lh={1.2}>
                {user.roleLabel}
              </Text>
            </div>
            <Button variant="default" size="xs" onClick={() => void logout()}>
              Sign out
            </Button>
          </Group>
          <Group gap="xs" wrap="nowrap" hiddenFrom="sm">
            {hasSearch && (
              <ActionIcon variant="default" size="lg" aria-label="Search" aria-keyshortcuts="Control+K" onClick={openSearch}>
                <SearchIcon />
              </ActionIcon>
            )}
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar
        p="xs"
        id="app-navigation"
        inert={navHidden}
        style={{ visibility: navHidden ? 'hidden' : 'visible', transitionProperty: 'transform, top, height, visibility' }}
      >
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
