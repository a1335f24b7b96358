import type { FormEvent } from 'react';
import { Button, Group, NativeSelect, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useFields } from '../../platform/forms';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { resetUserPassword, updateUserAccount, type RoleOption, type UserAccount } from './users-api';

/** Role, team and status of one account; changing role or deactivating ends their sessions on the server. */
export function EditUserForm({ user, roles, onDone }: { user: UserAccount; roles: RoleOption[]; onDone: () => void }) {
  const client = useQueryClient();
  const done = () => {
    void client.invalidateQueries({ queryKey: ['users'] });
    onDone();
  };
  const update = useMutation({ mutationFn: (body: Record<string, unknown>) => updateUserAccount(user, body), onSuccess: done });
  const reset = useMutation({ mutationFn: (password: string) => resetUserPassword(user, password), onSuccess: done });
  const { bind, values } = useFields({ displayName: user.displayName, role: user.role, team: user.team ?? '', password: '' }, update.error ?? reset.error);
  const save = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ displayName: values.displayName.trim(), role: values.role, team: values.team.trim() || null });
  };
  return (
    <Stack gap="xs">
      <form onSubmit={save} aria-label={`Edit ${user.username}`}>
        <Group align="end">
          <TextInput label="Display name" {...bind('displayName')} />
          <NativeSelect label="Role" data={roles.map((r) => ({ value: r.code, label: r.label }))} {...bind('role')} />
          <TextInput label="Team" {...bind('team')} />
          <Button type="submit" loading={update.isPending}>Save</Button>
          <Button variant="default" color={user.active ? 'red' : 'green'} onClick={() => update.mutate({ active: !user.active })}>
            {user.active ? 'Deactivate' : 'Reactivate'}
          </Button>
          <Button variant="subtle" onClick={onDone}>Cancel</Button>
        </Group>
      </form>
      <Group align="end">
        <PasswordInput label="New password" description="At least 12 characters" {...bind('password')} />
        <Button variant="default" loading={reset.isPending} disabled={values.password.length < 12} onClick={() => reset.mutate(values.password)}>
          Set password
        </Button>
      </Group>
      <ProblemAlert error={update.error ?? reset.error} />
    </Stack>
  );
}
