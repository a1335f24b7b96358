import { useState } from 'react';
import { Anchor, Badge, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { PersonPicker } from '../persons/PersonPicker';
import { PERSON_ROLES, humanise, type IncidentView } from './types';
import { useIncidentUpdate } from './use-incident-update';

const SEVERITY: Record<string, string> = { high: 'red', medium: 'orange', info: 'gray' };

/** People by role, each with warning markers, repeat-victim count and vulnerability shown at once (F05). */
export function PersonsPanel({ incident }: { incident: IncidentView }) {
  const { run, error } = useIncidentUpdate(incident);
  const [role, setRole] = useState<(typeof PERSON_ROLES)[number]>('victim');
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Text fw={600}>People</Text>
        {incident.persons.map((p) => (
          <Group key={p.linkId} gap="xs" data-testid="incident-person">
            <Text size="sm">{humanise(p.role)}:</Text>
            <Anchor component={Link} to={`/people/${p.personId}`} size="sm">{p.name}</Anchor>
            <Text size="xs" c="dimmed">{p.reference}</Text>
            {p.warningMarkers.map((m) => <Badge key={m.code} color={SEVERITY[m.severity]} size="sm">{m.label}</Badge>)}
            {p.repeatVictim && <Badge color="yellow" size="sm">Repeat victim: {p.priorIncidentsAsVictim} in 12 months</Badge>}
            {p.knownVulnerable && <Badge color="orange" size="sm">Known vulnerable</Badge>}
          </Group>
        ))}
        {incident.abilities.edit && (
          <Group align="end">
            <NativeSelect label="Role" value={role} onChange={(e) => setRole(e.currentTarget.value as typeof role)} data={PERSON_ROLES.map((r) => ({ value: r, label: humanise(r) }))} />
            <div style={{ flex: 1 }}>
              <PersonPicker label="Attach a person" excludeId="" onPick={(row) => void run('persons', { personId: row.id, role }, false)} />
            </div>
          </Group>
        )}
        <ProblemAlert error={error} />
      </Stack>
    </Paper>
  );
}
