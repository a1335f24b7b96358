import { useState, type FormEvent } from 'react';
import { Alert, Button, Stack, Text, Textarea, Title } from '@mantine/core';
import { useAuth } from '../../platform/auth-context';
import { fieldErrorsOf } from '../../platform/forms';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { UserPicker } from '../../platform/UserPicker';
import type { UserSummary } from '../../platform/users';
import { usePerson, usePersonAction } from './person-context';

/** Need-to-know: restrict a record to an access list (others must state a reason), or lift the restriction. */
export function RestrictionPanel() {
  const { person } = usePerson();
  const { user, can } = useAuth();
  const [reason, setReason] = useState('');
  const me: UserSummary = { id: user.id, username: user.username, displayName: user.displayName, role: user.role, team: user.team };
  const [access, setAccess] = useState<UserSummary[]>([me]);
  const change = usePersonAction((body: { reason: string; accessUserIds?: string[] }) => ({
    path: person.restricted ? '/unrestrict' : '/restrict',
    body,
  }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = person.restricted ? { reason: reason.trim() } : { reason: reason.trim(), accessUserIds: access.map((u) => u.id) };
    change.mutate(body, { onSuccess: () => setReason('') });
  };
  return (
    <form onSubmit={submit}>
      <Stack maw={640} gap="sm">
        <Title order={4}>{person.restricted ? 'Lift the restriction' : 'Restrict this record'}</Title>
        {person.restricted ? (
          <Alert color="grape" title="This record is restricted">
            <Text size="sm">Reason: {person.restrictionReason}</Text>
            <Text size="sm">
              May open it without giving a reason: {person.accessList.map((u) => u.displayName).join(', ') || 'nobody'}.
            </Text>
            <Text size="sm">Everyone else must state a reason, and every opening is audited.</Text>
          </Alert>
        ) : (
          can('users:read') && <UserPicker label="Who may open it without giving a reason" value={access} onChange={setAccess} />
        )}
        <Textarea
          label={person.restricted ? 'Why is the restriction no longer needed?' : 'Why must this record be restricted?'}
          description="At least 10 characters"
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fieldErrorsOf(change.error).reason}
        />
        <ProblemAlert error={change.error} />
        <div>
          <Button type="submit" color="grape" loading={change.isPending} disabled={!reason.trim()}>
            {person.restricted ? 'Lift restriction' : 'Restrict record'}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
