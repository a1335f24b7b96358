import { Anchor, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime } from '../../platform/format';
import { usePerson } from './person-context';
import type { PersonLink } from './types';

function describe(link: PersonLink): { kind: string; label: string; reference: string; to?: string; when?: string } {
  if (link.event) {
    return { kind: link.event.type, label: link.event.summary, reference: link.event.reference, when: formatDateTime(link.event.occurredAt) };
  }
  if (link.object) return { kind: link.object.kind, label: link.object.label, reference: link.object.reference, to: `/objects/${link.object.id}` };
  if (link.location) return { kind: 'location', label: link.location.label, reference: link.location.reference, to: `/locations/${link.location.id}` };
  return { kind: 'unknown', label: '', reference: '' };
}

/** Everything this person is linked to: events, objects and places, with their role in each. */
export function LinksPanel() {
  const { person } = usePerson();
  if (person.links.length === 0) return <Text c="dimmed">This person is not linked to any event, object or location yet.</Text>;
  return (
    <Stack maw={1000}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Role</Table.Th>
            <Table.Th>Type</Table.Th>
            <Table.Th>Reference</Table.Th>
            <Table.Th>Summary</Table.Th>
            <Table.Th>When</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {person.links.map((link) => {
            const d = describe(link);
            return (
              <Table.Tr key={link.id}>
                <Table.Td tt="capitalize">{link.role.replaceAll('_', ' ')}</Table.Td>
                <Table.Td tt="capitalize">{d.kind.replaceAll('_', ' ')}</Table.Td>
                <Table.Td>
                  {d.to ? (
                    <Anchor component={Link} to={d.to}>
                      {d.reference}
                    </Anchor>
                  ) : (
                    d.reference
                  )}
                </Table.Td>
                <Table.Td>
                  {d.label}
                  {link.notes && (
                    <Text size="xs" c="dimmed">
                      {link.notes}
                    </Text>
                  )}
                  {link.endedAt && (
                    <Text size="xs" c="dimmed">
                      Link ended {formatDateTime(link.endedAt)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{d.when}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
