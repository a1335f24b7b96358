import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import { api, query } from './api';

/** One page of a server-paged list: the items, the cursor of the next page, and how many match in all. */
export type PagedList<T> = { items: T[]; nextCursor: string | null; total: number };

export type Params = Record<string, string | number | undefined | null>;

/**
 * A list filtered and paged on the server (DESIGN §10): the filters go to the server, pages follow the cursor,
 * and `total` is the server's count of every match — never the length of what has been fetched.
 */
export function usePagedList<T, P extends PagedList<T> = PagedList<T>>(key: QueryKey, path: string, params: Params, pageSize = 25, enabled = true) {
  const list = useInfiniteQuery({
    queryKey: [...key, params, pageSize],
    queryFn: ({ pageParam }) => api<P>(`${path}${query({ ...params, limit: pageSize, cursor: pageParam || undefined })}`),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
  const pages = list.data?.pages ?? [];
  const items = pages.flatMap((p) => p.items);
  const latest = pages.at(-1);
  return { ...list, items, total: latest?.total ?? 0, latest, pageSize };
}

/**
 * Ranked search results the server pages by cursor without counting them (a free-text search): the next page on
 * request, never a silent cut-off at the first.
 */
export function useSearchPages<T>(key: QueryKey, path: string, params: Params, pageSize = 25, enabled = true) {
  const list = useInfiniteQuery({
    queryKey: [...key, params, pageSize],
    queryFn: ({ pageParam }) => api<{ items: T[]; nextCursor: string | null }>(`${path}${query({ ...params, limit: pageSize, cursor: pageParam || undefined })}`),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
  return { ...list, items: (list.data?.pages ?? []).flatMap((p) => p.items) };
}

export type PagedListState = {
  items: readonly unknown[];
  total: number;
  pageSize: number;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
};
