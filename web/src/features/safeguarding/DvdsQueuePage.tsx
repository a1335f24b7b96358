import { Badge, Group, Loader, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { formatDateTime } from '../../platform/format';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { ShowMore } from '../../platform/ShowMore';
import { usePagedList } from '../../platform/paged';
import { DvdsAdvanceForm } from './DvdsAdvanceForm';
import { NewDvdsForm } from './NewDvdsForm';
import { SafeguardingNav } from './SafeguardingNav';
import type { DvdsApplication } from './types';

/** Clare's Law queue: open applications by the due time of their stage, with the 28-day limit. */
export function DvdsQueuePage() {
  const [open, setOpen] = useState('true');
  const queue = usePagedList<DvdsApplication>(['dvds'], '/dvds-applications', { open }, 25);
  return (
    <Stack maw={1000}>
      <SafeguardingNav />
      <Group justify="space-between">
        <Title order={2}>Clare’s Law (DVDS) applications</Title>
        <SegmentedControl value={open} onChange={setOpen} data={[{ value: 'true', label: 'Open' }, { value: 'false', label: 'Closed' }]} aria-label="Open or closed" />
      </Group>
      <NewDvdsForm />
      {queue.isPending && <Loader aria-label="Loading applications" />}
      <ProblemAlert error={queue.error} />
      {queue.isSuccess && queue.total === 0 && <Text c="dimmed">No applications.</Text>}
      {queue.isSuccess && queue.total > 0 && <Text fw={600} aria-live="polite">{queue.total} {open === 'true' ? 'open' : 'closed'} {queue.total === 1 ? 'application' : 'applications'}</Text>}
      {queue.items.map((a) => (
        <Paper key={a.id} withBorder p="md" data-testid={`dvds-${a.reference}`}>
          <Group justify="space-between" align="start">
            <div>
              <Text fw={700}>
                {a.reference} · {a.route === 'right_to_ask' ? 'Right to ask' : 'Right to know'} {a.source === 'public_form' && <Badge size="xs" ml={4}>online form</Badge>}
              </Text>
              <Text size="sm">
                About {a.subjectName}; applicant {a.applicantName} ({a.applicantRelationship})
              </Text>
              {a.safeContactNote && <Text size="sm" c="orange.8">Safe contact: {a.safeContactNote}</Text>}
              <Text size="sm" c="dimmed">{a.concern}</Text>
            </div>
            <Stack gap={2} align="end">
              <Badge color={a.overdue ? 'red' : 'blue'}>{a.stageLabel}</Badge>
              {a.stageDueAt && <Text size="xs">Stage due {formatDateTime(a.stageDueAt)}</Text>}
              <Text size="xs" c={a.overdue ? 'red' : 'dimmed'}>Limit {formatDateTime(a.limitAt)}</Text>
            </Stack>
          </Group>
          <DvdsAdvanceForm app={a} />
        </Paper>
      ))}
      <ShowMore list={queue} />
    </Stack>
  );
}
