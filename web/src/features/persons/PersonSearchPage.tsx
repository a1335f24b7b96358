import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api, query } from '../../platform/api';
import { useAuth } from '../../platform/auth-context';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { PersonResultsTable } from './PersonResultsTable';
import { PERSON_FILTERS, PersonSearchForm, type PersonFilters } from './PersonSearchForm';
import type { Page, PersonRow } from './types';

/** Ranked person search; the filters live in the URL so results survive back and reload. */
export function PersonSearchPage() {
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(PERSON_FILTERS.map((k) => [k, params.get(k) ?? ''])) as PersonFilters;
  const hasFilter = PERSON_FILTERS.some((k) => filters[k]);
  const results = useInfiniteQuery({
    queryKey: ['person-search', 'page', filters],
    queryFn: ({ pageParam }) => api<Page<PersonRow>>(`/persons${query({ ...filters, limit: 25, cursor: pageParam })}`),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: hasFilter,
  });
  const search = (next: PersonFilters) => {
    const out = new URLSearchParams();
    for (const k of PERSON_FILTERS) if (next[k].trim()) out.set(k, next[k].trim());
    setParams(out);
  };
  const rows = results.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>People</Title>
        {can('persons:write') && (
          <Button component={Link} to="/people/new">
            Create person
          </Button>
        )}
      </Group>
      <PersonSearchForm key={params.toString()} initial={filters} onSearch={search} />
      <ProblemAlert error={results.error} />
      {results.isFetching && !results.isFetchingNextPage && <Loader size="sm" aria-label="Searching" />}
      {hasFilter && results.isSuccess && rows.length === 0 && <Text c="dimmed">Nobody matches. Check the spelling or widen the age range.</Text>}
      {rows.length > 0 && <PersonResultsTable rows={rows} />}
      {results.hasNextPage && (
        <div>
          <Button variant="default" onClick={() => void results.fetchNextPage()} loading={results.isFetchingNextPage}>
            More results
          </Button>
        </div>
      )}
    </Stack>
  );
}
