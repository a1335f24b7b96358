import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { featureAt, ringContains } from './place.js';
import { forceGeography, toLatLon, type GeoJsonFeatureCollection } from '../../demo/geography.js';
import { forceMaps, placeAt } from './maps.js';

const square = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]] as const;
const hole = [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]] as const;

describe('point in polygon', () => {
  for (const [lon, lat, inside] of [[5, 1, true], [11, 5, false], [-0.1, 5, false], [9.99, 9.99, true], [5, 10.5, false]] as const) {
    test(`(${lon}, ${lat}) ${inside ? 'is' : 'is not'} inside the square`, () => assert.equal(ringContains(square, lon, lat), inside));
  }

  test('a hole is outside its polygon; MultiPolygon parts each count', () => {
    const collection: GeoJsonFeatureCollection<{ name: string }> = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: 'ring' }, geometry: { type: 'Polygon', coordinates: [square.map(([x, y]) => [x, y]), hole.map(([x, y]) => [x, y])] } },
        { type: 'Feature', properties: { name: 'islands' }, geometry: { type: 'MultiPolygon', coordinates: [[[[20, 20], [21, 20], [21, 21], [20, 20]]], [[[30, 30], [31, 30], [31, 31], [30, 30]]]] } },
      ],
    };
    assert.equal(featureAt(collection, 1, 1)?.name, 'ring');
    assert.equal(featureAt(collection, 5, 5), undefined);
    assert.equal(featureAt(collection, 30.2, 30.8)?.name, 'islands');
  });
});

describe('force maps', () => {
  test('HERTS has ten districts; every town centre lies in its own district and one of its beats', () => {
    const geography = forceGeography('HERTS');
    assert.equal(forceMaps('HERTS')!.districts.features.length, 10);
    for (const town of geography.towns) {
      const { lat, lon } = toLatLon(geography, town.x, town.y);
      const place = placeAt('HERTS', lat, lon);
      assert.equal(place?.district, town.district.name, town.name);
      assert.ok(place?.beat && town.beats.includes(place.beat), `${town.name}: ${place?.beat}`);
    }
  });

  test('a point far outside the force, or an unknown force, has no place', () => {
    assert.equal(placeAt('HERTS', 53.48, -2.24), undefined);
    assert.equal(placeAt('NOWHERE', 51.8, -0.2), undefined);
  });
});
