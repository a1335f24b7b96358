import { Anchor, Badge, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { DefinitionList } from '../../platform/DefinitionList';
import { formatDateTime } from '../../platform/format';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { ActionList } from './ActionList';
import { AllocatePanel } from './AllocatePanel';
import { HandoverForm } from './HandoverForm';
import { RISK_COLOURS, STATUS_LABELS, useInvestigation } from './investigations-api';
import { OutcomeForm } from './OutcomeForm';
import { PlanForm } from './PlanForm';
import { ReopenForm } from './ReopenForm';
import { ReviewForm } from './ReviewForm';

const yesNo = (v: boolean | null | undefined, reason?: string | null) => (v === null || v === undefined ? null : v ? 'Yes' : `No — ${reason ?? ''}`);

/** One investigation: screening, allocation, plan, lines of enquiry, reviews, handovers and outcome, with what this user may do. */
export function InvestigationPage() {
  const { id = '' } = useParams();
  const q = useInvestigation(id);
  if (q.isPending) return <Loader aria-label="Loading" />;
  if (q.error) return <ProblemAlert error={q.error} />;
  const inv = q.data;
  return (
    <Stack>
      <div>
        <Title order={2}>
          Investigation of <Anchor component={Link} to={`/crime/${inv.crime.id}`}>{inv.crime.reference}</Anchor> · {inv.crime.classification}
        </Title>
        <Group gap="xs" mt={4}>
          <Badge aria-label="Status">{STATUS_LABELS[inv.status] ?? inv.status}</Badge>
          <Badge color={RISK_COLOURS[inv.risk]} aria-label="Risk">{inv.risk} risk</Badge>
          {inv.outcome && <Badge color="teal" aria-label="Outcome">Outcome {inv.outcome}</Badge>}
          {inv.reviewOverdue && <Badge color="red">Review overdue</Badge>}
          {inv.facts.domesticAbuse && <Badge color="orange" variant="outline">Domestic abuse</Badge>}
          {inv.facts.vulnerableVictim && <Badge color="orange" variant="outline">Vulnerable victim</Badge>}
          {inv.facts.childVictim && <Badge color="orange" variant="outline">Child victim</Badge>}
        </Group>
        {inv.riskReasons.length > 0 && <Text size="sm" c="dimmed" mt={4}>Risk: {inv.riskReasons.join('; ')}</Text>}
      </div>
      <Paper withBorder p="md">
        <DefinitionList items={[
          ['Unit', inv.team],
          ['Officer', inv.officer?.displayName],
          ['Allocated', formatDateTime(inv.allocatedAt)],
          ['Next review due', formatDateTime(inv.nextReviewDueAt)],
          ['Solvability', `${inv.screening.solvabilityScore} (${inv.screening.solvabilityFactors.join(', ') || 'none'})`],
          ['Allocation rule', inv.screening.allocationLabel],
          ['Accreditation override', inv.accreditationOverride],
          ['Summary', inv.crime.summary],
        ]} />
      </Paper>
      {inv.abilities.allocate && !inv.officer && <AllocatePanel inv={inv} />}
      {inv.plan && (
        <Paper withBorder p="md">
          <Title order={3}>Plan</Title>
          <DefinitionList items={[
            ['Summary', inv.plan.summary], ['Safeguarding', inv.plan.safeguarding], ['Victim contact', inv.plan.victimContact],
            ['Scene attended', yesNo(inv.plan.sceneAttended, inv.plan.sceneReason)], ['Body-worn video', yesNo(inv.plan.bwvCaptured, inv.plan.bwvReason)],
            ['Recorded', formatDateTime(inv.plan.recordedAt)],
          ]} />
        </Paper>
      )}
      <ActionList inv={inv} />
      {inv.abilities.plan && !inv.plan && <PlanForm inv={inv} />}
      {inv.reviews.length > 0 && (
        <Paper withBorder p="md">
          <Title order={3}>Reviews</Title>
          <Table aria-label="Reviews">
            <Table.Tbody>
              {inv.reviews.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{formatDateTime(r.reviewedAt)}</Table.Td>
                  <Table.Td>{r.reviewer.displayName}</Table.Td>
                  <Table.Td>{r.direction}</Table.Td>
                  <Table.Td>{r.late && <Badge color="red">Late</Badge>}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {inv.abilities.review && <ReviewForm inv={inv} />}
      {inv.handovers.map((h) => (
        <Text key={h.id} size="sm">Handed over {formatDateTime(h.at)} from {h.from?.displayName ?? 'unit'} to {h.to.displayName}: {h.supervisoryEntry} ({h.supervisor.displayName})</Text>
      ))}
      {inv.abilities.handover && inv.officer && <HandoverForm inv={inv} />}
      {inv.outcomes.map((o) => (
        <Paper key={o.id} withBorder p="md" aria-label={`Outcome ${o.outcome}`}>
          <Text fw={600}>Outcome {o.outcome}: {o.label}{o.reopenedAt ? ' (reopened)' : ''}</Text>
          <DefinitionList items={[
            ['Rationale', o.rationale], ['Decided', `${formatDateTime(o.decidedAt)} by ${o.decidedBy.displayName} (${o.authorityRole})`],
            ['Victim told', o.victimInformed ? `Yes, ${o.victimInformedMethod} ${formatDateTime(o.victimInformedAt)}` : o.victimNotInformedReason ? `No — ${o.victimNotInformedReason}` : null],
            ['Reopened', o.reopenedAt ? `${formatDateTime(o.reopenedAt)}: ${o.reopenReason}` : null],
          ]} />
        </Paper>
      ))}
      {inv.abilities.finalise && (inv.status === 'under_investigation' || inv.status === 'allocated' || inv.status === 'screened_out') && <OutcomeForm inv={inv} />}
      {inv.abilities.reopen && <ReopenForm inv={inv} />}
    </Stack>
  );
}
