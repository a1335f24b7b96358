import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime } from '../../platform/format';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { MergeForm } from './MergeForm';
import { usePerson, usePersonAction } from './person-context';

/** Merge a duplicate into this record, and the history of earlier merges (which can be undone). */
export function MergePanel() {
  const { person } = usePerson();
  const undo = usePersonAction((mergeId: string) => ({ path: `/persons/merges/${mergeId}/undo`, body: {}, fromRoot: true }));
  return (
    <Stack maw={800} gap="lg">
      {person.abilities.merge && !person.mergedInto && <MergeForm />}
      {person.mergedFrom.length > 0 && (
        <Stack gap="xs">
          <Title order={4}>Records merged into this one</Title>
          {person.mergedFrom.map((m) => (
            <Group key={m.mergeId} justify="space-between">
              <Text size="sm">
                <Anchor component={Link} to={`/people/${m.id}`}>
                  {m.reference}
                </Anchor>{' '}
                merged {formatDateTime(m.mergedAt)}
              </Text>
              {person.abilities.undoMerge && (
                <Button size="compact-sm" variant="default" loading={undo.isPending} onClick={() => undo.mutate(m.mergeId)}>
                  Undo merge
                </Button>
              )}
            </Group>
          ))}
          <ProblemAlert error={undo.error} />
        </Stack>
      )}
    </Stack>
  );
}
