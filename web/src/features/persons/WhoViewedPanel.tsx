import { Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { fetchAudit } from '../audit/audit-api';
import { AuditTable } from '../audit/AuditTable';

/** For auditors: every read and change of this record, newest first. */
export function WhoViewedPanel({ personId }: { personId: string }) {
  const audit = useQuery({ queryKey: ['audit', 'entity', personId], queryFn: () => fetchAudit({ entityId: personId, limit: 100 }) });
  return (
    <Stack maw={1000} gap="xs">
      <Title order={4}>Who viewed this record</Title>
      <Text size="sm" c="dimmed">
        Every read and change of this record, newest first.
      </Text>
      {audit.isPending && <Loader size="sm" aria-label="Loading audit" />}
      <ProblemAlert error={audit.error} />
      {audit.data && <AuditTable items={audit.data.items} showEntity={false} />}
    </Stack>
  );
}
