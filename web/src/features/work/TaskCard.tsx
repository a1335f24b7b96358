import { useState } from 'react';
import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useAuth } from '../../platform/auth-context';
import { entityPage, taskAction } from '../../platform/entity-pages';
import { formatDateTime } from '../../platform/format';
import { CloseTaskForm } from './CloseTaskForm';
import { CompleteTaskForm } from './CompleteTaskForm';
import type { TaskView } from './types';

/** One task: what, when it is due, and the two ways to finish it (done with an outcome, or closed with a reason). */
export function TaskCard({ task }: { task: TaskView }) {
  const [mode, setMode] = useState<'idle' | 'complete' | 'close'>('idle');
  const record = entityPage(task.entityType, task.entityId);
  const { can } = useAuth();
  const action = task.status === 'open' ? taskAction(task, can) : null;
  return (
    <Paper
      withBorder
      p="md"
      style={task.overdue ? { borderLeft: '6px solid var(--mantine-color-red-7)' } : undefined}
      bg={task.overdue ? 'red.0' : undefined}
      component="article"
      aria-label={task.title}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Text fw={600}>{task.title}</Text>
            {task.detail && <Text size="sm">{task.detail}</Text>}
          </div>
          <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
            {task.overdue && <Badge color="red">Overdue</Badge>}
            {task.escalatedAt && (
              <Badge color="orange" variant="light">
                Escalated
              </Badge>
            )}
          </Group>
        </Group>
        <Group gap="md">
          <Text size="sm" c={task.overdue ? 'red.8' : undefined} fw={task.overdue ? 700 : undefined}>
            Due {formatDateTime(task.dueAt)}
          </Text>
          <Text size="sm" c="dimmed">
            {task.assignee.userId ? `For ${task.assignee.displayName ?? task.assignee.username}` : `For team ${task.assignee.team}`}
            {task.escalatedAt && ` · escalated to ${task.escalateToRole.replaceAll('_', ' ')} ${formatDateTime(task.escalatedAt)}`}
          </Text>
          {record && (
            <Anchor component={Link} to={record.to} size="sm">
              {record.label}
            </Anchor>
          )}
        </Group>
        {task.closesVia && task.status === 'open' && <Text size="sm" c="dimmed">Clears only by {task.closesVia}.</Text>}
        {mode === 'idle' && (action || task.abilities.complete || task.abilities.close) && (
          <Group gap="xs">
            {action && (
              <Button size="xs" component={Link} to={action.to}>
                {action.label}
              </Button>
            )}
            {task.abilities.complete && (
              <Button size="xs" variant={action ? 'light' : 'filled'} onClick={() => setMode('complete')}>
                Complete
              </Button>
            )}
            {task.abilities.close && (
              <Button size="xs" variant="default" onClick={() => setMode('close')}>
                Close without doing
              </Button>
            )}
          </Group>
        )}
        {mode === 'complete' && <CompleteTaskForm task={task} onCancel={() => setMode('idle')} />}
        {mode === 'close' && <CloseTaskForm task={task} onCancel={() => setMode('idle')} />}
      </Stack>
    </Paper>
  );
}
