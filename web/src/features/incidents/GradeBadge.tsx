import { Badge } from '@mantine/core';
import { GRADE_COLOURS, GRADE_LABELS } from './types';

export function GradeBadge({ grade }: { grade: string | null }) {
  if (!grade) return <Badge color="grape" variant="outline">Not graded</Badge>;
  return <Badge color={GRADE_COLOURS[grade]}>{GRADE_LABELS[grade]}</Badge>;
}
