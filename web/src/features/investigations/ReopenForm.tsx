import { useState } from 'react';
import { Button, Group, TextInput } from '@mantine/core';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { act } from './investigations-api';
import type { InvestigationView } from './types';
import { useSave } from './useSave';

/** Reopening clears the outcome and is audited with its reason. */
export function ReopenForm({ inv }: { inv: InvestigationView }) {
  const [reason, setReason] = useState('');
  const { save, error, busy, fieldErrors } = useSave();
  return (
    <>
      <Group align="flex-end">
        <TextInput label="Reason for reopening" value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={fieldErrors.reason} style={{ flex: 1 }} />
        <Button color="orange" variant="light" loading={busy} onClick={() => save(() => act(inv, 'reopen', { reason }))}>Reopen</Button>
      </Group>
      <ProblemAlert error={error} />
    </>
  );
}
