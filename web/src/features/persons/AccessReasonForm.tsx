import { useState, type FormEvent } from 'react';
import { Alert, Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useNavigate } from 'react-router';

type Props = { rejection: string | null; onSubmit: (reason: string) => void };

/** Need-to-know (DESIGN §5): a restricted record opens only with a stated reason, which is audited. */
export function AccessReasonForm({ rejection, onSubmit }: Props) {
  const [reason, setReason] = useState('');
  const navigate = useNavigate();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim()) onSubmit(reason.trim());
  };
  return (
    <Paper withBorder p="lg" maw={620}>
      <form onSubmit={submit}>
        <Stack>
          <Title order={2}>This record is restricted</Title>
          <Text>
            You can open it only if you have a policing purpose. Opening it records your name, the time and your reason in the audit log, which the record’s owners review.
          </Text>
          {rejection && (
            <Alert color="red" title="The reason was not accepted" role="alert">
              {rejection}
            </Alert>
          )}
          <Textarea
            label="Reason for viewing"
            description="At least 10 characters, for example the incident or crime reference you are working on"
            required
            autoFocus
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey) submit(e);
            }}
          />
          <Stack gap="xs" align="flex-start">
            <Button type="submit" disabled={!reason.trim()}>
              Open record
            </Button>
            <Button variant="subtle" onClick={() => navigate(-1)}>
              Go back
            </Button>
          </Stack>
        </Stack>
      </form>
    </Paper>
  );
}
