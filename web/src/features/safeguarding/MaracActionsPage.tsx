import { Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../platform/api';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { MaracActionRow } from './MaracActionRow';
import { SafeguardingNav } from './SafeguardingNav';
import type { MaracAction } from './types';

/** MARAC actions by due date; a partner agency sees only the actions assigned to it. */
export function MaracActionsPage() {
  const actions = useQuery({ queryKey: ['marac-actions'], queryFn: () => api<{ items: MaracAction[] }>('/marac-actions?status=open') });
  return (
    <Stack maw={900}>
      <SafeguardingNav />
      <Title order={2}>MARAC actions</Title>
      {actions.isPending && <Loader aria-label="Loading actions" />}
      <ProblemAlert error={actions.error} />
      {actions.data?.items.length === 0 && <Text c="dimmed">No open actions.</Text>}
      {actions.data?.items.map((a) => <MaracActionRow key={a.id} action={a} />)}
    </Stack>
  );
}
