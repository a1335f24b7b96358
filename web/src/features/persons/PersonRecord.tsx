import { Stack, Tabs } from '@mantine/core';
import { useAuth } from '../../platform/auth-context';
import { CountBadge } from '../../platform/CountBadge';
import { MarkerBanner } from '../../platform/MarkerBanner';
import { AddressesPanel } from './AddressesPanel';
import { AliasesPanel } from './AliasesPanel';
import { DetailsPanel } from './DetailsPanel';
import { LinksPanel } from './LinksPanel';
import { MarkersPanel } from './MarkersPanel';
import { MergedNotice } from './MergedNotice';
import { MergePanel } from './MergePanel';
import { usePerson } from './person-context';
import { PersonHeader } from './PersonHeader';
import { PhonesPanel } from './PhonesPanel';
import { RestrictionPanel } from './RestrictionPanel';
import { WhoViewedPanel } from './WhoViewedPanel';

/** The person view: warning markers first, then who they are, then everything known about them. */
export function PersonRecord() {
  const { person } = usePerson();
  const { can } = useAuth();
  const active = person.warningMarkers.filter((m) => m.active);
  const showMerge = person.abilities.merge || person.mergedFrom.length > 0;
  return (
    <Stack gap="md">
      <MarkerBanner markers={active} />
      {person.mergedInto && <MergedNotice into={person.mergedInto} />}
      <PersonHeader />
      <Tabs defaultValue="details" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="details">Details</Tabs.Tab>
          <Tabs.Tab value="aliases" rightSection={<CountBadge n={person.aliases.length} />}>
            Aliases
          </Tabs.Tab>
          <Tabs.Tab value="phones" rightSection={<CountBadge n={person.phones.length} />}>
            Phones
          </Tabs.Tab>
          <Tabs.Tab value="addresses" rightSection={<CountBadge n={person.addresses.length} />}>
            Addresses
          </Tabs.Tab>
          <Tabs.Tab value="links" rightSection={<CountBadge n={person.links.length} />}>
            Links
          </Tabs.Tab>
          <Tabs.Tab value="markers" rightSection={<CountBadge n={active.length} />}>
            Markers
          </Tabs.Tab>
          {showMerge && <Tabs.Tab value="merge">Merge</Tabs.Tab>}
          {person.abilities.restrict && <Tabs.Tab value="restriction">Restriction</Tabs.Tab>}
          {can('audit:read') && <Tabs.Tab value="viewers">Who viewed</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="details" pt="md">
          <DetailsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="aliases" pt="md">
          <AliasesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="phones" pt="md">
          <PhonesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="addresses" pt="md">
          <AddressesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="links" pt="md">
          <LinksPanel />
        </Tabs.Panel>
        <Tabs.Panel value="markers" pt="md">
          <MarkersPanel />
        </Tabs.Panel>
        {showMerge && (
          <Tabs.Panel value="merge" pt="md">
            <MergePanel />
          </Tabs.Panel>
        )}
        {person.abilities.restrict && (
          <Tabs.Panel value="restriction" pt="md">
            <RestrictionPanel />
          </Tabs.Panel>
        )}
        {can('audit:read') && (
          <Tabs.Panel value="viewers" pt="md">
            <WhoViewedPanel personId={person.id} />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
