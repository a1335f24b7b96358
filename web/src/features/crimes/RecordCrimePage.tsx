import { useMemo } from 'react';
import { Loader, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { api } from '../../platform/api';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { useIncident } from '../incidents/incidents-api';
import type { LocationView } from '../locations/types';
import { blankDraft, draftFromIncident } from './crime-draft';
import { useIncidentCrimeRecording } from './crimes-api';
import { IncidentOrigin } from './IncidentOrigin';
import { RecordCrimeForm } from './RecordCrimeForm';
import { RecordingDecisionHelper } from './RecordingDecisionHelper';

/**
 * Keyboard-first crime recording (DESIGN §6): sensible defaults so a shoplifting with a known suspect and the store as
 * victim takes about a dozen actions. From the control room (My work → "Record the crime"), ?incidentId=&taskId= name
 * the incident, prefill the form from it and complete its crime-recording-decision task when the crime is recorded.
 */
export function RecordCrimePage() {
  const [params] = useSearchParams();
  const incidentId = params.get('incidentId');
  const taskId = params.get('taskId');
  const summary = params.get('summary');
  const now = useMemo(() => new Date(), []);
  const incident = useIncident(incidentId ?? '', Boolean(incidentId));
  const locationId = incident.data?.location.id ?? null;
  const location = useQuery({
    queryKey: ['location', locationId],
    queryFn: () => api<LocationView>(`/locations/${locationId}`),
    enabled: Boolean(locationId),
  });
  const recording = useIncidentCrimeRecording(incidentId);

  let body;
  if (!incidentId) {
    body = <RecordCrimeForm initial={blankDraft(now, summary ?? '')} incidentId={null} taskId={null} />;
  } else if (incident.error) {
    body = <ProblemAlert error={incident.error} />;
  } else if (incident.isPending || (locationId && location.isPending) || recording.isPending) {
    body = <Loader aria-label="Loading the incident" />;
  } else {
    body = (
      <RecordCrimeForm initial={draftFromIncident(incident.data, location.data ?? null, summary)} incidentId={incidentId} taskId={taskId}>
        <IncidentOrigin incident={incident.data} recording={recording.data} taskId={taskId} />
      </RecordCrimeForm>
    );
  }
  return (
    <Stack maw={900}>
      <Title order={2}>Record a crime</Title>
      <RecordingDecisionHelper />
      {body}
    </Stack>
  );
}
