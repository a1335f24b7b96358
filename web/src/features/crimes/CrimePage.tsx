import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { DefinitionList } from '../../platform/DefinitionList';
import { formatDateTime } from '../../platform/format';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { CrimeCaseLinks } from './CrimeCaseLinks';
import { CrimeIncidentLink } from './CrimeIncidentLink';
import { CrimeHistoryTable } from './CrimeHistoryTable';
import { FLAG_LABELS, useCrime } from './crimes-api';
import { ReclassifyForm } from './ReclassifyForm';

const NCRS: Record<string, string> = { recorded_in_time: 'Recorded within 24 hours', recorded_late: 'Recorded after the 24-hour limit' };

/** A crime with everything linked: people (with vulnerability reasons), place, flags and full history. */
export function CrimePage() {
  const { id = '' } = useParams();
  const crime = useCrime(id);
  const [reclassifying, setReclassifying] = useState(false);
  if (crime.isPending) return <Loader aria-label="Loading" />;
  if (crime.error) return <ProblemAlert error={crime.error} />;
  const c = crime.data;
  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={2}>
            {c.reference} · {c.classification.description}
          </Title>
          <Group gap="xs" mt={4}>
            <Badge color={c.status === 'recorded' ? 'blue' : 'gray'} aria-label="Status">
              {c.status}
            </Badge>
            <Badge variant="light">{c.classification.policeUkCrimeType}</Badge>
            <Badge color={c.ncrs.state === 'recorded_late' ? 'red' : 'green'} variant="light">
              {NCRS[c.ncrs.state] ?? c.ncrs.state} ({c.ncrs.hoursToRecord} h)
            </Badge>
            {c.flags.map((f) => (
              <Badge key={f} color={f === 'vulnerable_victim' || f === 'domestic_abuse' ? 'orange' : 'gray'} variant="outline">
                {FLAG_LABELS[f] ?? f}
              </Badge>
            ))}
            {c.hateStrands.map((h) => (
              <Badge key={h} color="grape" variant="outline">
                Hate: {h.replace(/_/g, ' ')}
              </Badge>
            ))}
          </Group>
        </div>
        <Group>
          {c.abilities.reclassify && !reclassifying && (
            <Button variant="light" onClick={() => setReclassifying(true)}>
              Reclassify
            </Button>
          )}
          {c.abilities.cancel && (
            <Button color="red" variant="light" component={Link} to={`/crime/${c.id}/cancel`}>
              Cancel or transfer
            </Button>
          )}
        </Group>
      </Group>
      {reclassifying && <ReclassifyForm crime={c} onDone={() => setReclassifying(false)} />}
      {c.alsoRecorded.length > 0 && (
        <Alert color="blue">
          Recorded with this report (one crime per victim):{' '}
          {c.alsoRecorded.map((s) => (
            <Anchor key={s.id} component={Link} to={`/crime/${s.id}`} mr="xs">
              {s.reference}
            </Anchor>
          ))}
        </Alert>
      )}
      <Paper withBorder p="md">
        <DefinitionList
          items={[
            ['Classification', `${c.classification.description} (${c.classification.code}, ${c.classificationVersion})`],
            ['Committed', `${formatDateTime(c.committedFrom)}${c.committedTo ? ` – ${formatDateTime(c.committedTo)}` : ''}`],
            ['Reported', formatDateTime(c.reportedAt)],
            ['Recorded', formatDateTime(c.recordedAt)],
            ['Where', c.location?.label],
            ['District', c.location?.district],
            ['Victim organisation', c.victimOrganisation],
            ['How reported', c.source.replace(/_/g, ' ')],
            ['Outcome', c.lastOutcomeCategory],
            ['What happened', c.summary],
            ['Modus operandi', c.modusOperandi],
          ]}
        />
      </Paper>
      <CrimeIncidentLink crime={c} />
      <CrimeCaseLinks crimeId={c.id} crimeReference={c.reference} recorded={c.status === 'recorded'} />
      <Title order={3}>People</Title>
      {c.persons.length === 0 ? (
        <Text c="dimmed">No people linked.</Text>
      ) : (
        <Table aria-label="People on the crime">
          <Table.Tbody>
            {c.persons.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <Badge variant="light">{p.role}</Badge>
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/people/${p.person.id}`}>
                    {p.person.forenames} {p.person.surname}
                  </Anchor>{' '}
                  · {p.person.reference}
                </Table.Td>
                <Table.Td>
                  {p.vulnerable && <Badge color="orange">Vulnerable</Badge>} {p.repeat && <Badge color="yellow">Repeat victim</Badge>}
                  <Text size="xs" c="dimmed">
                    {p.reasons.join('; ')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Title order={3}>History</Title>
      <CrimeHistoryTable history={c.history} />
    </Stack>
  );
}
