import { useState } from 'react';
import { Badge, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { PersonPicker } from '../persons/PersonPicker';
import { personName } from '../persons/names';
import type { PickedPerson } from './crime-draft';

export type { PickedPerson } from './crime-draft';

type Props = { label: string; value: PickedPerson[]; onChange: (value: PickedPerson[]) => void; askVulnerability?: boolean };

/** Several people for one role on the crime, found by search; the officer may judge a victim vulnerable. */
export function PeoplePicker({ label, value, onChange, askVulnerability }: Props) {
  const [round, setRound] = useState(0);
  return (
    <Stack gap={4}>
      {value.map((p, i) => (
        <Group key={p.person.id} justify="space-between" wrap="wrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <Badge variant="light" style={{ flexShrink: 0 }}>{label}</Badge>
            <Text size="sm">
              {p.person.name} · {p.person.reference}
            </Text>
          </Group>
          <Group gap="xs">
            {askVulnerability && (
              <Checkbox
                size="xs"
                label="I judge this victim vulnerable"
                checked={p.officerJudgesVulnerable}
                onChange={(e) => onChange(value.map((v, j) => (j === i ? { ...v, officerJudgesVulnerable: e.currentTarget.checked } : v)))}
              />
            )}
            <Button size="compact-xs" variant="subtle" onClick={() => onChange(value.filter((_, j) => j !== i))} aria-label={`Remove ${label.toLowerCase()} ${p.person.reference}`}>
              Remove
            </Button>
          </Group>
        </Group>
      ))}
      <PersonPicker
        key={round}
        label={`Add ${label.toLowerCase()}`}
        excludeId={value[0]?.person.id ?? ''}
        onPick={(row) => {
          if (!value.some((v) => v.person.id === row.id)) onChange([...value, { person: { id: row.id, reference: row.reference, name: personName(row) }, officerJudgesVulnerable: false }]);
          setRound((r) => r + 1);
        }}
      />
    </Stack>
  );
}
