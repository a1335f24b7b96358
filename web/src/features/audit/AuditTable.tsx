import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime } from '../../platform/format';
import type { AuditEntry } from './types';

const ENTITY_PATHS: Record<string, string> = { person: '/people', location: '/locations', object: '/objects' };

/** Audit rows, newest first, times in Europe/London. */
export function AuditTable({ items, showEntity = true }: { items: AuditEntry[]; showEntity?: boolean }) {
  if (items.length === 0) return <Text c="dimmed">No audit entries match.</Text>;
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped aria-label="Audit entries">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>User</Table.Th>
            <Table.Th>Action</Table.Th>
            {showEntity && <Table.Th>Record type</Table.Th>}
            {showEntity && <Table.Th>Record</Table.Th>}
            <Table.Th>Reason given</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e) => {
            const path = ENTITY_PATHS[e.entityType];
            return (
              <Table.Tr key={e.seq}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</Table.Td>
                <Table.Td>{e.username}</Table.Td>
                <Table.Td ff="monospace" fz="sm">
                  {e.action}
                </Table.Td>
                {showEntity && <Table.Td>{e.entityType}</Table.Td>}
                {showEntity && (
                  <Table.Td ff="monospace" fz="xs">
                    {e.entityId && path ? (
                      <Anchor component={Link} to={`${path}/${e.entityId}`} inherit>
                        {e.entityId}
                      </Anchor>
                    ) : (
                      e.entityId
                    )}
                  </Table.Td>
                )}
                <Table.Td style={{ wordBreak: 'break-word' }}>{e.reason}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
