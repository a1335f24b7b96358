import { fieldProblem } from '../http/problems.js';
import { forceMaps } from './maps.js';

export type Beat = { code: string; town: string };
export type District = { code: string; name: string; bcu: string; beats: Beat[] };

const cache = new Map<string, District[]>();

/** The force's districts, each with its beats, in name order: the one list filters and selects choose from. */
export function forceDistricts(forceId: string): District[] {
  const hit = cache.get(forceId);
  if (hit) return hit;
  const maps = forceMaps(forceId);
  if (!maps) return [];
  const beats = new Map<string, Beat[]>();
  for (const f of maps.beats.features) {
    const list = beats.get(f.properties.district) ?? [];
    list.push({ code: f.properties.beat, town: f.properties.town });
    beats.set(f.properties.district, list);
  }
  const districts = maps.districts.features
    .map((f) => ({
      code: f.properties.code, name: f.properties.name, bcu: f.properties.bcu,
      beats: (beats.get(f.properties.name) ?? []).sort((a, b) => a.code.localeCompare(b.code)),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  cache.set(forceId, districts);
  return districts;
}

const fold = (s: string) => s.trim().toLocaleLowerCase('en-GB');

/** The district named by its code ("STE") or name ("Stevenage", any case), or undefined when the force has none such. */
export function findDistrict(forceId: string, value: string): District | undefined {
  const key = fold(value);
  return forceDistricts(forceId).find((d) => fold(d.code) === key || fold(d.name) === key);
}

/**
 * A district filter from a query string, as the name records hold (records store the district's name). An unknown
 * district is a 400 naming the field — never an empty list that looks like "no incidents there". A force with no
 * district list held cannot be checked, so its value is used as given.
 */
export function districtFilter(forceId: string, value: string | undefined, path = 'querystring.district'): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (forceDistricts(forceId).length === 0) return value.trim();
  const district = findDistrict(forceId, value);
  if (!district) throw fieldProblem(path, `is not a district of your force (see GET /api/v1/geography/areas)`);
  return district.name;
}
