import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, NativeSelect, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useNavigate } from 'react-router';
import { api, ApiError } from '../../platform/api';
import { MarkerBadges } from '../../platform/MarkerBadges';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { LocationPicker } from '../locations/LocationPicker';
import type { LocationView } from '../locations/types';
import { personName } from '../persons/names';
import { PersonPicker } from '../persons/PersonPicker';
import { ForceMap } from '../../platform/ForceMap';
import { QuickPersonForm } from './QuickPersonForm';
import type { PersonRow } from '../persons/types';
import { useIncidentTypes } from './incidents-api';
import { FLAG_LABELS, HANDLER_FLAGS, PERSON_ROLES, SOURCES, humanise, type IncidentView } from './types';

type Picked = { row: PersonRow; role: (typeof PERSON_ROLES)[number] };

/** Log a call in one go: source, opening code, people (markers shown as they are picked), place, flags and first account. */
export function LogIncidentPage() {
  const navigate = useNavigate();
  const types = useIncidentTypes();
  const [source, setSource] = useState('999');
  const [type, setType] = useState('DOMESTIC_ABUSE');
  const [summary, setSummary] = useState('');
  const [narrative, setNarrative] = useState('');
  const [location, setLocation] = useState<LocationView | null>(null);
  const [people, setPeople] = useState<Picked[]>([]);
  const [role, setRole] = useState<Picked['role']>('caller');
  const [flags, setFlags] = useState<Record<string, boolean>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fieldErrors = error instanceof ApiError ? error.fieldErrors() : {};

  // A map click records the point as a location; district and beat come from the force map on the server.
  const placeOnMap = async (latitude: number, longitude: number) => {
    try {
      setLocation(await api<LocationView>('/locations', { body: { description: `Map point ${latitude.toFixed(5)}, ${longitude.toFixed(5)}`, latitude, longitude } }));
    } catch (e) {
      setError(e);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const incident = await api<IncidentView>('/incidents', {
        body: {
          source, type, summary, narrative: narrative || null, locationId: location?.id ?? null, flags,
          persons: people.map((p) => ({ personId: p.row.id, role: p.role })),
        },
      });
      navigate(`/incidents/${incident.id}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack maw={900}>
      <Title order={2}>Log incident</Title>
      <form onSubmit={submit} aria-label="Log incident">
        <Stack>
          <Group grow>
            <NativeSelect label="Source" value={source} onChange={(e) => setSource(e.currentTarget.value)} data={SOURCES.map(([value, label]) => ({ value, label }))} />
            <NativeSelect label="Incident type" value={type} onChange={(e) => setType(e.currentTarget.value)} error={fieldErrors.type}
              data={(types.data?.items ?? []).map((t) => ({ value: t.code, label: t.label }))} />
          </Group>
          <TextInput label="Summary" required value={summary} onChange={(e) => setSummary(e.currentTarget.value)} error={fieldErrors.summary} maxLength={500} />
          <LocationPicker label="Location" value={location} onChange={setLocation} />
          {!location && <ForceMap height={260} label="Or click the map to place the incident" onPick={(lat, lon) => void placeOnMap(lat, lon)} />}
          <Paper withBorder p="sm">
            <Stack gap="xs">
              <Text fw={600}>People</Text>
              {people.map((p, i) => (
                <Group key={`${p.row.id}-${p.role}`} justify="space-between" data-testid="picked-person">
                  <div>
                    <Text size="sm">{humanise(p.role)}: {personName(p.row)} · {p.row.reference}</Text>
                    <MarkerBadges markers={p.row.warningMarkers} />
                  </div>
                  <Button size="compact-xs" variant="subtle" onClick={() => setPeople(people.filter((_, j) => j !== i))}>Remove</Button>
                </Group>
              ))}
              <NativeSelect label="Role of the next person" value={role} onChange={(e) => setRole(e.currentTarget.value as Picked['role'])} data={PERSON_ROLES.map((r) => ({ value: r, label: humanise(r) }))} />
              <PersonPicker label="Find a person" excludeId="" onPick={(row) => setPeople([...people, { row, role }])} />
              <QuickPersonForm onAdd={(row) => setPeople([...people, { row, role }])} />
            </Stack>
          </Paper>
          <Group>
            {HANDLER_FLAGS.map((f) => (
              <Checkbox key={f} label={FLAG_LABELS[f]} checked={flags[f] ?? false} onChange={(e) => setFlags({ ...flags, [f]: e.currentTarget.checked })} />
            ))}
          </Group>
          <Textarea label="Caller's account (first narrative entry)" value={narrative} onChange={(e) => setNarrative(e.currentTarget.value)} autosize minRows={3} />
          <ProblemAlert error={error} />
          <Group><Button type="submit" loading={busy}>Create incident</Button></Group>
        </Stack>
      </form>
    </Stack>
  );
}
