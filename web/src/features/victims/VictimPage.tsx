import { Link, useParams } from 'react-router';
import { Badge, Button, Group, List, Loader, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../platform/api';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { ContactForm } from './ContactForm';
import { EventForm } from './EventForm';
import { formatWhen, STATE_COLOURS, STATE_LABELS, useVictim } from './victims-api';

/** One victim of one crime: why enhanced or standard, the entitlement tasks, the contacts, VPS and referrals. */
export function VictimPage() {
  const { id = '' } = useParams();
  const victim = useVictim(id);
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['victims'] });
  if (victim.isPending) return <Loader aria-label="Loading" />;
  if (!victim.data) return <ProblemAlert error={victim.error} />;
  const v = victim.data;
  const offerVps = async () => { await api(`/victims/${v.id}/vps`, { body: { status: 'offered', at: new Date().toISOString() } }); refresh(); };
  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={2}>{v.person.forenames} {v.person.surname}</Title>
          <Text>Victim of {v.crime.classification} — {v.crime.reference} {v.crime.live ? '' : '(closed)'}</Text>
        </div>
        <Button component={Link} to={`/victims/${v.id}/letter`} variant="light">Victim’s letter</Button>
      </Group>
      <Paper withBorder p="md">
        <Group>
          <Badge size="lg" color={v.level === 'enhanced' ? 'grape' : 'gray'} aria-label="Entitlement level">{v.level === 'enhanced' ? 'Enhanced' : 'Standard'}</Badge>
          <Text size="sm">Victims’ Code {v.codeVersion}. Officer in the case: {v.oic.displayName}{v.oic.team ? ` (${v.oic.team})` : ''}</Text>
        </Group>
        <List size="sm" mt="xs" aria-label="Why">{v.reasons.map((r) => <List.Item key={r.code}>{r.label}</List.Item>)}</List>
        {v.contract && <Text size="sm" mt="xs">Victim contract: updates at least every {v.contract.updateIntervalDays} days by {v.contract.method.replaceAll('_', ' ')}. {v.contract.updatePoints}</Text>}
        <Text size="sm" c="dimmed">Referral: {v.referralBasis.why}</Text>
      </Paper>
      <Title order={3}>Entitlements</Title>
      <Table striped aria-label="Entitlements">
        <Table.Thead><Table.Tr><Table.Th>Entitlement</Table.Th><Table.Th>Due</Table.Th><Table.Th>State</Table.Th><Table.Th>Met</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {v.entitlements.map((e) => (
            <Table.Tr key={e.id} data-testid={`entitlement-${e.event}`}>
              <Table.Td>{e.label}</Table.Td>
              <Table.Td>{formatWhen(e.dueAt)}</Table.Td>
              <Table.Td><Badge color={STATE_COLOURS[e.state]}>{STATE_LABELS[e.state]}</Badge></Table.Td>
              <Table.Td>{e.metAt ? formatWhen(e.metAt) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {v.abilities.recordContact && <ContactForm victim={v} onSaved={refresh} />}
        <Stack>
          {v.abilities.recordEvent && <EventForm victimId={v.id} onSaved={refresh} />}
          <Paper withBorder p="md">
            <Title order={4} mb="xs">Victim Personal Statement</Title>
            {v.statements.length === 0 ? <Text size="sm">Not offered yet.</Text> : (
              <List size="sm">{v.statements.map((s) => <List.Item key={s.id}>{s.status} — {formatWhen(s.at)}</List.Item>)}</List>
            )}
            {v.abilities.recordVps && v.statements.length === 0 && <Button mt="xs" size="compact-sm" variant="light" onClick={offerVps}>Record VPS offered now</Button>}
          </Paper>
          <Paper withBorder p="md">
            <Title order={4} mb="xs">Referrals</Title>
            {v.referrals.length === 0 ? <Text size="sm">None yet.</Text> : (
              <List size="sm">{v.referrals.map((r) => <List.Item key={r.id}>{r.serviceName}: {r.status.replaceAll('_', ' ')} ({r.basis})</List.Item>)}</List>
            )}
          </Paper>
        </Stack>
      </SimpleGrid>
      <Title order={3}>Contacts</Title>
      <Table aria-label="Contacts">
        <Table.Tbody>
          {v.contacts.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>{formatWhen(c.contactedAt)}</Table.Td>
              <Table.Td>{c.method.replaceAll('_', ' ')}</Table.Td>
              <Table.Td>{c.made ? c.summary : <Text span c="red">Not made: {c.noContactReason}</Text>}</Table.Td>
              <Table.Td><Text size="xs" c="dimmed">{c.recordedBy}; counts for {c.crimeReferences.join(', ')}</Text></Table.Td>
            </Table.Tr>
          ))}
          {v.contacts.length === 0 && <Table.Tr><Table.Td>No contact recorded yet.</Table.Td></Table.Tr>}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
