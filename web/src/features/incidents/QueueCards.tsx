import { useState } from 'react';
import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime } from '../../platform/format';
import { GradeBadge } from './GradeBadge';
import { age } from './queue-age';
import { RiskFlags } from './RiskFlags';
import { GRADE_COLOURS, type QueueItem } from './types';

const STEP = 25;

/**
 * The unresolved queue on a phone: one card per incident, in the same risk order as the desktop table, with the
 * grade, why it matters, its age and how far past target it is — readable without opening the record or scrolling
 * sideways. Cards are drawn 25 at a time so a long queue stays a page an officer can scroll.
 */
export function QueueCards({ items }: { items: QueueItem[] }) {
  const [shown, setShown] = useState(STEP);
  const remaining = items.length - shown;
  return (
    <Stack gap="sm">
      <Stack component="ul" gap="sm" aria-label="Unresolved incidents" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {items.slice(0, shown).map((item) => <QueueCard key={item.id} item={item} />)}
      </Stack>
      {items.length > STEP && (
        <Group gap="sm">
          <Text size="sm" c="dimmed">Showing {Math.min(shown, items.length)} of {items.length}</Text>
          {remaining > 0 && (
            <Button variant="default" size="compact-md" onClick={() => setShown((n) => n + STEP)}>
              Show {Math.min(STEP, remaining)} more
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}

function QueueCard({ item }: { item: QueueItem }) {
  const colour = item.grade ? GRADE_COLOURS[item.grade] : 'grape';
  const late = item.minutesPastTarget > 0;
  return (
    <li>
      <Paper
        withBorder
        p="sm"
        data-testid="queue-card"
        aria-labelledby={`queue-card-${item.id}`}
        role="group"
        style={{ borderLeft: `4px solid var(--mantine-color-${colour}-6)` }}
      >
        <Stack gap={6}>
          <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
            <Anchor component={Link} to={`/incidents/${item.id}`} fw={700} id={`queue-card-${item.id}`} style={{ overflowWrap: 'anywhere' }}>
              {item.reference}
            </Anchor>
            <GradeBadge grade={item.grade} />
          </Group>
          <div>
            <Text size="sm">{item.typeLabel} · {item.district ?? 'no district'}</Text>
            <Text size="xs" c="dimmed" lineClamp={2}>{item.summary}</Text>
          </div>
          <RiskFlags flags={item.flags} />
          {item.riskReasons.length > 0 && (
            <Text size="sm" data-testid="queue-card-reasons">{item.riskReasons.join(' · ')}</Text>
          )}
          {item.reassessmentsDue.length > 0 && <Text size="sm" c="red">Re-assess: {item.reassessmentsDue.join(', ')}</Text>}
          <Group gap="md" wrap="wrap">
            <Text size="sm"><Text span c="dimmed" size="sm">Risk </Text>{item.risk}</Text>
            <Text size="sm"><Text span c="dimmed" size="sm">Age </Text>{age(item.ageMinutes)}</Text>
            <Text size="sm" c={late ? 'red' : undefined} fw={late ? 600 : undefined} data-testid="queue-card-past-target">
              <Text span c="dimmed" size="sm" fw={400}>Past target </Text>{late ? age(item.minutesPastTarget) : 'no'}
            </Text>
          </Group>
          <Text size="xs" c="dimmed">
            {item.thriveSummary}
            {' · '}
            {item.lastReviewedAt ? `Reviewed by ${item.lastReviewedBy ?? 'unknown'}, ${formatDateTime(item.lastReviewedAt)}` : 'Never reviewed'}
          </Text>
        </Stack>
      </Paper>
    </li>
  );
}
