import { Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../platform/api';
import { ForceMap, type MapPoint } from '../../platform/ForceMap';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { useIncidentStream } from './incidents-api';
import type { UnitView } from './types';

type MapData = { incidents: { id: string; reference: string; typeLabel: string; grade: string | null; status: string; latitude: number; longitude: number; domesticAbuse: boolean }[]; units: UnitView[] };

const GRADE_COLOUR: Record<string, string> = { immediate: '#c92a2a', priority: '#e8590c', scheduled: '#1971c2', resolved_without_deployment: '#868e96' };

/** Open incidents (by grade colour) and units with positions on the offline district map, live. */
export function IncidentMapPage() {
  useIncidentStream();
  const data = useQuery({ queryKey: ['incidents', 'map'], queryFn: () => api<MapData>('/incidents/map') });
  const points: MapPoint[] = [
    ...(data.data?.incidents ?? []).map((i) => ({ id: i.id, lat: i.latitude, lon: i.longitude, label: `${i.reference} ${i.typeLabel}`, color: i.grade ? GRADE_COLOUR[i.grade] : '#9c36b5' })),
    ...(data.data?.units ?? []).filter((u) => u.latitude !== null && u.longitude !== null).map((u) => ({ id: u.id, lat: u.latitude!, lon: u.longitude!, label: `${u.callSign} ${u.status}`, color: u.status === 'available' ? '#2f9e44' : '#000000' })),
  ];
  return (
    <Stack>
      <Title order={2}>Control room map</Title>
      <Group gap="md">
        <Text size="sm">{data.data?.incidents.length ?? 0} open incidents · {data.data?.units.length ?? 0} units</Text>
        <Text size="xs" c="dimmed">Red immediate · orange priority · blue scheduled · grey desk · purple not graded · green unit available · black unit committed</Text>
      </Group>
      <ProblemAlert error={data.error} />
      <ForceMap points={points} height={600} label="Open incidents and units" />
    </Stack>
  );
}
