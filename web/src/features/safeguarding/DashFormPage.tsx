import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, NativeSelect, NumberInput, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { DASH_QUESTIONS, dashScore } from '../../../../server/src/modules/safeguarding/contract';
import { api } from '../../platform/api';
import { fieldErrorsOf } from '../../platform/forms';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { PersonPicker } from '../persons/PersonPicker';
import { personName } from '../persons/names';
import { DashQuestion } from './DashQuestion';
import { DashScoreBar } from './DashScoreBar';
import { SafeguardingNav } from './SafeguardingNav';
import type { DashView } from './types';

const NO_ARREST = [
  { value: '', label: 'Choose a reason' },
  { value: 'suspect_outstanding', label: 'Suspect not found (outstanding)' },
  { value: 'out_of_force', label: 'Suspect out of the force area' },
  { value: 'counter_allegation', label: 'Counter-allegation under investigation' },
  { value: 'not_necessary', label: 'Arrest not necessary – other positive action' },
  { value: 'voluntary_interview', label: 'Voluntary interview arranged' },
  { value: 'other', label: 'Other' },
];

function levelOf(score: number) {
  return score >= 14 ? 'high' : score >= 10 ? 'medium' : 'standard';
}

function localNow() {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
}

type Picked = { id: string; name: string; reference: string };

/** DASH risk assessment: 27 questions, live score, judgement with a reason, children and positive action. */
export function DashFormPage() {
  const navigate = useNavigate();
  const [victim, setVictim] = useState<Picked | null>(null);
  const [perpetrator, setPerpetrator] = useState<Picked | null>(null);
  const [incidentAt, setIncidentAt] = useState(localNow());
  const [linkedReference, setLinkedReference] = useState('');
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [declined, setDeclined] = useState(false);
  const [finalLevel, setFinalLevel] = useState('');
  const [levelReason, setLevelReason] = useState('');
  const [childrenPresent, setChildrenPresent] = useState(false);
  const [childrenResident, setChildrenResident] = useState(false);
  const [childrenCount, setChildrenCount] = useState<number>(0);
  const [powerOfArrest, setPowerOfArrest] = useState(false);
  const [arrested, setArrested] = useState(false);
  const [noArrestReason, setNoArrestReason] = useState('');
  const score = dashScore(answers as never);
  const level = levelOf(score);
  const create = useMutation({
    mutationFn: (body: Record<string, unknown>) => api<DashView>('/dash-assessments', { body }),
    onSuccess: (d) => navigate(`/safeguarding/dash/${d.id}`),
  });
  const errors = fieldErrorsOf(create.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!victim) return;
    create.mutate({
      victimPersonId: victim.id,
      ...(perpetrator ? { perpetratorPersonId: perpetrator.id } : {}),
      incidentAt: new Date(incidentAt).toISOString(),
      ...(linkedReference.trim() ? { linkedType: 'incident', linkedReference: linkedReference.trim() } : {}),
      answers,
      answerNotes: Object.fromEntries(Object.entries(notes).filter(([k, v]) => v.trim() && answers[k] === 'yes')),
      victimDeclined: declined,
      ...(finalLevel ? { finalLevel, levelReason } : {}),
      childrenPresent,
      childrenResident,
      childrenCount,
      positiveAction: { powerOfArrest, arrested, ...(powerOfArrest && !arrested && noArrestReason ? { noArrestReason } : {}) },
    });
  };

  return (
    <Stack maw={960}>
      <SafeguardingNav />
      <Title order={2}>DASH risk assessment</Title>
      <form onSubmit={submit} aria-label="DASH risk assessment">
        <Stack>
          <Paper withBorder p="md">
            <Stack>
              {victim ? (
                <Group justify="space-between">
                  <Text fw={600} data-testid="dash-victim">
                    Victim: {victim.name} · {victim.reference}
                  </Text>
                  <Button variant="subtle" size="compact-sm" onClick={() => setVictim(null)}>
                    Change
                  </Button>
                </Group>
              ) : (
                <PersonPicker label="Victim" excludeId="" onPick={(p) => setVictim({ id: p.id, name: personName(p), reference: p.reference })} />
              )}
              {errors.victimPersonId && <Text c="red" size="sm">{errors.victimPersonId}</Text>}
              {perpetrator ? (
                <Group justify="space-between">
                  <Text data-testid="dash-perpetrator">
                    Perpetrator: {perpetrator.name} · {perpetrator.reference}
                  </Text>
                  <Button variant="subtle" size="compact-sm" onClick={() => setPerpetrator(null)}>
                    Change
                  </Button>
                </Group>
              ) : (
                <PersonPicker label="Perpetrator (optional)" excludeId={victim?.id ?? ''} onPick={(p) => setPerpetrator({ id: p.id, name: personName(p), reference: p.reference })} />
              )}
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput type="datetime-local" label="Incident time" value={incidentAt} onChange={(e) => setIncidentAt(e.currentTarget.value)} error={errors.incidentAt} required />
                <TextInput label="Incident reference (optional)" value={linkedReference} onChange={(e) => setLinkedReference(e.currentTarget.value)} />
              </SimpleGrid>
              <Checkbox label="The victim declined to answer some or all questions" checked={declined} onChange={(e) => setDeclined(e.currentTarget.checked)} />
            </Stack>
          </Paper>
          <DashScoreBar score={score} level={level} answered={Object.keys(answers).length} />
          <Paper withBorder p="md">
            {DASH_QUESTIONS.map((q) => (
              <DashQuestion
                key={q.key}
                n={q.n}
                text={q.text}
                answer={answers[q.key] ?? ''}
                note={notes[q.key] ?? ''}
                onAnswer={(v) => setAnswers((a) => ({ ...a, [q.key]: v }))}
                onNote={(v) => setNotes((n) => ({ ...n, [q.key]: v }))}
              />
            ))}
          </Paper>
          <Paper withBorder p="md">
            <Stack>
              <Title order={4}>Children in the household</Title>
              <Group>
                <Checkbox label="Children present at the incident" checked={childrenPresent} onChange={(e) => setChildrenPresent(e.currentTarget.checked)} />
                <Checkbox label="Children normally live there" checked={childrenResident} onChange={(e) => setChildrenResident(e.currentTarget.checked)} />
                <NumberInput label="How many children" min={0} max={20} w={160} value={childrenCount} onChange={(v) => setChildrenCount(Number(v) || 0)} />
              </Group>
              <Title order={4}>Positive action</Title>
              <Group align="end">
                <Checkbox label="A power of arrest exists" checked={powerOfArrest} onChange={(e) => setPowerOfArrest(e.currentTarget.checked)} />
                <Checkbox label="Suspect arrested" checked={arrested} onChange={(e) => setArrested(e.currentTarget.checked)} />
                {powerOfArrest && !arrested && (
                  <NativeSelect label="Why no arrest" data={NO_ARREST} value={noArrestReason} onChange={(e) => setNoArrestReason(e.currentTarget.value)} error={errors['positiveAction.noArrestReason']} />
                )}
              </Group>
              <Title order={4}>Risk level</Title>
              <Text size="sm">
                The answers score <strong>{level}</strong> risk. You may raise the level on professional judgement with a reason; only a supervisor may set it lower.
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NativeSelect
                  label="Risk level"
                  data={[{ value: '', label: `As scored (${level})` }, { value: 'standard', label: 'Standard' }, { value: 'medium', label: 'Medium' }, { value: 'high', label: 'High' }]}
                  value={finalLevel}
                  onChange={(e) => setFinalLevel(e.currentTarget.value)}
                  error={errors.finalLevel}
                />
                <Textarea label="Reason for a different level" value={levelReason} onChange={(e) => setLevelReason(e.currentTarget.value)} error={errors.levelReason} autosize minRows={2} />
              </SimpleGrid>
            </Stack>
          </Paper>
          <ProblemAlert error={create.error} title="The assessment was not saved" />
          <Group>
            <Button type="submit" loading={create.isPending} disabled={!victim}>
              Save DASH assessment
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
