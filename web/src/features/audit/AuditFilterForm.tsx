import type { FormEvent } from 'react';
import { Button, Group, Paper, TextInput } from '@mantine/core';
import { useFields } from '../../platform/forms';

export const AUDIT_FILTERS = ['user', 'entityId', 'action', 'from', 'to'] as const;
export type AuditFilters = Record<(typeof AUDIT_FILTERS)[number], string>;

export function AuditFilterForm({ initial, onSearch }: { initial: AuditFilters; onSearch: (filters: AuditFilters) => void }) {
  const { values, bind } = useFields(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(values);
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} role="search" aria-label="Search the audit log">
        <Group align="flex-end" wrap="wrap">
          <TextInput label="User name or id" autoFocus {...bind('user')} />
          <TextInput label="Record id" w={320} {...bind('entityId')} />
          <TextInput label="Action" placeholder="e.g. read, person.updated" {...bind('action')} />
          <TextInput label="From" type="date" {...bind('from')} />
          <TextInput label="To" type="date" {...bind('to')} />
          <Button type="submit">Search</Button>
        </Group>
      </form>
    </Paper>
  );
}
