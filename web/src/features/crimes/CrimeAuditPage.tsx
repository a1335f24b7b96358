import { Alert, Anchor, Badge, Button, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../platform/format';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { AuditResultsTable } from './AuditResultsTable';
import { AuditReviewForm } from './AuditReviewForm';
import { completeAudit, useAudit } from './crimes-api';

/** One audit: review every sampled item, watch the rate with its interval, then complete to freeze it. */
export function CrimeAuditPage() {
  const { id = '' } = useParams();
  const client = useQueryClient();
  const audit = useAudit(id);
  const complete = useMutation({
    mutationFn: () => completeAudit(audit.data!),
    onSuccess: (view) => {
      client.setQueryData(['crime-audits', id], view);
      void client.invalidateQueries({ queryKey: ['crime-audits'] });
    },
  });
  if (audit.isPending) return <Loader aria-label="Loading" />;
  if (audit.error) return <ProblemAlert error={audit.error} />;
  const a = audit.data;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>
          {a.reference} · {a.title}
        </Title>
        <Badge color={a.status === 'completed' ? 'green' : 'blue'}>{a.status}</Badge>
      </Group>
      <Text size="sm">
        {formatDateTime(a.from)} – {formatDateTime(a.to)} · sample of {a.items.length} from {a.populationSize} (seed {a.seed}) · reviewed {a.reviewed} of {a.items.length}
      </Text>
      <Alert color="gray">{a.population}</Alert>
      <Paper withBorder p="md">
        <AuditResultsTable results={a.results} />
      </Paper>
      {a.status === 'open' && (
        <Group>
          <Button onClick={() => complete.mutate()} loading={complete.isPending} disabled={a.reviewed < a.items.length}>
            Complete audit
          </Button>
          <ProblemAlert error={complete.error} />
        </Group>
      )}
      <Table aria-label="Sampled items">
        <Table.Tbody>
          {a.items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td width={220}>
                <Text size="sm" fw={600}>
                  {item.position + 1}. {item.crimeId ? <Anchor component={Link} to={`/crime/${item.crimeId}`}>{item.subjectReference}</Anchor> : item.subjectReference}
                </Text>
                <Text size="xs" c="dimmed">
                  {item.subjectType === 'task' ? 'Incident (recording decision)' : 'Recorded crime'} · records suggest {item.suggestion.recorded ? `recorded as ${item.suggestion.code}` : 'not recorded'}
                  {item.suggestion.withinTime === false ? ', late' : ''}
                </Text>
              </Table.Td>
              <Table.Td>{a.status === 'open' ? <AuditReviewForm auditId={a.id} item={item} /> : <Text size="sm">{item.crimeDisclosed ? (item.recorded ? 'Recorded' : 'Not recorded') : 'No crime disclosed'}</Text>}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
