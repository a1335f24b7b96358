import { useState } from 'react';
import { Anchor, Badge, Group, Loader, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useAuth } from '../../platform/auth-context';
import { formatDateTime } from '../../platform/format';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { InvestigationsNav } from './InvestigationsNav';
import { RISK_COLOURS, STATUS_LABELS, useInvestigations } from './investigations-api';
import { ScreenCrimeForm } from './ScreenCrimeForm';

/** Investigations, highest risk first, with the reason for the risk and the review clock on the row. */
export function InvestigationsPage() {
  const { can } = useAuth();
  const [scope, setScope] = useState('mine');
  const [status, setStatus] = useState('open');
  const list = useInvestigations({ mine: scope === 'mine' ? 'true' : undefined, status: status === 'open' ? undefined : status });
  const items = (list.data?.items ?? []).filter((i) => status !== 'open' || (i.status !== 'finalised' && i.status !== 'screened_out'));
  return (
    <Stack>
      <Title order={2}>Investigations</Title>
      <InvestigationsNav />
      {can('investigations:screen') && <ScreenCrimeForm />}
      <Group>
        <SegmentedControl value={scope} onChange={setScope} data={[{ value: 'mine', label: 'Mine' }, { value: 'all', label: 'All' }]} />
        <SegmentedControl value={status} onChange={setStatus} data={[{ value: 'open', label: 'Open' }, { value: 'screened', label: 'To allocate' }, { value: 'finalised', label: 'Finalised' }]} />
      </Group>
      <ProblemAlert error={list.error} />
      {list.isPending ? <Loader aria-label="Loading" /> : (
        <Table striped aria-label="Investigations">
          <Table.Thead>
            <Table.Tr><Table.Th>Crime</Table.Th><Table.Th>Risk</Table.Th><Table.Th>Status</Table.Th><Table.Th>Unit / officer</Table.Th><Table.Th>Next review</Table.Th><Table.Th>Opened</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td><Anchor component={Link} to={`/investigations/${i.id}`}>{i.crime.reference}</Anchor> <Text span size="xs" c="dimmed">{i.crime.classification}</Text></Table.Td>
                <Table.Td><Badge color={RISK_COLOURS[i.risk]}>{i.risk}</Badge> <Text span size="xs" c="dimmed">{i.riskReasons.join('; ')}</Text></Table.Td>
                <Table.Td>{STATUS_LABELS[i.status]}{i.outcome ? ` (${i.outcome})` : ''}</Table.Td>
                <Table.Td>{i.team}{i.officer ? ` · ${i.officer.displayName}` : ''}</Table.Td>
                <Table.Td>{formatDateTime(i.nextReviewDueAt)} {i.reviewOverdue && <Badge color="red">Overdue</Badge>}</Table.Td>
                <Table.Td>{formatDateTime(i.openedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {list.data && items.length === 0 && <Text c="dimmed">No investigations.</Text>}
    </Stack>
  );
}
