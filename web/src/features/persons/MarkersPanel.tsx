import { Stack, Table, Text } from '@mantine/core';
import { AddMarkerForm } from './AddMarkerForm';
import { MarkerRow } from './MarkerRow';
import { usePerson } from './person-context';

/** All warning markers, active first, with their history; add and end them here. */
export function MarkersPanel() {
  const { person } = usePerson();
  const markers = [...person.warningMarkers].sort((a, b) => Number(b.active) - Number(a.active));
  const canChange = person.abilities.addMarker && !person.mergedInto;
  return (
    <Stack maw={1100}>
      {markers.length === 0 ? (
        <Text c="dimmed">No warning markers have been recorded.</Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Marker</Table.Th>
              <Table.Th>Reason</Table.Th>
              <Table.Th>Source</Table.Th>
              <Table.Th>From</Table.Th>
              <Table.Th>Review by</Table.Th>
              <Table.Th>Status</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {markers.map((m) => (
              <MarkerRow key={m.id} marker={m} canEnd={canChange} />
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canChange && <AddMarkerForm />}
    </Stack>
  );
}
