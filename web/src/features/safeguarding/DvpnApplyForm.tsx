import { useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../../platform/api';
import { fieldErrorsOf } from '../../platform/forms';
import { ProblemAlert } from '../../platform/ProblemAlert';
import type { DashView } from './types';

/** High-risk DA prompts a DVPN (STANDARDS §17 F17): apply here; a superintendent authorises it. */
export function DvpnApplyForm({ dash }: { dash: DashView & { perpetrator: NonNullable<DashView['perpetrator']> } }) {
  const navigate = useNavigate();
  const [grounds, setGrounds] = useState('');
  const [conditions, setConditions] = useState('Not to molest the victim; not to enter the victim’s home');
  const [violence, setViolence] = useState(true);
  const [necessary, setNecessary] = useState(true);
  const apply = useMutation({
    mutationFn: () => api('/protection-notices', {
      body: {
        perpetratorPersonId: dash.perpetrator.id, victimPersonId: dash.victim.id, dashAssessmentId: dash.id, grounds,
        violenceOrThreat: violence, necessaryToProtect: necessary, conditions: conditions.split(';').map((c) => c.trim()).filter(Boolean),
      },
    }),
    onSuccess: () => navigate('/safeguarding/notices'),
  });
  const errors = fieldErrorsOf(apply.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    apply.mutate();
  };
  return (
    <Alert color="orange" title="Consider a DVPN">
      <form onSubmit={submit} aria-label="Apply for a DVPN">
        <Stack gap="xs">
          <Textarea label={`Grounds for a DVPN against ${dash.perpetrator.name}`} value={grounds} onChange={(e) => setGrounds(e.currentTarget.value)} error={errors.grounds} />
          <TextInput label="Conditions (separate with ;)" value={conditions} onChange={(e) => setConditions(e.currentTarget.value)} />
          <Group>
            <Checkbox label="Violence or a threat of violence to an associated person" checked={violence} onChange={(e) => setViolence(e.currentTarget.checked)} error={errors.violenceOrThreat} />
            <Checkbox label="Necessary to protect the person at risk" checked={necessary} onChange={(e) => setNecessary(e.currentTarget.checked)} error={errors.necessaryToProtect} />
          </Group>
          <ProblemAlert error={apply.error} />
          <Group>
            <Button type="submit" loading={apply.isPending} disabled={!grounds.trim()}>Apply for a DVPN</Button>
          </Group>
        </Stack>
      </form>
    </Alert>
  );
}
