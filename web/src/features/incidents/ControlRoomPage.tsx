import { useState } from 'react';
import { Button, Group, Loader, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useAuth } from '../../platform/auth-context';
import { DistrictSelect } from '../../platform/DistrictSelect';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { useIncidentStream, useQueue, type QueueFilters } from './incidents-api';
import { QueueTable } from './QueueTable';
import { FLAG_LABELS, GRADE_LABELS } from './types';

/** Control room home: the live, risk-sorted unresolved queue with filters (F01). */
export function ControlRoomPage() {
  const { can } = useAuth();
  const [filters, setFilters] = useState<QueueFilters>({});
  const queue = useQueue(filters);
  useIncidentStream();
  const set = (key: keyof QueueFilters) => (value: string) => setFilters((f) => ({ ...f, [key]: value || undefined }));
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Control room</Title>
        <Group>
          <Button variant="light" component={Link} to="/incidents/map">Map</Button>
          {can('incidents:dashboard') && <Button variant="light" component={Link} to="/incidents/dashboard">Dashboard</Button>}
          {can('incidents:create') && <Button component={Link} to="/incidents/new">Log incident</Button>}
        </Group>
      </Group>
      <Group align="end">
        <DistrictSelect value={filters.district ?? ''} onChange={set('district')} />
        <NativeSelect label="Grade" value={filters.grade ?? ''} onChange={(e) => set('grade')(e.currentTarget.value)}
          data={[{ value: '', label: 'Any' }, ...Object.entries(GRADE_LABELS).map(([value, label]) => ({ value, label })), { value: 'ungraded', label: 'Not graded' }]} />
        <NativeSelect label="Flag" value={filters.flag ?? ''} onChange={(e) => set('flag')(e.currentTarget.value)}
          data={[{ value: '', label: 'Any' }, ...Object.entries(FLAG_LABELS).filter(([k]) => k !== 'dangerousSuspect').map(([value, label]) => ({ value, label }))]} />
        {queue.data && <Text size="sm" c="dimmed" aria-live="polite">{queue.data.total} unresolved</Text>}
        {queue.isFetching && <Loader size="xs" />}
      </Group>
      <ProblemAlert error={queue.error} />
      {queue.data && <QueueTable items={queue.data.items} />}
    </Stack>
  );
}
