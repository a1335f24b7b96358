import { Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../platform/api';
import { useAuth } from '../../platform/auth-context';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { SafeguardingNav } from './SafeguardingNav';
import { StatTile } from './StatTile';
import type { Dashboard } from './types';

const pct = (v: number | null) => (v === null ? '–' : `${v}%`);

/** The DA dashboard over the last 12 months (STANDARDS §14 rates; §17 F16, F17). */
export function SafeguardingHomePage() {
  const { can } = useAuth();
  const board = useQuery({ queryKey: ['da-dashboard'], queryFn: () => api<Dashboard>('/safeguarding/dashboard'), enabled: can('safeguarding:stats') });
  const d = board.data;
  return (
    <Stack maw={1100}>
      <SafeguardingNav />
      <Title order={2}>Domestic abuse and safeguarding</Title>
      {!can('safeguarding:stats') && <Text>Choose a page above.</Text>}
      {board.isLoading && <Loader aria-label="Loading dashboard" />}
      <ProblemAlert error={board.error} />
      {d && (
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <StatTile label="DASH assessments (12 months)" value={d.dash.assessments} note={`high ${d.dash.byLevel.high ?? 0} · medium ${d.dash.byLevel.medium ?? 0} · standard ${d.dash.byLevel.standard ?? 0}`} />
          <StatTile label="Repeat victims" value={d.dash.repeatVictims} />
          <StatTile label="Arrest rate where a power existed" value={pct(d.positiveAction.arrestRate)} note={`high risk ${pct(d.positiveAction.highRiskArrestRate)}; no-arrest reasons: ${Object.entries(d.positiveAction.noArrestReasons).map(([k, v]) => `${k.replace(/_/g, ' ')} ${v}`).join(', ') || 'none'}`} />
          <StatTile label="DA charge rate" value={pct(d.charges.chargeRate)} note={`${d.charges.charged} charged of ${d.charges.finalised} finalised DA crimes (${d.charges.daCrimes} recorded)`} />
          <StatTile label="MARAC referrals" value={d.marac.referrals} note={`repeat rate ${pct(d.marac.repeatRate)}`} />
          <StatTile label="IDVA contact within 24 h" value={pct(d.idva.withinTargetRate)} note={`${d.idva.contactedWithin24h} of ${d.idva.referred} referred`} />
          <StatTile label="DVPNs / DVPOs" value={`${d.notices.dvpnAuthorised} / ${d.notices.dvpoMade}`} note={`${d.notices.breaches} breaches`} />
          <StatTile label="Clare’s Law: ask / know" value={`${d.dvds.rightToAsk} / ${d.dvds.rightToKnow}`} note={`${d.dvds.disclosures} disclosures; ${d.dvds.closedWithinLimit} of ${d.dvds.closed} closed within 28 days; ${d.dvds.overdue} overdue`} />
          <StatTile label="Safeguarding referrals" value={d.safeguardingReferrals.raised} note={`${d.safeguardingReferrals.awaitingTriage} awaiting triage, ${d.safeguardingReferrals.overdue} overdue`} />
        </SimpleGrid>
      )}
    </Stack>
  );
}
