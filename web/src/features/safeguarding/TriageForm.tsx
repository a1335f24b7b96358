import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../platform/api';
import { fieldErrorsOf } from '../../platform/forms';
import { ProblemAlert } from '../../platform/ProblemAlert';
import type { SafeguardingReferral } from './types';

const OUTCOMES = [
  { value: 'no_further_action', label: 'No further action' }, { value: 'early_help', label: 'Early help' },
  { value: 'child_in_need_s17', label: 'Child in need (s.17)' }, { value: 'strategy_discussion_s47', label: 'Strategy discussion (s.47)' },
  { value: 'adult_services_s42', label: 'Adult services enquiry (s.42)' }, { value: 'advice_given', label: 'Advice given' },
];

/** Hub triage (RAG and agency), then the MASH outcome. */
export function TriageForm({ referral }: { referral: SafeguardingReferral }) {
  const client = useQueryClient();
  const [rag, setRag] = useState(referral.suggestedRag);
  const [agency, setAgency] = useState(referral.subjectKind === 'child' ? "Children's Services (MASH)" : 'Adult Care Services');
  const [outcome, setOutcome] = useState(OUTCOMES[0].value);
  const act = useMutation({
    mutationFn: () => referral.abilities.triage
      ? api(`/safeguarding-referrals/${referral.id}/triage`, { version: referral.version, body: { rag, agency } })
      : api(`/safeguarding-referrals/${referral.id}/outcome`, { version: referral.version, body: { outcome } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['referrals'] }),
  });
  const errors = fieldErrorsOf(act.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    act.mutate();
  };
  if (!referral.abilities.triage && !referral.abilities.recordOutcome) return null;
  return (
    <form onSubmit={submit} aria-label={`Triage ${referral.reference}`}>
      <Group align="end" mt="xs">
        {referral.abilities.triage ? (
          <>
            <NativeSelect label="RAG" data={['red', 'amber', 'green']} value={rag} onChange={(e) => setRag(e.currentTarget.value)} error={errors.rag} />
            <TextInput label="Agency" value={agency} onChange={(e) => setAgency(e.currentTarget.value)} error={errors.agency} />
          </>
        ) : (
          <NativeSelect label="MASH outcome" data={OUTCOMES} value={outcome} onChange={(e) => setOutcome(e.currentTarget.value)} />
        )}
        <Button type="submit" size="sm" loading={act.isPending}>
          {referral.abilities.triage ? 'Triage' : 'Record outcome'}
        </Button>
      </Group>
      <ProblemAlert error={act.error} />
    </form>
  );
}
