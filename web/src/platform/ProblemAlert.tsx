import { Alert } from '@mantine/core';
import { ApiError } from './api';

/** Shows a failed request the way the server explained it. */
export function ProblemAlert({ error, title }: { error: unknown; title?: string }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const heading = title ?? (error instanceof ApiError ? error.problem.title : 'Something went wrong');
  return (
    <Alert color="red" title={heading} role="alert">
      {message}
    </Alert>
  );
}
