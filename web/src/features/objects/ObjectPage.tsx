import { Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { api } from '../../platform/api';
import { DefinitionList } from '../../platform/DefinitionList';
import { ProblemAlert } from '../../platform/ProblemAlert';
import type { ObjectView } from './types';

export function ObjectPage() {
  const { id = '' } = useParams();
  const object = useQuery({ queryKey: ['object', id], queryFn: () => api<ObjectView>(`/objects/${id}`) });
  if (object.isPending) return <Loader aria-label="Loading object" />;
  if (!object.data) return <ProblemAlert error={object.error} />;
  const o = object.data;
  return (
    <Stack maw={900}>
      <div>
        <Title order={2}>{o.label}</Title>
        <Text c="dimmed">{o.reference}</Text>
      </div>
      <DefinitionList
        items={[
          ['Kind', o.kind[0].toUpperCase() + o.kind.slice(1)],
          ['VRM', o.vrm],
          ['Make', o.make],
          ['Model', o.model],
          ['Colour', o.colour],
          ['Serial number', o.serialNumber],
          ['Description', o.description],
        ]}
      />
    </Stack>
  );
}
