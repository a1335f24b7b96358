import { useState, type KeyboardEvent } from 'react';
import { Button, Kbd, Loader, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure, useHotkeys } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useAuth } from '../../platform/auth-context';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { searchPersons } from './persons-api';
import { PersonOption } from './PersonOption';

/** Header search for people, opened by click or Ctrl+K; arrows move, Enter opens. */
export function GlobalSearch() {
  const [opened, { open, close }] = useDisclosure(false);
  const [text, setText] = useState('');
  const [selected, setSelected] = useState(0);
  const [debounced] = useDebouncedValue(text.trim(), 250);
  const navigate = useNavigate();
  const allowed = useAuth().can('persons:read');
  useHotkeys([['mod+K', () => allowed && open()]], []);
  const results = useQuery({
    queryKey: ['person-search', 'global', debounced],
    queryFn: () => searchPersons({ q: debounced, limit: 10 }),
    enabled: allowed && opened && debounced.length >= 2,
    placeholderData: keepPreviousData,
  });
  const items = debounced.length >= 2 ? (results.data?.items ?? []) : [];

  const openPerson = (id: string) => {
    close();
    setText('');
    navigate(`/people/${id}`);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setSelected((i) => Math.min(i + 1, items.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setSelected((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && items[selected]) {
      event.preventDefault();
      openPerson(items[selected].id);
    }
  };

  if (!allowed) return null;
  return (
    <>
      <Button
        variant="default"
        onClick={open}
        aria-keyshortcuts="Control+K"
        rightSection={<Kbd size="xs">Ctrl K</Kbd>}
        style={{ flex: '0 1 320px', minWidth: 0 }}
        justify="space-between"
      >
        Search people
      </Button>
      <Modal opened={opened} onClose={close} title="Search people" size="lg" yOffset="8vh">
        <Stack gap="sm">
          <TextInput
            label="Name, date of birth, phone or PNC ID"
            placeholder="e.g. Jon Smyth 1985"
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setSelected(0);
            }}
            onKeyDown={onKeyDown}
            rightSection={results.isFetching ? <Loader size="xs" /> : null}
            data-autofocus
            aria-controls="global-search-results"
          />
          <ProblemAlert error={results.error} />
          {debounced.length >= 2 && results.isSuccess && !results.isPlaceholderData && items.length === 0 && (
            <Text c="dimmed" size="sm">
              No people match “{debounced}”.
            </Text>
          )}
          {items.length > 0 && (
            <ul id="global-search-results" role="listbox" aria-label="People found" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {items.map((row, index) => (
                <PersonOption
                  key={row.id}
                  row={row}
                  selected={index === selected}
                  onOpen={() => openPerson(row.id)}
                  onHover={() => setSelected(index)}
                />
              ))}
            </ul>
          )}
        </Stack>
      </Modal>
    </>
  );
}
