import { Alert } from '@mantine/core';
import { ApiError } from '../../platform/api';

/** Why sign-in failed: wrong credentials, too many attempts, or anything else. */
export function LoginError({ error }: { error: Error }) {
  if (error instanceof ApiError && error.status === 429) {
    return (
      <Alert color="red" title="Too many attempts" role="alert">
        {error.problem.detail || 'Too many failed sign-in attempts. Wait a few minutes and try again.'}
      </Alert>
    );
  }
  if (error instanceof ApiError && error.status === 401) {
    return (
      <Alert color="red" title="Wrong user name or password" role="alert">
        Check them and try again.
      </Alert>
    );
  }
  return (
    <Alert color="red" title="Could not sign in" role="alert">
      {error.message}
    </Alert>
  );
}
