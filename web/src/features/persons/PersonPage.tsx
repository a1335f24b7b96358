import { useMemo, useState } from 'react';
import { Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { api, ApiError } from '../../platform/api';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { AccessReasonForm } from './AccessReasonForm';
import { accessHeaders, PersonContext } from './person-context';
import { PersonRecord } from './PersonRecord';
import type { PersonView } from './types';

/** A person record; a restricted one first asks why the user needs to see it. */
export function PersonPage() {
  const { id = '' } = useParams();
  // The reason belongs to one record: opening another person must not reuse it.
  const [access, setAccess] = useState<{ id: string; reason: string } | null>(null);
  const accessReason = access?.id === id ? access.reason : null;
  const queryKey = useMemo(() => ['person', id, accessReason] as const, [id, accessReason]);
  const person = useQuery({
    queryKey,
    queryFn: () => api<PersonView>(`/persons/${id}`, { headers: accessHeaders(accessReason) }),
    retry: false,
  });
  const context = useMemo(
    () => (person.data ? { person: person.data, accessReason, queryKey } : null),
    [person.data, accessReason, queryKey],
  );

  const error = person.error instanceof ApiError ? person.error : null;
  if (error && (error.is('restricted-record') || (accessReason !== null && error.status === 400))) {
    return (
      <AccessReasonForm
        rejection={accessReason === null ? null : error.message}
        onSubmit={(reason) => setAccess({ id, reason })}
      />
    );
  }
  if (person.isPending) return <Loader aria-label="Loading person" />;
  if (!context) return <ProblemAlert error={person.error} />;
  return (
    <PersonContext.Provider value={context}>
      <PersonRecord key={id} />
    </PersonContext.Provider>
  );
}
