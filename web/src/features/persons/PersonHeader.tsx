import { Badge, Group, Text, Title } from '@mantine/core';
import { formatDate } from '../../platform/format';
import { usePerson } from './person-context';
import { personName } from './names';

/** Who this is: name, reference, date of birth and age, restriction. */
export function PersonHeader() {
  const { person } = usePerson();
  return (
    <div>
      <Group gap="sm" align="center">
        <Title order={2}>{personName(person)}</Title>
        {person.restricted && (
          <Badge color="grape" size="lg">
            Restricted
          </Badge>
        )}
        {person.mergedInto && (
          <Badge color="gray" size="lg">
            Merged
          </Badge>
        )}
      </Group>
      <Group gap="lg" mt={4}>
        <Text c="dimmed" data-testid="person-reference">
          {person.reference}
        </Text>
        <Text>
          {person.dateOfBirth
            ? `Born ${formatDate(person.dateOfBirth)}${person.ageYears !== null ? ` · ${person.ageYears} years old` : ''}`
            : 'Date of birth unknown'}
        </Text>
        {person.gender && person.gender !== 'unknown' && <Text tt="capitalize">{person.gender}</Text>}
        {person.pncId && <Text>PNC {person.pncId}</Text>}
      </Group>
    </div>
  );
}
