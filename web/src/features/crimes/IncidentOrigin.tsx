import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime } from '../../platform/format';
import type { IncidentView } from '../incidents/types';
import type { IncidentCrimeRecordingView } from './types';

type Props = { incident: IncidentView; recording: IncidentCrimeRecordingView | undefined; taskId: string | null };

/** Which incident the crime comes from, what the recording completes, and whether it is already recorded. */
export function IncidentOrigin({ incident, recording, taskId }: Props) {
  const standing = recording?.crimes.filter((c) => c.status !== 'cancelled') ?? [];
  const decision = recording?.decision ?? null;
  return (
    <Paper component="section" withBorder p="md" bg="blue.0" aria-label="From incident">
      <Stack gap={4}>
        <Text>
          From incident{' '}
          <Anchor component={Link} to={`/incidents/${incident.id}`} fw={700}>
            {incident.reference}
          </Anchor>{' '}
          · {incident.typeLabel} · logged {formatDateTime(incident.createdAt)}
        </Text>
        <Text size="sm">{incident.summary}</Text>
        {decision?.status === 'open' && (
          <Group gap="xs">
            <Text size="sm" fw={600}>
              Recording completes the crime-recording decision, due {formatDateTime(decision.dueAt)}.
            </Text>
            {decision.overdue && <Badge color="red">Overdue</Badge>}
          </Group>
        )}
        {taskId && decision && decision.status !== 'open' && standing.length === 0 && (
          <Text size="sm" c="orange.9" fw={600}>
            The recording decision for this incident was already made{decision.outcomeReason ? `: ${decision.outcomeReason}` : ''}.
          </Text>
        )}
        {standing.length > 0 && (
          <Text size="sm" c="orange.9" fw={600} data-testid="already-recorded">
            Already recorded from this incident as{' '}
            {standing.map((c, i) => (
              <span key={c.id}>
                {i > 0 && ', '}
                <Anchor component={Link} to={`/crime/${c.id}`}>{c.reference}</Anchor> ({c.classification.description})
              </span>
            ))}
            . Record another crime only for a further victim or offence.
          </Text>
        )}
        <Text size="xs" c="dimmed">
          Prefilled from the incident: people in their roles, the place, the time of the call and the narrative. Check each field.
        </Text>
      </Stack>
    </Paper>
  );
}
