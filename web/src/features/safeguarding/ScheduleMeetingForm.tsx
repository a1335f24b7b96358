import { useState, type FormEvent } from 'react';
import { Button, Group, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../platform/api';
import { fieldErrorsOf } from '../../platform/forms';
import { ProblemAlert } from '../../platform/ProblemAlert';

const DEFAULT_AGENCIES = "Police, Children's Services, IDVA service, Health, Housing, Probation";

/** Schedules a MARAC meeting for an area with its agencies. */
export function ScheduleMeetingForm() {
  const client = useQueryClient();
  const [area, setArea] = useState('');
  const [at, setAt] = useState('');
  const [agencies, setAgencies] = useState(DEFAULT_AGENCIES);
  const create = useMutation({
    mutationFn: () => api('/marac-meetings', { body: { area, meetingAt: at ? new Date(at).toISOString() : '', agencies: agencies.split(',').map((a) => a.trim()).filter(Boolean) } }),
    onSuccess: () => {
      setArea('');
      client.invalidateQueries({ queryKey: ['marac-meetings'] });
    },
  });
  const errors = fieldErrorsOf(create.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <form onSubmit={submit} aria-label="Schedule a MARAC meeting">
      <Group align="end">
        <TextInput label="Area" value={area} onChange={(e) => setArea(e.currentTarget.value)} error={errors.area} />
        <TextInput type="datetime-local" label="Date and time" value={at} onChange={(e) => setAt(e.currentTarget.value)} error={errors.meetingAt} />
        <TextInput label="Agencies (comma-separated)" value={agencies} onChange={(e) => setAgencies(e.currentTarget.value)} error={errors.agencies} style={{ flex: 1 }} />
        <Button type="submit" loading={create.isPending}>Schedule</Button>
      </Group>
      <ProblemAlert error={create.error} />
    </form>
  );
}
