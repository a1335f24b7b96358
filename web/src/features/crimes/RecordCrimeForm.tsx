import { useState, type FormEvent, type ReactNode } from 'react';
import { Alert, Button, Checkbox, Group, NativeSelect, Paper, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { fieldErrorsOf } from '../../platform/forms';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { MY_TASKS_KEY } from '../work/task-queries';
import { LocationPicker } from '../locations/LocationPicker';
import type { LocationView } from '../locations/types';
import type { CrimeDraft, PickedPerson } from './crime-draft';
import { FLAG_LABELS, recordCrime, useClassifications } from './crimes-api';
import { PeoplePicker } from './PeoplePicker';
import { UnplacedPeople } from './UnplacedPeople';

const SOURCES = [
  { value: 'walk_in', label: 'Walk-in (front counter)' },
  { value: 'phone', label: 'Phone' },
  { value: 'online', label: 'Online report' },
  { value: 'incident', label: 'Control-room incident' },
  { value: 'other', label: 'Other' },
];

type Props = {
  initial: CrimeDraft;
  /** From the control room: the incident, and its crime-recording-decision task that recording completes. */
  incidentId: string | null;
  taskId: string | null;
  children?: ReactNode;
};

/** The Record-a-crime form, started from a draft (blank, or prefilled from an incident). */
export function RecordCrimeForm({ initial, incidentId, taskId, children }: Props) {
  const navigate = useNavigate();
  const client = useQueryClient();
  const classifications = useClassifications();
  const [code, setCode] = useState('');
  const [committedFrom, setCommittedFrom] = useState(initial.committedFrom);
  const [committedTo, setCommittedTo] = useState('');
  const [reportedAt, setReportedAt] = useState(initial.reportedAt);
  const [source, setSource] = useState(initial.source);
  const [location, setLocation] = useState<LocationView | null>(initial.location);
  const [organisation, setOrganisation] = useState('');
  const [victims, setVictims] = useState<PickedPerson[]>(initial.victims);
  const [suspects, setSuspects] = useState<PickedPerson[]>(initial.suspects);
  const [witnesses, setWitnesses] = useState<PickedPerson[]>(initial.witnesses);
  const [summary, setSummary] = useState(initial.summary);
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
        victims: victims.map((v) => ({ personId: v.person.id, officerJudgesVulnerable: v.officerJudgesVulnerable })),
        suspects: suspects.map((s) => s.person.id),
        witnesses: witnesses.map((w) => w.person.id),
        summary,
        ...(mo.trim() ? { modusOperandi: mo.trim() } : {}),
        flags,
        hateStrands: hate,
        ...(incidentId ? { incidentId } : {}),
        ...(taskId ? { taskId } : {}),
      }),
    onSuccess: (crime) => {
      void client.invalidateQueries({ queryKey: ['crimes'] });
      void client.invalidateQueries({ queryKey: MY_TASKS_KEY });
      void navigate(`/crime/${crime.id}`);
    },
  });
  const errors = fieldErrorsOf(save.error);
  const options = [...(classifications.data?.items ?? [])].sort((a, b) => a.description.localeCompare(b.description));
  const chosen = options.find((c) => c.code === code);
  const placed = [...victims, ...suspects, ...witnesses].map((p) => p.person.id);
  const unplaced = initial.others.filter((o) => !placed.includes(o.person.id));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  return (
    <form onSubmit={submit} aria-label="Record a crime">
      <Stack>
        {children}
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
            {unplaced.length > 0 && (
              <UnplacedPeople
                people={unplaced}
                onPlace={(person, role) => {
                  const picked = { person, officerJudgesVulnerable: false };
                  if (role === 'victim') setVictims([...victims, picked]);
                  if (role === 'suspect') setSuspects([...suspects, picked]);
                  if (role === 'witness') setWitnesses([...witnesses, picked]);
                }}
              />
            )}
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
  );
}
