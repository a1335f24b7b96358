import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../platform/api';
import { fieldErrorsOf } from '../../platform/forms';
import { ProblemAlert } from '../../platform/ProblemAlert';
import type { MaracMeeting } from './types';

/** Agrees an action for one agency on one case of the meeting. */
export function MeetingActionsForm({ meeting }: { meeting: MaracMeeting }) {
  const client = useQueryClient();
  const [referralId, setReferralId] = useState(meeting.cases[0]?.id ?? '');
  const [agency, setAgency] = useState(meeting.agencies[0] ?? '');
  const [description, setDescription] = useState('');
  const [due, setDue] = useState('');
  const add = useMutation({
    mutationFn: () => api(`/marac-meetings/${meeting.id}/actions`, { body: { referralId, agency, description, dueAt: due ? new Date(due).toISOString() : '' } }),
    onSuccess: () => {
      setDescription('');
      client.invalidateQueries({ queryKey: ['marac-meeting', meeting.id] });
    },
  });
  const errors = fieldErrorsOf(add.error);
  if (meeting.cases.length === 0) return null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  return (
    <form onSubmit={submit} aria-label="Add an action">
      <Group align="end">
        <NativeSelect label="Case" data={meeting.cases.map((c) => ({ value: c.id, label: `${c.reference} ${c.victim.name}` }))} value={referralId} onChange={(e) => setReferralId(e.currentTarget.value)} />
        <NativeSelect label="Agency" data={meeting.agencies} value={agency} onChange={(e) => setAgency(e.currentTarget.value)} error={errors.agency} />
        <TextInput label="Action" value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={errors.description} style={{ flex: 1 }} />
        <TextInput type="datetime-local" label="Due" value={due} onChange={(e) => setDue(e.currentTarget.value)} error={errors.dueAt} />
        <Button type="submit" loading={add.isPending}>Add action</Button>
      </Group>
      <ProblemAlert error={add.error} />
    </form>
  );
}
