import { useState } from 'react';
import { Button, Group, NativeSelect, Paper, Radio, Stack, Text, TextInput } from '@mantine/core';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { CLOSING_CODES, DESK_OUTCOMES, humanise, type IncidentView } from './types';
import { useIncidentUpdate } from './use-incident-update';

/** Desk resolution by telephone, and closure with "is a crime disclosed?" answered (F07). */
export function ClosurePanel({ incident }: { incident: IncidentView }) {
  const { run, error, busy } = useIncidentUpdate(incident);
  const [outcome, setOutcome] = useState<string>(DESK_OUTCOMES[0]);
  const [reason, setReason] = useState('');
  const [rationale, setRationale] = useState('');
  const [code, setCode] = useState<string>(CLOSING_CODES[1]);
  const [crime, setCrime] = useState<string>('');
  const canResolve = incident.abilities.resolve && incident.grade && !['resolved', 'closed', 'on_scene'].includes(incident.status);
  if (!canResolve && !incident.abilities.close && incident.status !== 'closed') return null;
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Text fw={600}>Resolution and closure</Text>
        {incident.resolution && <Text size="sm">Resolved by {incident.resolution.kind}: {incident.resolution.outcome ? humanise(incident.resolution.outcome) : ''} — {incident.resolution.reason}</Text>}
        {incident.status === 'closed' && <Text size="sm">Closed: {humanise(incident.closingCode ?? '')}; crime disclosed: {incident.crimeDisclosed ? 'yes' : 'no'}</Text>}
        {canResolve && (
          <Group align="end">
            <NativeSelect label="Telephone outcome" value={outcome} onChange={(e) => setOutcome(e.currentTarget.value)} data={DESK_OUTCOMES.map((o) => ({ value: o, label: humanise(o) }))} />
            <TextInput label="Reason" value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
            <TextInput label="THRIVE rationale" value={rationale} onChange={(e) => setRationale(e.currentTarget.value)} />
            <Button loading={busy} onClick={() => void run('resolve', { kind: 'telephone', outcome, reason, thriveRationale: rationale })}>Resolve by telephone</Button>
          </Group>
        )}
        {incident.abilities.close && (
          <Group align="end">
            <NativeSelect label="Closing code" value={code} onChange={(e) => setCode(e.currentTarget.value)} data={CLOSING_CODES.map((c) => ({ value: c, label: humanise(c) }))} />
            <Radio.Group label="Is a crime disclosed?" value={crime} onChange={setCrime}>
              <Group><Radio value="yes" label="Yes" /><Radio value="no" label="No" /></Group>
            </Radio.Group>
            <Button disabled={!crime} loading={busy} onClick={() => void run('close', { closingCode: code, crimeDisclosed: crime === 'yes' })}>Close incident</Button>
          </Group>
        )}
        <ProblemAlert error={error} />
      </Stack>
    </Paper>
  );
}
