import { Button, Stack, Table, Text } from '@mantine/core';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { AddPhoneForm } from './AddPhoneForm';
import { usePerson, usePersonAction } from './person-context';

/** Phone numbers; searching by any of them finds the person. */
export function PhonesPanel() {
  const { person } = usePerson();
  const remove = usePersonAction((phoneId: string) => ({ path: `/phones/${phoneId}` }), { method: 'DELETE' });
  const editable = person.abilities.edit && !person.mergedInto;
  return (
    <Stack maw={800}>
      {person.phones.length === 0 ? (
        <Text c="dimmed">No phone numbers recorded.</Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Number</Table.Th>
              <Table.Th>Type</Table.Th>
              {editable && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {person.phones.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td ff="monospace">{p.number}</Table.Td>
                <Table.Td tt="capitalize">{p.type}</Table.Td>
                {editable && (
                  <Table.Td ta="right">
                    <Button size="compact-xs" variant="subtle" color="red" onClick={() => remove.mutate(p.id)} aria-label={`Remove ${p.number}`}>
                      Remove
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ProblemAlert error={remove.error} />
      {editable && <AddPhoneForm />}
    </Stack>
  );
}
