import { Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useAuth } from '../../platform/auth-context';
import { api } from '../../platform/api';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { DashResult } from './DashResult';
import { DvpnApplyForm } from './DvpnApplyForm';
import { MaracReferForm } from './MaracReferForm';
import { SafeguardingNav } from './SafeguardingNav';
import { SecondaryReviewForm } from './SecondaryReviewForm';
import type { DashView } from './types';

/** One DASH assessment with what it set in motion and, for specialists, the secondary review. */
export function DashPage() {
  const { id = '' } = useParams();
  const { can } = useAuth();
  const dash = useQuery({ queryKey: ['dash', id], queryFn: () => api<DashView>(`/dash-assessments/${id}`) });
  return (
    <Stack maw={960}>
      <SafeguardingNav />
      <Title order={2}>DASH risk assessment</Title>
      {dash.isPending && <Loader aria-label="Loading assessment" />}
      <ProblemAlert error={dash.error} />
      {dash.data && <DashResult dash={dash.data} />}
      {dash.data?.review && (
        <Text size="sm">
          Secondary risk assessment: {dash.data.review.level}
          {dash.data.review.reason ? ` — ${dash.data.review.reason}` : ''}
        </Text>
      )}
      {dash.data && !dash.data.review && dash.data.abilities.secondaryReview && <SecondaryReviewForm dash={dash.data} />}
      {dash.data && dash.data.abilities.referToMarac && <MaracReferForm dash={dash.data} />}
      {dash.data?.perpetrator && dash.data.finalLevel === 'high' && can('safeguarding:dvpn') && <DvpnApplyForm dash={{ ...dash.data, perpetrator: dash.data.perpetrator }} />}
    </Stack>
  );
}
