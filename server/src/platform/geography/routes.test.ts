import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, json, type TestApp } from '../../test/api.js';
import { forceGeography, toLatLon } from '../../demo/geography.js';

let t: TestApp;
before(async () => { t = await createTestApp(); });
after(async () => { await t.close(); });

const get = (user: string, url: string) => t.as(user, { method: 'GET', url: `/api/v1${url}` });
const stevenage = () => {
  const geography = forceGeography('HERTS');
  const town = geography.towns.find((x) => x.name === 'Stevenage')!;
  return { ...toLatLon(geography, town.x, town.y), town };
};

describe('offline map geography', () => {
  test('districts and beats are GeoJSON of the user’s own force', async () => {
    const herts = json(await get('calltaker', '/geography/districts'));
    assert.equal(herts.type, 'FeatureCollection');
    assert.equal(herts.features.length, 10);
    assert.ok(herts.features.every((f: { properties: { forceId: string } }) => f.properties.forceId === 'HERTS'));
    const beds = json(await get('calltaker.beds', '/geography/districts'));
    assert.ok(beds.features.every((f: { properties: { forceId: string } }) => f.properties.forceId === 'BEDS'));
    const beats = json(await get('constable', '/geography/beats'));
    assert.ok(beats.features.length > herts.features.length);
  });

  test('place: a map click resolves to district and beat; outside the force is 404; bad numbers are 400', async () => {
    const { lat, lon, town } = stevenage();
    const res = await get('calltaker', `/geography/place?lat=${lat}&lon=${lon + 0.003}`);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(json(res).district, town.district.name);
    assert.ok(town.beats.includes(json(res).beat));
    assert.equal((await get('calltaker', '/geography/place?lat=53.48&lon=-2.24')).statusCode, 404);
    const bad = await get('calltaker', '/geography/place?lat=north&lon=500');
    assert.equal(bad.statusCode, 400);
    const paths = json(bad).errors.map((e: { path: string }) => e.path).join(' ');
    assert.match(paths, /lat/);
    assert.match(paths, /lon/);
  });

  test('a location recorded with coordinates gets its district and beat', async () => {
    const { lat, lon, town } = stevenage();
    const res = await t.as('constable', { method: 'POST', url: '/api/v1/locations', payload: { street: 'Queensway', town: 'Stevenage', postcode: 'SG1 1EE', latitude: lat, longitude: lon + 0.003 } });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(json(res).district, town.district.name);
    assert.ok(json(res).beat);
  });
});
