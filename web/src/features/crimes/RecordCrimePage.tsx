import { useMemo, useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Group, NativeSelect, Paper, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { fieldErrorsOf } from '../../platform/forms';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { LocationPicker } from '../locations/LocationPicker';
import type { LocationView } from '../locations/types';
import { FLAG_LABELS, recordCrime, useClassifications } from './crimes-api';
import { PeoplePicker, type PickedPerson } from './PeoplePicker';
import { RecordingDecisionHelper } from './RecordingDecisionHelper';

const SOURCES = [
  { value: 'walk_in', label: 'Walk-in (front counter)' },
  { value: 'phone', label: 'Phone' },
  { value: 'online', label: 'Online report' },
  { value: 'incident', label: 'Control-room incident' },
  { value: 'other', label: 'Other' },
];

/** "YYYY-MM-DDTHH:mm" in the browser's time for datetime-local inputs. */
function localInput(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/**
 * Keyboard-first crime recording (DESIGN §6): sensible defaults so a shoplifting with a known suspect and
 * the store as victim takes about a dozen actions. From the control room, ?incidentId=&taskId= link the
 * crime to the incident and complete its recording-decision task.
 */
export function RecordCrimePage() {
  const [params] = useSearchParams();
  const incidentId = params.get('incidentId');
  const taskId = params.get('taskId');
  const navigate = useNavigate();
  const client = useQueryClient();
  const classifications = useClassifications();
  const now = useMemo(() => new Date(), []);
  const [code, setCode] = useState('');
  const [committedFrom, setCommittedFrom] = useState(localInput(new Date(now.getTime() - 3_600_000)));
  const [committedTo, setCommittedTo] = useState('');
  const [reportedAt, setReportedAt] = useState(localInput(now));
  const [source, setSource] = useState(incidentId ? 'incident' : 'walk_in');
  const [location, setLocation] = useState<LocationView | null>(null);
  const [organisation, setOrganisation] = useState('');
  const [victims, setVictims] = useState<PickedPerson[]>([]);
  const [suspects, setSuspects] = useState<PickedPerson[]>([]);
  const [witnesses, setWitnesses] = useState<PickedPerson[]>([]);
  const [summary, setSummary] = useState(params.get('summary') ?? '');
  const [mo, setMo] = useState('');
  const [flags, setFlags] = useState<string[]>([]);
  const [hate, setHate] = useState<string[]>([]);

  const save = useMutation({
    mutationFn: () =>
      recordCrime({
        classificationCode: code,
        committedFrom: new Date(committedFrom).toISOString(),
        ...(committedTo ? { committedTo: new Date(committedTo).toISOString() } : {}),
        reportedAt: new Date(reportedAt).toISOString(),
        source,
        ...(location ? { locationId: location.id } : {}),
        ...(organisation.trim() ? { victimOrganisation: organisation.trim() } : {}),
        victims: victims.map((v) => ({ personId: v.row.id, officerJudgesVulnerable: v.officerJudgesVulnerable })),
        suspects: suspects.map((s) => s.row.id),
        witnesses: witnesses.map((w) => w.row.id),
        summary,
        ...(mo.trim() ? { modusOperandi: mo.trim() } : {}),
        flags,
        hateStrands: hate,
        ...(incidentId ? { incidentId } : {}),
        ...(taskId ? { taskId } : {}),
      }),
    onSuccess: (crime) => {
      void client.invalidateQueries({ queryKey: ['crimes'] });
      void navigate(`/crime/${crime.id}`);
    },
  });
  const errors = fieldErrorsOf(save.error);
  const options = [...(classifications.data?.items ?? [])].sort((a, b) => a.description.localeCompare(b.description));
  const chosen = options.find((c) => c.code === code);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  return (
    <Stack maw={900}>
      <Title order={2}>Record a crime</Title>
      <RecordingDecisionHelper />
      {incidentId && <Alert color="blue">From incident {incidentId}: recording completes the control room’s crime-recording decision.</Alert>}
      <form onSubmit={submit} aria-label="Record a crime">
        <Stack>
          <Paper withBorder p="md">
            <Stack gap="sm">
              <NativeSelect
                label="Offence (Home Office classification)"
                autoFocus
                required
                value={code}
                onChange={(e) => setCode(e.currentTarget.value)}
                error={errors.classificationCode}
                data={[{ value: '', label: 'Choose the offence…' }, ...options.map((c) => ({ value: c.code, label: `${c.description} (${c.code})` }))]}
              />
              {chosen && (
                <Alert color="gray" p="xs">
                  police.uk type: {chosen.policeUkCrimeType}
                  {chosen.courseOfConduct && ' · A course of conduct is one crime up to the report.'}
                  {chosen.victimless && ' · No victim: one crime per offender or group.'}
                </Alert>
              )}
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput type="datetime-local" label="Committed from" required value={committedFrom} onChange={(e) => setCommittedFrom(e.currentTarget.value)} error={errors.committedFrom} />
                <TextInput type="datetime-local" label="Committed to (if a range)" value={committedTo} onChange={(e) => setCommittedTo(e.currentTarget.value)} error={errors.committedTo} />
                <TextInput type="datetime-local" label="Reported to police" required value={reportedAt} onChange={(e) => setReportedAt(e.currentTarget.value)} error={errors.reportedAt} />
              </SimpleGrid>
              <NativeSelect label="How it was reported" value={source} onChange={(e) => setSource(e.currentTarget.value)} data={SOURCES} />
              <LocationPicker label="Where" value={location} onChange={setLocation} />
            </Stack>
          </Paper>
          <Paper withBorder p="md">
            <Stack gap="sm">
              <TextInput
                label="Victim: business or organisation"
                description="For example the store in a shoplifting. One crime is recorded per victim."
                value={organisation}
                onChange={(e) => setOrganisation(e.currentTarget.value)}
                error={errors.victims}
              />
              <PeoplePicker label="Victim" value={victims} onChange={setVictims} askVulnerability />
              <PeoplePicker label="Suspect" value={suspects} onChange={setSuspects} />
              <PeoplePicker label="Witness" value={witnesses} onChange={setWitnesses} />
            </Stack>
          </Paper>
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Textarea label="What happened" required autosize minRows={3} value={summary} onChange={(e) => setSummary(e.currentTarget.value)} error={errors.summary} />
              <Textarea label="Modus operandi" autosize minRows={1} value={mo} onChange={(e) => setMo(e.currentTarget.value)} />
              <Checkbox.Group label="Flags" value={flags} onChange={setFlags}>
                <Group gap="md" mt={4}>
                  {(classifications.data?.flags ?? []).map((f) => <Checkbox key={f} value={f} label={FLAG_LABELS[f] ?? f} />)}
                </Group>
              </Checkbox.Group>
              <Checkbox.Group label="Hate crime strands" value={hate} onChange={setHate}>
                <Group gap="md" mt={4}>
                  {(classifications.data?.hateStrands ?? []).map((h) => <Checkbox key={h} value={h} label={h.replace(/_/g, ' ')} />)}
                </Group>
              </Checkbox.Group>
            </Stack>
          </Paper>
          <ProblemAlert error={save.error} />
          <Group>
            <Button type="submit" loading={save.isPending}>
              Record crime
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
