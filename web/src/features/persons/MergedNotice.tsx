import { Alert, Anchor } from '@mantine/core';
import { Link } from 'react-router';

/** A merged duplicate stays readable for history but points to the record that carries on. */
export function MergedNotice({ into }: { into: { id: string; reference: string } }) {
  return (
    <Alert color="gray" title="This record was merged" role="status" data-testid="merged-notice">
      It was found to be a duplicate and merged into{' '}
      <Anchor component={Link} to={`/people/${into.id}`} inherit>
        {into.reference}
      </Anchor>
      . Record new information there.
    </Alert>
  );
}
