import { useState } from 'react';
import { Button, Stack } from '@mantine/core';
import { DefinitionList } from '../../platform/DefinitionList';
import { formatDateTime } from '../../platform/format';
import { EditDetailsForm } from './EditDetailsForm';
import { GENDERS } from './person-fields';
import { usePerson } from './person-context';

/** Descriptive details, editable in place by users allowed to. */
export function DetailsPanel() {
  const { person } = usePerson();
  const [editing, setEditing] = useState(false);
  if (editing) return <EditDetailsForm onDone={() => setEditing(false)} />;
  return (
    <Stack align="flex-start">
      <DefinitionList
        items={[
          ['Forenames', person.forenames],
          ['Surname', person.surname],
          ['Gender', GENDERS.find((g) => g.value === person.gender)?.label ?? person.gender],
          ['Ethnicity', person.ethnicityLabel],
          ['PNC ID', person.pncId],
          ['Email', person.email],
          ['Height', person.heightCm ? `${person.heightCm} cm` : null],
          ['Build', person.build],
          ['Hair colour', person.hairColour],
          ['Eye colour', person.eyeColour],
          ['Distinguishing marks', person.distinguishingMarks],
          ['Notes', person.notes],
          ['Created', formatDateTime(person.createdAt)],
          ['Last changed', formatDateTime(person.updatedAt)],
        ]}
      />
      {person.abilities.edit && !person.mergedInto && (
        <Button variant="default" onClick={() => setEditing(true)}>
          Edit details
        </Button>
      )}
    </Stack>
  );
}
