import { Table, Text } from '@mantine/core';
import { formatDateTime } from '../../platform/format';
import type { CrimeView } from './types';

const ACTIONS: Record<string, string> = {
  'crime.recorded': 'Recorded',
  'crime.reclassified': 'Reclassified',
  'crime.cancelled': 'Cancelled',
  'crime.transferred': 'Transferred',
  'crime.victim_added': 'Victim added',
  'crime.suspect_added': 'Suspect added',
  'crime.witness_added': 'Witness added',
  'crime.incident_linked': 'Linked to its incident',
};

/** The append-only history: every recording, reclassification, cancellation and transfer. */
export function CrimeHistoryTable({ history }: { history: CrimeView['history'] }) {
  return (
    <Table aria-label="Crime history" striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>When</Table.Th>
          <Table.Th>Who</Table.Th>
          <Table.Th>What</Table.Th>
          <Table.Th>Class</Table.Th>
          <Table.Th>Reason and evidence</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {history.map((h, i) => (
          <Table.Tr key={i}>
            <Table.Td>{formatDateTime(h.at)}</Table.Td>
            <Table.Td>{h.username}</Table.Td>
            <Table.Td>
              {ACTIONS[h.action] ?? h.action}
              {h.cancellationCode ? ` (${h.cancellationCode})` : ''}
            </Table.Td>
            <Table.Td>{[h.fromCode, h.toCode].filter(Boolean).join(' → ')}</Table.Td>
            <Table.Td>
              <Text size="sm">{h.reason}</Text>
              {h.additionalVerifiableInformation && (
                <Text size="xs" c="dimmed">
                  Additional verifiable information: {h.additionalVerifiableInformation}
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
