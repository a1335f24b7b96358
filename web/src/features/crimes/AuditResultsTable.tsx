import { Table } from '@mantine/core';
import { formatRate } from './crimes-api';
import type { AuditGroupResult } from './types';

const GROUPS: Record<string, string> = { all: 'All crime', violence: 'Violence', sexual: 'Sexual offences', rape: 'Rape', domestic_abuse: 'Domestic abuse' };

/** Compliance (recorded ÷ should have been), classification and timeliness, each with a 95% Wilson interval. */
export function AuditResultsTable({ results }: { results: AuditGroupResult[] }) {
  return (
    <Table aria-label="Audit results">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Group</Table.Th>
          <Table.Th>Recording compliance</Table.Th>
          <Table.Th>Correct classification</Table.Th>
          <Table.Th>Within 24 hours</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {results.map((r) => (
          <Table.Tr key={r.group}>
            <Table.Td>{GROUPS[r.group] ?? r.group}</Table.Td>
            <Table.Td>{formatRate(r.compliance)}</Table.Td>
            <Table.Td>{formatRate(r.classification)}</Table.Td>
            <Table.Td>{formatRate(r.timeliness)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
