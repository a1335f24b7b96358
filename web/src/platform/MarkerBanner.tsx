import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { formatDate } from './format';
import { bySeverity, SEVERITY_COLOUR, type MarkerSummary } from './markers';

/** The first thing on every person view (DESIGN §6): active warning markers, red when any is high. */
export function MarkerBanner({ markers }: { markers: MarkerSummary[] }) {
  if (markers.length === 0) {
    return (
      <Paper withBorder p="xs" role="region" aria-label="Warning markers" data-testid="marker-banner">
        <Text size="sm" c="dimmed">
          No active warning markers
        </Text>
      </Paper>
    );
  }
  const sorted = bySeverity(markers);
  const colour = SEVERITY_COLOUR[sorted[0].severity];
  return (
    <Paper
      p="sm"
      radius="sm"
      bg={`${colour}.0`}
      style={{ borderLeft: `6px solid var(--mantine-color-${colour}-7)` }}
      role="region"
      aria-label="Warning markers"
      data-testid="marker-banner"
    >
      <Stack gap={6}>
        <Text fw={700} c={`${colour}.9`} tt="uppercase" size="sm">
          Warning markers ({markers.length})
        </Text>
        {sorted.map((m) => (
          <Group key={m.id} gap="sm" wrap="nowrap" align="flex-start">
            <Badge color={SEVERITY_COLOUR[m.severity]} variant="filled" style={{ flexShrink: 0 }}>
              {m.label}
            </Badge>
            <Text size="sm" style={{ wordBreak: 'break-word' }}>
              {m.reason}
              {m.reviewDate && (
                <Text span size="xs" c="dimmed">
                  {' '}
                  · review by {formatDate(m.reviewDate)}
                </Text>
              )}
            </Text>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
