import type { FormEvent } from 'react';
import { Alert, Button, Group, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../platform/api';
import { useFields } from '../../platform/forms';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { changedFields, fieldsOf, toPersonBody } from './person-fields';
import { PersonFieldset } from './PersonFieldset';
import { usePerson, usePersonAction } from './person-context';

/** Edits at the version the user saw; if someone else saved first the server says 409 and nothing is lost silently. */
export function EditDetailsForm({ onDone }: { onDone: () => void }) {
  const { person, queryKey } = usePerson();
  const client = useQueryClient();
  const save = usePersonAction((body: Record<string, unknown>) => ({ path: '', body }), { method: 'PATCH', withVersion: true });
  const original = fieldsOf(person);
  const { values, bind } = useFields(original, save.error);
  const stale = save.error instanceof ApiError && save.error.status === 409;
  const changes = changedFields(original, values);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (Object.keys(changes).length === 0) return onDone();
    save.mutate(toPersonBody(changes, false), { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit}>
      <Stack maw={900}>
        <PersonFieldset bind={bind} />
        {stale ? (
          <Alert color="orange" title="Someone else changed this record" role="alert">
            Your changes were not saved because the record changed after you opened it. Reload to see the latest
            version, then make your changes again.
            <Group mt="sm">
              <Button size="xs" onClick={() => void client.invalidateQueries({ queryKey }).then(onDone)}>
                Reload
              </Button>
            </Group>
          </Alert>
        ) : (
          <ProblemAlert error={save.error} />
        )}
        <Group>
          <Button type="submit" loading={save.isPending} disabled={stale}>
            Save changes
          </Button>
          <Button variant="subtle" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
