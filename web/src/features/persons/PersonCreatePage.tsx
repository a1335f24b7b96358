import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../../platform/api';
import { useFields } from '../../platform/forms';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { DuplicateCandidates } from './DuplicateCandidates';
import { BLANK_PERSON, toPersonBody } from './person-fields';
import { PersonFieldset } from './PersonFieldset';
import { PHONE_TYPES } from './phone-types';
import type { DuplicateCandidate, PersonView } from './types';

/** Create a person, after checking for records that are probably the same person. */
export function PersonCreatePage() {
  const navigate = useNavigate();
  const [candidates, setCandidates] = useState<{ items: DuplicateCandidate[]; restrictedMatch: boolean } | null>(null);
  const create = useMutation({
    mutationFn: (body: Record<string, unknown>) => api<PersonView>('/persons', { body }),
    onSuccess: (person) => navigate(`/people/${person.id}`),
  });
  const check = useMutation({
    mutationFn: (body: Record<string, unknown>) => api<{ items: DuplicateCandidate[]; restrictedMatch: boolean }>('/persons/duplicate-candidates', { body }),
  });
  const { values, bind } = useFields({ ...BLANK_PERSON, phone: '', phoneType: 'mobile' }, create.error ?? check.error);

  const personBody = (): Record<string, unknown> => {
    const { phone, phoneType, ...fields } = values;
    return { ...toPersonBody(fields, true), ...(phone.trim() ? { phones: [{ number: phone.trim(), type: phoneType }] } : {}) };
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = personBody();
    const probe = {
      forenames: body.forenames,
      surname: body.surname,
      ...(body.dateOfBirth ? { dateOfBirth: body.dateOfBirth } : {}),
      ...(body.pncId ? { pncId: body.pncId } : {}),
      ...(values.phone.trim() ? { phones: [values.phone.trim()] } : {}),
    };
    check.mutate(probe, {
      onSuccess: (found) => (found.items.length > 0 || found.restrictedMatch ? setCandidates(found) : create.mutate(body)),
    });
  };

  if (candidates) {
    return (
      <DuplicateCandidates
        candidates={candidates.items}
        restrictedMatch={candidates.restrictedMatch}
        creating={create.isPending}
        error={create.error}
        onCreate={() => create.mutate(personBody())}
        onBack={() => setCandidates(null)}
      />
    );
  }
  return (
    <Stack maw={900}>
      <Title order={2}>Create person</Title>
      <Paper withBorder p="md">
        <form onSubmit={submit} aria-label="Create person">
          <Stack>
            <PersonFieldset bind={bind} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label="Phone number" type="tel" {...bind('phone')} />
              <NativeSelect label="Phone type" data={PHONE_TYPES} {...bind('phoneType')} />
            </SimpleGrid>
            <ProblemAlert error={check.error ?? create.error} />
            <Group>
              <Button type="submit" loading={check.isPending || create.isPending} disabled={!values.forenames.trim() || !values.surname.trim()}>
                Check for duplicates and create
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
