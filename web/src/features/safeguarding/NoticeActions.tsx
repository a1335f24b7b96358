import { useState } from 'react';
import { Button, Checkbox, Group, NativeSelect, NumberInput, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../platform/api';
import { fieldErrorsOf } from '../../platform/forms';
import { ProblemAlert } from '../../platform/ProblemAlert';
import type { Notice } from './types';

const nowLocal = () => {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
};

/** The next step the user may take on a DVPN: authorise, serve, record the hearing, or record a breach. */
export function NoticeActions({ notice }: { notice: Notice }) {
  const client = useQueryClient();
  const [reason, setReason] = useState('');
  const [at, setAt] = useState(nowLocal());
  const [court, setCourt] = useState('Hertfordshire Magistrates’ Court');
  const [outcome, setOutcome] = useState('order_made');
  const [days, setDays] = useState<number>(28);
  const [detail, setDetail] = useState('');
  const [arrested, setArrested] = useState(true);
  const run = useMutation({
    mutationFn: (step: { path: string; body: unknown; versioned: boolean }) =>
      api(`/protection-notices/${notice.id}/${step.path}`, { body: step.body, ...(step.versioned ? { version: notice.version } : {}) }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['notices'] }),
  });
  const errors = fieldErrorsOf(run.error);
  const iso = new Date(at).toISOString();
  const a = notice.abilities;
  return (
    <>
      {a.authorise && (
        <Group align="end" mt="xs">
          <TextInput label="Decision reason" value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason} style={{ flex: 1 }} />
          <Button onClick={() => run.mutate({ path: 'authorise', body: { decision: 'authorise', reason }, versioned: true })}>Authorise</Button>
          <Button color="red" variant="light" onClick={() => run.mutate({ path: 'authorise', body: { decision: 'refuse', reason }, versioned: true })}>Refuse</Button>
        </Group>
      )}
      {(a.serve || a.recordHearing || a.recordBreach) && (
        <TextInput type="datetime-local" label="When" value={at} onChange={(e) => setAt(e.currentTarget.value)} w={240} mt="xs" />
      )}
      {a.serve && <Button mt="xs" onClick={() => run.mutate({ path: 'serve', body: { servedAt: iso }, versioned: true })}>Record served</Button>}
      {a.recordHearing && (
        <Group align="end" mt="xs">
          <TextInput label="Court" value={court} onChange={(e) => setCourt(e.currentTarget.value)} />
          <NativeSelect label="Outcome" data={[{ value: 'order_made', label: 'DVPO made' }, { value: 'order_refused', label: 'DVPO refused' }]} value={outcome} onChange={(e) => setOutcome(e.currentTarget.value)} />
          {outcome === 'order_made' && <NumberInput label="Days (14–28)" min={14} max={28} value={days} onChange={(v) => setDays(Number(v))} error={errors.orderDays} w={130} />}
          <Button onClick={() => run.mutate({ path: 'hearing', body: { hearingAt: iso, court, outcome, ...(outcome === 'order_made' ? { orderDays: days } : {}) }, versioned: true })}>Record hearing</Button>
        </Group>
      )}
      {a.recordBreach && (
        <Group align="end" mt="xs">
          <TextInput label="Breach" value={detail} onChange={(e) => setDetail(e.currentTarget.value)} style={{ flex: 1 }} />
          <Checkbox label="Arrested" checked={arrested} onChange={(e) => setArrested(e.currentTarget.checked)} />
          {!arrested && <TextInput label="Why no arrest" value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.noArrestReason} />}
          <Button variant="light" onClick={() => run.mutate({ path: 'breaches', body: { occurredAt: iso, detail, arrested, ...(!arrested ? { noArrestReason: reason } : {}) }, versioned: false })}>Record breach</Button>
        </Group>
      )}
      <ProblemAlert error={run.error} />
    </>
  );
}
