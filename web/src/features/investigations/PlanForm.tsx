import { useState } from 'react';
import { Button, Checkbox, Group, Paper, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { act, ENQUIRY_KINDS } from './investigations-api';
import type { InvestigationView } from './types';
import { useSave } from './useSave';

type Line = { kind: string; description: string; dueDate: string };
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The structured plan (F09): lines of enquiry, scene and BWV with a reason when absent (F08), safeguarding and victim contact. */
export function PlanForm({ inv }: { inv: InvestigationView }) {
  const [summary, setSummary] = useState(inv.plan?.summary ?? '');
  const [safeguarding, setSafeguarding] = useState(inv.plan?.safeguarding ?? '');
  const [victimContact, setVictimContact] = useState(inv.plan?.victimContact ?? '');
  const [sceneAttended, setSceneAttended] = useState(inv.plan?.sceneAttended ?? true);
  const [sceneReason, setSceneReason] = useState('');
  const [bwvCaptured, setBwvCaptured] = useState(inv.plan?.bwvCaptured ?? true);
  const [bwvReason, setBwvReason] = useState('');
  const [lines, setLines] = useState<Line[]>(inv.plan ? [] : [{ kind: 'cctv', description: '', dueDate: inDays(3) }]);
  const { save, error, busy, fieldErrors } = useSave();
  const setLine = (i: number, patch: Partial<Line>) => setLines(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const submit = () => save(() => act(inv, 'plan', {
    summary, safeguarding, victimContact, sceneAttended, bwvCaptured,
    ...(sceneAttended ? {} : { sceneReason }), ...(bwvCaptured ? {} : { bwvReason }),
    actions: lines.map((l) => ({ kind: l.kind, description: l.description, dueAt: new Date(`${l.dueDate}T17:00:00Z`).toISOString() })),
  }));
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={3}>{inv.plan ? 'Update the plan' : 'Investigation plan'}</Title>
        <Textarea label="Plan summary" value={summary} onChange={(e) => setSummary(e.currentTarget.value)} error={fieldErrors.summary} autosize minRows={2} />
        <Textarea label="Safeguarding" value={safeguarding} onChange={(e) => setSafeguarding(e.currentTarget.value)} error={fieldErrors.safeguarding} autosize />
        <TextInput label="Victim contact" value={victimContact} onChange={(e) => setVictimContact(e.currentTarget.value)} error={fieldErrors.victimContact} />
        <Checkbox label="Scene attended" checked={sceneAttended} onChange={(e) => setSceneAttended(e.currentTarget.checked)} />
        {!sceneAttended && <TextInput label="Why the scene was not attended" value={sceneReason} onChange={(e) => setSceneReason(e.currentTarget.value)} error={fieldErrors.sceneReason} />}
        <Checkbox label="Body-worn video captured" checked={bwvCaptured} onChange={(e) => setBwvCaptured(e.currentTarget.checked)} />
        {!bwvCaptured && <TextInput label="Why body-worn video was not captured" value={bwvReason} onChange={(e) => setBwvReason(e.currentTarget.value)} error={fieldErrors.bwvReason} />}
        <Title order={4}>Lines of enquiry</Title>
        {lines.map((l, i) => (
          <Group key={i} align="flex-end">
            <Select label={`Line ${i + 1} kind`} data={ENQUIRY_KINDS.map(([value, label]) => ({ value, label }))} value={l.kind} onChange={(v) => setLine(i, { kind: v ?? 'other' })} allowDeselect={false} w={180} />
            <TextInput label={`Line ${i + 1} description`} value={l.description} onChange={(e) => setLine(i, { description: e.currentTarget.value })} style={{ flex: 1 }} error={fieldErrors[`actions.${i}.description`]} />
            <TextInput type="date" label={`Line ${i + 1} due`} value={l.dueDate} onChange={(e) => setLine(i, { dueDate: e.currentTarget.value })} w={170} />
          </Group>
        ))}
        {fieldErrors.linesOfEnquiry && <ProblemAlert error={new Error(fieldErrors.linesOfEnquiry)} title="Lines of enquiry" />}
        <Group>
          <Button variant="light" onClick={() => setLines([...lines, { kind: 'witnesses', description: '', dueDate: inDays(7) }])}>Add a line of enquiry</Button>
          <Button loading={busy} onClick={submit}>Save plan</Button>
        </Group>
        <ProblemAlert error={error} />
      </Stack>
    </Paper>
  );
}
