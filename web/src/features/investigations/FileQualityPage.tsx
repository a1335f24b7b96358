import { useState } from 'react';
import { Anchor, Button, Checkbox, Group, Loader, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../platform/api';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { InvestigationsNav } from './InvestigationsNav';
import { useSample, useSamples } from './investigations-api';
import type { SampleView } from './types';

const CRITERIA = [['effectiveInvestigation', 'Effective investigation'], ['victimCare', 'Victim care'], ['supervision', 'Supervision'], ['outcomeCorrect', 'Outcome correctly applied']] as const;
const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString().slice(0, 10);

/** Draw a sample of finalised files and score each against the checklist, as the 2018 inspection did. */
export function FileQualityPage() {
  const client = useQueryClient();
  const samples = useSamples();
  const [selected, setSelected] = useState<string | null>(null);
  const sample = useSample(selected);
  const [from, setFrom] = useState(daysAgo(30));
  const [to, setTo] = useState(daysAgo(0));
  const [team, setTeam] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [scores, setScores] = useState<Record<string, Record<string, boolean>>>({});
  const draw = async () => {
    setError(null);
    try {
      const created = await api<SampleView>('/file-quality-samples', { body: { from: new Date(`${from}T00:00:00Z`).toISOString(), to: new Date(`${to}T23:59:59Z`).toISOString(), size: 10, ...(team ? { team } : {}) } });
      await client.invalidateQueries({ queryKey: ['file-quality'] });
      setSelected(created.id);
    } catch (e) {
      setError(e);
    }
  };
  const score = async (s: SampleView, itemId: string, version: number) => {
    setError(null);
    const answers = scores[itemId] ?? {};
    try {
      const updated = await api<SampleView>(`/file-quality-samples/${s.id}/items/${itemId}/score`, { body: Object.fromEntries(CRITERIA.map(([k]) => [k, answers[k] ?? false])), version });
      client.setQueryData(['file-quality', s.id], updated);
      await client.invalidateQueries({ queryKey: ['file-quality'], exact: true });
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Stack>
      <Title order={2}>File quality</Title>
      <InvestigationsNav />
      <Paper withBorder p="md">
        <Group align="flex-end">
          <TextInput type="date" label="Finalised from" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
          <TextInput type="date" label="to" value={to} onChange={(e) => setTo(e.currentTarget.value)} />
          <TextInput label="Unit (optional)" value={team} onChange={(e) => setTeam(e.currentTarget.value)} />
          <Button onClick={draw}>Draw a sample of 10</Button>
        </Group>
      </Paper>
      <ProblemAlert error={error ?? samples.error} />
      {samples.isPending ? <Loader aria-label="Loading" /> : (
        <Table striped aria-label="Samples">
          <Table.Thead><Table.Tr><Table.Th>Sample</Table.Th><Table.Th>Period</Table.Th><Table.Th>Unit</Table.Th><Table.Th>Reviewed</Table.Th><Table.Th>Effective</Table.Th><Table.Th>Good victim care</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {(samples.data?.items ?? []).map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td><Anchor onClick={() => setSelected(s.id)}>{s.reference}</Anchor></Table.Td>
                <Table.Td>{s.periodFrom.slice(0, 10)} – {s.periodTo.slice(0, 10)}</Table.Td>
                <Table.Td>{s.team ?? 'All'}</Table.Td>
                <Table.Td>{s.summary.reviewed} of {s.requestedSize}</Table.Td>
                <Table.Td>{s.summary.effective} ({s.summary.effectiveRate ?? '—'}%)</Table.Td>
                <Table.Td>{s.summary.goodVictimCare} ({s.summary.victimCareRate ?? '—'}%)</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {sample.data && (
        <Paper withBorder p="md">
          <Title order={3}>{sample.data.reference}</Title>
          <Text size="sm">Population {sample.data.populationSize}; seed {sample.data.seed}.</Text>
          <Table aria-label="Sampled files">
            <Table.Tbody>
              {sample.data.items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td><Anchor component={Link} to={`/investigations/${item.investigationId}`}>{item.crimeReference}</Anchor> (outcome {item.outcome ?? '—'}, {item.team})</Table.Td>
                  {item.reviewedAt ? <Table.Td colSpan={2}>Score {item.score}/4</Table.Td> : (
                    <>
                      <Table.Td>
                        <Group gap="xs">
                          {CRITERIA.map(([k, label]) => (
                            <Checkbox key={k} label={label} checked={scores[item.id]?.[k] ?? false} onChange={(e) => setScores({ ...scores, [item.id]: { ...scores[item.id], [k]: e.currentTarget.checked } })} />
                          ))}
                        </Group>
                      </Table.Td>
                      <Table.Td><Button size="xs" onClick={() => score(sample.data, item.id, item.version)}>Score</Button></Table.Td>
                    </>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}
