import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Badge, Group, Loader, Paper, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type * as echarts from 'echarts';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { ShowMore } from '../../platform/ShowMore';
import { EChart } from '../incidents/EChart';
import type { DashboardView } from './types';
import { formatWhen, STATE_COLOURS, STATE_LABELS, useDashboard, useDrillDown } from './victims-api';

const pct = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`);
const STATES = ['on_time', 'late', 'missed', 'overdue'] as const;
const COLOURS: Record<string, string> = { on_time: '#2f9e44', late: '#f08c00', missed: '#c92a2a', overdue: '#862e9c' };

function chartOption(groups: DashboardView['groups']): echarts.EChartsOption {
  const top = groups.slice(0, 20);
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 160, right: 20, top: 30, bottom: 20 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: top.map((g) => g.label), inverse: true },
    series: STATES.map((s) => ({ name: STATE_LABELS[s], type: 'bar', stack: 'all', data: top.map((g) => g.all.counts[s]), itemStyle: { color: COLOURS[s] } })),
  };
}

/** Victims' Code compliance for supervisors (STANDARDS §5, §14; F13): live vs closed, by officer/team/crime type, drill-down to cases. */
export function ComplianceDashboardPage() {
  const [groupBy, setGroupBy] = useState('officer');
  const [drill, setDrill] = useState<{ key: string; label: string; phase: string; state?: string } | null>(null);
  const dashboard = useDashboard(groupBy);
  const cases = useDrillDown(drill && { groupBy, key: drill.key, phase: drill.phase, state: drill.state });
  const option = useMemo(() => dashboard.data && chartOption(dashboard.data.groups), [dashboard.data]);
  const d = dashboard.data;
  return (
    <Stack>
      <Title order={2}>Victims’ Code compliance</Title>
      <SegmentedControl w={420} value={groupBy} onChange={(g) => { setGroupBy(g); setDrill(null); }} data={[{ value: 'officer', label: 'By officer' }, { value: 'team', label: 'By team' }, { value: 'crimeType', label: 'By crime type' }]} />
      <ProblemAlert error={dashboard.error} />
      {!d ? <Loader aria-label="Loading" /> : (
        <>
          <SimpleGrid cols={4}>
            {(['live', 'closed', 'all'] as const).map((phase) => (
              <Paper key={phase} withBorder p="md" data-testid={`compliance-${phase}`}>
                <Text size="sm" c="dimmed">{phase === 'all' ? 'All cases' : `${phase[0].toUpperCase()}${phase.slice(1)} cases`}</Text>
                <Text size="xl" fw={700}>{pct(d.overall[phase].rate)}</Text>
                <Text size="xs">{d.overall[phase].counts.on_time} on time · {d.overall[phase].counts.late} late · {d.overall[phase].counts.missed} missed · {d.overall[phase].counts.overdue} overdue</Text>
              </Paper>
            ))}
            <Paper withBorder p="md">
              <Text size="sm" c="dimmed">Satisfied with the whole experience</Text>
              <Text size="xl" fw={700}>{pct(d.satisfaction.wholeExperience.rate)}</Text>
              <Text size="xs">{d.satisfaction.wholeExperience.respondents} respondents{d.satisfaction.wholeExperience.ci95 !== null ? `, ±${pct(d.satisfaction.wholeExperience.ci95)}` : ''}</Text>
            </Paper>
          </SimpleGrid>
          {option && <EChart option={option} height={Math.max(240, Math.min(20, d.groups.length) * 26 + 60)} label="Compliance by group" />}
          <Table striped aria-label="Compliance by group">
            <Table.Thead><Table.Tr><Table.Th>{groupBy === 'officer' ? 'Officer' : groupBy === 'team' ? 'Team' : 'Crime type'}</Table.Th><Table.Th>Live</Table.Th><Table.Th>Closed</Table.Th><Table.Th>Overdue now</Table.Th><Table.Th>Missed</Table.Th><Table.Th>Satisfied</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {d.groups.map((g) => (
                <Table.Tr key={g.key}>
                  <Table.Td>{g.label}</Table.Td>
                  <Table.Td><Text component="button" c="blue" onClick={() => setDrill({ key: g.key, label: g.label, phase: 'live' })} style={{ background: 'none', border: 0, cursor: 'pointer' }}>{pct(g.live.rate)}</Text></Table.Td>
                  <Table.Td><Text component="button" c="blue" onClick={() => setDrill({ key: g.key, label: g.label, phase: 'closed' })} style={{ background: 'none', border: 0, cursor: 'pointer' }}>{pct(g.closed.rate)}</Text></Table.Td>
                  <Table.Td><Text component="button" c={g.all.counts.overdue ? 'red' : undefined} onClick={() => setDrill({ key: g.key, label: g.label, phase: 'all', state: 'overdue' })} style={{ background: 'none', border: 0, cursor: 'pointer' }}>{g.all.counts.overdue}</Text></Table.Td>
                  <Table.Td><Text component="button" onClick={() => setDrill({ key: g.key, label: g.label, phase: 'all', state: 'missed' })} style={{ background: 'none', border: 0, cursor: 'pointer' }}>{g.all.counts.missed}</Text></Table.Td>
                  <Table.Td>{pct(g.satisfaction.rate)} <Text span size="xs" c="dimmed">(n={g.satisfaction.respondents})</Text></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
      {drill && (
        <Paper withBorder p="md">
          <Group justify="space-between"><Title order={4}>{drill.label}: {drill.state ? STATE_LABELS[drill.state] : `${drill.phase} cases`}</Title>{cases.isSuccess && <Text size="sm">{cases.total} entitlements</Text>}</Group>
          <ProblemAlert error={cases.error} />
          {cases.isPending ? <Loader aria-label="Loading" /> : (
            <Table aria-label="Cases">
              <Table.Thead><Table.Tr><Table.Th>Victim</Table.Th><Table.Th>Crime</Table.Th><Table.Th>Entitlement</Table.Th><Table.Th>Due</Table.Th><Table.Th>State</Table.Th><Table.Th>Officer</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {cases.items.map((i) => (
                  <Table.Tr key={i.entitlementId}>
                    <Table.Td><Link to={`/victims/${i.victimId}`}>{i.victimName}</Link></Table.Td>
                    <Table.Td>{i.crimeReference} <Text span size="xs" c="dimmed">{i.crimeType}</Text></Table.Td>
                    <Table.Td>{i.label}</Table.Td>
                    <Table.Td>{formatWhen(i.dueAt)}</Table.Td>
                    <Table.Td><Badge color={STATE_COLOURS[i.state]}>{STATE_LABELS[i.state]}</Badge></Table.Td>
                    <Table.Td>{i.officer}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <ShowMore list={cases} />
        </Paper>
      )}
    </Stack>
  );
}
