import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../platform/api';
import { fieldErrorsOf } from '../../platform/forms';
import { ProblemAlert } from '../../platform/ProblemAlert';
import type { DvdsApplication } from './types';

const LABELS: Record<string, string> = {
  face_to_face: 'Face-to-face meeting', research: 'Research and checks', decision_panel: 'Decision panel', disclosure: 'Disclosure', closed: 'Close',
};

/** Moves an application to its next stage with what that step needs. */
export function DvdsAdvanceForm({ app }: { app: DvdsApplication }) {
  const client = useQueryClient();
  const [stage, setStage] = useState(app.nextStages[0] ?? '');
  const [note, setNote] = useState('');
  const [identityVerified, setIdentityVerified] = useState(app.identityVerified);
  const [safetyPlan, setSafetyPlan] = useState(app.safetyPlan ?? '');
  const advance = useMutation({
    mutationFn: () => api<DvdsApplication>(`/dvds-applications/${app.id}/advance`, {
      version: app.version,
      body: {
        stage,
        ...(note.trim() ? { note } : {}),
        ...(app.stage === 'face_to_face' ? { identityVerified } : {}),
        ...(app.stage === 'decision_panel' ? { decision: stage === 'disclosure' ? 'disclose' : 'no_disclosure' } : {}),
        ...(stage === 'disclosure' || (app.stage === 'disclosure' && stage === 'closed') ? { safetyPlan } : {}),
      },
    }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['dvds'] }),
  });
  const errors = fieldErrorsOf(advance.error);
  if (app.nextStages.length === 0) return null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    advance.mutate();
  };
  return (
    <form onSubmit={submit} aria-label={`Advance ${app.reference}`}>
      <Stack gap="xs">
        <Group align="end">
          <NativeSelect label="Next stage" data={app.nextStages.map((s) => ({ value: s, label: app.stage === 'decision_panel' && s === 'closed' ? 'Close: no disclosure' : LABELS[s] ?? s }))} value={stage} onChange={(e) => setStage(e.currentTarget.value)} error={errors.stage} />
          {app.stage === 'face_to_face' && <Checkbox label="Identity verified in person" checked={identityVerified} onChange={(e) => setIdentityVerified(e.currentTarget.checked)} error={errors.identityVerified} />}
        </Group>
        {(stage === 'disclosure' || (app.stage === 'disclosure' && stage === 'closed')) && (
          <Textarea label="Safety plan" value={safetyPlan} onChange={(e) => setSafetyPlan(e.currentTarget.value)} error={errors.safetyPlan} />
        )}
        <Textarea label="Note" value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={1} />
        <ProblemAlert error={advance.error} />
        <Group>
          <Button type="submit" size="compact-sm" loading={advance.isPending}>
            Move to next stage
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
