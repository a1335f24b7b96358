import { useState } from 'react';
import { Badge, Button, Group, Table, TextInput } from '@mantine/core';
import { formatDateTime } from '../../platform/format';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { api } from '../../platform/api';
import { ENQUIRY_KINDS } from './investigations-api';
import type { InvestigationView } from './types';
import { useSave } from './useSave';

const KIND = Object.fromEntries(ENQUIRY_KINDS);

/** Lines of enquiry with owner, due date and result; overdue ones stand out. */
export function ActionList({ inv }: { inv: InvestigationView }) {
  const [results, setResults] = useState<Record<string, string>>({});
  const { save, error, busy } = useSave();
  if (inv.actions.length === 0) return null;
  return (
    <>
      <Table striped aria-label="Lines of enquiry">
        <Table.Thead>
          <Table.Tr><Table.Th>Line</Table.Th><Table.Th>Description</Table.Th><Table.Th>Owner</Table.Th><Table.Th>Due</Table.Th><Table.Th>Result</Table.Th></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {inv.actions.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>{KIND[a.kind] ?? a.kind}</Table.Td>
              <Table.Td>{a.description}</Table.Td>
              <Table.Td>{a.owner.displayName}</Table.Td>
              <Table.Td>{formatDateTime(a.dueAt)} {a.overdue && <Badge color="red">Overdue</Badge>}</Table.Td>
              <Table.Td>
                {a.result ?? (inv.abilities.addAction ? (
                  <Group gap="xs" wrap="nowrap">
                    <TextInput size="xs" aria-label={`Result of ${a.description}`} value={results[a.id] ?? ''} onChange={(e) => setResults({ ...results, [a.id]: e.currentTarget.value })} />
                    <Button size="xs" loading={busy} onClick={() => save(() => api<InvestigationView>(`/investigations/${inv.id}/actions/${a.id}/result`, { body: { result: results[a.id] ?? '' }, version: inv.version }))}>Record</Button>
                  </Group>
                ) : '—')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <ProblemAlert error={error} />
    </>
  );
}
