import { Button, Loader, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../platform/api';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { MY_TASKS_KEY } from './task-queries';
import { TaskCard } from './TaskCard';
import type { TaskView } from './types';

type TaskPage = { items: TaskView[]; nextCursor: string | null; total: number; overdue: number };

const PAGE_SIZE = 25;

/** The user's open work across every module, overdue first (DESIGN §4), paged on the server with the true totals. */
export function MyWorkPage() {
  const tasks = useInfiniteQuery({
    queryKey: MY_TASKS_KEY,
    queryFn: ({ pageParam }) => api<TaskPage>(`/tasks/mine?limit=${PAGE_SIZE}${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ''}`),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const pages = tasks.data?.pages ?? [];
  const items = pages.flatMap((p) => p.items);
  const latest = pages.at(-1);
  const total = latest?.total ?? 0;
  const overdue = latest?.overdue ?? 0;
  return (
    <Stack maw={900}>
      <div>
        <Title order={2}>My work</Title>
        {tasks.isSuccess && total > 0 && (
          <Text c="dimmed" size="sm" aria-live="polite">
            {total} open {total === 1 ? 'task' : 'tasks'}
            {overdue > 0 && `, ${overdue} overdue`}
            {items.length < total && ` · showing ${items.length}`}
          </Text>
        )}
      </div>
      {tasks.isPending && <Loader aria-label="Loading tasks" />}
      <ProblemAlert error={tasks.error} />
      {tasks.isSuccess && total === 0 && (
        <Text c="dimmed">Nothing is waiting for you. New tasks appear here when a deadline is set for you or your team.</Text>
      )}
      {items.map((task) => (
        <TaskCard key={task.id} task={task} />
      ))}
      {tasks.hasNextPage && (
        <Button variant="default" loading={tasks.isFetchingNextPage} onClick={() => void tasks.fetchNextPage()}>
          Show {Math.min(PAGE_SIZE, total - items.length)} more of {total - items.length} remaining
        </Button>
      )}
    </Stack>
  );
}
