import { useState, type FormEvent } from 'react';
import { Anchor, Button, Group, Paper, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { fieldErrorsOf } from '../../platform/forms';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { MY_TASKS_KEY } from '../work/task-queries';
import { linkCrimeToIncident } from './crimes-api';
import type { CrimeView } from './types';

/**
 * The control-room incident the crime came from, one click away; a crime recorded without it (a walk-in who had also
 * phoned) is linked here by the incident's reference, which completes the incident's open recording decision.
 */
export function CrimeIncidentLink({ crime }: { crime: CrimeView }) {
  const client = useQueryClient();
  const [reference, setReference] = useState('');
  const link = useMutation({
    mutationFn: () => linkCrimeToIncident(crime, reference.trim()),
    onSuccess: (updated) => {
      client.setQueryData(['crimes', crime.id], updated);
      void client.invalidateQueries({ queryKey: ['crimes', 'of-incident'] });
      void client.invalidateQueries({ queryKey: MY_TASKS_KEY });
    },
  });
  if (crime.incident) {
    return (
      <Text size="sm" data-testid="crime-incident">
        From incident{' '}
        <Anchor component={Link} to={`/incidents/${crime.incident.id}`} fw={600}>
          {crime.incident.reference}
        </Anchor>
      </Text>
    );
  }
  if (!crime.abilities.linkIncident) return null;
  const errors = fieldErrorsOf(link.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    link.mutate();
  };
  return (
    <Paper withBorder p="sm">
      <form onSubmit={submit} aria-label="Link to an incident">
        <Group align="flex-end" gap="xs" wrap="wrap">
          <TextInput
            label="Came from a control-room incident? Its reference"
            placeholder="HT/INC/261123/0007"
            value={reference}
            onChange={(e) => setReference(e.currentTarget.value)}
            error={errors.incidentReference}
            style={{ flex: '1 1 240px' }}
          />
          <Button type="submit" variant="light" loading={link.isPending} disabled={!reference.trim()}>
            Link to incident
          </Button>
        </Group>
        {!errors.incidentReference && <ProblemAlert error={link.error} />}
      </form>
    </Paper>
  );
}
