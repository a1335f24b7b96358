import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, NativeSelect, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { reviewAuditItem, useClassifications } from './crimes-api';
import type { AuditItemView } from './types';

const YES_NO = [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }];
const yn = (b: boolean | null | undefined, fallback: string): string => (b === null || b === undefined ? fallback : b ? 'yes' : 'no');

/** The inspector's questions for one sampled item, pre-filled from what the records suggest. */
export function AuditReviewForm({ auditId, item }: { auditId: string; item: AuditItemView }) {
  const client = useQueryClient();
  const classifications = useClassifications();
  const s = item.suggestion;
  const [disclosed, setDisclosed] = useState(yn(item.crimeDisclosed, 'yes'));
  const [recorded, setRecorded] = useState(yn(item.recorded, s.recorded ? 'yes' : 'no'));
  const [code, setCode] = useState(item.expectedCode ?? s.code ?? '');
  const [correct, setCorrect] = useState(yn(item.correctClassification, 'yes'));
  const [inTime, setInTime] = useState(yn(item.withinTime, s.withinTime === false ? 'no' : 'yes'));
  const [da, setDa] = useState(item.reviewedAt ? item.domesticAbuse : s.domesticAbuse);
  const [notes, setNotes] = useState(item.notes ?? '');
  const save = useMutation({
    mutationFn: () => reviewAuditItem(auditId, item.id, item.version, {
      crimeDisclosed: disclosed === 'yes',
      ...(disclosed === 'yes' ? { recorded: recorded === 'yes', expectedCode: code || null } : {}),
      ...(disclosed === 'yes' && recorded === 'yes' ? { correctClassification: correct === 'yes', withinTime: inTime === 'yes' } : {}),
      domesticAbuse: da,
      ...(notes.trim() ? { notes: notes.trim() } : {}),
    }),
    onSuccess: (view) => client.setQueryData(['crime-audits', auditId], view),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const options = [...(classifications.data?.items ?? [])].sort((a, b) => a.description.localeCompare(b.description));
  return (
    <form onSubmit={submit} aria-label={`Review ${item.subjectReference}`}>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <NativeSelect size="xs" label="Crime disclosed?" value={disclosed} onChange={(e) => setDisclosed(e.currentTarget.value)} data={YES_NO} />
        {disclosed === 'yes' && (
          <>
            <NativeSelect size="xs" label="Recorded?" value={recorded} onChange={(e) => setRecorded(e.currentTarget.value)} data={YES_NO} />
            <NativeSelect size="xs" label="Should be" value={code} onChange={(e) => setCode(e.currentTarget.value)}
              data={[{ value: '', label: 'Choose…' }, ...options.map((c) => ({ value: c.code, label: `${c.description} (${c.code})` }))]} />
            {recorded === 'yes' && (
              <>
                <NativeSelect size="xs" label="Class correct?" value={correct} onChange={(e) => setCorrect(e.currentTarget.value)} data={YES_NO} />
                <NativeSelect size="xs" label="Within 24 h?" value={inTime} onChange={(e) => setInTime(e.currentTarget.value)} data={YES_NO} />
              </>
            )}
          </>
        )}
        <Checkbox size="xs" label="DA" checked={da} onChange={(e) => setDa(e.currentTarget.checked)} />
        <TextInput size="xs" label="Notes" value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
        <Button type="submit" size="xs" loading={save.isPending}>
          {item.reviewedAt ? 'Update' : 'Save review'}
        </Button>
      </Group>
      <ProblemAlert error={save.error} />
    </form>
  );
}
