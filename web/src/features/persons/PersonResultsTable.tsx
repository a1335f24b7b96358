import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { MarkerBadges } from '../../platform/MarkerBadges';
import { formatDob } from '../../platform/format';
import { matchedOnText, personName } from './names';
import type { PersonRow } from './types';

/** Ranked search results: who, how well they match and why, with warning markers visible without opening. */
export function PersonResultsTable({ rows }: { rows: PersonRow[] }) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover aria-label="People found">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Date of birth (age)</Table.Th>
            <Table.Th>Reference</Table.Th>
            <Table.Th ta="right">Score</Table.Th>
            <Table.Th>Warning markers</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const matched = matchedOnText(row);
            return (
              <Table.Tr key={row.id}>
                <Table.Td>
                  <Group gap={6}>
                    <Anchor component={Link} to={`/people/${row.id}`} fw={600}>
                      {personName(row)}
                    </Anchor>
                    {row.restricted && (
                      <Badge color="grape" variant="light" size="sm">
                        Restricted
                      </Badge>
                    )}
                  </Group>
                  {matched && (
                    <Text size="xs" c="dimmed" fs="italic">
                      {matched}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{formatDob(row.dateOfBirth)}</Table.Td>
                <Table.Td>{row.reference}</Table.Td>
                <Table.Td ta="right">{Math.round(row.score * 100) / 100}</Table.Td>
                <Table.Td>
                  <MarkerBadges markers={row.warningMarkers} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
