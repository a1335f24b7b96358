import { useState } from 'react';
import { Button, Group, Paper, Select, TextInput, Title } from '@mantine/core';
import { api, ApiError } from '../../platform/api';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { EVENTS } from './victims-api';

/** An investigation event the victim must be told of: the server sets the due time by the Code (1 or 5 working days). */
export function EventForm({ victimId, onSaved }: { victimId: string; onSaved: () => void }) {
  const [event, setEvent] = useState<string | null>('arrest');
  const [when, setWhen] = useState('');
  const [error, setError] = useState<unknown>(null);
  const fields = error instanceof ApiError ? error.fieldErrors() : {};
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      await api(`/victims/${victimId}/events`, { body: { event, occurredAt: when ? new Date(when).toISOString() : undefined } });
      setWhen('');
      onSaved();
    } catch (err) {
      setError(err);
    }
  }
  return (
    <Paper withBorder p="md">
      <Title order={4} mb="xs">Something the victim must be told</Title>
      <form onSubmit={submit}>
        <Group align="end">
          <Select label="Event" data={EVENTS.map(([value, label]) => ({ value, label }))} value={event} onChange={setEvent} error={fields.event} w={240} />
          <TextInput type="datetime-local" label="When it happened" value={when} onChange={(e) => setWhen(e.currentTarget.value)} error={fields.occurredAt} />
          <Button type="submit" variant="light">Start the clock</Button>
        </Group>
        <ProblemAlert error={error} />
      </form>
    </Paper>
  );
}
