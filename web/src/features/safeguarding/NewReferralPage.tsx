import { useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Group, NativeSelect, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../platform/api';
import { fieldErrorsOf } from '../../platform/forms';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { SafeguardingNav } from './SafeguardingNav';
import type { SafeguardingReferral } from './types';

/** One form for every safeguarding concern, child or adult, to the referrals hub (STANDARDS §9). */
export function NewReferralPage() {
  const [subjectKind, setSubjectKind] = useState('child');
  const [subjectDescription, setSubjectDescription] = useState('');
  const [concern, setConcern] = useState('');
  const [linkedReference, setLinkedReference] = useState('');
  const [riskLevel, setRiskLevel] = useState('');
  const [harm, setHarm] = useState(false);
  const create = useMutation({
    mutationFn: () => api<SafeguardingReferral>('/safeguarding-referrals', {
      body: {
        subjectKind, subjectDescription, concern, childHarmIndicated: harm,
        ...(riskLevel ? { riskLevel } : {}), ...(linkedReference.trim() ? { linkedType: 'incident', linkedReference: linkedReference.trim() } : {}),
      },
    }),
  });
  const errors = fieldErrorsOf(create.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <Stack maw={800}>
      <SafeguardingNav />
      <Title order={2}>New safeguarding referral</Title>
      {create.data ? (
        <Alert color="green" title="Referral sent to the hub" role="status">
          {create.data.reference}: due for triage by {new Date(create.data.dueAt).toLocaleString('en-GB', { timeZone: 'Europe/London' })}.
        </Alert>
      ) : (
        <Paper withBorder p="md">
          <form onSubmit={submit} aria-label="New safeguarding referral">
            <Stack>
              <Group>
                <NativeSelect label="About" data={[{ value: 'child', label: 'A child' }, { value: 'adult', label: 'An adult at risk' }]} value={subjectKind} onChange={(e) => setSubjectKind(e.currentTarget.value)} />
                <NativeSelect label="Risk" data={[{ value: '', label: 'Not assessed' }, 'standard', 'medium', 'high']} value={riskLevel} onChange={(e) => setRiskLevel(e.currentTarget.value)} />
                <TextInput label="Incident reference (optional)" value={linkedReference} onChange={(e) => setLinkedReference(e.currentTarget.value)} />
              </Group>
              <TextInput label="Who (name, age, address)" value={subjectDescription} onChange={(e) => setSubjectDescription(e.currentTarget.value)} error={errors.subjectDescription} />
              <Textarea label="The concern" value={concern} onChange={(e) => setConcern(e.currentTarget.value)} error={errors.concern} autosize minRows={4} />
              <Checkbox label="Harm to a child is indicated" checked={harm} onChange={(e) => setHarm(e.currentTarget.checked)} />
              <ProblemAlert error={create.error} />
              <Group>
                <Button type="submit" loading={create.isPending}>Send to the referrals hub</Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}
    </Stack>
  );
}
