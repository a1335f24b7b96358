import { useMutation, useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { api } from '../../platform/api';
import { MY_TASKS_KEY } from './task-queries';
import type { TaskView } from './types';

/** Posts `complete` or `close` for a task at the version the user saw. */
export function useTaskAction(task: TaskView, action: 'complete' | 'close') {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, string>) =>
      api<TaskView>(`/tasks/${task.id}/${action}`, { body, version: task.version }),
    onSuccess: () => {
      notifications.show({ message: action === 'complete' ? `Completed: ${task.title}` : `Closed: ${task.title}` });
      return client.invalidateQueries({ queryKey: MY_TASKS_KEY });
    },
  });
}
