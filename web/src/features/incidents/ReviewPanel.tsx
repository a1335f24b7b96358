import { useState } from 'react';
import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useAuth } from '../../platform/auth-context';
import { formatDateTime } from '../../platform/format';
import { ProblemAlert } from '../../platform/ProblemAlert';
import type { IncidentView } from './types';
import { useIncidentUpdate } from './use-incident-update';

/** Re-assessments and supervisor reviews, newest last; a supervisor's review is what DA closure needs (C6). */
export function ReviewPanel({ incident }: { incident: IncidentView }) {
  const { can } = useAuth();
  const { run, error, busy } = useIncidentUpdate(incident);
  const [note, setNote] = useState('');
  const supervisor = can('incidents:supervise');
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Text fw={600}>Reviews</Text>
        {incident.reviews.map((r) => (
          <Text key={r.at + r.username} size="sm">{formatDateTime(r.at)} · {r.username} ({r.supervisory ? 'supervisor' : r.role}): {r.note}</Text>
        ))}
        {incident.abilities.review && (
          <Group align="end">
            <TextInput style={{ flex: 1 }} label={supervisor ? 'Supervisor review' : 'Re-assessment note'} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
            <Button disabled={!note.trim()} loading={busy} onClick={async () => { if (await run('review', { note }, false)) setNote(''); }}>{supervisor ? 'Record supervisor review' : 'Record re-assessment'}</Button>
          </Group>
        )}
        <ProblemAlert error={error} />
      </Stack>
    </Paper>
  );
}
