import { SimpleGrid, Text } from '@mantine/core';

/** Label/value pairs as a `<dl>`; empty values show a dash. */
export function DefinitionList({ items }: { items: [string, string | number | null | undefined][] }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing={6} m={0} w="100%" maw={900}>
      {items.map(([label, value]) => (
        <div key={label} style={{ display: 'flex', gap: 12 }}>
          <Text component="dt" c="dimmed" size="sm" w={150} style={{ flexShrink: 0 }}>
            {label}
          </Text>
          <Text component="dd" m={0} size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
            {value === null || value === undefined || value === '' ? '—' : value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
