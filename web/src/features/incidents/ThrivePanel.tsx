import { useState } from 'react';
import { Button, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { THRIVE_ELEMENTS, THRIVE_LEVELS, type IncidentView } from './types';
import { useIncidentUpdate } from './use-incident-update';

type Entry = { level: (typeof THRIVE_LEVELS)[number]; rationale: string };

/** THRIVE(+IIES): one level and rationale per element; grading waits until all eight are done. */
export function ThrivePanel({ incident }: { incident: IncidentView }) {
  const { run, error, busy } = useIncidentUpdate(incident);
  const [entries, setEntries] = useState<Record<string, Entry>>(() =>
    Object.fromEntries(THRIVE_ELEMENTS.map(([key]) => [key, incident.thrive[key] ?? { level: 'low', rationale: '' }])),
  );
  const complete = THRIVE_ELEMENTS.every(([key]) => entries[key].rationale.trim());
  return (
    <Paper withBorder p="sm">
      <Stack gap={6}>
        <Text fw={600}>THRIVE assessment {incident.thriveMissing.length > 0 && <Text span c="red" size="sm">({incident.thriveMissing.length} elements to complete)</Text>}</Text>
        {THRIVE_ELEMENTS.map(([key, label]) => (
          <Group key={key} align="end" wrap="nowrap">
            <NativeSelect w={130} label={label} aria-label={`${label} level`} value={entries[key].level}
              onChange={(e) => setEntries({ ...entries, [key]: { ...entries[key], level: e.currentTarget.value as Entry['level'] } })} data={[...THRIVE_LEVELS]} />
            <TextInput style={{ flex: 1 }} aria-label={`${label} rationale`} placeholder="Rationale" value={entries[key].rationale}
              onChange={(e) => setEntries({ ...entries, [key]: { ...entries[key], rationale: e.currentTarget.value } })} />
          </Group>
        ))}
        <ProblemAlert error={error} />
        {incident.abilities.edit && (
          <Button size="xs" w="fit-content" loading={busy} disabled={!complete} onClick={() => void run('thrive', { thrive: entries })}>Save THRIVE</Button>
        )}
      </Stack>
    </Paper>
  );
}
