import { useState } from 'react';
import { Button, Paper, Stack, Textarea, Title } from '@mantine/core';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { act } from './investigations-api';
import type { InvestigationView } from './types';
import { useSave } from './useSave';

/** The supervisor's direction; closes the review task and raises the next on the cadence (F10). */
export function ReviewForm({ inv }: { inv: InvestigationView }) {
  const [direction, setDirection] = useState('');
  const { save, error, busy, fieldErrors } = useSave(() => setDirection(''));
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={3}>Supervisory review</Title>
        <Textarea label="Direction" value={direction} onChange={(e) => setDirection(e.currentTarget.value)} error={fieldErrors.direction} autosize minRows={2} />
        <ProblemAlert error={error} />
        <Button loading={busy} onClick={() => save(() => act(inv, 'reviews', { direction }))} w="fit-content">Record review</Button>
      </Stack>
    </Paper>
  );
}
