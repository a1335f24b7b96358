import { Badge, Group, Tooltip } from '@mantine/core';
import { bySeverity, SEVERITY_COLOUR, type MarkerSummary } from './markers';

/** Compact warning markers for lists: one coloured badge each, the reason on hover. */
export function MarkerBadges({ markers }: { markers: MarkerSummary[] }) {
  if (markers.length === 0) return null;
  return (
    <Group gap={4} wrap="wrap">
      {bySeverity(markers).map((m) => (
        <Tooltip key={m.id} label={m.reason} multiline maw={320} withinPortal>
          <Badge color={SEVERITY_COLOUR[m.severity]} variant={m.severity === 'info' ? 'light' : 'filled'} size="sm">
            {m.label}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}
