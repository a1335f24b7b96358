import { Button, Stack, Table, Text } from '@mantine/core';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { AddAliasForm } from './AddAliasForm';
import { usePerson, usePersonAction } from './person-context';
import { personName } from './names';

/** Other names the person is known by; every one of them is searchable. */
export function AliasesPanel() {
  const { person } = usePerson();
  const remove = usePersonAction((aliasId: string) => ({ path: `/aliases/${aliasId}` }), { method: 'DELETE' });
  const editable = person.abilities.edit && !person.mergedInto;
  return (
    <Stack maw={800}>
      {person.aliases.length === 0 ? (
        <Text c="dimmed">No other names recorded.</Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Kind</Table.Th>
              {editable && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {person.aliases.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{personName(a)}</Table.Td>
                <Table.Td tt="capitalize">{a.kind}</Table.Td>
                {editable && (
                  <Table.Td ta="right">
                    <Button size="compact-xs" variant="subtle" color="red" onClick={() => remove.mutate(a.id)} aria-label={`Remove ${personName(a)}`}>
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
      {editable && <AddAliasForm />}
    </Stack>
  );
}
