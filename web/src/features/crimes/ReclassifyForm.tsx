import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fieldErrorsOf } from '../../platform/forms';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { reclassifyCrime, useClassifications } from './crimes-api';
import type { CrimeView } from './types';

/** Reclassification with its reason; the history keeps the old class. */
export function ReclassifyForm({ crime, onDone }: { crime: CrimeView; onDone: () => void }) {
  const client = useQueryClient();
  const classifications = useClassifications();
  const [code, setCode] = useState(crime.classification.code);
  const [reason, setReason] = useState('');
  const save = useMutation({
    mutationFn: () => reclassifyCrime(crime, { classificationCode: code, reason }),
    onSuccess: (view) => {
      client.setQueryData(['crimes', crime.id], view);
      onDone();
    },
  });
  const errors = fieldErrorsOf(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const options = [...(classifications.data?.items ?? [])].sort((a, b) => a.description.localeCompare(b.description));
  return (
    <form onSubmit={submit} aria-label="Reclassify">
      <Stack gap="xs" maw={600}>
        <NativeSelect label="New classification" value={code} onChange={(e) => setCode(e.currentTarget.value)} error={errors.classificationCode}
          data={options.map((c) => ({ value: c.code, label: `${c.description} (${c.code})` }))} />
        <Textarea label="Reason" description="At least 20 characters" required autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason} />
        <ProblemAlert error={save.error} />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={save.isPending}>
            Reclassify
          </Button>
          <Button size="xs" variant="subtle" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
