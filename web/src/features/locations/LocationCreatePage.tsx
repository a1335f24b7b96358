import type { FormEvent } from 'react';
import { Button, Group, Paper, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../../platform/api';
import { useFields, withoutBlanks } from '../../platform/forms';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { ForceMap } from '../../platform/ForceMap';
import type { LocationView } from './types';

const BLANK = {
  buildingName: '',
  buildingNumber: '',
  street: '',
  locality: '',
  town: '',
  postcode: '',
  uprn: '',
  latitude: '',
  longitude: '',
  description: '',
};

/** Record a new address or place. */
export function LocationCreatePage() {
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: (body: Record<string, unknown>) => api<LocationView>('/locations', { body }),
    onSuccess: (location) => navigate(`/locations/${location.id}`),
  });
  const { values, setValues, bind } = useFields(BLANK, create.error);
  const picked = values.latitude && values.longitude ? [{ id: 'picked', lat: Number(values.latitude), lon: Number(values.longitude), label: 'New location' }] : [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: Record<string, unknown> = withoutBlanks(values);
    for (const key of ['latitude', 'longitude'] as const) if (body[key] !== undefined) body[key] = Number(body[key]);
    create.mutate(body);
  };
  return (
    <Stack maw={800}>
      <Title order={2}>Create location</Title>
      <Paper withBorder p="md">
        <form onSubmit={submit} aria-label="Create location">
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label="Building number" autoFocus {...bind('buildingNumber')} />
              <TextInput label="Building name" {...bind('buildingName')} />
              <TextInput label="Street" {...bind('street')} />
              <TextInput label="Locality" {...bind('locality')} />
              <TextInput label="Town" {...bind('town')} />
              <TextInput label="Postcode" {...bind('postcode')} />
              <TextInput label="UPRN" {...bind('uprn')} />
              <div />
              <TextInput label="Latitude" inputMode="decimal" {...bind('latitude')} />
              <TextInput label="Longitude" inputMode="decimal" {...bind('longitude')} />
            </SimpleGrid>
            <ForceMap
              height={300}
              label="Click the map to set the position"
              points={picked}
              onPick={(lat, lon) => setValues((v) => ({ ...v, latitude: String(lat), longitude: String(lon) }))}
            />
            <Textarea label="Description" autosize minRows={2} {...bind('description')} />
            <ProblemAlert error={create.error} />
            <Group>
              <Button type="submit" loading={create.isPending}>
                Create location
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
