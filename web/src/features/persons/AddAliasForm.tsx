import type { FormEvent } from 'react';
import { Button, Group, NativeSelect, TextInput, Title, Stack } from '@mantine/core';
import { useFields } from '../../platform/forms';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { usePersonAction } from './person-context';

const KINDS = [
  { value: 'alias', label: 'Alias' },
  { value: 'maiden', label: 'Maiden name' },
  { value: 'nickname', label: 'Nickname' },
  { value: 'previous', label: 'Previous name' },
];

export function AddAliasForm() {
  const add = usePersonAction((body: Record<string, string>) => ({ path: '/aliases', body }));
  const { values, bind, reset } = useFields({ kind: 'alias', forenames: '', surname: '' }, add.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate({ kind: values.kind, forenames: values.forenames.trim(), surname: values.surname.trim() }, { onSuccess: reset });
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="xs">
        <Title order={4}>Add a name</Title>
        <Group align="flex-end" wrap="wrap">
          <NativeSelect label="Kind of name" data={KINDS} {...bind('kind')} />
          <TextInput label="Alias forenames" required {...bind('forenames')} />
          <TextInput label="Alias surname" required {...bind('surname')} />
          <Button type="submit" loading={add.isPending} disabled={!values.forenames.trim() || !values.surname.trim()}>
            Add name
          </Button>
        </Group>
        <ProblemAlert error={add.error} />
      </Stack>
    </form>
  );
}
