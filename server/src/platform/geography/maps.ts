import { beatGeoJson, districtGeoJson, isForceId } from '../../demo/geography.js';
import { featureAt } from './place.js';

type Maps = { districts: ReturnType<typeof districtGeoJson>; beats: ReturnType<typeof beatGeoJson> };
const cache = new Map<string, Maps>();

/** The force's own district and beat polygons (synthetic, offline: no tile server), built once per force. */
export function forceMaps(forceId: string): Maps | undefined {
  if (!isForceId(forceId)) return undefined;
  let maps = cache.get(forceId);
  if (!maps) {
    maps = { districts: districtGeoJson(forceId), beats: beatGeoJson(forceId) };
    cache.set(forceId, maps);
  }
  return maps;
}

/** District and beat at a point, e.g. from a map click or an address's coordinates. */
export function placeAt(forceId: string, lat: number, lon: number): { district: string; beat: string | null } | undefined {
  const maps = forceMaps(forceId);
  if (!maps) return undefined;
  const beat = featureAt(maps.beats, lat, lon);
  if (beat) return { district: beat.district, beat: beat.beat };
  const district = featureAt(maps.districts, lat, lon);
  return district ? { district: district.name, beat: null } : undefined;
}
