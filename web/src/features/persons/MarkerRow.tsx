import { useState } from 'react';
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { formatDate, formatDateTime } from '../../platform/format';
import { SEVERITY_COLOUR } from '../../platform/markers';
import { EndMarkerForm } from './EndMarkerForm';
import type { MarkerView } from './types';

export function MarkerRow({ marker, canEnd }: { marker: MarkerView; canEnd: boolean }) {
  const [ending, setEnding] = useState(false);
  return (
    <>
      <Table.Tr c={marker.active ? undefined : 'dimmed'}>
        <Table.Td>
          <Badge color={marker.active ? SEVERITY_COLOUR[marker.severity] : 'gray'} variant={marker.active ? 'filled' : 'outline'}>
            {marker.label}
          </Badge>
          {marker.kind === 'pnc' && (
            <Text size="xs" c="dimmed">
              PNC marker
            </Text>
          )}
        </Table.Td>
        <Table.Td style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{marker.reason}</Table.Td>
        <Table.Td>{marker.source}</Table.Td>
        <Table.Td>{formatDate(marker.startDate)}</Table.Td>
        <Table.Td>{formatDate(marker.reviewDate)}</Table.Td>
        <Table.Td>
          {marker.active ? (
            <Group gap="xs" wrap="nowrap">
              <Text size="sm">Active</Text>
              {canEnd && !ending && (
                <Button size="compact-xs" variant="subtle" color="red" onClick={() => setEnding(true)} aria-label={`End marker ${marker.label}`}>
                  End
                </Button>
              )}
            </Group>
          ) : (
            <Text size="sm">
              Ended {formatDateTime(marker.endedAt)}: {marker.endReason}
            </Text>
          )}
        </Table.Td>
      </Table.Tr>
      {ending && (
        <Table.Tr>
          <Table.Td colSpan={6}>
            <EndMarkerForm marker={marker} onDone={() => setEnding(false)} />
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
