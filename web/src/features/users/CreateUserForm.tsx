import type { FormEvent } from 'react';
import { Button, Group, NativeSelect, PasswordInput, SimpleGrid, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useFields, withoutBlanks } from '../../platform/forms';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { createUserAccount, type RoleOption } from './users-api';

const EMPTY = { username: '', displayName: '', role: 'constable', team: '', collarNumber: '', password: '' };

/** A new account in the administrator's own force; the initial password is given to the user out of band. */
export function CreateUserForm({ roles }: { roles: RoleOption[] }) {
  const client = useQueryClient();
  const create = useMutation({
    mutationFn: createUserAccount,
    onSuccess: () => {
      reset();
      void client.invalidateQueries({ queryKey: ['users'] });
    },
  });
  const { bind, values, reset } = useFields(EMPTY, create.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(withoutBlanks(values));
  };
  return (
    <form onSubmit={submit} aria-label="New user">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label="User name" required {...bind('username')} />
        <TextInput label="Display name" required description="e.g. PC 1234 Jane Smith" {...bind('displayName')} />
        <NativeSelect label="Role" data={roles.map((r) => ({ value: r.code, label: r.label }))} {...bind('role')} />
        <TextInput label="Team" {...bind('team')} />
        <TextInput label="Collar number" {...bind('collarNumber')} />
        <PasswordInput label="Initial password" required description="At least 12 characters" {...bind('password')} />
      </SimpleGrid>
      <ProblemAlert error={create.error} />
      <Group mt="sm">
        <Button type="submit" loading={create.isPending}>Create user</Button>
        {create.isSuccess && <span role="status">Created {create.data.username}.</span>}
      </Group>
    </form>
  );
}
