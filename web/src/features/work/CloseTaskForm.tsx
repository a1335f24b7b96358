import type { FormEvent } from 'react';
import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useFields } from '../../platform/forms';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { useTaskAction } from './use-task-action';
import { CLOSE_REASONS, MIN_CLOSE_REASON_LENGTH, type TaskView } from './types';

/** Closing a task without doing it needs a reason code and an explanation; both are recorded. */
export function CloseTaskForm({ task, onCancel }: { task: TaskView; onCancel: () => void }) {
  const action = useTaskAction(task, 'close');
  const { values, bind } = useFields({ reasonCode: '', reason: '' }, action.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    action.mutate({ reasonCode: values.reasonCode, reason: values.reason.trim() });
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="xs">
        <NativeSelect
          label="Reason for closing"
          required
          autoFocus
          data={[{ value: '', label: 'Choose a reason…' }, ...CLOSE_REASONS]}
          {...bind('reasonCode')}
        />
        <TextInput label="Explain why" description={`At least ${MIN_CLOSE_REASON_LENGTH} characters`} required {...bind('reason')} />
        <ProblemAlert error={action.error} />
        <Group gap="xs">
          <Button type="submit" size="xs" color="orange" loading={action.isPending} disabled={!values.reasonCode || values.reason.trim().length < MIN_CLOSE_REASON_LENGTH}>
            Close task
          </Button>
          <Button size="xs" variant="subtle" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
