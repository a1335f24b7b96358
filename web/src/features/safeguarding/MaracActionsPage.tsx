import { Loader, Stack, Text, Title } from '@mantine/core';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { ShowMore } from '../../platform/ShowMore';
import { usePagedList } from '../../platform/paged';
import { MaracActionRow } from './MaracActionRow';
import { SafeguardingNav } from './SafeguardingNav';
import type { MaracAction } from './types';

/** MARAC actions by due date; a partner agency sees only the actions assigned to it. */
export function MaracActionsPage() {
  const actions = usePagedList<MaracAction>(['marac-actions'], '/marac-actions', { status: 'open' }, 25);
  return (
    <Stack maw={900}>
      <SafeguardingNav />
      <Title order={2}>MARAC actions</Title>
      {actions.isPending && <Loader aria-label="Loading actions" />}
      <ProblemAlert error={actions.error} />
      {actions.isSuccess && actions.total === 0 && <Text c="dimmed">No open actions.</Text>}
      {actions.isSuccess && actions.total > 0 && <Text fw={600} aria-live="polite">{actions.total} open {actions.total === 1 ? 'action' : 'actions'}</Text>}
      {actions.items.map((a) => <MaracActionRow key={a.id} action={a} />)}
      <ShowMore list={actions} />
    </Stack>
  );
}
