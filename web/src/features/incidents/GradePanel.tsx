import { useState } from 'react';
import { Button, Group, List, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { GradeBadge } from './GradeBadge';
import { GRADE_LABELS, type IncidentView } from './types';
import { useIncidentUpdate } from './use-incident-update';

/** The proposed grade with its reasons; lowering needs a reason, and for DA/child/vulnerable a supervisor. No unit availability shown here (C1). */
export function GradePanel({ incident }: { incident: IncidentView }) {
  const { run, error, busy } = useIncidentUpdate(incident);
  const [grade, setGrade] = useState(incident.grade ?? incident.proposedGrade?.grade ?? 'priority');
  const [reason, setReason] = useState('');
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Group>
          <Text fw={600}>Grade</Text>
          <GradeBadge grade={incident.grade} />
        </Group>
        {incident.proposedGrade && (
          <div data-testid="proposed-grade">
            <Text size="sm">Proposed: <b>{GRADE_LABELS[incident.proposedGrade.grade]}</b></Text>
            <List size="xs">{incident.proposedGrade.reasons.map((r) => <List.Item key={r}>{r}</List.Item>)}</List>
          </div>
        )}
        {incident.abilities.grade && (
          <Group align="end">
            <NativeSelect label="Grade to set" value={grade} onChange={(e) => setGrade(e.currentTarget.value as typeof grade)} data={Object.entries(GRADE_LABELS).map(([value, label]) => ({ value, label }))} />
            <TextInput style={{ flex: 1 }} label="Reason (needed to lower a grade)" value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
            <Button loading={busy} onClick={async () => { if (await run('grade', { grade, reason: reason || null })) setReason(''); }}>Set grade</Button>
          </Group>
        )}
        <ProblemAlert error={error} title="Grade refused" />
      </Stack>
    </Paper>
  );
}
