import { Group, Button } from '@mantine/core';
import { NavLink } from 'react-router';
import { useAuth } from '../../platform/auth-context';

const LINKS = [
  { to: '/safeguarding', label: 'Dashboard', permission: 'safeguarding:stats' },
  { to: '/safeguarding/dash/new', label: 'New DASH', permission: 'safeguarding:assess' },
  { to: '/safeguarding/marac', label: 'MARAC', permission: 'safeguarding:marac' },
  { to: '/safeguarding/marac-actions', label: 'MARAC actions', permission: 'safeguarding:marac-actions' },
  { to: '/safeguarding/referrals/new', label: 'New referral', permission: 'safeguarding:refer' },
  { to: '/safeguarding/referrals', label: 'Referrals hub', permission: 'safeguarding:triage' },
  { to: '/safeguarding/notices', label: 'DVPN / DVPO', permission: 'safeguarding:read' },
  { to: '/safeguarding/dvds', label: 'Clare’s Law', permission: 'safeguarding:dvds' },
] as const;

/** Links between the safeguarding pages the user may use. */
export function SafeguardingNav() {
  const { can } = useAuth();
  return (
    <Group gap="xs" component="nav" aria-label="Safeguarding">
      {LINKS.filter((l) => can(l.permission)).map((l) => (
        <Button key={l.to} component={NavLink} to={l.to} end size="compact-sm" variant="light">
          {l.label}
        </Button>
      ))}
    </Group>
  );
}
