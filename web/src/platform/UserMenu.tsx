import { ActionIcon, Menu, Text } from '@mantine/core';
import { useAuth } from './auth-context';
import { UserIcon } from './icons';

/** On a phone, who is signed in and Sign out live behind one header button. */
export function UserMenu() {
  const { user, logout } = useAuth();
  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <ActionIcon variant="default" size="lg" aria-label={`Account: ${user.displayName}`}>
          <UserIcon />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <div style={{ padding: '6px 12px' }} data-testid="current-user-menu">
          <Text size="sm" fw={600}>{user.displayName}</Text>
          <Text size="xs" c="dimmed">{user.roleLabel}</Text>
          <Text size="xs" c="dimmed">{user.forceName}</Text>
        </div>
        <Menu.Divider />
        <Menu.Item onClick={() => void logout()}>Sign out</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
