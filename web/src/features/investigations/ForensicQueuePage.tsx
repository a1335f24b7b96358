import { useState } from 'react';
import { Anchor, Badge, Button, Loader, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../platform/api';
import { useAuth } from '../../platform/auth-context';
import { formatDateTime } from '../../platform/format';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { ShowMore } from '../../platform/ShowMore';
import { InvestigationsNav } from './InvestigationsNav';
import { RISK_COLOURS, useForensicQueue } from './investigations-api';

/** Device examinations by priority then age, with the backlog's age and turnaround (F18). */
export function ForensicQueuePage() {
  const { can } = useAuth();
  const client = useQueryClient();
  const [status, setStatus] = useState('outstanding');
  const queue = useForensicQueue(status === 'outstanding' ? undefined : status);
  const [error, setError] = useState<unknown>(null);
  const start = async (id: string, version: number) => {
    setError(null);
    try {
      await api(`/forensic-requests/${id}/start`, { method: 'POST', version });
      await client.invalidateQueries({ queryKey: ['forensic-requests'] });
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Stack>
      <Title order={2}>Digital forensics queue</Title>
      <InvestigationsNav />
      <SegmentedControl w="fit-content" value={status} onChange={setStatus} data={[{ value: 'outstanding', label: 'Outstanding' }, { value: 'completed', label: 'Completed' }]} />
      <ProblemAlert error={queue.error ?? error} />
      {queue.isPending ? <Loader aria-label="Loading" /> : queue.latest && (
        <>
          <Text size="sm">Outstanding {queue.latest.outstanding}; oldest {queue.latest.oldestOutstandingDays ?? '—'} days; median turnaround {queue.latest.medianTurnaroundDays ?? '—'} days. {queue.total} {status === 'outstanding' ? 'outstanding' : status} in this list.</Text>
          <Table striped aria-label="Forensic queue">
            <Table.Thead>
              <Table.Tr><Table.Th>Priority</Table.Th><Table.Th>Request</Table.Th><Table.Th>Crime</Table.Th><Table.Th>Device</Table.Th><Table.Th>Risk</Table.Th><Table.Th>Requested</Table.Th><Table.Th>Age (days)</Table.Th><Table.Th>Status</Table.Th><Table.Th /></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {queue.items.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{r.priority}</Table.Td>
                  <Table.Td>{r.reference}</Table.Td>
                  <Table.Td><Anchor component={Link} to={`/investigations/${r.investigationId}`}>{r.crimeReference}</Anchor></Table.Td>
                  <Table.Td>{r.deviceType.replace(/_/g, ' ')}</Table.Td>
                  <Table.Td><Badge color={RISK_COLOURS[r.risk]}>{r.risk}</Badge>{r.childOrVulnerable && <Badge color="orange" variant="outline" ml={4}>Child/vulnerable</Badge>}</Table.Td>
                  <Table.Td>{formatDateTime(r.requestedAt)}</Table.Td>
                  <Table.Td>{r.ageDays}</Table.Td>
                  <Table.Td>{r.status.replace('_', ' ')}</Table.Td>
                  <Table.Td>{r.status === 'requested' && can('investigations:forensics-manage') && <Button size="xs" onClick={() => start(r.id, r.version)}>Start</Button>}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <ShowMore list={queue} />
        </>
      )}
    </Stack>
  );
}
