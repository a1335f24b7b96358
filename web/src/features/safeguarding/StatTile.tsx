import { Paper, Text } from '@mantine/core';

/** One figure on the dashboard with its label and a note. */
export function StatTile({ label, value, note }: { label: string; value: string | number; note?: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">{label}</Text>
      <Text fz={28} fw={700}>{value}</Text>
      {note && <Text size="xs" c="dimmed">{note}</Text>}
    </Paper>
  );
}
