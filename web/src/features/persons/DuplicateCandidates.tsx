import { Alert, Anchor, Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { MarkerBadges } from '../../platform/MarkerBadges';
import { formatDob } from '../../platform/format';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { personName } from './names';
import { RestrictedMatchAlert } from './RestrictedMatchAlert';
import type { DuplicateCandidate } from './types';

type Props = {
  candidates: DuplicateCandidate[];
  /** A possible match exists that this user may not see (a restricted record). */
  restrictedMatch: boolean;
  creating: boolean;
  error: unknown;
  onCreate: () => void;
  onBack: () => void;
};

/** Records that are probably the same person, with why, before a new one is created. */
export function DuplicateCandidates({ candidates, restrictedMatch, creating, error, onCreate, onBack }: Props) {
  return (
    <Stack maw={1000}>
      <Title order={2}>Is this one of these people?</Title>
      <Alert color="orange">
        Duplicate records split what we know about someone across several places. Open the existing record if it is the
        same person.
      </Alert>
      {restrictedMatch && <RestrictedMatchAlert />}
      <Paper withBorder>
        <Table.ScrollContainer minWidth={700}>
          <Table aria-label="Possible duplicates">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Date of birth (age)</Table.Th>
                <Table.Th>Why it may be the same person</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {candidates.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Text fw={600}>{personName(c)}</Text>
                    <Text size="xs" c="dimmed">
                      {c.reference}
                    </Text>
                    <MarkerBadges markers={c.warningMarkers} />
                  </Table.Td>
                  <Table.Td>{formatDob(c.dateOfBirth)}</Table.Td>
                  <Table.Td>
                    <List size="sm">
                      {c.reasons.map((r) => (
                        <List.Item key={r}>{r}</List.Item>
                      ))}
                    </List>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/people/${c.id}`} aria-label={`Open existing ${c.reference}`}>
                      Open existing
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <ProblemAlert error={error} />
      <Group>
        <Button onClick={onCreate} loading={creating} autoFocus>
          None of these — create new
        </Button>
        <Button variant="default" onClick={onBack}>
          Back to the form
        </Button>
      </Group>
    </Stack>
  );
}
