import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Loader, NativeSelect, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { fieldErrorsOf } from '../../platform/forms';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { cancelCrime, useClassifications, useCrime } from './crimes-api';

/**
 * The registrar's cancellation screen (HOCR Section C): a code, a reason, and the additional verifiable
 * information; rape and serious sexual offences always need the evidence. The server decides who may.
 */
export function CancelCrimePage() {
  const { id = '' } = useParams();
  const crime = useCrime(id);
  const classifications = useClassifications();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [code, setCode] = useState('C2');
  const [reason, setReason] = useState('');
  const [avi, setAvi] = useState('');
  const [duplicateOf, setDuplicateOf] = useState('');
  const [transferTo, setTransferTo] = useState('');
  const save = useMutation({
    mutationFn: () => cancelCrime(crime.data!, {
      code, reason,
      ...(avi.trim() ? { additionalVerifiableInformation: avi.trim() } : {}),
      ...(code === 'C3' ? { duplicateOfReference: duplicateOf.trim() } : {}),
      ...(code === 'C1' ? { transferToForce: transferTo.trim() } : {}),
    }),
    onSuccess: (view) => {
      client.setQueryData(['crimes', id], view);
      void navigate(`/crime/${id}`);
    },
  });
  if (crime.isPending) return <Loader aria-label="Loading" />;
  if (crime.error) return <ProblemAlert error={crime.error} />;
  const errors = fieldErrorsOf(save.error);
  const strict = classifications.data?.items.find((c) => c.code === crime.data.classification.code)?.rape;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <Stack maw={700}>
      <Title order={2}>Cancel or transfer {crime.data.reference}</Title>
      <Alert color="yellow">
        Only the force crime registrar may cancel a crime. Give the reason and the additional verifiable information that shows no crime took place.
        {strict && ' This is a rape: the additional verifiable information is required whatever the code.'}
      </Alert>
      <form onSubmit={submit} aria-label="Cancel crime">
        <Stack gap="sm">
          <NativeSelect label="Cancellation code" value={code} onChange={(e) => setCode(e.currentTarget.value)} autoFocus
            data={(classifications.data?.cancellationCodes ?? []).map((c) => ({ value: c.code, label: `${c.code} – ${c.label}` }))} />
          <Textarea label="Reason" description="At least 20 characters" required autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason} />
          <Textarea label="Additional verifiable information" autosize minRows={3} value={avi} onChange={(e) => setAvi(e.currentTarget.value)} error={errors.additionalVerifiableInformation} />
          {code === 'C3' && <TextInput label="Duplicate of (crime reference)" value={duplicateOf} onChange={(e) => setDuplicateOf(e.currentTarget.value)} error={errors.duplicateOfReference} />}
          {code === 'C1' && <TextInput label="Transfer to force" value={transferTo} onChange={(e) => setTransferTo(e.currentTarget.value)} error={errors.transferToForce} />}
          <ProblemAlert error={save.error} />
          <Group>
            <Button type="submit" color="red" loading={save.isPending}>
              {code === 'C1' ? 'Transfer crime' : 'Cancel crime'}
            </Button>
            <Button variant="subtle" onClick={() => void navigate(`/crime/${id}`)}>
              Back
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
