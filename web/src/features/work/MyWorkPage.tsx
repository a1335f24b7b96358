import { Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../platform/api';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { MY_TASKS_KEY } from './task-queries';
import { TaskCard } from './TaskCard';
import { byUrgency, type TaskView } from './types';

/** The user's open work across every module, overdue first (DESIGN §4). */
export function MyWorkPage() {
  const tasks = useQuery({ queryKey: MY_TASKS_KEY, queryFn: () => api<{ items: TaskView[] }>('/tasks/mine') });
  const items = [...(tasks.data?.items ?? [])].sort(byUrgency);
  const overdue = items.filter((t) => t.overdue).length;
  return (
    <Stack maw={900}>
      <div>
        <Title order={2}>My work</Title>
        {tasks.isSuccess && items.length > 0 && (
          <Text c="dimmed" size="sm">
            {items.length} open {items.length === 1 ? 'task' : 'tasks'}
            {overdue > 0 && `, ${overdue} overdue`}
          </Text>
        )}
      </div>
      {tasks.isPending && <Loader aria-label="Loading tasks" />}
      <ProblemAlert error={tasks.error} />
      {tasks.isSuccess && items.length === 0 && (
        <Text c="dimmed">Nothing is waiting for you. New tasks appear here when a deadline is set for you or your team.</Text>
      )}
      {items.map((task) => (
        <TaskCard key={task.id} task={task} />
      ))}
    </Stack>
  );
}
