import { useState } from 'react';
import { Badge, Loader, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { InvestigationsNav } from './InvestigationsNav';
import { useCaseload, useInvestigationTeams } from './investigations-api';

/** Supervisor caseload view (F10, F12, F24): one glance, no report to run. */
export function CaseloadPage() {
  const [team, setTeam] = useState('');
  const teams = useInvestigationTeams(true);
  const view = useCaseload(team || undefined);
  return (
    <Stack>
      <Title order={2}>Caseload</Title>
      <InvestigationsNav />
      <NativeSelect label="Unit" value={team} onChange={(e) => setTeam(e.currentTarget.value)} w={320}
        data={[{ value: '', label: 'The whole force' }, ...(teams.data?.items ?? []).map((t) => ({ value: t.team, label: `${t.team} (${t.open} open)` }))]} />
      <ProblemAlert error={view.error} />
      {view.isPending ? <Loader aria-label="Loading" /> : view.data && (
        <>
          <Text size="sm">Mean open caseload {view.data.meanOpen}; unallocated {view.data.unallocated.open} (high risk {view.data.unallocated.byRisk.high}). Throughput from {view.data.from.slice(0, 10)} to {view.data.to.slice(0, 10)}.</Text>
          <Table striped aria-label="Caseload">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Officer</Table.Th><Table.Th>Open</Table.Th><Table.Th>High</Table.Th><Table.Th>Medium</Table.Th><Table.Th>Standard</Table.Th>
                <Table.Th>0–7 d</Table.Th><Table.Th>8–28 d</Table.Th><Table.Th>29–90 d</Table.Th><Table.Th>90 d+</Table.Th>
                <Table.Th>Overdue actions</Table.Th><Table.Th>Overdue reviews</Table.Th><Table.Th>Allocated</Table.Th><Table.Th>Finalised</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.data.officers.map((o) => (
                <Table.Tr key={o.officer.id} bg={o.outlier ? 'var(--mantine-color-red-light)' : undefined}>
                  <Table.Td>{o.officer.displayName} {o.outlier && <Badge color="red">Outlier</Badge>}<Text size="xs" c="dimmed">{o.officer.team}</Text></Table.Td>
                  <Table.Td fw={600}>{o.open}</Table.Td>
                  <Table.Td>{o.byRisk.high}</Table.Td><Table.Td>{o.byRisk.medium}</Table.Td><Table.Td>{o.byRisk.standard}</Table.Td>
                  <Table.Td>{o.byAge['0-7d']}</Table.Td><Table.Td>{o.byAge['8-28d']}</Table.Td><Table.Td>{o.byAge['29-90d']}</Table.Td><Table.Td>{o.byAge['90d+']}</Table.Td>
                  <Table.Td c={o.overdueActions ? 'red' : undefined}>{o.overdueActions}</Table.Td>
                  <Table.Td c={o.overdueReviews ? 'red' : undefined}>{o.overdueReviews}</Table.Td>
                  <Table.Td>{o.allocatedInPeriod}</Table.Td><Table.Td>{o.finalisedInPeriod}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
