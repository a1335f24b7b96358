import { Badge, Group, Stack, Text } from '@mantine/core';
import { MarkerBadges } from '../../platform/MarkerBadges';
import { formatDob } from '../../platform/format';
import { matchedOnText, personName } from './names';
import type { PersonRow } from './types';

type Props = { row: PersonRow; selected: boolean; onOpen: () => void; onHover: () => void };

/** One person in the global search list. */
export function PersonOption({ row, selected, onOpen, onHover }: Props) {
  const matched = matchedOnText(row);
  return (
    <li
      role="option"
      aria-selected={selected}
      onClick={onOpen}
      onMouseEnter={onHover}
      style={{
        cursor: 'pointer',
        padding: '8px 10px',
        borderRadius: 4,
        background: selected ? 'var(--mantine-color-blue-light)' : undefined,
      }}
    >
      <Stack gap={2}>
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600}>{personName(row)}</Text>
          <Text size="xs" c="dimmed">
            {row.reference}
          </Text>
        </Group>
        <Group gap="xs">
          <Text size="sm">{formatDob(row.dateOfBirth)}</Text>
          {row.restricted && (
            <Badge color="grape" variant="light" size="sm">
              Restricted
            </Badge>
          )}
          {matched && (
            <Text size="xs" c="dimmed" fs="italic">
              {matched}
            </Text>
          )}
        </Group>
        <MarkerBadges markers={row.warningMarkers} />
      </Stack>
    </li>
  );
}
