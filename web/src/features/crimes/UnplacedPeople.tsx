import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { CrimePerson } from './crime-draft';

type Props = { people: { person: CrimePerson; role: string }[]; onPlace: (person: CrimePerson, role: 'victim' | 'suspect' | 'witness') => void };

/** People on the incident as caller, subject or involved: the officer says what they are on the crime (no guess). */
export function UnplacedPeople({ people, onPlace }: Props) {
  return (
    <Paper component="section" withBorder p="xs" bg="gray.0" aria-label="Also on the incident">
      <Stack gap={6}>
        <Text size="sm" fw={600}>Also on the incident — add them to the crime if they are a victim, suspect or witness</Text>
        {people.map(({ person, role }) => (
          <Group key={person.id} justify="space-between" gap="xs" wrap="wrap">
            <Text size="sm">
              {person.name} · {person.reference} ({role.replace(/_/g, ' ')})
            </Text>
            <Group gap={4}>
              {(['victim', 'suspect', 'witness'] as const).map((r) => (
                <Button key={r} size="compact-xs" variant="light" onClick={() => onPlace(person, r)} aria-label={`Add ${person.reference} as ${r}`}>
                  As {r}
                </Button>
              ))}
            </Group>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
