import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { SKIP, startHarness, type Harness } from './harness.js';

/** The offline map: a constable places a new location by clicking the force map (no tile server involved). */

let harness: Harness;
let page: Page | undefined;

before(async () => {
  if (!SKIP) harness = await startHarness();
});

after(async () => {
  await page?.context().close();
  await harness?.close();
});

test('a location is placed by clicking the offline district map and shown on its own map', { skip: SKIP }, async () => {
  page = await harness.signIn('constable');
  const external: string[] = [];
  page.on('request', (r) => { if (!r.url().startsWith(harness.url)) external.push(r.url()); });
  await page.goto('/locations/new');
  await page.getByLabel('Street').fill('Fishpool Street');
  await page.getByLabel('Town').fill('St Albans');
  await page.getByLabel('Postcode').fill('AL3 4RX');
  const map = page.getByRole('region', { name: 'Click the map to set the position' });
  await map.locator('path.leaflet-interactive').first().waitFor();
  assert.equal(await map.locator('path.leaflet-interactive').count(), 10, 'ten district polygons');
  const box = (await map.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  assert.match(await page.getByLabel('Latitude').inputValue(), /^5[12]\.\d+/);
  assert.match(await page.getByLabel('Longitude').inputValue(), /^-?0\.\d+/);
  await page.getByRole('button', { name: 'Create location' }).click();
  await page.waitForURL(/\/locations\/[0-9a-f-]{36}$/);
  await page.getByRole('region', { name: 'Location on the map' }).locator('path.leaflet-interactive').first().waitFor();
  assert.deepEqual(external, [], 'the map fetched nothing from outside the server');
});
