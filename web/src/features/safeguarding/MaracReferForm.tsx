import { useState, type FormEvent } from 'react';
import { Button, Group, Paper, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../platform/api';
import { fieldErrorsOf } from '../../platform/forms';
import { ProblemAlert } from '../../platform/ProblemAlert';
import type { DashView } from './types';

/** Refers to MARAC on professional judgement when no criterion applied automatically. */
export function MaracReferForm({ dash }: { dash: DashView }) {
  const client = useQueryClient();
  const [note, setNote] = useState('');
  const refer = useMutation({
    mutationFn: () => api('/marac-referrals', { body: { victimPersonId: dash.victim.id, dashAssessmentId: dash.id, professionalJudgementNote: note } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['dash', dash.id] }),
  });
  const errors = fieldErrorsOf(refer.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    refer.mutate();
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} aria-label="Refer to MARAC">
        <Title order={4}>Refer to MARAC on professional judgement</Title>
        <Textarea label="Why this victim needs MARAC" value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.professionalJudgementNote} />
        <ProblemAlert error={refer.error} />
        <Group mt="xs">
          <Button type="submit" loading={refer.isPending}>Refer to MARAC</Button>
        </Group>
      </form>
    </Paper>
  );
}
