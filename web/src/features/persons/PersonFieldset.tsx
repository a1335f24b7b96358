import { NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { ChangeEvent } from 'react';
import { GENDERS, type PersonFields } from './person-fields';
import { useEthnicities } from './persons-api';

type Bind = (name: keyof PersonFields) => {
  name: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => void;
  error: string | undefined;
};

/** The descriptive fields of a person, shared by the create and edit forms. */
export function PersonFieldset({ bind }: { bind: Bind }) {
  const ethnicities = useEthnicities();
  const ethnicityOptions = [
    { value: '', label: ethnicities.isPending ? 'Loading…' : 'Not stated' },
    ...(ethnicities.data?.items ?? []).map((e) => ({ value: e.code, label: e.label })),
  ];
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Forenames" required autoFocus autoComplete="off" {...bind('forenames')} />
        <TextInput label="Surname" required autoComplete="off" {...bind('surname')} />
        <TextInput label="Date of birth" type="date" {...bind('dateOfBirth')} />
        <NativeSelect label="Gender" data={GENDERS} {...bind('gender')} />
        <NativeSelect label="Ethnicity" data={ethnicityOptions} {...bind('ethnicity')} />
        <TextInput label="PNC ID" placeholder="e.g. 01/123456A" autoComplete="off" {...bind('pncId')} />
        <TextInput label="Email" type="email" autoComplete="off" {...bind('email')} />
        <TextInput label="Height (cm)" type="number" min={30} max={250} {...bind('heightCm')} />
        <TextInput label="Build" {...bind('build')} />
        <TextInput label="Hair colour" {...bind('hairColour')} />
        <TextInput label="Eye colour" {...bind('eyeColour')} />
        <TextInput label="Distinguishing marks" {...bind('distinguishingMarks')} />
      </SimpleGrid>
      <Textarea label="Notes" autosize minRows={2} {...bind('notes')} />
    </>
  );
}
