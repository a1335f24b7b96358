import { Anchor, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime } from '../../platform/format';
import { useNarrowScreen } from '../../platform/responsive';
import { GradeBadge } from './GradeBadge';
import { age } from './queue-age';
import { QueueCards } from './QueueCards';
import { RiskFlags } from './RiskFlags';
import type { QueueItem } from './types';

/**
 * The unresolved queue: risk first, and why, without opening a record (STANDARDS §2 C4). Cards on a phone, and on a
 * tablet held upright, where the seven columns cannot fit beside the navigation.
 */
export function QueueTable({ items }: { items: QueueItem[] }) {
  const narrow = useNarrowScreen('md');
  if (narrow) return <QueueCards items={items} />;
  return (
    <Table striped highlightOnHover aria-label="Unresolved incidents">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Risk</Table.Th>
          <Table.Th>Incident</Table.Th>
          <Table.Th>Grade</Table.Th>
          <Table.Th>Why it matters</Table.Th>
          <Table.Th>Age</Table.Th>
          <Table.Th>Past target</Table.Th>
          <Table.Th>Last reviewed</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => (
          <Table.Tr key={item.id} data-testid="queue-row">
            <Table.Td>{item.risk}</Table.Td>
            <Table.Td>
              <Anchor component={Link} to={`/incidents/${item.id}`} fw={600}>
                {item.reference}
              </Anchor>
              <Text size="xs">{item.typeLabel} · {item.district ?? 'no district'}</Text>
              <Text size="xs" c="dimmed" lineClamp={1}>{item.summary}</Text>
            </Table.Td>
            <Table.Td><GradeBadge grade={item.grade} /></Table.Td>
            <Table.Td>
              <RiskFlags flags={item.flags} />
              <Text size="xs">{item.riskReasons.join(' · ')}</Text>
              <Text size="xs" c="dimmed">{item.thriveSummary}</Text>
              {item.reassessmentsDue.length > 0 && <Text size="xs" c="red">Re-assess: {item.reassessmentsDue.join(', ')}</Text>}
            </Table.Td>
            <Table.Td>{age(item.ageMinutes)}</Table.Td>
            <Table.Td>{item.minutesPastTarget > 0 ? <Text c="red" size="sm">{age(item.minutesPastTarget)}</Text> : '—'}</Table.Td>
            <Table.Td>
              {item.lastReviewedAt ? (
                <Group gap={4}><Text size="xs">{item.lastReviewedBy}</Text><Text size="xs" c="dimmed">{formatDateTime(item.lastReviewedAt)}</Text></Group>
              ) : <Text size="xs" c="dimmed">never</Text>}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
