import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { Button, Checkbox, Group, MultiSelect, Paper, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { api, ApiError } from '../../platform/api';
import { ProblemAlert } from '../../platform/ProblemAlert';
import type { VictimView } from './types';
import { NeedsAssessmentSubject } from './NeedsAssessmentSubject';
import { CONTACT_METHODS, VULNERABILITIES } from './victims-api';

/** Needs assessment (STANDARDS §5): the answers decide enhanced or standard; the server shows why. */
export function NeedsAssessmentPage() {
  const { crimePersonId = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [vulnerabilities, setVulnerabilities] = useState<string[]>([]);
  const [flags, setFlags] = useState({ intimidated: false, persistentlyTargeted: false, bereavedRelative: false, businessVictim: false, interpreterNeeded: false });
  const [preferredContactMethod, setMethod] = useState<string | null>('phone');
  const [referralConsent, setConsent] = useState<string | null>('given');
  const [language, setLanguage] = useState('');
  const [communicationNeeds, setNeeds] = useState('');
  const [contactDetails, setContactDetails] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const fields = error instanceof ApiError ? error.fieldErrors() : {};
  const toggle = (key: keyof typeof flags) => (e: React.ChangeEvent<HTMLInputElement>) => setFlags({ ...flags, [key]: e.currentTarget.checked });

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const view = await api<VictimView>('/victims', {
        body: {
          crimePersonId, vulnerabilities, ...flags, preferredContactMethod, referralConsent,
          language: language || undefined, communicationNeeds: communicationNeeds || undefined, contactDetails: contactDetails || undefined,
        },
      });
      navigate(`/victims/${view.id}`);
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Stack maw={760}>
      <Title order={2}>Needs assessment</Title>
      <NeedsAssessmentSubject crimePersonId={crimePersonId} crimeId={params.get('crimeId')} crimeReference={params.get('crime')} />
      <form onSubmit={submit}>
        <Stack>
          <Paper withBorder p="md">
            <Title order={4} mb="xs">Is the victim entitled to enhanced rights?</Title>
            <Stack gap="xs">
              <MultiSelect label="Vulnerable" data={VULNERABILITIES.map(([value, label]) => ({ value, label }))} value={vulnerabilities} onChange={setVulnerabilities} clearable />
              <Checkbox label="Intimidated (fear or distress about testifying)" checked={flags.intimidated} onChange={toggle('intimidated')} />
              <Checkbox label="Persistently targeted" checked={flags.persistentlyTargeted} onChange={toggle('persistentlyTargeted')} />
              <Checkbox label="Bereaved relative" checked={flags.bereavedRelative} onChange={toggle('bereavedRelative')} />
              <Checkbox label="Business victim" checked={flags.businessVictim} onChange={toggle('businessVictim')} />
              <Text size="sm" c="dimmed">Victims of the most serious crime (domestic abuse, hate, sexual offences, attempted murder…) are enhanced from the crime itself.</Text>
            </Stack>
          </Paper>
          <Paper withBorder p="md">
            <Title order={4} mb="xs">Communication and contact</Title>
            <Group grow>
              <Select label="Preferred contact method" data={CONTACT_METHODS.map(([value, label]) => ({ value, label }))} value={preferredContactMethod} onChange={setMethod} error={fields.preferredContactMethod} allowDeselect={false} />
              <TextInput label="Contact details" value={contactDetails} onChange={(e) => setContactDetails(e.currentTarget.value)} />
            </Group>
            <Group grow mt="xs">
              <TextInput label="Language" value={language} onChange={(e) => setLanguage(e.currentTarget.value)} />
              <Checkbox mt="lg" label="Interpreter needed" checked={flags.interpreterNeeded} onChange={toggle('interpreterNeeded')} />
            </Group>
            <Textarea mt="xs" label="Communication needs or disability" value={communicationNeeds} onChange={(e) => setNeeds(e.currentTarget.value)} autosize minRows={2} />
            <Select mt="xs" label="Consent to referral to support services" data={[{ value: 'given', label: 'Given' }, { value: 'refused', label: 'Refused (opted out)' }, { value: 'not_asked', label: 'Not asked yet' }]} value={referralConsent} onChange={setConsent} error={fields.referralConsent} allowDeselect={false} />
          </Paper>
          <ProblemAlert error={error} />
          <Group><Button type="submit" loading={saving}>Save needs assessment</Button></Group>
        </Stack>
      </form>
    </Stack>
  );
}
