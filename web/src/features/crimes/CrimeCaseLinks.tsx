import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, query } from '../../platform/api';
import { useAuth } from '../../platform/auth-context';

type InvestigationRow = { id: string; status: string; team: string; officer: { displayName: string } | null; outcome: string | null };
type VictimCandidates = { items: { crimePersonId: string; person: { forenames: string; surname: string; reference: string }; victimId: string | null }[] };

type Props = { crimeId: string; crimeReference: string; recorded: boolean };

/**
 * Where the crime is being worked: its investigation and each victim's care record, one click away (F22); a crime not
 * yet screened starts its screening here, with the crime chosen (nobody retypes the reference).
 */
export function CrimeCaseLinks({ crimeId, crimeReference, recorded }: Props) {
  const { can } = useAuth();
  const investigations = useQuery({
    queryKey: ['investigations', 'of-crime', crimeId],
    queryFn: () => api<{ items: InvestigationRow[] }>(`/investigations${query({ crimeId, limit: 5 })}`),
    enabled: can('investigations:read'),
  });
  const victims = useQuery({
    queryKey: ['victims', 'candidates', crimeId],
    queryFn: () => api<VictimCandidates>(`/victims/candidates${query({ crimeId })}`),
    enabled: can('victims:read'),
  });
  if (!can('investigations:read') && !can('victims:read')) return null;
  const inv = investigations.data?.items[0];
  return (
    <Paper withBorder p="sm" aria-label="Investigation and victim care">
      <Stack gap={4}>
        <Title order={4}>Investigation and victim care</Title>
        {can('investigations:read') && (inv ? (
          <Text size="sm">
            Investigation: <Anchor component={Link} to={`/investigations/${inv.id}`}>{inv.status.replace(/_/g, ' ')}</Anchor>
            {' · '}{inv.officer?.displayName ?? inv.team}{inv.outcome ? ` · outcome ${inv.outcome}` : ''}
          </Text>
        ) : investigations.isSuccess && (
          <Group gap="xs">
            <Text size="sm" c="dimmed">Not screened for investigation yet.</Text>
            {recorded && can('investigations:screen') && (
              <Button size="compact-sm" variant="light" component={Link} to={`/investigations${query({ screen: crimeReference })}`}>
                Screen for investigation
              </Button>
            )}
          </Group>
        ))}
        {victims.data?.items.map((v) => (
          <Group key={v.crimePersonId} gap="xs">
            <Text size="sm">Victim {v.person.forenames} {v.person.surname.toUpperCase()} ({v.person.reference}):</Text>
            {v.victimId
              ? <Anchor size="sm" component={Link} to={`/victims/${v.victimId}`}>victim care record</Anchor>
              : <Anchor size="sm" component={Link} to={`/victims/assess/${v.crimePersonId}${query({ crimeId })}`}>assess needs</Anchor>}
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
