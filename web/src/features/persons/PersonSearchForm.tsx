import type { FormEvent } from 'react';
import { Button, Group, Paper, TextInput } from '@mantine/core';
import { useFields } from '../../platform/forms';

export const PERSON_FILTERS = ['q', 'dob', 'ageFrom', 'ageTo'] as const;
export type PersonFilters = Record<(typeof PERSON_FILTERS)[number], string>;

/** Free text (name, phone, PNC ID), date of birth and age range. */
export function PersonSearchForm({ initial, onSearch }: { initial: PersonFilters; onSearch: (filters: PersonFilters) => void }) {
  const { values, bind } = useFields(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(values);
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} role="search" aria-label="Search people">
        <Group align="flex-end" wrap="wrap">
          <TextInput label="Name, phone or PNC ID" autoFocus style={{ flex: '1 1 260px' }} {...bind('q')} />
          <TextInput label="Date of birth" type="date" {...bind('dob')} />
          <TextInput label="Age from" type="number" min={0} max={130} w={100} {...bind('ageFrom')} />
          <TextInput label="Age to" type="number" min={0} max={130} w={100} {...bind('ageTo')} />
          <Button type="submit">Search</Button>
        </Group>
      </form>
    </Paper>
  );
}
