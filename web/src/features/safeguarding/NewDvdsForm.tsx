import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../platform/api';
import { fieldErrorsOf } from '../../platform/forms';
import { ProblemAlert } from '../../platform/ProblemAlert';

/** Records a police-initiated right to know, or a right to ask taken in person or by phone. */
export function NewDvdsForm() {
  const client = useQueryClient();
  const [route, setRoute] = useState('right_to_know');
  const [applicantName, setApplicantName] = useState('');
  const [applicantRelationship, setApplicantRelationship] = useState('');
  const [subjectName, setSubjectName] = useState('');
  const [concern, setConcern] = useState('');
  const create = useMutation({
    mutationFn: () => api('/dvds-applications', { body: { route, applicantName, applicantRelationship, subjectName, concern } }),
    onSuccess: () => {
      setSubjectName('');
      setConcern('');
      client.invalidateQueries({ queryKey: ['dvds'] });
    },
  });
  const errors = fieldErrorsOf(create.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} aria-label="New Clare’s Law application">
        <Stack gap="xs">
          <Title order={4}>New application</Title>
          <Group align="end">
            <NativeSelect label="Route" data={[{ value: 'right_to_know', label: 'Right to know (police-initiated)' }, { value: 'right_to_ask', label: 'Right to ask' }]} value={route} onChange={(e) => setRoute(e.currentTarget.value)} />
            <TextInput label={route === 'right_to_know' ? 'Person to be told' : 'Applicant'} value={applicantName} onChange={(e) => setApplicantName(e.currentTarget.value)} error={errors.applicantName} />
            <TextInput label="Relationship" value={applicantRelationship} onChange={(e) => setApplicantRelationship(e.currentTarget.value)} error={errors.applicantRelationship} />
            <TextInput label="Subject" value={subjectName} onChange={(e) => setSubjectName(e.currentTarget.value)} error={errors.subjectName} />
          </Group>
          <Textarea label="Concern" value={concern} onChange={(e) => setConcern(e.currentTarget.value)} error={errors.concern} />
          <ProblemAlert error={create.error} />
          <Group>
            <Button type="submit" loading={create.isPending}>Record application</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
