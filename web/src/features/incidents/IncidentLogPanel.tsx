import { useState } from 'react';
import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { formatDateTime } from '../../platform/format';
import { ProblemAlert } from '../../platform/ProblemAlert';
import type { IncidentView } from './types';
import { useIncidentUpdate } from './use-incident-update';

/** The timestamped, append-only narrative. */
export function IncidentLogPanel({ incident }: { incident: IncidentView }) {
  const { run, error, busy } = useIncidentUpdate(incident);
  const [text, setText] = useState('');
  return (
    <Paper withBorder p="sm">
      <Stack gap={4}>
        <Text fw={600}>Log</Text>
        {incident.log.map((l) => (
          <Text key={l.id} size="sm" c={l.kind === 'system' ? 'dimmed' : undefined}>{formatDateTime(l.at)} · {l.username}: {l.text}</Text>
        ))}
        <Group align="end">
          <Textarea style={{ flex: 1 }} aria-label="New log entry" value={text} onChange={(e) => setText(e.currentTarget.value)} autosize minRows={1} />
          <Button disabled={!text.trim()} loading={busy} onClick={async () => { if (await run('log', { text }, false)) setText(''); }}>Add to log</Button>
        </Group>
        <ProblemAlert error={error} />
      </Stack>
    </Paper>
  );
}
