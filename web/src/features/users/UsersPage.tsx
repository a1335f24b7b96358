import { Fragment, useState } from 'react';
import { Badge, Button, Card, Loader, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useDebouncedValue } from '@mantine/hooks';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { ShowMore } from '../../platform/ShowMore';
import { CreateUserForm } from './CreateUserForm';
import { EditUserForm } from './EditUserForm';
import { fetchRoles, useUserAccounts } from './users-api';

/** The force's user accounts: create, change role or team, deactivate, reset a password. */
export function UsersPage() {
  const [q, setQ] = useState('');
  const [includeInactive, setIncludeInactive] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const roles = useQuery({ queryKey: ['reference', 'roles'], queryFn: fetchRoles, staleTime: Infinity });
  const [debounced] = useDebouncedValue(q, 250);
  const users = useUserAccounts(debounced, includeInactive);
  const roleList = roles.data?.items ?? [];
  return (
    <Stack>
      <div>
        <Title order={2}>Users</Title>
        <Text c="dimmed" size="sm">Accounts of your force. Changing a role or deactivating signs the user out at once. Every change is audited.</Text>
      </div>
      <Card withBorder>
        <Title order={4} mb="xs">New user</Title>
        <CreateUserForm roles={roleList} />
      </Card>
      <TextInput label="Find a user" placeholder="Name or user name" value={q} onChange={(e) => setQ(e.currentTarget.value)} />
      <Switch label="Include deactivated accounts" checked={includeInactive} onChange={(e) => setIncludeInactive(e.currentTarget.checked)} />
      <ProblemAlert error={users.error ?? roles.error} />
      {users.isPending && <Loader size="sm" aria-label="Loading users" />}
      {users.isSuccess && <Text fw={600} aria-live="polite">{users.total} {users.total === 1 ? 'account' : 'accounts'}</Text>}
      {users.isSuccess && (
        <Table striped aria-label="Users">
          <Table.Thead>
            <Table.Tr><Table.Th>User name</Table.Th><Table.Th>Name</Table.Th><Table.Th>Role</Table.Th><Table.Th>Team</Table.Th><Table.Th>Status</Table.Th><Table.Th /></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.items.map((u) => (
              <Fragment key={u.id}>
                <Table.Tr>
                  <Table.Td>{u.username}</Table.Td>
                  <Table.Td>{u.displayName}</Table.Td>
                  <Table.Td>{u.roleLabel}</Table.Td>
                  <Table.Td>{u.team ?? '—'}</Table.Td>
                  <Table.Td>{u.active ? <Badge color="green" variant="light">Active</Badge> : <Badge color="gray">Deactivated</Badge>}</Table.Td>
                  <Table.Td><Button size="xs" variant="subtle" onClick={() => setEditing(u.id)}>Edit</Button></Table.Td>
                </Table.Tr>
                {editing === u.id && (
                  <Table.Tr>
                    <Table.Td colSpan={6}><EditUserForm user={u} roles={roleList} onDone={() => setEditing(null)} /></Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ShowMore list={users} />
    </Stack>
  );
}
