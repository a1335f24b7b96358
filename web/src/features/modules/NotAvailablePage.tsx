import { Alert, Stack, Text, Title } from '@mantine/core';
import type { ModuleEntry } from '../../platform/modules';

/** An honest placeholder for a module that is not built yet: what it will do, and no invented data. */
export function NotAvailablePage({ module }: { module: ModuleEntry }) {
  return (
    <Stack maw={720}>
      <Title order={2}>{module.label}</Title>
      <Alert color="gray" title="Not available yet">
        <Text size="sm">
          The {module.label} module is not part of this version of Watchhouse yet, so there is nothing to show here.
          What it will do: {module.planned}
        </Text>
      </Alert>
    </Stack>
  );
}
