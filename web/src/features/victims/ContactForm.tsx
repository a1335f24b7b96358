import { useState } from 'react';
import { Button, Checkbox, Group, Paper, SegmentedControl, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { api, ApiError } from '../../platform/api';
import { ProblemAlert } from '../../platform/ProblemAlert';
import type { ContactResult, VictimView } from './types';
import { CONTACT_METHODS, NO_CONTACT_REASONS } from './victims-api';

const localNow = () => {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
};

/** Records a contact (when, how, what was said) or why it could not be made: the only way a victim task clears (F13). */
export function ContactForm({ victim, onSaved }: { victim: VictimView; onSaved: () => void }) {
  const open = victim.entitlements.filter((e) => e.taskStatus === 'open');
  const [made, setMade] = useState('made');
  const [when, setWhen] = useState(localNow());
  const [method, setMethod] = useState<string | null>(victim.contract?.method ?? victim.needs.preferredContactMethod);
  const [summary, setSummary] = useState('');
  const [reasonCode, setReasonCode] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [linked, setLinked] = useState<string[]>(victim.linked.filter((l) => l.crime.live).map((l) => l.id));
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const fields = error instanceof ApiError ? error.fieldErrors() : {};

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await api<ContactResult>(`/victims/${victim.id}/contacts`, {
        body: {
          made: made === 'made', contactedAt: when ? new Date(when).toISOString() : undefined, method, summary: summary || undefined,
          noContactReasonCode: made === 'made' ? undefined : reasonCode, noContactReason: made === 'made' ? undefined : reason || undefined,
          entitlementIds: selected, alsoForVictimIds: linked,
        },
      });
      setSummary('');
      setReason('');
      setSelected([]);
      onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Paper withBorder p="md">
      <Title order={4} mb="xs">Record contact</Title>
      <form onSubmit={submit} aria-label="Record contact">
        <Stack gap="xs">
          <SegmentedControl value={made} onChange={setMade} data={[{ value: 'made', label: 'Contact made' }, { value: 'not_made', label: 'Could not make contact' }]} />
          <Group grow>
            <TextInput type="datetime-local" label={made === 'made' ? 'When' : 'When tried'} value={when} onChange={(e) => setWhen(e.currentTarget.value)} error={fields.contactedAt} />
            <Select label="How" data={CONTACT_METHODS.map(([value, label]) => ({ value, label }))} value={method} onChange={setMethod} error={fields.method} />
          </Group>
          {made === 'made'
            ? <Textarea label="What was said" value={summary} onChange={(e) => setSummary(e.currentTarget.value)} error={fields.summary} autosize minRows={2} />
            : (
              <Group grow align="start">
                <Select label="Why not" data={NO_CONTACT_REASONS.map(([value, label]) => ({ value, label }))} value={reasonCode} onChange={setReasonCode} error={fields.noContactReasonCode} />
                <Textarea label="Explain" value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={fields.noContactReason} autosize minRows={2} />
              </Group>
            )}
          {open.length > 0 && (
            <Checkbox.Group label="Entitlements this contact deals with (agreed updates are always met by a contact made)" value={selected} onChange={setSelected} error={fields.entitlementIds}>
              <Stack gap={4} mt={4}>
                {open.map((e) => <Checkbox key={e.id} value={e.id} label={`${e.label} — due ${new Date(e.dueAt).toLocaleString('en-GB', { timeZone: 'Europe/London' })}`} />)}
              </Stack>
            </Checkbox.Group>
          )}
          {victim.linked.length > 0 && (
            <Checkbox.Group label="Also counts for the victim’s linked crimes" value={linked} onChange={setLinked}>
              <Stack gap={4} mt={4}>
                {victim.linked.map((l) => <Checkbox key={l.id} value={l.id} label={`${l.crime.reference} ${l.crime.classification}`} />)}
              </Stack>
            </Checkbox.Group>
          )}
          <ProblemAlert error={error} />
          <Group><Button type="submit" loading={saving}>Save contact</Button></Group>
        </Stack>
      </form>
    </Paper>
  );
}
