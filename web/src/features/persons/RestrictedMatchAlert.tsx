import { Alert } from '@mantine/core';

/** The duplicate check found a restricted record this user may not see: say so without naming anyone. */
export function RestrictedMatchAlert() {
  return (
    <Alert color="red" title="A possible match exists that you cannot see">
      A restricted record may be this person. Ask the record owner or your supervisor before creating a new record, so the
      person is not recorded twice.
    </Alert>
  );
}
