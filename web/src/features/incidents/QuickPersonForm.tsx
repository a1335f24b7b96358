import { useState, type KeyboardEvent } from 'react';
import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { api } from '../../platform/api';
import { formatDob } from '../../platform/format';
import { MarkerBadges } from '../../platform/MarkerBadges';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { personName } from '../persons/names';
import { RestrictedMatchAlert } from '../persons/RestrictedMatchAlert';
import type { DuplicateCandidate, PersonRow, PersonView } from '../persons/types';

type Props = { onAdd: (row: PersonRow) => void };

const asRow = (p: PersonView): PersonRow => ({ ...p, score: 1, matchedOn: 'name', matchedName: null, restricted: false, warningMarkers: [] });

/**
 * Create a caller or other person without leaving the call: the platform's duplicate check runs first and
 * offers the existing records, so a new record is made only when none of them is the person.
 */
export function QuickPersonForm({ onAdd }: Props) {
  const [values, setValues] = useState({ forenames: '', surname: '', dateOfBirth: '' });
  const [candidates, setCandidates] = useState<DuplicateCandidate[] | null>(null);
  const [restrictedMatch, setRestrictedMatch] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const body = { forenames: values.forenames.trim(), surname: values.surname.trim(), dateOfBirth: values.dateOfBirth || null };
  const done = (row: PersonRow) => {
    onAdd(row);
    setValues({ forenames: '', surname: '', dateOfBirth: '' });
    setCandidates(null);
  };
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const create = () => run(async () => {
    done(asRow(await api<PersonView>('/persons', { body })));
  });
  const check = () => {
    void run(async () => {
      const found = await api<{ items: DuplicateCandidate[]; restrictedMatch: boolean }>('/persons/duplicate-candidates', { body });
      if (found.items.length === 0 && !found.restrictedMatch) {
        done(asRow(await api<PersonView>('/persons', { body })));
      } else {
        setCandidates(found.items);
        setRestrictedMatch(found.restrictedMatch);
      }
    });
  };
  // This sits inside the incident form (forms cannot nest): Enter here checks the person instead of logging the incident.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    check();
  };
  const field = (name: keyof typeof values) => ({ value: values[name], onKeyDown, onChange: (e: { currentTarget: { value: string } }) => setValues({ ...values, [name]: e.currentTarget.value }) });
  return (
    <Stack gap={4}>
      <Group align="end" gap="xs" role="group" aria-label="New person">
        <TextInput label="New person: forenames" {...field('forenames')} />
        <TextInput label="Surname" {...field('surname')} />
        <TextInput label="Date of birth" type="date" {...field('dateOfBirth')} />
        <Button variant="default" loading={busy && !candidates} disabled={!body.forenames || !body.surname} onClick={check}>Check and add</Button>
      </Group>
      <ProblemAlert error={error} />
      {candidates && (
        <Paper withBorder p="xs" aria-label="Possible existing records">
          {restrictedMatch && <RestrictedMatchAlert />}
          {candidates.length > 0 && <Text size="sm" fw={600}>Is this one of these people?</Text>}
          {candidates.map((c) => (
            <Group key={c.id} justify="space-between" wrap="nowrap">
              <div>
                <Text size="sm">{personName(c)} · {c.reference} · {formatDob(c.dateOfBirth)}</Text>
                <Text size="xs" c="dimmed">{c.reasons.join('; ')}</Text>
                <MarkerBadges markers={c.warningMarkers} />
              </div>
              <Button size="compact-sm" variant="light" onClick={() => done(c)}>Use this person</Button>
            </Group>
          ))}
          <Button mt="xs" size="compact-sm" variant="subtle" loading={busy} onClick={() => void create()}>None of these: create a new record</Button>
        </Paper>
      )}
    </Stack>
  );
}
