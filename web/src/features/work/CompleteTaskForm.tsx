import type { FormEvent } from 'react';
import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useFields, withoutBlanks } from '../../platform/forms';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { useTaskAction } from './use-task-action';
import type { TaskView } from './types';

/** Completing a task needs the outcome that was achieved. */
export function CompleteTaskForm({ task, onCancel }: { task: TaskView; onCancel: () => void }) {
  const action = useTaskAction(task, 'complete');
  const { values, bind } = useFields({ outcome: '', note: '' }, action.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    action.mutate(withoutBlanks(values) as Record<string, string>);
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="xs">
        <TextInput label="Outcome" description="What was done" required autoFocus {...bind('outcome')} />
        <Textarea label="Note" autosize minRows={2} {...bind('note')} />
        <ProblemAlert error={action.error} />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={action.isPending} disabled={!values.outcome.trim()}>
            Record outcome and complete
          </Button>
          <Button size="xs" variant="subtle" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
