import { useState } from 'react';
import { Button, Checkbox, Group, NumberInput, Paper, Radio, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { ApiError } from '../../platform/api';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { act, OUTCOMES } from './investigations-api';
import type { InvestigationView } from './types';
import { useSave } from './useSave';

const NO_SUSPECT = new Set(['13', '14', '17', '18', '19', '20']);

/** Finalise with an outcome type; the server checks each type's conditions and authority and names what is missing (STANDARDS §4). */
export function OutcomeForm({ inv }: { inv: InvestigationView }) {
  const [outcome, setOutcome] = useState<string | null>(null);
  const [rationale, setRationale] = useState('');
  const [named, setNamed] = useState(true);
  const [age, setAge] = useState<number | string>('');
  const [flags, setFlags] = useState<Record<string, boolean>>({});
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [victimSupports, setVictimSupports] = useState<string | null>(null);
  const [chargingAuthority, setChargingAuthority] = useState<string | null>(null);
  const [informed, setInformed] = useState('yes');
  const [method, setMethod] = useState('phone');
  const [notInformedReason, setNotInformedReason] = useState('');
  const { save, error, busy, fieldErrors } = useSave();
  const flag = (key: string, label: string) => <Checkbox key={key} label={label} checked={flags[key] ?? false} onChange={(e) => setFlags({ ...flags, [key]: e.currentTarget.checked })} error={fieldErrors[key]} />;
  const text = (key: string, label: string) => <TextInput key={key} label={label} value={texts[key] ?? ''} onChange={(e) => setTexts({ ...texts, [key]: e.currentTarget.value })} error={fieldErrors[key]} />;
  const withSuspect = outcome !== null && !NO_SUSPECT.has(outcome);
  const submit = () => {
    const body: Record<string, unknown> = {
      outcome, rationale,
      victimInformed: informed === 'yes' ? { informed: true, at: new Date().toISOString(), method } : { informed: false, reason: notInformedReason },
      suspect: { named: withSuspect ? named : false, ...(age === '' ? {} : { ageAtOffence: Number(age) }), charged: flags.charged ?? false, admission: flags.admission ?? false, responsibilityAccepted: flags.responsibilityAccepted ?? false },
      ...(victimSupports ? { victimSupports: victimSupports === 'yes' } : {}),
      ...(chargingAuthority ? { chargingAuthority } : {}),
      withdrawalRecorded: flags.withdrawalRecorded ?? false, evidenceLedConsidered: flags.evidenceLedConsidered ?? false, victimViewsSought: flags.victimViewsSought ?? false,
      courtAccepted: flags.courtAccepted ?? false, proportionateEnquiriesCompleted: flags.proportionateEnquiriesCompleted ?? false,
      ...Object.fromEntries(Object.entries(texts).filter(([, v]) => v.trim() !== '')),
    };
    return save(() => act(inv, 'finalise', body));
  };
  const problems = error instanceof ApiError ? error.problem.errors ?? [] : [];
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={3}>Finalise with an outcome</Title>
        <Select label="Outcome" placeholder="Choose an outcome type" data={OUTCOMES.map(([value, label]) => ({ value, label }))} value={outcome} onChange={setOutcome} searchable error={fieldErrors.outcome} />
        <Textarea label="Rationale" value={rationale} onChange={(e) => setRationale(e.currentTarget.value)} error={fieldErrors.rationale} autosize minRows={2} />
        {withSuspect && (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Checkbox label="Suspect named" checked={named} onChange={(e) => setNamed(e.currentTarget.checked)} error={fieldErrors['suspect.named']} />
            <NumberInput label="Suspect's age at the offence" value={age} onChange={setAge} min={0} max={120} error={fieldErrors['suspect.ageAtOffence']} />
            {flag('charged', 'Suspect charged or summonsed')}
            {flag('admission', 'Admission made')}
            {flag('responsibilityAccepted', 'Responsibility accepted')}
          </SimpleGrid>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select label="Does the victim support a prosecution?" placeholder="Victim's position" data={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No / withdrew' }]} value={victimSupports} onChange={setVictimSupports} clearable error={fieldErrors.victimSupports} />
          <Select label="Charging decision by" data={[{ value: 'cps', label: 'CPS' }, { value: 'police', label: 'Police' }]} value={chargingAuthority} onChange={setChargingAuthority} clearable error={fieldErrors.chargingAuthority} />
          {flag('withdrawalRecorded', 'Victim withdrawal recorded')}
          {flag('evidenceLedConsidered', 'Evidence-led prosecution considered')}
          {flag('victimViewsSought', "Victim's views sought")}
          {flag('courtAccepted', 'Court accepted (TIC)')}
          {flag('proportionateEnquiriesCompleted', 'Proportionate enquiries completed')}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {text('reasonEvidence', 'Evidence of the reason (5, 11–13)')}
          {text('timeLimit', 'Time limit cited (17)')}
          {text('otherBody', 'Body taking action (20)')}
          {text('diversionaryActivity', 'Diversionary activity (22)')}
          {inv.facts.domesticAbuse && text('domesticAbuseException', 'Exceptional reason for outcome 21 on domestic abuse')}
        </SimpleGrid>
        <Radio.Group label="Has the victim been told of the outcome?" value={informed} onChange={setInformed} error={fieldErrors.victimInformed}>
          <Group mt={4}>
            <Radio value="yes" label="Yes, told" />
            <Radio value="no" label="Not told" />
          </Group>
        </Radio.Group>
        {informed === 'yes'
          ? <Select label="How the victim was told" data={['phone', 'in person', 'letter', 'email', 'text message']} value={method} onChange={(v) => setMethod(v ?? 'phone')} allowDeselect={false} w={240} />
          : <TextInput label="Why the victim has not been told" value={notInformedReason} onChange={(e) => setNotInformedReason(e.currentTarget.value)} />}
        {problems.length > 0 ? (
          <ProblemAlert error={error} title="The outcome cannot be recorded" />
        ) : <ProblemAlert error={error} />}
        <Button loading={busy} disabled={!outcome} onClick={submit} w="fit-content">Finalise</Button>
      </Stack>
    </Paper>
  );
}
