import { Anchor, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useAuth } from '../../platform/auth-context';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { SearchBar } from '../../platform/SearchBar';
import { useSearchPages } from '../../platform/paged';
import { MoreResults } from '../../platform/ShowMore';
import type { LocationView } from './types';

/** Find locations by postcode, street or town. */
export function LocationsPage() {
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const results = useSearchPages<LocationView>(['locations', 'search'], '/locations', { q }, 50, q.length > 0);
  const items = results.items;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Locations</Title>
        {can('locations:write') && (
          <Button component={Link} to="/locations/new">
            Create location
          </Button>
        )}
      </Group>
      <SearchBar key={q} name="Find locations" label="Postcode, street or town" initial={q} onSearch={(next) => setParams(next ? { q: next } : {})} />
      {results.isFetching && !results.isFetchingNextPage && <Loader size="sm" aria-label="Searching" />}
      <ProblemAlert error={results.error} />
      {q && results.isSuccess && items.length === 0 && <Text c="dimmed">No locations match “{q}”.</Text>}
      {items.length > 0 && (
        <Table striped aria-label="Locations found">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Address</Table.Th>
              <Table.Th>Reference</Table.Th>
              <Table.Th>District / beat</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((l) => (
              <Table.Tr key={l.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/locations/${l.id}`}>
                    {l.label}
                  </Anchor>
                </Table.Td>
                <Table.Td>{l.reference}</Table.Td>
                <Table.Td>{[l.district, l.beat].filter(Boolean).join(' / ')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <MoreResults list={results} />
    </Stack>
  );
}
