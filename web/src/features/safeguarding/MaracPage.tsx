import { Anchor, Badge, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime } from '../../platform/format';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { ShowMore } from '../../platform/ShowMore';
import { usePagedList } from '../../platform/paged';
import { SafeguardingNav } from './SafeguardingNav';
import { ScheduleMeetingForm } from './ScheduleMeetingForm';
import type { MaracMeetingSummary, MaracReferral } from './types';

/** MARAC: referrals waiting to be listed, with their reasons, and the meetings. */
export function MaracPage() {
  const referrals = usePagedList<MaracReferral>(['marac-referrals', 'referred'], '/marac-referrals', { status: 'referred' }, 25);
  const meetings = usePagedList<MaracMeetingSummary>(['marac-meetings'], '/marac-meetings', {}, 25);
  return (
    <Stack maw={1100}>
      <SafeguardingNav />
      <Title order={2}>MARAC</Title>
      <Paper withBorder p="md">
        <Title order={4}>Referrals waiting for a meeting{referrals.isSuccess && ` (${referrals.total})`}</Title>
        {referrals.isPending && <Loader aria-label="Loading referrals" />}
        <ProblemAlert error={referrals.error} />
        {referrals.isSuccess && referrals.total === 0 && <Text c="dimmed">No referrals are waiting.</Text>}
        <Stack gap="xs" mt="xs">
          {referrals.items.map((r) => (
            <Group key={r.id} justify="space-between" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }} pb={4}>
              <div>
                <Text fw={600}>{r.reference} · {r.victim.name} {r.isRepeat && <Badge color="red" size="xs">repeat</Badge>}</Text>
                <Text size="sm">{r.reasons.map((x) => x.label).join('; ')}</Text>
              </div>
              <Text size="xs" c="dimmed">Referred {formatDateTime(r.referredAt)}</Text>
            </Group>
          ))}
        </Stack>
        <ShowMore list={referrals} />
      </Paper>
      <Paper withBorder p="md">
        <Title order={4}>Meetings{meetings.isSuccess && ` (${meetings.total})`}</Title>
        <ScheduleMeetingForm />
        <ProblemAlert error={meetings.error} />
        <Table mt="sm" striped>
          <Table.Thead>
            <Table.Tr><Table.Th>Meeting</Table.Th><Table.Th>Area</Table.Th><Table.Th>Date</Table.Th><Table.Th>Cases</Table.Th><Table.Th>Status</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {meetings.items.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td><Anchor component={Link} to={`/safeguarding/marac/${m.id}`}>{m.reference}</Anchor></Table.Td>
                <Table.Td>{m.area}</Table.Td>
                <Table.Td>{formatDateTime(m.meetingAt)}</Table.Td>
                <Table.Td>{m.caseCount}</Table.Td>
                <Table.Td>{m.status}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <ShowMore list={meetings} />
      </Paper>
    </Stack>
  );
}
