import { Group, Paper, Stack, Text } from '@mantine/core';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { useTimeliness } from './crimes-api';

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 1000) / 10}%`);

/** NCRS timeliness for the last 30 days, and the control room's recording decisions by clock state. */
export function TimelinessTile() {
  const stats = useTimeliness(30);
  if (stats.error) return <ProblemAlert error={stats.error} />;
  const s = stats.data;
  return (
    <Paper withBorder p="md" aria-label="Recording timeliness">
      <Group gap="xl" align="flex-start">
        <Stack gap={0}>
          <Text size="xs" c="dimmed">Recorded within 24 h (30 days)</Text>
          <Text size="xl" fw={700}>{s ? pct(s.inTimeRate) : '…'}</Text>
          <Text size="xs" c="dimmed">{s ? `${s.recordedInTime} of ${s.recorded}` : ''}</Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed">Crimes with a vulnerable victim</Text>
          <Text size="xl" fw={700}>{s ? pct(s.vulnerableVictimRate) : '…'}</Text>
          <Text size="xs" c="dimmed">Herts 2016: 39.3%, E&amp;W 14.3%</Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed">Recording decisions open</Text>
          <Text size="xl" fw={700} c={s && s.openDecisions.overdue > 0 ? 'red' : undefined}>
            {s ? `${s.openDecisions.overdue} overdue` : '…'}
          </Text>
          <Text size="xs" c="dimmed">{s ? `${s.openDecisions.warning} past 20 h, ${s.openDecisions.due} due` : ''}</Text>
        </Stack>
      </Group>
    </Paper>
  );
}
