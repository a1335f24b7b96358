import { Badge, Group, Loader, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { formatDateTime } from '../../platform/format';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { ShowMore } from '../../platform/ShowMore';
import { usePagedList } from '../../platform/paged';
import { SafeguardingNav } from './SafeguardingNav';
import { TriageForm } from './TriageForm';
import { RAG_COLOURS, type SafeguardingReferral } from './types';

/** The referrals hub: one queue for every safeguarding referral, red first, then by due time (STANDARDS §9). */
export function ReferralHubPage() {
  const [status, setStatus] = useState('new');
  const hub = usePagedList<SafeguardingReferral>(['referrals'], '/safeguarding-referrals', { status }, 25);
  return (
    <Stack maw={1000}>
      <SafeguardingNav />
      <Group justify="space-between">
        <Title order={2}>Referrals hub</Title>
        <SegmentedControl value={status} onChange={setStatus} data={[{ value: 'new', label: 'To triage' }, { value: 'triaged', label: 'Awaiting outcome' }, { value: 'closed', label: 'Closed' }]} aria-label="Status" />
      </Group>
      {hub.isPending && <Loader aria-label="Loading referrals" />}
      <ProblemAlert error={hub.error} />
      {hub.isSuccess && hub.total === 0 && <Text c="dimmed">No referrals here.</Text>}
      {hub.isSuccess && hub.total > 0 && <Text fw={600} aria-live="polite">{hub.total} {hub.total === 1 ? 'referral' : 'referrals'}</Text>}
      {hub.items.map((r) => (
        <Paper key={r.id} withBorder p="md" data-testid={`referral-${r.reference}`}>
          <Group justify="space-between" align="start">
            <div>
              <Text fw={700}>
                {r.reference} · {r.subjectKind === 'child' ? 'Child' : 'Adult'}: {r.subjectDescription}
              </Text>
              <Text size="sm">{r.concern}</Text>
              {r.schoolNotificationDueAt && (
                <Text size="xs" c={r.schoolNotifiedAt ? 'dimmed' : 'orange.8'}>
                  School notification {r.schoolNotifiedAt ? `sent ${formatDateTime(r.schoolNotifiedAt)}` : `due ${formatDateTime(r.schoolNotificationDueAt)}`}
                </Text>
              )}
            </div>
            <Stack gap={2} align="end">
              <Badge color={RAG_COLOURS[r.rag ?? r.suggestedRag]}>{r.rag ?? `suggested ${r.suggestedRag}`}</Badge>
              <Text size="xs" c={r.overdue ? 'red' : 'dimmed'}>Due {formatDateTime(r.dueAt)}</Text>
              {r.agency && <Text size="xs">{r.agency}</Text>}
              {r.mashOutcome && <Text size="xs">Outcome: {r.mashOutcome.replace(/_/g, ' ')}</Text>}
            </Stack>
          </Group>
          <TriageForm referral={r} />
        </Paper>
      ))}
      <ShowMore list={hub} />
    </Stack>
  );
}
