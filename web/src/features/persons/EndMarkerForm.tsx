import { useState, type FormEvent } from 'react';
import { Button, Group, TextInput } from '@mantine/core';
import { fieldErrorsOf } from '../../platform/forms';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { usePersonAction } from './person-context';
import type { MarkerView } from './types';

/** A marker is never deleted: it is ended with a reason and stays in the history. */
export function EndMarkerForm({ marker, onDone }: { marker: MarkerView; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const end = usePersonAction((body: { reason: string }) => ({ path: `/warning-markers/${marker.id}/end`, body }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    end.mutate({ reason: reason.trim() }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit}>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={`Why is the ${marker.label} marker no longer needed?`}
          required
          autoFocus
          style={{ flex: 1, minWidth: 260 }}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fieldErrorsOf(end.error).reason}
        />
        <Button type="submit" color="red" loading={end.isPending} disabled={!reason.trim()}>
          End marker
        </Button>
        <Button variant="subtle" onClick={onDone}>
          Cancel
        </Button>
      </Group>
      <ProblemAlert error={end.error} />
    </form>
  );
}
