import type { FormEvent } from 'react';
import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { todayInLondon } from '../../platform/format';
import { useFields, withoutBlanks } from '../../platform/forms';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { usePersonAction } from './person-context';
import { useMarkerTypes } from './persons-api';

/** Adds a warning marker: what, why, on whose information, and when it must be reviewed. */
export function AddMarkerForm() {
  const types = useMarkerTypes();
  const add = usePersonAction((body: Record<string, string>) => ({ path: '/warning-markers', body }));
  const initial = { code: '', reason: '', source: '', startDate: todayInLondon(), reviewDate: '' };
  const { values, bind, reset } = useFields(initial, add.error);
  const options = [
    { value: '', label: types.isPending ? 'Loading…' : 'Choose a marker…' },
    ...(types.data?.items ?? []).map((t) => ({ value: t.code, label: `${t.label}${t.kind === 'pnc' ? ' (PNC)' : ''}` })),
  ];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(withoutBlanks(values) as Record<string, string>, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: 'Warning marker added' });
        reset();
      },
    });
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="xs" maw={800}>
        <Title order={4}>Add a warning marker</Title>
        <ProblemAlert error={types.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect label="Marker type" required data={options} {...bind('code')} />
          <TextInput label="Source" placeholder="e.g. PNC, intelligence report, officer" {...bind('source')} />
          <TextInput label="Start date" type="date" {...bind('startDate')} />
          <TextInput label="Review date" type="date" {...bind('reviewDate')} />
        </SimpleGrid>
        <Textarea label="Reason" description="What happened, when, and the reference it came from" required autosize minRows={2} {...bind('reason')} />
        <ProblemAlert error={add.error} />
        <Group>
          <Button type="submit" loading={add.isPending} disabled={!values.code || !values.reason.trim()}>
            Add marker
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
