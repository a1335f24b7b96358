import { Anchor, Loader, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { useCandidates } from './victims-api';

type Props = { crimePersonId: string; crimeId: string | null; crimeReference: string | null };

const isWithheld = (p: { forenames: string; surname: string }) => p.forenames === 'Restricted' && p.surname === 'record';

/** Whom the needs assessment is for and for which crime: the victim's name (or only the reference when withheld) and the crime, linked. */
export function NeedsAssessmentSubject({ crimePersonId, crimeId, crimeReference }: Props) {
  const candidates = useCandidates(crimeId);
  if (!crimeId) return crimeReference ? <Text>Crime {crimeReference}</Text> : null;
  if (candidates.isPending) return <Loader size="sm" aria-label="Loading the victim" />;
  if (candidates.error) return <ProblemAlert error={candidates.error} />;
  const { crime, items } = candidates.data;
  const victim = items.find((i) => i.crimePersonId === crimePersonId);
  return (
    <Paper component="section" withBorder p="sm" aria-label="Victim and crime">
      <Stack gap={2}>
        <Text data-testid="assessment-victim">
          Victim:{' '}
          {victim ? (
            isWithheld(victim.person)
              ? <>{victim.person.reference} <Text span size="sm" c="dimmed">(restricted record: name withheld)</Text></>
              : <><Text span fw={700}>{victim.person.forenames} {victim.person.surname.toUpperCase()}</Text> · {victim.person.reference}</>
          ) : (
            <Text span c="red.8">not a victim of this crime</Text>
          )}
        </Text>
        <Text data-testid="assessment-crime">
          Crime:{' '}
          <Anchor component={Link} to={`/crime/${crime.id}`} fw={600}>
            {crime.reference}
          </Anchor>{' '}
          · {crime.classification}
        </Text>
      </Stack>
    </Paper>
  );
}
