import { useState } from 'react';
import { Badge, Button, Group, Paper, Radio, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { act, useCandidates } from './investigations-api';
import type { InvestigationView } from './types';
import { useSave } from './useSave';

/** Allocation with each candidate's live caseload; a non-accredited choice on a high-risk DA, rape or child case needs an override reason (F11). */
export function AllocatePanel({ inv }: { inv: InvestigationView }) {
  const candidates = useCandidates(inv.id, true);
  const [officerId, setOfficerId] = useState<string>('');
  const [reason, setReason] = useState('');
  const { save, error, busy, fieldErrors } = useSave();
  const chosen = candidates.data?.items.find((c) => c.id === officerId);
  const needsOverride = Boolean(candidates.data?.accreditedInvestigatorNeeded && chosen && !chosen.accredited);
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={3}>Allocate</Title>
        <Text size="sm">
          Proposed unit: <b>{inv.team}</b> ({inv.screening.allocationLabel})
        </Text>
        {candidates.data?.accreditedInvestigatorNeeded && (
          <Text size="sm" c="orange">This case needs an investigator accredited at PIP2 or as a specialist.</Text>
        )}
        <ProblemAlert error={candidates.error} />
        {candidates.data && (
          <Radio.Group value={officerId} onChange={setOfficerId} label={`Officers (${candidates.data.team})`}>
            <Table striped>
              <Table.Thead>
                <Table.Tr><Table.Th /><Table.Th>Officer</Table.Th><Table.Th>Team</Table.Th><Table.Th>Live caseload</Table.Th><Table.Th>High risk</Table.Th><Table.Th>Accredited</Table.Th></Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {candidates.data.items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td><Radio value={c.id} aria-label={`Choose ${c.displayName}`} /></Table.Td>
                    <Table.Td>{c.displayName}</Table.Td>
                    <Table.Td>{c.team}</Table.Td>
                    <Table.Td>{c.openCaseload}</Table.Td>
                    <Table.Td>{c.highRisk}</Table.Td>
                    <Table.Td>{c.accredited ? <Badge color="green">Yes</Badge> : <Badge color="gray">No</Badge>}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Radio.Group>
        )}
        {needsOverride && (
          <Textarea label="Supervisor override reason" value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={fieldErrors.overrideReason} autosize minRows={2} />
        )}
        <ProblemAlert error={error} />
        <Group>
          <Button loading={busy} disabled={!officerId} onClick={() => save(() => act(inv, 'allocate', { officerId, ...(needsOverride ? { overrideReason: reason } : {}) }))}>
            Allocate to officer
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
