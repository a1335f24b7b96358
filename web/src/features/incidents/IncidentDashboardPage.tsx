import { useMemo, useState } from 'react';
import { Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { EChart } from './EChart';
import { useDashboard } from './incidents-api';
import { GRADE_LABELS } from './types';

const pct = (v: number | null) => (v === null ? '—' : `${v}%`);

/** Management view: demand by grade and type, attendance within target, desk resolution, backlog and DA waiting. */
export function IncidentDashboardPage() {
  const [hours, setHours] = useState(24);
  const dash = useDashboard(hours);
  const d = dash.data;
  const options = useMemo(() => {
    if (!d) return null;
    return {
      grade: { tooltip: {}, xAxis: { type: 'category', data: d.byGrade.map((g) => GRADE_LABELS[g.grade] ?? 'Not graded') }, yAxis: { type: 'value' }, series: [{ type: 'bar', data: d.byGrade.map((g) => g.count) }] },
      type: { tooltip: {}, grid: { left: 220 }, yAxis: { type: 'category', data: d.byType.map((t) => t.label).reverse() }, xAxis: { type: 'value' }, series: [{ type: 'bar', data: d.byType.map((t) => t.count).reverse() }] },
      backlog: {
        tooltip: {}, legend: {}, xAxis: { type: 'category', data: d.backlog.map((b) => b.age) }, yAxis: { type: 'value' },
        series: (['high', 'medium', 'low'] as const).map((k) => ({ name: `${k} risk`, type: 'bar', stack: 'risk', data: d.backlog.map((b) => b[k]) })),
      },
    } as const;
  }, [d]);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Control room dashboard</Title>
        <NativeSelect aria-label="Period" value={String(hours)} onChange={(e) => setHours(Number(e.currentTarget.value))} data={[{ value: '24', label: 'Last 24 hours' }, { value: '168', label: 'Last 7 days' }, { value: '720', label: 'Last 30 days' }]} />
      </Group>
      <ProblemAlert error={dash.error} />
      {d && options && (
        <>
          <SimpleGrid cols={{ base: 2, md: 5 }}>
            <Paper withBorder p="sm"><Text size="xs">Incidents</Text><Text fw={700} size="xl">{d.total}</Text></Paper>
            <Paper withBorder p="sm"><Text size="xs">Resolved without deployment</Text><Text fw={700} size="xl">{pct(d.resolvedWithoutDeployment.percent)}</Text></Paper>
            <Paper withBorder p="sm"><Text size="xs">Mental-health share</Text><Text fw={700} size="xl">{pct(d.mentalHealthShare)}</Text></Paper>
            <Paper withBorder p="sm"><Text size="xs">Repeat-victim share</Text><Text fw={700} size="xl">{pct(d.repeatVictimShare)}</Text></Paper>
            <Paper withBorder p="sm"><Text size="xs">DA awaiting attendance</Text><Text fw={700} size="xl" c="red">{d.domesticAbuseAwaitingAttendance.reduce((s, b) => s + b.count, 0)}</Text>
              <Text size="xs">{d.domesticAbuseAwaitingAttendance.filter((b) => b.count).map((b) => `${b.age}: ${b.count}`).join(' · ')}</Text></Paper>
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            {d.attendedWithinTarget.map((a) => (
              <Paper key={a.grade} withBorder p="sm"><Text size="xs">Attended within target: {GRADE_LABELS[a.grade]}</Text><Text fw={700} size="xl">{pct(a.percent)}</Text><Text size="xs">{a.withinTarget} of {a.attended}</Text></Paper>
            ))}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Paper withBorder p="sm"><Text fw={600}>By grade</Text><EChart option={options.grade as never} label="Incidents by grade" /></Paper>
            <Paper withBorder p="sm"><Text fw={600}>Unresolved backlog by age and risk</Text><EChart option={options.backlog as never} label="Backlog by age and risk" /></Paper>
          </SimpleGrid>
          <Paper withBorder p="sm"><Text fw={600}>By type</Text><EChart option={options.type as never} height={520} label="Incidents by type" /></Paper>
        </>
      )}
    </Stack>
  );
}
