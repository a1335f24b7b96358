import { Anchor, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate, todayInLondon } from '../../platform/format';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { AddAddressForm } from './AddAddressForm';
import { usePerson, usePersonAction } from './person-context';

/** Where the person lives or has lived, each a location record shared with others. */
export function AddressesPanel() {
  const { person } = usePerson();
  const end = usePersonAction((addressId: string) => ({ path: `/addresses/${addressId}/end`, body: { toDate: todayInLondon() } }));
  const editable = person.abilities.edit && !person.mergedInto;
  return (
    <Stack maw={900}>
      {person.addresses.length === 0 ? (
        <Text c="dimmed">No addresses recorded.</Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Address</Table.Th>
              <Table.Th>Type</Table.Th>
              <Table.Th>From</Table.Th>
              <Table.Th>To</Table.Th>
              {editable && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {person.addresses.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/locations/${a.location.id}`}>
                    {a.location.label}
                  </Anchor>
                </Table.Td>
                <Table.Td tt="capitalize">{a.type}</Table.Td>
                <Table.Td>{formatDate(a.fromDate)}</Table.Td>
                <Table.Td>
                  {a.toDate ? formatDate(a.toDate) : <Badge variant="light" color="green">Current</Badge>}
                </Table.Td>
                {editable && (
                  <Table.Td ta="right">
                    {!a.toDate && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() => end.mutate(a.id)}
                        aria-label={`No longer here: ${a.location.label}`}
                      >
                        No longer here
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ProblemAlert error={end.error} />
      {editable && <AddAddressForm />}
    </Stack>
  );
}
