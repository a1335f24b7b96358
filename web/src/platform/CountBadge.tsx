import { Badge } from '@mantine/core';

/** A small count beside a tab label; nothing when zero. */
export function CountBadge({ n }: { n: number }) {
  if (n === 0) return null;
  return (
    <Badge size="xs" variant="light" circle>
      {n}
    </Badge>
  );
}
