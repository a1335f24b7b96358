import { useState } from 'react';
import { Badge, Button, Group, Loader, NativeSelect, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { api } from '../../platform/api';
import { formatDateTime } from '../../platform/format';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { ShowMore } from '../../platform/ShowMore';
import { usePagedList } from '../../platform/paged';
import { MeetingActionsForm } from './MeetingActionsForm';
import { SafeguardingNav } from './SafeguardingNav';
import type { MaracMeeting, MaracReferral } from './types';

/** One MARAC meeting: its case list, agency actions with owners and due dates, and its outcome. */
export function MaracMeetingPage() {
  const { id = '' } = useParams();
  const client = useQueryClient();
  const meeting = useQuery({ queryKey: ['marac-meeting', id], queryFn: () => api<MaracMeeting>(`/marac-meetings/${id}`) });
  const waiting = usePagedList<MaracReferral>(['marac-referrals', 'referred'], '/marac-referrals', { status: 'referred' }, 100);
  const [pick, setPick] = useState('');
  const [outcome, setOutcome] = useState('');
  const refresh = (m: MaracMeeting) => {
    client.setQueryData(['marac-meeting', id], m);
    client.invalidateQueries({ queryKey: ['marac-referrals'] });
  };
  const list = useMutation({ mutationFn: () => api<MaracMeeting>(`/marac-meetings/${id}/cases`, { body: { referralId: pick }, version: meeting.data!.version }), onSuccess: refresh });
  const hold = useMutation({ mutationFn: () => api<MaracMeeting>(`/marac-meetings/${id}/hold`, { body: { outcome }, version: meeting.data!.version }), onSuccess: refresh });
  const m = meeting.data;
  return (
    <Stack maw={1100}>
      <SafeguardingNav />
      {meeting.isPending && <Loader aria-label="Loading meeting" />}
      <ProblemAlert error={meeting.error} />
      {m && (
        <>
          <Title order={2}>MARAC {m.reference}: {m.area}</Title>
          <Text>{formatDateTime(m.meetingAt)} · {m.status} · agencies: {m.agencies.join(', ')}</Text>
          <Paper withBorder p="md">
            <Title order={4}>Cases</Title>
            {m.cases.map((c) => (
              <Text key={c.id} size="sm">{c.reference} · {c.victim.name} — {c.reasons.map((r) => r.label).join('; ')} {c.isRepeat && <Badge size="xs" color="red">repeat</Badge>}</Text>
            ))}
            {m.status === 'scheduled' && (
              <Group align="end" mt="sm">
                <NativeSelect label="List a referred case" data={[{ value: '', label: 'Choose a referral' }, ...waiting.items.map((r) => ({ value: r.id, label: `${r.reference} ${r.victim.name}` }))]} value={pick} onChange={(e) => setPick(e.currentTarget.value)} />
                <Button onClick={() => list.mutate()} disabled={!pick} loading={list.isPending}>List case</Button>
                <ShowMore list={waiting} noun="more referrals" />
              </Group>
            )}
            <ProblemAlert error={list.error} />
          </Paper>
          <Paper withBorder p="md">
            <Title order={4}>Actions</Title>
            <Table striped>
              <Table.Thead><Table.Tr><Table.Th>Agency</Table.Th><Table.Th>Action</Table.Th><Table.Th>Due</Table.Th><Table.Th>Status</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {m.actions.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>{a.agency}</Table.Td><Table.Td>{a.description}</Table.Td>
                    <Table.Td c={a.overdue ? 'red' : undefined}>{formatDateTime(a.dueAt)}</Table.Td><Table.Td>{a.status}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <MeetingActionsForm meeting={m} />
          </Paper>
          {m.status === 'scheduled' ? (
            <Paper withBorder p="md">
              <Textarea label="Outcome of the meeting" value={outcome} onChange={(e) => setOutcome(e.currentTarget.value)} />
              <Button mt="sm" onClick={() => hold.mutate()} disabled={!outcome.trim()} loading={hold.isPending}>Record meeting held</Button>
              <ProblemAlert error={hold.error} />
            </Paper>
          ) : (
            <Text>Outcome: {m.outcome}</Text>
          )}
        </>
      )}
    </Stack>
  );
}
