import { Button, Loader, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { fetchAudit } from '../audit/audit-api';
import { AuditTable } from '../audit/AuditTable';

/** For auditors: every read and change of this record, newest first, paged on the server (older entries on request). */
export function WhoViewedPanel({ personId }: { personId: string }) {
  const audit = useInfiniteQuery({
    queryKey: ['audit', 'entity', personId],
    queryFn: ({ pageParam }) => fetchAudit({ entityId: personId, limit: 50, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = audit.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack maw={1000} gap="xs">
      <Title order={4}>Who viewed this record</Title>
      <Text size="sm" c="dimmed">
        Every read and change of this record, newest first.
      </Text>
      {audit.isPending && <Loader size="sm" aria-label="Loading audit" />}
      <ProblemAlert error={audit.error} />
      {audit.isSuccess && <AuditTable items={items} showEntity={false} />}
      {audit.hasNextPage && (
        <div>
          <Button variant="default" onClick={() => void audit.fetchNextPage()} loading={audit.isFetchingNextPage}>
            Older entries
          </Button>
        </div>
      )}
    </Stack>
  );
}
