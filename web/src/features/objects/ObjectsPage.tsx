import { Anchor, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useAuth } from '../../platform/auth-context';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { SearchBar } from '../../platform/SearchBar';
import { useSearchPages } from '../../platform/paged';
import { MoreResults } from '../../platform/ShowMore';
import type { ObjectView } from './types';

/** Find vehicles, phones, weapons and property by VRM or serial number. */
export function ObjectsPage() {
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const results = useSearchPages<ObjectView>(['objects', 'search'], '/objects', { q }, 50, q.length > 0);
  const items = results.items;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Objects</Title>
        {can('objects:write') && (
          <Button component={Link} to="/objects/new">
            Create object
          </Button>
        )}
      </Group>
      <SearchBar key={q} name="Find objects" label="VRM or serial number" initial={q} onSearch={(next) => setParams(next ? { q: next } : {})} />
      {results.isFetching && !results.isFetchingNextPage && <Loader size="sm" aria-label="Searching" />}
      <ProblemAlert error={results.error} />
      {q && results.isSuccess && items.length === 0 && <Text c="dimmed">No objects match “{q}”.</Text>}
      {items.length > 0 && (
        <Table striped aria-label="Objects found">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Object</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th>Reference</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((o) => (
              <Table.Tr key={o.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/objects/${o.id}`}>
                    {o.label}
                  </Anchor>
                </Table.Td>
                <Table.Td tt="capitalize">{o.kind}</Table.Td>
                <Table.Td>{o.reference}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <MoreResults list={results} />
    </Stack>
  );
}
