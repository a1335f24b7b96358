import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, Paper, Stack, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../platform/api';
import { fieldErrorsOf } from '../../platform/forms';
import { ProblemAlert } from '../../platform/ProblemAlert';
import type { DashView } from './types';

/** Specialist secondary risk assessment: confirm, or change the level with a reason. */
export function SecondaryReviewForm({ dash }: { dash: DashView }) {
  const client = useQueryClient();
  const [level, setLevel] = useState(dash.finalLevel);
  const [reason, setReason] = useState('');
  const review = useMutation({
    mutationFn: () => api<DashView>(`/dash-assessments/${dash.id}/secondary-review`, { body: { level, ...(reason.trim() ? { reason } : {}) }, version: dash.version }),
    onSuccess: (d) => client.setQueryData(['dash', dash.id], d),
  });
  const errors = fieldErrorsOf(review.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    review.mutate();
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} aria-label="Secondary risk assessment">
        <Stack>
          <Title order={4}>Secondary risk assessment</Title>
          <Group align="end">
            <NativeSelect label="Level" data={['standard', 'medium', 'high']} value={level} onChange={(e) => setLevel(e.currentTarget.value)} />
            <Textarea label="Reason (needed to change the level)" value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason} style={{ flex: 1 }} />
          </Group>
          <ProblemAlert error={review.error} />
          <Group>
            <Button type="submit" loading={review.isPending}>
              {level === dash.finalLevel ? 'Confirm level' : 'Change level'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
