import { Anchor, Badge, Button, Group, Paper, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../platform/api';
import { useAuth } from '../../platform/auth-context';
import { taskAction } from '../../platform/entity-pages';
import { formatDateTime } from '../../platform/format';
import type { IncidentCrimeRecordingView } from './types';

type Props = { incident: { id: string; version: number; crimeDisclosed: boolean | null } };

/**
 * On the incident: what became of the crime disclosed (NCRS) — "recorded as HT/26/…" with the link, or "awaiting
 * recording decision (due …)" with the way to record it. Nothing while no crime is disclosed or recorded.
 */
export function IncidentCrimePanel({ incident }: Props) {
  const { can } = useAuth();
  // Keyed by the incident's version, so closing the incident (which raises the decision) shows it at once.
  const recording = useQuery({
    queryKey: ['crimes', 'of-incident', incident.id, incident.version],
    queryFn: () => api<IncidentCrimeRecordingView>(`/incidents/${incident.id}/crime-recording`),
    enabled: can('crimes:read'),
  });
  const view = recording.data;
  if (!view || view.state === 'not_disclosed' || view.state === 'not_answered') return null;
  const lead = incident.crimeDisclosed ? 'Crime disclosed' : 'Crime';
  const decision = view.decision;
  const record = view.abilities.record
    ? decision?.status === 'open'
      ? taskAction({ id: decision.taskId, kind: 'crime-recording-decision', entityType: 'incident', entityId: incident.id }, can)
      : { to: `/crime/new?incidentId=${incident.id}`, label: 'Record the crime' }
    : null;
  return (
    <Paper component="section" withBorder p="sm" aria-label="Crime recording" bg={decision?.overdue && view.state === 'awaiting_decision' ? 'red.0' : undefined}>
      <Group justify="space-between" gap="xs">
        <Text data-testid="crime-recording">
          {view.state === 'recorded' && (
            <>
              {lead} — recorded as{' '}
              {view.crimes.map((c, i) => (
                <span key={c.id}>
                  {i > 0 && ', '}
                  <Anchor component={Link} to={`/crime/${c.id}`} fw={600}>{c.reference}</Anchor>
                  {' '}({c.classification.description}{c.status === 'recorded' ? '' : `, ${c.status}`})
                </span>
              ))}
            </>
          )}
          {view.state === 'awaiting_decision' && decision && <>{lead} — awaiting recording decision (due {formatDateTime(decision.dueAt)})</>}
          {view.state === 'not_recorded' && <>{lead} — decided not to record{decision?.outcomeReason ? `: ${decision.outcomeReason}` : ''}</>}
          {view.state === 'disclosed_no_decision' && <>{lead} — no recording decision was raised</>}
        </Text>
        <Group gap="xs">
          {view.state === 'awaiting_decision' && decision?.overdue && <Badge color="red">Overdue</Badge>}
          {record && view.state !== 'recorded' && view.state !== 'not_recorded' && (
            <Button size="xs" component={Link} to={record.to}>
              {record.label}
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}
