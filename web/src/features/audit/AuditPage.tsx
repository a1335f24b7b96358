import { Button, Loader, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { londonDayEnd, londonDayStart } from '../../platform/format';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { AUDIT_FILTERS, AuditFilterForm, type AuditFilters } from './AuditFilterForm';
import { fetchAudit } from './audit-api';
import { AuditTable } from './AuditTable';
import type { AuditFilter } from './types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Form fields → API filter: a UUID is a user id, anything else a user name; dates are London days. */
function toApiFilter(f: AuditFilters): AuditFilter {
  const user = f.user.trim();
  return {
    userId: UUID.test(user) ? user : undefined,
    username: user && !UUID.test(user) ? user : undefined,
    entityId: f.entityId.trim() || undefined,
    action: f.action.trim() || undefined,
    from: f.from ? londonDayStart(f.from) : undefined,
    to: f.to ? londonDayEnd(f.to) : undefined,
  };
}

/** Who read or changed what, and when: the force's audit trail, newest first. */
export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(AUDIT_FILTERS.map((k) => [k, params.get(k) ?? ''])) as AuditFilters;
  const results = useInfiniteQuery({
    queryKey: ['audit', 'search', filters],
    queryFn: ({ pageParam }) => fetchAudit({ ...toApiFilter(filters), limit: 100, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const search = (next: AuditFilters) => {
    const out = new URLSearchParams();
    for (const k of AUDIT_FILTERS) if (next[k].trim()) out.set(k, next[k].trim());
    setParams(out);
  };
  const items = results.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack>
      <div>
        <Title order={2}>Audit</Title>
        <Text c="dimmed" size="sm">
          Every read and change, newest first. Times are UK time. Searching the audit log is itself audited.
        </Text>
      </div>
      <AuditFilterForm key={params.toString()} initial={filters} onSearch={search} />
      <ProblemAlert error={results.error} />
      {results.isPending && <Loader size="sm" aria-label="Loading audit" />}
      {results.isSuccess && <AuditTable items={items} />}
      {results.hasNextPage && (
        <div>
          <Button variant="default" onClick={() => void results.fetchNextPage()} loading={results.isFetchingNextPage}>
            Older entries
          </Button>
        </div>
      )}
    </Stack>
  );
}
