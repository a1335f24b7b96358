import { useState, type FormEvent } from 'react';
import { Button, Group, TextInput } from '@mantine/core';

/** One free-text search field with a button; Enter searches. */
type Props = { name: string; label: string; initial: string; onSearch: (q: string) => void };

export function SearchBar({ name, label, initial, onSearch }: Props) {
  const [text, setText] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(text.trim());
  };
  return (
    <form onSubmit={submit} role="search" aria-label={name}>
      <Group align="flex-end">
        <TextInput label={label} autoFocus style={{ flex: '1 1 260px', maxWidth: 480 }} value={text} onChange={(e) => setText(e.currentTarget.value)} />
        <Button type="submit">Search</Button>
      </Group>
    </form>
  );
}
