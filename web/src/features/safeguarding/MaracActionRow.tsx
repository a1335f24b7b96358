import { useState } from 'react';
import { Button, Group, Paper, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../platform/api';
import { formatDateTime } from '../../platform/format';
import { ProblemAlert } from '../../platform/ProblemAlert';
import type { MaracAction } from './types';

/** One agency action with a way to record it done. */
export function MaracActionRow({ action }: { action: MaracAction }) {
  const client = useQueryClient();
  const [outcome, setOutcome] = useState('');
  const done = useMutation({
    mutationFn: () => api(`/marac-actions/${action.id}/complete`, { body: { outcome }, version: action.version }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['marac-actions'] }),
  });
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between">
        <div>
          <Text fw={600}>{action.description}</Text>
          <Text size="sm">{action.agency}{action.owner ? ` · ${action.owner}` : ''}</Text>
        </div>
        <Text size="sm" c={action.overdue ? 'red' : 'dimmed'}>{action.status === 'done' ? `Done: ${action.outcome}` : `Due ${formatDateTime(action.dueAt)}`}</Text>
      </Group>
      {action.status === 'open' && (
        <Group align="end" mt="xs">
          <TextInput label="Outcome" value={outcome} onChange={(e) => setOutcome(e.currentTarget.value)} style={{ flex: 1 }} />
          <Button onClick={() => done.mutate()} disabled={!outcome.trim()} loading={done.isPending}>Mark done</Button>
        </Group>
      )}
      <ProblemAlert error={done.error} />
    </Paper>
  );
}
