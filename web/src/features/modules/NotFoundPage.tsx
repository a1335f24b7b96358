import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Stack>
      <Title order={2}>Page not found</Title>
      <Text>
        There is no page at this address. Go to <Anchor component={Link} to="/work">My work</Anchor>.
      </Text>
    </Stack>
  );
}
