import { useState } from 'react';
import { Link } from 'react-router';
import { Badge, Button, Group, Loader, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, query } from '../../platform/api';
import { useAuth } from '../../platform/auth-context';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { ShowMore } from '../../platform/ShowMore';
import { formatWhen, useCandidates, useMyVictims } from './victims-api';

type CrimeHit = { items: { id: string; reference: string }[] };

/** Victim care home: find a crime's victims to assess, and the officer's own victims with what is due next. */
export function VictimsPage() {
  const { can } = useAuth();
  const [reference, setReference] = useState('');
  const [submitted, setSubmitted] = useState('');
  const crime = useQuery({
    queryKey: ['crimes', 'by-reference', submitted],
    queryFn: () => api<CrimeHit>(`/crimes${query({ reference: submitted, limit: 1 })}`),
    enabled: submitted !== '',
  });
  const crimeId = crime.data?.items[0]?.id ?? null;
  const candidates = useCandidates(crimeId);
  const mine = useMyVictims();
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Victim care</Title>
        {can('victims:dashboard') && <Button component={Link} to="/victims/dashboard" variant="light">Compliance dashboard</Button>}
      </Group>
      <Paper withBorder p="md">
        <form onSubmit={(e) => { e.preventDefault(); setSubmitted(reference.trim()); }}>
          <Group align="end">
            <TextInput label="Crime reference" placeholder="HT/26/000123" value={reference} onChange={(e) => setReference(e.currentTarget.value)} w={260} />
            <Button type="submit">Find victims</Button>
          </Group>
        </form>
        <ProblemAlert error={crime.error ?? candidates.error} />
        {submitted && crime.data && !crimeId && <Text mt="sm">No crime {submitted} in your force.</Text>}
        {candidates.data && (
          <Table mt="sm" aria-label="Victims of the crime">
            <Table.Tbody>
              {candidates.data.items.map((c) => (
                <Table.Tr key={c.crimePersonId}>
                  <Table.Td>{c.person.forenames} {c.person.surname} <Text span c="dimmed" size="sm">{c.person.reference}</Text></Table.Td>
                  <Table.Td>
                    {c.victimId
                      ? <Button component={Link} to={`/victims/${c.victimId}`} size="compact-sm" variant="light">Open victim record</Button>
                      : <Button component={Link} to={`/victims/assess/${c.crimePersonId}${query({ crimeId: candidates.data.crime.id })}`} size="compact-sm">Assess needs</Button>}
                  </Table.Td>
                </Table.Tr>
              ))}
              {candidates.data.items.length === 0 && <Table.Tr><Table.Td>This crime has no named victim.</Table.Td></Table.Tr>}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <Group gap="sm" align="baseline">
        <Title order={3}>My victims</Title>
        {mine.isSuccess && <Text c="dimmed" aria-live="polite">{mine.total} in all</Text>}
      </Group>
      <ProblemAlert error={mine.error} />
      {mine.isPending ? <Loader aria-label="Loading" /> : (
        <Table striped aria-label="My victims">
          <Table.Thead><Table.Tr><Table.Th>Victim</Table.Th><Table.Th>Crime</Table.Th><Table.Th>Entitlement</Table.Th><Table.Th>Next due</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {mine.items.map((v) => (
              <Table.Tr key={v.id}>
                <Table.Td><Link to={`/victims/${v.id}`}>{v.person.forenames} {v.person.surname}</Link></Table.Td>
                <Table.Td>{v.crime.reference} <Text span size="sm" c="dimmed">{v.crime.classification}</Text></Table.Td>
                <Table.Td><Badge color={v.level === 'enhanced' ? 'grape' : 'gray'}>{v.level}</Badge></Table.Td>
                <Table.Td c={v.nextDueAt && new Date(v.nextDueAt) < new Date() ? 'red' : undefined}>{v.nextDueAt ? formatWhen(v.nextDueAt) : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ShowMore list={mine} />
    </Stack>
  );
}
