import { Group, Paper, Progress, Text } from '@mantine/core';
import { RiskBadge } from './RiskBadge';

/** The live score: the same rule the server applies (STANDARDS §8: 14+ high, 10–13 medium). */
export function DashScoreBar({ score, level, answered }: { score: number; level: string; answered: number }) {
  return (
    <Paper withBorder p="sm" pos="sticky" top={60} style={{ zIndex: 2 }} aria-live="polite">
      <Group justify="space-between">
        <Text fw={600} data-testid="dash-score">
          Score {score} of 27
        </Text>
        <RiskBadge level={level} />
        <Text size="sm" c="dimmed">
          {answered} of 27 answered; unanswered count as “no”
        </Text>
      </Group>
      <Progress mt={6} value={(score / 27) * 100} color={level === 'high' ? 'red' : level === 'medium' ? 'orange' : 'green'} aria-hidden />
    </Paper>
  );
}
