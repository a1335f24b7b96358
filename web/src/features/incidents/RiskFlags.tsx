import { Badge, Group } from '@mantine/core';
import { FLAG_LABELS, type IncidentView } from './types';

const COLOURS: Record<string, string> = { domesticAbuse: 'red', childInvolved: 'red', knownVulnerable: 'orange', firearms: 'red', dangerousSuspect: 'red', repeatVictim: 'yellow', repeatLocation: 'yellow', mentalHealth: 'violet', hate: 'pink' };

/** The incident's flags as badges, repeat counts included. */
export function RiskFlags({ flags }: { flags: IncidentView['flags'] }) {
  const on = Object.entries(FLAG_LABELS).filter(([key]) => flags[key as keyof typeof flags] === true);
  if (on.length === 0) return null;
  return (
    <Group gap={4} wrap="wrap" aria-label="Risk flags">
      {on.map(([key, label]) => (
        <Badge key={key} color={COLOURS[key] ?? 'gray'} variant="filled" size="sm">
          {key === 'repeatVictim' ? `${label} (${flags.repeatVictimCount} in 12 months)` : key === 'repeatLocation' ? `${label} (${flags.repeatLocationCount})` : label}
        </Badge>
      ))}
    </Group>
  );
}
