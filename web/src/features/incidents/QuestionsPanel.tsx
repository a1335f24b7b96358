import { useState } from 'react';
import { Button, Checkbox, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { ProblemAlert } from '../../platform/ProblemAlert';
import type { IncidentView } from './types';
import { useIncidentUpdate } from './use-incident-update';

/** The type's scripted questions and advice; answers are stored with the incident. */
export function QuestionsPanel({ incident }: { incident: IncidentView }) {
  const { run, error, busy } = useIncidentUpdate(incident);
  const [answers, setAnswers] = useState<Record<string, string | boolean>>(incident.answers);
  const set = incident.questionSet;
  if (!set) return null;
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Text fw={600}>Questions: {set.name}</Text>
        {set.questions.map((q) => (
          <div key={q.id}>
            {q.kind === 'yes_no' && <Checkbox label={q.text} checked={answers[q.id] === true} onChange={(e) => setAnswers({ ...answers, [q.id]: e.currentTarget.checked })} />}
            {q.kind === 'text' && <TextInput label={q.text} value={String(answers[q.id] ?? '')} onChange={(e) => setAnswers({ ...answers, [q.id]: e.currentTarget.value })} />}
            {q.kind === 'choice' && <NativeSelect label={q.text} value={String(answers[q.id] ?? '')} onChange={(e) => setAnswers({ ...answers, [q.id]: e.currentTarget.value })} data={['', ...(q.options ?? [])]} />}
            {q.advice && <Text size="xs" c="blue">{q.advice}</Text>}
          </div>
        ))}
        <ProblemAlert error={error} />
        {incident.abilities.edit && (
          <Button size="xs" w="fit-content" loading={busy} onClick={() => void run('answers', { answers: Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== '')) })}>Save answers</Button>
        )}
      </Stack>
    </Paper>
  );
}
