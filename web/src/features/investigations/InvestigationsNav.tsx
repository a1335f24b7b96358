import { Button, Group } from '@mantine/core';
import { Link } from 'react-router';
import { useAuth } from '../../platform/auth-context';

/** Links between the investigation pages the user may open. */
export function InvestigationsNav() {
  const { can } = useAuth();
  return (
    <Group gap="xs">
      <Button component={Link} to="/investigations" variant="subtle" size="compact-sm">Investigations</Button>
      {can('investigations:caseload') && <Button component={Link} to="/investigations/caseload" variant="subtle" size="compact-sm">Caseload</Button>}
      {can('investigations:forensics') && <Button component={Link} to="/investigations/forensics" variant="subtle" size="compact-sm">Digital forensics queue</Button>}
      {can('investigations:file-quality') && <Button component={Link} to="/investigations/file-quality" variant="subtle" size="compact-sm">File quality</Button>}
    </Group>
  );
}
