import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { withoutBlanks } from '../../platform/forms';
import { ProblemAlert } from '../../platform/ProblemAlert';
import { LocationPicker } from '../locations/LocationPicker';
import type { LocationView } from '../locations/types';
import { ADDRESS_TYPES } from './address-types';
import { usePersonAction } from './person-context';

export function AddAddressForm() {
  const add = usePersonAction((body: Record<string, unknown>) => ({ path: '/addresses', body }));
  const [location, setLocation] = useState<LocationView | null>(null);
  const [type, setType] = useState('home');
  const [fromDate, setFromDate] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!location) return;
    add.mutate(withoutBlanks({ locationId: location.id, type, fromDate }), {
      onSuccess: () => {
        setLocation(null);
        setFromDate('');
      },
    });
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="xs" maw={600}>
        <Title order={4}>Add an address</Title>
        <LocationPicker label="Find the address" value={location} onChange={setLocation} />
        <Group align="flex-end" wrap="wrap">
          <NativeSelect label="Address type" data={ADDRESS_TYPES} value={type} onChange={(e) => setType(e.currentTarget.value)} />
          <TextInput label="Living there since" type="date" value={fromDate} onChange={(e) => setFromDate(e.currentTarget.value)} />
          <Button type="submit" loading={add.isPending} disabled={!location}>
            Add address
          </Button>
        </Group>
        <ProblemAlert error={add.error} />
      </Stack>
    </form>
  );
}
