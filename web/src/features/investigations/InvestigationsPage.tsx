import { useState } from 'react';
import { Anchor, Badge, Card, Checkbox, Group, Loader, NativeSelect, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useAuth } from '../../platform/auth-context';
import { formatDateTime } from '../../platform/format';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { useNarrowScreen } from '../../platform/responsive';
import { ShowMore } from '../../platform/ShowMore';
import { InvestigationsNav } from './InvestigationsNav';
import { RISK_COLOURS, STATUS_LABELS, useInvestigationTeams, useInvestigations, type InvestigationFilters } from './investigations-api';
import { ScreenCrimeForm } from './ScreenCrimeForm';
import type { InvestigationSummary } from './types';

const STATUS_FILTERS = [
  { value: 'open', label: 'Open', noun: 'open' },
  { value: 'screened', label: 'To allocate', noun: 'awaiting allocation' },
  { value: 'finalised', label: 'Finalised', noun: 'finalised' },
  { value: 'screened_out', label: 'Screened out', noun: 'screened out' },
];

/** Investigations, highest risk first, with the reason for the risk and the review clock on the row; filtered and paged on the server. */
export function InvestigationsPage() {
  const { can } = useAuth();
  const narrow = useNarrowScreen();
  const [scope, setScope] = useState('mine');
  const [status, setStatus] = useState('open');
  const [risk, setRisk] = useState('');
  const [team, setTeam] = useState('');
  const [reviewOverdue, setReviewOverdue] = useState(false);
  const filters: InvestigationFilters = {
    mine: scope === 'mine' ? 'true' : undefined,
    status,
    risk: risk || undefined,
    team: scope === 'all' && team ? team : undefined,
    reviewOverdue: reviewOverdue ? 'true' : undefined,
  };
  const list = useInvestigations(filters);
  const teams = useInvestigationTeams(scope === 'all');
  const noun = STATUS_FILTERS.find((s) => s.value === status)?.noun ?? '';
  return (
    <Stack>
      <Title order={2}>Investigations</Title>
      <InvestigationsNav />
      {can('investigations:screen') && <ScreenCrimeForm />}
      <Group align="end" wrap="wrap">
        <SegmentedControl aria-label="Whose" value={scope} onChange={setScope} data={[{ value: 'mine', label: 'Mine' }, { value: 'all', label: 'All' }]} />
        <SegmentedControl aria-label="Status" value={status} onChange={setStatus} data={STATUS_FILTERS.map(({ value, label }) => ({ value, label }))}
          orientation={narrow ? 'vertical' : 'horizontal'} fullWidth={narrow} w={narrow ? '100%' : undefined} />
        <NativeSelect label="Risk" value={risk} onChange={(e) => setRisk(e.currentTarget.value)}
          data={[{ value: '', label: 'Any' }, { value: 'high', label: 'High' }, { value: 'medium', label: 'Medium' }, { value: 'standard', label: 'Standard' }]} />
        {scope === 'all' && (
          <NativeSelect label="Unit" value={team} onChange={(e) => setTeam(e.currentTarget.value)}
            data={[{ value: '', label: 'Any unit' }, ...(teams.data?.items ?? []).map((t) => ({ value: t.team, label: `${t.team} (${t.open} open)` }))]} />
        )}
        {status !== 'finalised' && status !== 'screened_out' && (
          <Checkbox label="Review overdue" checked={reviewOverdue} onChange={(e) => setReviewOverdue(e.currentTarget.checked)} />
        )}
      </Group>
      <ProblemAlert error={list.error ?? teams.error} />
      {list.isSuccess && (
        <Text fw={600} aria-live="polite" data-testid="investigation-count">
          {list.total} {noun} {list.total === 1 ? 'investigation' : 'investigations'}{scope === 'mine' ? ' allocated to you' : ''}
          {list.isFetching && !list.isFetchingNextPage && <Loader size="xs" ml="xs" />}
        </Text>
      )}
      {list.isPending ? <Loader aria-label="Loading" /> : narrow ? (
        <Stack gap="xs" aria-label="Investigations" role="list">
          {list.items.map((i) => <InvestigationCard key={i.id} i={i} />)}
        </Stack>
      ) : (
        <Table striped aria-label="Investigations">
          <Table.Thead>
            <Table.Tr><Table.Th>Crime</Table.Th><Table.Th>Risk</Table.Th><Table.Th>Status</Table.Th><Table.Th>Unit / officer</Table.Th><Table.Th>Next review</Table.Th><Table.Th>Opened</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.items.map((i) => (
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
      {list.isSuccess && list.total === 0 && <Text c="dimmed">No investigations match.</Text>}
      <ShowMore list={list} />
    </Stack>
  );
}

/** One investigation as a card, for a phone. */
function InvestigationCard({ i }: { i: InvestigationSummary }) {
  return (
    <Card withBorder padding="sm" role="listitem">
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Anchor component={Link} to={`/investigations/${i.id}`} fw={600}>{i.crime.reference}</Anchor>
        <Badge color={RISK_COLOURS[i.risk]}>{i.risk}</Badge>
      </Group>
      <Text size="sm">{i.crime.classification}</Text>
      {i.riskReasons.length > 0 && <Text size="xs" c="dimmed">{i.riskReasons.join('; ')}</Text>}
      <Text size="sm">{STATUS_LABELS[i.status]}{i.outcome ? ` (${i.outcome})` : ''} · {i.team}{i.officer ? ` · ${i.officer.displayName}` : ''}</Text>
      <Text size="xs" c={i.reviewOverdue ? 'red' : 'dimmed'}>
        Next review {formatDateTime(i.nextReviewDueAt)}{i.reviewOverdue ? ' — overdue' : ''} · opened {formatDateTime(i.openedAt)}
      </Text>
    </Card>
  );
}
