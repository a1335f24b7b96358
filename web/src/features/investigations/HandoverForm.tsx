import { useState } from 'react';
import { Button, Paper, Select, Stack, Textarea, Title } from '@mantine/core';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { act, useCandidates } from './investigations-api';
import type { InvestigationView } from './types';
import { useSave } from './useSave';

/** Handover to another officer needs a written supervisory entry (STANDARDS §6). */
export function HandoverForm({ inv }: { inv: InvestigationView }) {
  const candidates = useCandidates(inv.id, true);
  const [to, setTo] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [entry, setEntry] = useState('');
  const [reason, setReason] = useState('');
  const { save, error, busy, fieldErrors } = useSave();
  const options = (candidates.data?.items ?? []).filter((c) => c.id !== inv.officer?.id).map((c) => ({ value: c.id, label: `${c.displayName} (${c.openCaseload} open${c.accredited ? ', accredited' : ''})` }));
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={3}>Hand over</Title>
        <Select label="To officer" data={options} value={to} onChange={setTo} searchable error={fieldErrors.toOfficerId} />
        <Textarea label="Handover note" value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize />
        <Textarea label="Supervisory entry" value={entry} onChange={(e) => setEntry(e.currentTarget.value)} error={fieldErrors.supervisoryEntry} autosize />
        {fieldErrors.overrideReason && <Textarea label="Supervisor override reason" value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={fieldErrors.overrideReason} />}
        <ProblemAlert error={error} />
        <Button loading={busy} disabled={!to} w="fit-content" onClick={() => save(() => act(inv, 'handover', { toOfficerId: to, supervisoryEntry: entry, ...(note ? { handoverNote: note } : {}), ...(reason ? { overrideReason: reason } : {}) }))}>
          Hand over
        </Button>
      </Stack>
    </Paper>
  );
}
