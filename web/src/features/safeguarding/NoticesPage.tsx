import { Badge, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { formatDateTime } from '../../platform/format';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { ShowMore } from '../../platform/ShowMore';
import { usePagedList } from '../../platform/paged';
import { NoticeActions } from './NoticeActions';
import { SafeguardingNav } from './SafeguardingNav';
import type { Notice } from './types';

const STATUS: Record<string, string> = {
  awaiting_authorisation: 'Awaiting superintendent', authorised: 'Authorised – to serve', refused: 'Refused', served: 'Served – hearing due',
  order_made: 'DVPO in force', order_refused: 'DVPO refused', order_expired: 'DVPO expired',
};

/** DVPNs and DVPOs: authorisation, the 48-hour hearing clock, the order and its expiry, breaches. */
export function NoticesPage() {
  const notices = usePagedList<Notice>(['notices'], '/protection-notices', {}, 25);
  return (
    <Stack maw={1000}>
      <SafeguardingNav />
      <Title order={2}>DVPN / DVPO</Title>
      <Text size="sm" c="dimmed">Apply for a DVPN from a high-risk DASH assessment; a superintendent authorises it. The DVPO hearing is due within 48 hours of serving, not counting Sundays and bank holidays.</Text>
      {notices.isPending && <Loader aria-label="Loading notices" />}
      <ProblemAlert error={notices.error} />
      {notices.isSuccess && <Text fw={600} aria-live="polite">{notices.total === 0 ? 'No notices yet.' : `${notices.total} ${notices.total === 1 ? 'notice' : 'notices'}`}</Text>}
      {notices.items.map((n) => (
        <Paper key={n.id} withBorder p="md">
          <Group justify="space-between" align="start">
            <div>
              <Text fw={700}>{n.reference} · {n.perpetrator.name} (protecting {n.victim.name})</Text>
              <Text size="sm">{n.grounds}</Text>
              {n.conditions.length > 0 && <Text size="xs">Conditions: {n.conditions.join('; ')}</Text>}
            </div>
            <Stack gap={2} align="end">
              <Badge color={n.status === 'order_made' ? 'red' : n.status === 'served' ? 'orange' : 'gray'}>{STATUS[n.status] ?? n.status}</Badge>
              {n.hearingDueAt && !n.hearingAt && <Text size="xs">Hearing due {formatDateTime(n.hearingDueAt)}</Text>}
              {n.orderExpiresAt && <Text size="xs">Order ({n.orderDays} days) expires {formatDateTime(n.orderExpiresAt)}</Text>}
              {n.breaches.length > 0 && <Text size="xs" c="red">{n.breaches.length} breach{n.breaches.length > 1 ? 'es' : ''}</Text>}
            </Stack>
          </Group>
          <NoticeActions notice={n} />
        </Paper>
      ))}
      <ShowMore list={notices} />
    </Stack>
  );
}
