import { useState } from 'react';
import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { searchLocations } from './locations-api';
import type { LocationView } from './types';

type Props = { label: string; value: LocationView | null; onChange: (location: LocationView | null) => void };

/** Find an existing location by postcode, street or town and pick it. */
export function LocationPicker({ label, value, onChange }: Props) {
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 250);
  const results = useQuery({ queryKey: ['locations', 'search', q], queryFn: () => searchLocations(q, 8), enabled: q.length >= 2 && !value });
  if (value) {
    return (
      <Stack gap={4}>
        <Text size="sm" fw={500}>{label}</Text>
        <Paper withBorder p="xs">
          <Group justify="space-between">
            <Text size="sm">{value.label}</Text>
            <Button size="compact-xs" variant="subtle" onClick={() => onChange(null)} aria-label={`Change ${label.toLowerCase()}`}>
              Change
            </Button>
          </Group>
        </Paper>
      </Stack>
    );
  }
  const items = results.data?.items ?? [];
  return (
    <Stack gap={4}>
      <TextInput label={label} placeholder="Postcode, street or town" value={text} onChange={(e) => setText(e.currentTarget.value)} />
      <ProblemAlert error={results.error} />
      {q.length >= 2 && results.isSuccess && items.length === 0 && (
        <Text size="sm" c="dimmed">
          No locations match. Create it under Locations first.
        </Text>
      )}
      {items.map((l) => (
        <Button key={l.id} variant="light" justify="flex-start" size="compact-sm" onClick={() => onChange(l)}>
          {l.label}
        </Button>
      ))}
    </Stack>
  );
}
