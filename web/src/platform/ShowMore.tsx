import { Button, Group, Text } from '@mantine/core';
import type { PagedListState } from './paged';

/** Under a server-paged list: how many of the true total are shown, and a button for the next page. */
export function ShowMore({ list, noun = 'more' }: { list: PagedListState; noun?: string }) {
  const remaining = list.total - list.items.length;
  if (list.total === 0) return null;
  return (
    <Group gap="sm">
      <Text size="sm" c="dimmed" aria-live="polite">Showing {list.items.length} of {list.total}</Text>
      {list.hasNextPage && remaining > 0 && (
        <Button variant="default" size="compact-md" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
          Show {Math.min(list.pageSize, remaining)} {noun} of {remaining} remaining
        </Button>
      )}
    </Group>
  );
}

/** Under ranked search results with no count: the next page of results on request. */
export function MoreResults({ list }: { list: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown } }) {
  if (!list.hasNextPage) return null;
  return (
    <div>
      <Button variant="default" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>More results</Button>
    </div>
  );
}
