import { useState, type FormEvent } from 'react';
import { Anchor, Badge, Button, Group, Loader, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useAuth } from '../../platform/auth-context';
import { DistrictSelect } from '../../platform/DistrictSelect';
import { formatDateTime } from '../../platform/format';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { ShowMore } from '../../platform/ShowMore';
import { FLAG_LABELS, useClassifications, useCrimes, type CrimeFilters } from './crimes-api';
import { TimelinessTile } from './TimelinessTile';

/** Crime search by reference, class, district, status and flags, newest first, with the timeliness tile. */
export function CrimesPage() {
  const { can } = useAuth();
  const classifications = useClassifications();
  const [draft, setDraft] = useState<CrimeFilters>({});
  const [filters, setFilters] = useState<CrimeFilters>({});
  const crimes = useCrimes(filters);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFilters(Object.fromEntries(Object.entries(draft).filter(([, v]) => v)));
  };
  const options = [...(classifications.data?.items ?? [])].sort((a, b) => a.description.localeCompare(b.description));
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Crime</Title>
        <Group>
          {can('crimes:audit') && (
            <Button variant="light" component={Link} to="/crime/audits">
              Data-integrity audits
            </Button>
          )}
          {can('crimes:record') && (
            <Button component={Link} to="/crime/new">
              Record a crime
            </Button>
          )}
        </Group>
      </Group>
      <TimelinessTile />
      <form onSubmit={submit} aria-label="Find crimes">
        <Group align="flex-end">
          <TextInput label="Reference" placeholder="HT/26/000123" value={draft.reference ?? ''} onChange={(e) => setDraft({ ...draft, reference: e.currentTarget.value })} />
          <NativeSelect label="Offence" value={draft.classification ?? ''} onChange={(e) => setDraft({ ...draft, classification: e.currentTarget.value })}
            data={[{ value: '', label: 'Any' }, ...options.map((c) => ({ value: c.code, label: `${c.description} (${c.code})` }))]} />
          <DistrictSelect value={draft.district ?? ''} onChange={(district) => setDraft({ ...draft, district })} />
          <NativeSelect label="Status" value={draft.status ?? ''} onChange={(e) => setDraft({ ...draft, status: e.currentTarget.value })}
            data={[{ value: '', label: 'Any' }, { value: 'recorded', label: 'Recorded' }, { value: 'cancelled', label: 'Cancelled' }, { value: 'transferred', label: 'Transferred' }]} />
          <NativeSelect label="Flag" value={draft.flags ?? ''} onChange={(e) => setDraft({ ...draft, flags: e.currentTarget.value })}
            data={[{ value: '', label: 'Any' }, ...Object.entries(FLAG_LABELS).map(([value, label]) => ({ value, label }))]} />
          <Button type="submit">Search</Button>
        </Group>
      </form>
      {crimes.isFetching && !crimes.isFetchingNextPage && <Loader size="sm" aria-label="Searching" />}
      <ProblemAlert error={crimes.error} />
      {crimes.isSuccess && crimes.total === 0 && <Text c="dimmed">No crimes match.</Text>}
      {crimes.isSuccess && crimes.total > 0 && <Text fw={600} aria-live="polite">{crimes.total} {crimes.total === 1 ? 'crime' : 'crimes'}</Text>}
      {crimes.isSuccess && crimes.items.length > 0 && (
        <Table striped aria-label="Crimes">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Reference</Table.Th>
              <Table.Th>Offence</Table.Th>
              <Table.Th>Committed</Table.Th>
              <Table.Th>District</Table.Th>
              <Table.Th>Status and flags</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {crimes.items.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/crime/${c.id}`}>
                    {c.reference}
                  </Anchor>
                </Table.Td>
                <Table.Td>{c.classification.description}</Table.Td>
                <Table.Td>{formatDateTime(c.committedFrom)}</Table.Td>
                <Table.Td>{c.district}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {c.status !== 'recorded' && <Badge color="gray">{c.status}</Badge>}
                    {c.flags.map((f) => (
                      <Badge key={f} size="xs" variant="outline">
                        {FLAG_LABELS[f] ?? f}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ShowMore list={crimes} />
    </Stack>
  );
}
