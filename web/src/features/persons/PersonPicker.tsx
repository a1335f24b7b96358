import { useState } from 'react';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { MarkerBadges } from '../../platform/MarkerBadges';
import { formatDob } from '../../platform/format';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { personName } from './names';
import { searchPersons } from './persons-api';
import type { PersonRow } from './types';

type Props = { label: string; excludeId: string; onPick: (row: PersonRow) => void };

/** Search for another person and choose one. */
export function PersonPicker({ label, excludeId, onPick }: Props) {
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 250);
  const results = useQuery({ queryKey: ['person-search', 'picker', q], queryFn: () => searchPersons({ q, limit: 10 }), enabled: q.length >= 2 });
  const items = (results.data?.items ?? []).filter((r) => r.id !== excludeId);
  return (
    <Stack gap={4}>
      <TextInput label={label} placeholder="Name, date of birth, phone or PNC ID" value={text} onChange={(e) => setText(e.currentTarget.value)} />
      <ProblemAlert error={results.error} />
      {q.length >= 2 && results.isSuccess && items.length === 0 && (
        <Text size="sm" c="dimmed">
          No other people match.
        </Text>
      )}
      {items.map((row) => (
        <Group key={row.id} justify="space-between" wrap="nowrap" p={6} style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
          <div>
            <Text size="sm" fw={600}>
              {personName(row)} · {row.reference}
            </Text>
            <Text size="xs" c="dimmed">
              {formatDob(row.dateOfBirth)}
            </Text>
            <MarkerBadges markers={row.warningMarkers} />
          </div>
          <Button size="compact-sm" variant="light" onClick={() => onPick(row)} aria-label={`Choose ${row.reference}`}>
            Choose
          </Button>
        </Group>
      ))}
    </Stack>
  );
}
