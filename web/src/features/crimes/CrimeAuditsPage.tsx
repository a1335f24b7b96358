import { useState, type FormEvent } from 'react';
import { Anchor, Button, Checkbox, Group, NumberInput, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { fieldErrorsOf } from '../../platform/forms';
import { formatDateTime, londonDayEnd, londonDayStart, todayInLondon } from '../../platform/format';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { createAudit, formatRate, useAuditComparison, useAudits } from './crimes-api';

const GROUPS = [
  { value: 'all', label: 'All crime' }, { value: 'violence', label: 'Violence' }, { value: 'sexual', label: 'Sexual offences' },
  { value: 'rape', label: 'Rape' }, { value: 'domestic_abuse', label: 'Domestic abuse' },
];

/** The registrar's data-integrity audits: draw a sample, see past results and the change over time. */
export function CrimeAuditsPage() {
  const navigate = useNavigate();
  const audits = useAudits();
  const comparison = useAuditComparison();
  const today = todayInLondon();
  const [title, setTitle] = useState('Monthly dip sample');
  const [from, setFrom] = useState(`${today.slice(0, 8)}01`);
  const [to, setTo] = useState(today);
  const [size, setSize] = useState<number | string>(20);
  const [groups, setGroups] = useState<string[]>(['all']);
  const create = useMutation({
    mutationFn: () => createAudit({ title, from: londonDayStart(from), to: londonDayEnd(to), sampleSize: Number(size), groups }),
    onSuccess: (a) => void navigate(`/crime/audits/${a.id}`),
  });
  const errors = fieldErrorsOf(create.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <Stack>
      <Title order={2}>Crime data-integrity audits</Title>
      <Paper withBorder p="md">
        <form onSubmit={submit} aria-label="New audit">
          <Stack gap="sm">
            <Group align="flex-end">
              <TextInput label="Title" value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={errors.title} />
              <TextInput type="date" label="From" value={from} onChange={(e) => setFrom(e.currentTarget.value)} error={errors.from} />
              <TextInput type="date" label="To" value={to} onChange={(e) => setTo(e.currentTarget.value)} error={errors.to} />
              <NumberInput label="Sample size" min={1} max={500} value={size} onChange={setSize} error={errors.sampleSize} w={120} />
            </Group>
            <Checkbox.Group label="Crime groups" value={groups} onChange={setGroups}>
              <Group mt={4}>{GROUPS.map((g) => <Checkbox key={g.value} value={g.value} label={g.label} />)}</Group>
            </Checkbox.Group>
            <ProblemAlert error={create.error} />
            <Group>
              <Button type="submit" loading={create.isPending}>
                Draw sample
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <Title order={3}>Audits</Title>
      <ProblemAlert error={audits.error} />
      <Table aria-label="Audits">
        <Table.Tbody>
          {(audits.data?.items ?? []).map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>
                <Anchor component={Link} to={`/crime/audits/${a.id}`}>
                  {a.reference}
                </Anchor>
              </Table.Td>
              <Table.Td>{a.title}</Table.Td>
              <Table.Td>
                {formatDateTime(a.from)} – {formatDateTime(a.to)}
              </Table.Td>
              <Table.Td>{a.status}</Table.Td>
              <Table.Td>{formatRate(a.results[0].compliance)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={3}>Change over time</Title>
      {(comparison.data?.changes ?? []).length === 0 ? (
        <Text c="dimmed">Complete two audits to compare them.</Text>
      ) : (
        <Table aria-label="Change in compliance">
          <Table.Tbody>
            {comparison.data!.changes.map((c) => (
              <Table.Tr key={`${c.from}-${c.to}-${c.group}`}>
                <Table.Td>
                  {c.from} → {c.to}
                </Table.Td>
                <Table.Td>{c.group}</Table.Td>
                <Table.Td>
                  {(c.difference * 100).toFixed(1)} points (95% CI {(c.lower * 100).toFixed(1)} to {(c.upper * 100).toFixed(1)})
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
