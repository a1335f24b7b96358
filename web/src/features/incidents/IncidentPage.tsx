import { Alert, Badge, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { formatDateTime } from '../../platform/format';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { IncidentCrimePanel } from '../crimes/IncidentCrimePanel';
import { ClosurePanel } from './ClosurePanel';
import { DispatchPanel } from './DispatchPanel';
import { GradeBadge } from './GradeBadge';
import { GradePanel } from './GradePanel';
import { IncidentLogPanel } from './IncidentLogPanel';
import { useIncident } from './incidents-api';
import { PersonsPanel } from './PersonsPanel';
import { QuestionsPanel } from './QuestionsPanel';
import { ReviewPanel } from './ReviewPanel';
import { RiskFlags } from './RiskFlags';
import { ThrivePanel } from './ThrivePanel';
import { humanise } from './types';

/** One incident: flags first, then people, questions, THRIVE, grade, dispatch, reviews, closure and the log. */
export function IncidentPage() {
  const { id = '' } = useParams();
  const incident = useIncident(id);
  if (incident.isPending) return <Loader />;
  if (incident.error) return <ProblemAlert error={incident.error} />;
  const i = incident.data;
  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={2}>{i.reference}</Title>
          <Text size="sm">{i.typeLabel} · {humanise(i.source)} · {i.location.text ?? 'no location'} {i.location.district ? `(${i.location.district})` : ''} · logged {formatDateTime(i.createdAt)}</Text>
          <Text size="sm">{i.summary}</Text>
        </div>
        <Group>
          <Badge variant="outline" data-testid="incident-status">{humanise(i.status)}</Badge>
          <GradeBadge grade={i.grade} />
        </Group>
      </Group>
      <RiskFlags flags={i.flags} />
      <IncidentCrimePanel incident={i} />
      {i.reassessmentsDue.length > 0 && <Alert color="red" title="Re-assessment due">{i.reassessmentsDue.join(', ')}</Alert>}
      <PersonsPanel key={`p${i.version}`} incident={i} />
      <QuestionsPanel key={`q${i.questionSet?.version}`} incident={i} />
      <ThrivePanel incident={i} />
      <GradePanel key={`g${i.grade}`} incident={i} />
      <DispatchPanel incident={i} />
      <ReviewPanel incident={i} />
      <ClosurePanel incident={i} />
      <IncidentLogPanel incident={i} />
    </Stack>
  );
}
