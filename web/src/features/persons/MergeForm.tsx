import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Stack, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { fieldErrorsOf } from '../../platform/forms';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { formatDob } from '../../platform/format';
import { personName } from './names';
import { usePerson, usePersonAction } from './person-context';
import { PersonPicker } from './PersonPicker';
import type { PersonRow } from './types';

/** Pick the duplicate and say why they are the same person; this record survives. */
export function MergeForm() {
  const { person } = usePerson();
  const [duplicate, setDuplicate] = useState<PersonRow | null>(null);
  const [reason, setReason] = useState('');
  const merge = usePersonAction((body: { duplicateId: string; reason: string }) => ({ path: '/merge', body }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!duplicate) return;
    merge.mutate(
      { duplicateId: duplicate.id, reason: reason.trim() },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: `${duplicate.reference} merged into ${person.reference}` });
          setDuplicate(null);
          setReason('');
        },
      },
    );
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="xs">
        <Title order={4}>Merge a duplicate into this record</Title>
        {duplicate ? (
          <Alert color="orange" title={`Merge ${personName(duplicate)} (${duplicate.reference}) into ${person.reference}`}>
            {formatDob(duplicate.dateOfBirth)}. Their names, phones, addresses, markers and links move to this record. The
            duplicate stays readable and points here. A merge can be undone.
            <Group mt="xs">
              <Button size="compact-xs" variant="subtle" onClick={() => setDuplicate(null)}>
                Choose someone else
              </Button>
            </Group>
          </Alert>
        ) : (
          <PersonPicker label="Find the duplicate record" excludeId={person.id} onPick={setDuplicate} />
        )}
        {duplicate && (
          <>
            <Textarea
              label="Why are they the same person?"
              description="At least 10 characters"
              required
              autoFocus
              autosize
              minRows={2}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={fieldErrorsOf(merge.error).reason}
            />
            <ProblemAlert error={merge.error} />
            <Group>
              <Button type="submit" color="orange" loading={merge.isPending} disabled={!reason.trim()}>
                Merge records
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </form>
  );
}
