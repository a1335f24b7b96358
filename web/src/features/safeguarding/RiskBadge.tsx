import { Badge } from '@mantine/core';
import { LEVEL_COLOURS } from './types';

/** A DASH risk level as a coloured badge. */
export function RiskBadge({ level }: { level: string }) {
  return (
    <Badge color={LEVEL_COLOURS[level] ?? 'gray'} variant="filled" aria-label={`${level} risk`}>
      {level} risk
    </Badge>
  );
}
