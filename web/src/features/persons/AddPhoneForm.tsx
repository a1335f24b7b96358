import type { FormEvent } from 'react';
import { Button, Group, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useFields } from '../../platform/forms';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { usePersonAction } from './person-context';
import { PHONE_TYPES } from './phone-types';

export function AddPhoneForm() {
  const add = usePersonAction((body: Record<string, string>) => ({ path: '/phones', body }));
  const { values, bind, reset } = useFields({ number: '', type: 'mobile' }, add.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate({ number: values.number.trim(), type: values.type }, { onSuccess: reset });
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="xs">
        <Title order={4}>Add a phone number</Title>
        <Group align="flex-end" wrap="wrap">
          <TextInput label="Phone number" type="tel" required {...bind('number')} />
          <NativeSelect label="Phone type" data={PHONE_TYPES} {...bind('type')} />
          <Button type="submit" loading={add.isPending} disabled={!values.number.trim()}>
            Add number
          </Button>
        </Group>
        <ProblemAlert error={add.error} />
      </Stack>
    </form>
  );
}
