import { Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { api } from '../../platform/api';
import { DefinitionList } from '../../platform/DefinitionList';
import { ForceMap } from '../../platform/ForceMap';
import { ProblemAlert } from '../../platform/ProblemAlert';
import type { LocationView } from './types';

export function LocationPage() {
  const { id = '' } = useParams();
  const location = useQuery({ queryKey: ['location', id], queryFn: () => api<LocationView>(`/locations/${id}`) });
  if (location.isPending) return <Loader aria-label="Loading location" />;
  if (!location.data) return <ProblemAlert error={location.error} />;
  const l = location.data;
  return (
    <Stack maw={900}>
      <div>
        <Title order={2}>{l.label}</Title>
        <Text c="dimmed">{l.reference}</Text>
      </div>
      <DefinitionList
        items={[
          ['Building number', l.buildingNumber],
          ['Building name', l.buildingName],
          ['Street', l.street],
          ['Locality', l.locality],
          ['Town', l.town],
          ['Postcode', l.postcode],
          ['UPRN', l.uprn],
          ['District', l.district],
          ['Beat', l.beat],
          ['Coordinates', l.latitude !== null && l.longitude !== null ? `${l.latitude}, ${l.longitude}` : null],
          ['Description', l.description],
        ]}
      />
      {l.latitude !== null && l.longitude !== null && (
        <ForceMap height={320} label="Location on the map" points={[{ id: l.id, lat: l.latitude, lon: l.longitude, label: l.label }]} />
      )}
    </Stack>
  );
}
