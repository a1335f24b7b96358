import { useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../platform/api';
import { ProblemAlert } from '../../platform/ProblemAlert';

type Answers = Record<string, boolean | null | string>;
type Decision = { decision: 'record' | 'do_not_record' | 'ask'; because?: string; question?: string; field?: string };

/**
 * NCRS "should this be recorded?": the server's rule asks one question at a time where judgement is
 * needed (balance of probabilities, evidence to the contrary, third-party reports) and never guesses.
 */
export function RecordingDecisionHelper() {
  const [open, setOpen] = useState(false);
  const [answers, setAnswers] = useState<Answers>({ offenceInLaw: null, credibleEvidenceToContrary: null, reporter: 'victim' });
  const decision = useQuery({
    queryKey: ['crimes', 'recording-decision', answers],
    queryFn: () => api<Decision>('/crimes/recording-decision', { body: answers }),
    enabled: open,
  });
  if (!open) {
    return (
      <Button variant="subtle" size="compact-sm" h="auto" py={4} styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }} onClick={() => setOpen(true)}>
        Not sure whether to record? Answer the NCRS questions
      </Button>
    );
  }
  const d = decision.data;
  const answer = (value: boolean) => d?.field && setAnswers({ ...answers, [d.field]: value });
  return (
    <Paper withBorder p="sm" aria-label="Recording decision">
      <Stack gap="xs">
        <Group gap="xs">
          <Text size="sm">Reported by</Text>
          <Button size="compact-xs" variant={answers.reporter === 'victim' ? 'filled' : 'light'} onClick={() => setAnswers({ ...answers, reporter: 'victim' })}>
            the victim
          </Button>
          <Button size="compact-xs" variant={answers.reporter === 'third_party' ? 'filled' : 'light'} onClick={() => setAnswers({ ...answers, reporter: 'third_party' })}>
            a third party
          </Button>
        </Group>
        <ProblemAlert error={decision.error} />
        {d?.decision === 'ask' && (
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {d.question}
            </Text>
            <Button size="compact-xs" onClick={() => answer(true)}>
              Yes
            </Button>
            <Button size="compact-xs" variant="light" onClick={() => answer(false)}>
              No
            </Button>
          </Group>
        )}
        {d && d.decision !== 'ask' && (
          <Alert color={d.decision === 'record' ? 'green' : 'gray'} title={d.decision === 'record' ? 'Record the crime' : 'Do not record a crime'}>
            {d.because}
          </Alert>
        )}
        <Group>
          <Button size="compact-xs" variant="subtle" onClick={() => setAnswers({ offenceInLaw: null, credibleEvidenceToContrary: null, reporter: answers.reporter })}>
            Start again
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
