import type { FormEvent } from 'react';
import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../../platform/api';
import { useFields, withoutBlanks } from '../../platform/forms';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { OBJECT_KINDS, type ObjectView } from './types';

/** Record a vehicle, phone, weapon or item of property. */
export function ObjectCreatePage() {
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: (body: Record<string, unknown>) => api<ObjectView>('/objects', { body }),
    onSuccess: (object) => navigate(`/objects/${object.id}`),
  });
  const { values, bind } = useFields(
    { kind: 'vehicle', vrm: '', make: '', model: '', colour: '', serialNumber: '', description: '' },
    create.error,
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(withoutBlanks(values));
  };
  return (
    <Stack maw={800}>
      <Title order={2}>Create object</Title>
      <Paper withBorder p="md">
        <form onSubmit={submit} aria-label="Create object">
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                label="Kind"
                autoFocus
                data={OBJECT_KINDS.map((k) => ({ value: k, label: k[0].toUpperCase() + k.slice(1) }))}
                {...bind('kind')}
              />
              {values.kind === 'vehicle' ? <TextInput label="VRM (registration)" {...bind('vrm')} /> : <div />}
              <TextInput label="Make" {...bind('make')} />
              <TextInput label="Model" {...bind('model')} />
              <TextInput label="Colour" {...bind('colour')} />
              <TextInput label="Serial number" description="IMEI, VIN or serial" {...bind('serialNumber')} />
            </SimpleGrid>
            <Textarea label="Description" autosize minRows={2} {...bind('description')} />
            <ProblemAlert error={create.error} />
            <Group>
              <Button type="submit" loading={create.isPending}>
                Create object
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
