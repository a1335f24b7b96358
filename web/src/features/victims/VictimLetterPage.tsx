import { useParams } from 'react-router';
import { Button, Group, List, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { useLetter } from './victims-api';

/** The victim's own summary in plain English, ready to print (issue 7 "victim's view"). */
export function VictimLetterPage() {
  const { id = '' } = useParams();
  const letter = useLetter(id);
  if (letter.isPending) return <Loader aria-label="Loading" />;
  if (!letter.data) return <ProblemAlert error={letter.error} />;
  const l = letter.data;
  return (
    <Stack maw={720}>
      <Group justify="flex-end" className="no-print"><Button onClick={() => window.print()}>Print</Button></Group>
      <Paper withBorder p="xl" aria-label="Victim letter">
        <Title order={2}>Your crime: what happens next</Title>
        <Text mt="md">Dear {l.victimName},</Text>
        <Text mt="sm">This letter is about the {l.crimeDescription.toLowerCase()} you reported. Your crime reference is <b>{l.crimeReference}</b>. Please quote it whenever you contact us.</Text>
        <Text mt="sm">{l.levelExplained}</Text>
        <Title order={4} mt="md">What you can expect from us</Title>
        <List mt="xs">{l.whatToExpect.map((line) => <List.Item key={line}>{line}</List.Item>)}</List>
        <Title order={4} mt="md">Your next update</Title>
        <Text>{l.nextUpdateDue ? `We will next contact you by ${l.nextUpdateDue}.` : 'We have no update planned; you can contact us at any time.'}</Text>
        {l.supportServices.length > 0 && (<><Title order={4} mt="md">Support</Title><List>{l.supportServices.map((s) => <List.Item key={s}>{s}</List.Item>)}</List></>)}
        <Title order={4} mt="md">Who to contact</Title>
        <Text>Your officer is {l.officer.name}{l.officer.team ? `, ${l.officer.team}` : ''}. {l.howToContact}</Text>
        <Text mt="md" size="sm" c="dimmed">Printed {new Date(l.issuedAt).toLocaleDateString('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' })}</Text>
      </Paper>
    </Stack>
  );
}
