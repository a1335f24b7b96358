import { useState } from 'react';
import { Button, Checkbox, Group, Paper, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useNavigate, useSearchParams } from 'react-router';
import { api } from '../../platform/api';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { SOLVABILITY } from './investigations-api';
import type { InvestigationView } from './types';

const THRIVE = ['threat', 'harm', 'risk', 'investigation', 'vulnerability', 'engagement'] as const;

/**
 * Screening a recorded crime by its reference: THRIVE judgements and solvability factors (STANDARDS §6). From the
 * crime page ("Screen for investigation", ?screen=<reference>) the crime is already chosen.
 */
export function ScreenCrimeForm() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const chosen = params.get('screen')?.trim() ?? '';
  const [reference, setReference] = useState(chosen);
  const [thrive, setThrive] = useState<Record<string, string | null>>({});
  const [factors, setFactors] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const found = await api<{ items: { id: string; reference: string }[] }>(`/crimes?reference=${encodeURIComponent(reference.trim())}&limit=1`);
      const crime = found.items.find((c) => c.reference === reference.trim());
      if (!crime) throw new Error(`No crime ${reference.trim()} in your force.`);
      const existing = await api<{ items: { id: string }[] }>(`/investigations?crimeId=${crime.id}&limit=1`);
      if (existing.items[0]) return navigate(`/investigations/${existing.items[0].id}`);
      const inv = await api<InvestigationView>('/investigations', {
        body: { crimeId: crime.id, thrive: Object.fromEntries(Object.entries(thrive).filter(([, v]) => v)), solvability: factors },
      });
      navigate(`/investigations/${inv.id}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper component="section" withBorder p="md" aria-label="Screen a crime" bg={chosen ? 'blue.0' : undefined}>
      <Stack>
        <Title order={3}>{chosen ? `Screen ${chosen} for investigation` : 'Screen a crime'}</Title>
        <TextInput label="Crime reference" placeholder="HT/26/000123" value={reference} onChange={(e) => setReference(e.currentTarget.value)} maw={260} />
        <SimpleGrid cols={{ base: 2, sm: 6 }}>
          {THRIVE.map((t) => (
            <Select key={t} label={`THRIVE ${t}`} data={['low', 'medium', 'high']} value={thrive[t] ?? null} onChange={(v) => setThrive({ ...thrive, [t]: v })} clearable />
          ))}
        </SimpleGrid>
        <Checkbox.Group label="Solvability factors (lines of enquiry)" value={factors} onChange={setFactors}>
          <Group mt={4}>{SOLVABILITY.map(([value, label]) => <Checkbox key={value} value={value} label={label} />)}</Group>
        </Checkbox.Group>
        <ProblemAlert error={error} />
        <Button loading={busy} disabled={!reference.trim()} onClick={submit} w="fit-content">Screen</Button>
      </Stack>
    </Paper>
  );
}
