import { useState } from 'react';
import { Badge, Button, CloseButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { ProblemAlert } from './ProblemAlert';
import { searchUsers, type UserSummary } from './users';

type Props = { label: string; value: UserSummary[]; onChange: (users: UserSummary[]) => void };

/** Choose several users of the force by name. */
export function UserPicker({ label, value, onChange }: Props) {
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 250);
  const results = useQuery({ queryKey: ['users', q], queryFn: () => searchUsers(q), enabled: q.length >= 2 });
  const chosen = new Set(value.map((u) => u.id));
  const items = (results.data?.items ?? []).filter((u) => !chosen.has(u.id));
  return (
    <Stack gap={4}>
      <Group gap={4}>
        {value.map((u) => (
          <Badge key={u.id} variant="light" rightSection={<CloseButton size="xs" aria-label={`Remove ${u.displayName}`} onClick={() => onChange(value.filter((v) => v.id !== u.id))} />}>
            {u.displayName}
          </Badge>
        ))}
      </Group>
      <TextInput label={label} placeholder="Name or user name" value={text} onChange={(e) => setText(e.currentTarget.value)} />
      <ProblemAlert error={results.error} />
      {items.map((u) => (
        <Button
          key={u.id}
          variant="subtle"
          justify="flex-start"
          size="compact-sm"
          onClick={() => {
            onChange([...value, u]);
            setText('');
          }}
        >
          {u.displayName}
          <Text span size="xs" c="dimmed" ml={6}>
            {u.username}
          </Text>
        </Button>
      ))}
    </Stack>
  );
}
