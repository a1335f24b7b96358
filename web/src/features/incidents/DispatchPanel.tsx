import { useState } from 'react';
import { Button, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { formatDateTime } from '../../platform/format';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { useUnits } from './incidents-api';
import type { IncidentView } from './types';
import { useIncidentUpdate } from './use-incident-update';

/** Assign an available unit, then record arrival and clearing; attendance is measured against the target. */
export function DispatchPanel({ incident }: { incident: IncidentView }) {
  const { run, error, busy } = useIncidentUpdate(incident);
  const units = useUnits();
  const available = (units.data?.items ?? []).filter((u) => u.status === 'available' && u.active);
  const [unitId, setUnitId] = useState('');
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Text fw={600}>Dispatch</Text>
        {incident.targetAt && <Text size="sm">Attendance target: {formatDateTime(incident.targetAt)}{incident.minutesPastTarget > 0 && <Text span c="red"> — {incident.minutesPastTarget} min past</Text>}</Text>}
        {incident.assignments.map((a) => (
          <Group key={a.id} gap="xs">
            <Text size="sm" fw={600}>{a.callSign}</Text>
            <Text size="xs">assigned {formatDateTime(a.assignedAt)}</Text>
            {a.arrivedAt && <Text size="xs">· arrived {formatDateTime(a.arrivedAt)}</Text>}
            {a.clearedAt && <Text size="xs">· cleared {formatDateTime(a.clearedAt)}</Text>}
            {incident.abilities.dispatch && !a.arrivedAt && !a.clearedAt && <Button size="compact-xs" loading={busy} onClick={() => void run('arrive', { unitId: a.unitId })}>Arrived</Button>}
            {incident.abilities.dispatch && !a.clearedAt && <Button size="compact-xs" variant="light" loading={busy} onClick={() => void run('clear', { unitId: a.unitId })}>Clear</Button>}
          </Group>
        ))}
        {incident.abilities.dispatch && incident.grade && (
          <Group align="end">
            <NativeSelect label="Available unit" value={unitId} onChange={(e) => setUnitId(e.currentTarget.value)} data={[{ value: '', label: 'Choose…' }, ...available.map((u) => ({ value: u.id, label: `${u.callSign} (${u.district ?? u.kind})` }))]} />
            <Button disabled={!unitId} loading={busy} onClick={async () => { if (await run('assign', { unitId })) setUnitId(''); }}>Assign</Button>
          </Group>
        )}
        <ProblemAlert error={error} />
      </Stack>
    </Paper>
  );
}
