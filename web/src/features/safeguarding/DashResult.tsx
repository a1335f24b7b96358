import { Alert, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { formatDateTime } from '../../platform/format';
import { RiskBadge } from './RiskBadge';
import type { DashView } from './types';

const BASIS: Record<string, string> = {
  score: 'as scored',
  professional_judgement_raised: 'raised on professional judgement',
  supervisor_lowered: 'lowered by a supervisor',
  secondary_review: 'changed at secondary risk assessment',
};

/** What the assessment decided and what it set in motion: MARAC reasons, IDVA, referrals, tasks. */
export function DashResult({ dash }: { dash: DashView }) {
  return (
    <Stack>
      <Paper withBorder p="md">
        <Group justify="space-between">
          <div>
            <Title order={3}>{dash.reference}</Title>
            <Text size="sm">
              Victim {dash.victim.name} · {dash.victim.reference} · incident {formatDateTime(dash.incidentAt)}
            </Text>
          </div>
          <Stack gap={2} align="end">
            <RiskBadge level={dash.finalLevel} />
            <Text size="sm" data-testid="dash-result-score">
              Score {dash.score} ({dash.computedLevel}); {BASIS[dash.levelBasis] ?? dash.levelBasis}
            </Text>
          </Stack>
        </Group>
        {dash.levelReason && <Text size="sm" mt="xs">Reason: {dash.levelReason}</Text>}
        {dash.victimDeclined && <Badge mt="xs" color="gray">Victim declined some questions ({dash.unanswered.length} unanswered)</Badge>}
      </Paper>
      {dash.maracReasons.length > 0 ? (
        <Alert color="red" title="Referred to MARAC" role="status">
          <List size="sm">
            {dash.maracReasons.map((r) => (
              <List.Item key={r.code}>{r.label}</List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        <Text size="sm" c="dimmed">No MARAC referral criterion applies.</Text>
      )}
      <Paper withBorder p="md">
        <Title order={4}>Routed to {dash.route.queue === 'daisu_safeguarding' ? `the DA investigation and safeguarding unit (${dash.route.team})` : 'neighbourhood / response follow-up'}</Title>
        {dash.idvaReferralId && <Text size="sm">Referred to an IDVA (contact due within 24 hours of the incident).</Text>}
        {dash.safeguardingReferralIds.length > 0 && <Text size="sm">Children’s safeguarding referral raised to the referrals hub.</Text>}
        <Title order={5} mt="sm">Tasks raised</Title>
        <List size="sm" aria-label="Tasks raised">
          {dash.tasks.map((t) => (
            <List.Item key={t.id}>
              {t.title} — due {formatDateTime(t.dueAt)}
            </List.Item>
          ))}
        </List>
      </Paper>
    </Stack>
  );
}
