import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isValid } from 'postcode';
import { ETHNICITY_CODES, WARNING_MARKER_CODES } from '../platform/pole/reference/catalogue.js';
import { PNC_ID_PATTERN } from '../platform/pole/rules.js';
import { normaliseName } from '../platform/search/keys.js';
import { PeopleGenerator, type GeneratedBatch, type GeneratorOptions } from './generate.js';
import { beatGeoJson, districtGeoJson, forceGeography } from './geography.js';
import { DUPLICATE_VARIATIONS } from './variations.js';

const TODAY = '2026-01-15';

function counterIds(): () => string {
  let n = 0;
  return () => `00000000-0000-7000-8000-${String(++n).padStart(12, '0')}`;
}

/** All rows of `people` people, in batches as the loader takes them. */
function generate(options: Partial<GeneratorOptions> & { people: number; batchSize?: number }): GeneratedBatch {
  const generator = new PeopleGenerator({ forceId: 'HERTS', seed: 1, today: TODAY, newId: counterIds(), ...options });
  const all: GeneratedBatch = {
    locations: [], persons: [], personNames: [], personPhones: [], personAddresses: [], objects: [], poleLinks: [], warningMarkers: [], plantedDuplicates: [],
  };
  for (let done = 0; done < options.people; done += options.batchSize ?? 1_000) {
    const batch = generator.nextBatch(Math.min(options.batchSize ?? 1_000, options.people - done));
    for (const key of Object.keys(all) as (keyof GeneratedBatch)[]) (all[key] as unknown[]).push(...batch[key]);
  }
  return all;
}

const herts = generate({ people: 6_000 });
const personById = new Map(herts.persons.map((p) => [p.id!, p]));

function ageOn(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return d[a.length][b.length];
}

/** Ray casting over every ring of a polygon or multipolygon. */
function contains(geometry: { type: string; coordinates: unknown }, lon: number, lat: number): boolean {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as [number, number][][][];
  return polygons.some(([ring]) => {
    let inside = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  });
}

test('the same seed gives identical rows; another seed gives different ones', () => {
  const a = generate({ people: 1_500, seed: 7, batchSize: 500 });
  const b = generate({ people: 1_500, seed: 7, batchSize: 500 });
  const c = generate({ people: 1_500, seed: 8, batchSize: 500 });
  assert.deepEqual(a, b);
  assert.notDeepEqual(
    a.persons.map((p) => `${p.forenames} ${p.surname} ${p.dateOfBirth}`),
    c.persons.map((p) => `${p.forenames} ${p.surname} ${p.dateOfBirth}`),
  );
});

test('references, UPRNs and PNC IDs are unique and well formed', () => {
  const references = herts.persons.map((p) => p.reference);
  assert.equal(new Set(references).size, references.length);
  assert.equal(references[0], 'HT/P/0000001');
  assert.match(herts.locations[0].reference, /^HT\/L\/\d{7}$/);
  assert.match(herts.objects[0].reference, /^HT\/O\/\d{7}$/);
  const uprns = herts.locations.map((l) => l.uprn!);
  assert.equal(new Set(uprns).size, uprns.length);
  for (const u of uprns) assert.match(u, /^\d{12}$/);
  const pncIds = herts.persons.flatMap((p) => (p.pncId ? [p.pncId] : []));
  assert.equal(new Set(pncIds).size, pncIds.length);
  for (const id of pncIds) {
    assert.match(id, /^\d{2}\/\d{6}[A-Z]$/);
    assert.match(id, PNC_ID_PATTERN);
  }
  const pncShare = pncIds.length / herts.persons.length;
  assert.ok(pncShare > 0.11 && pncShare < 0.19, `PNC share ${pncShare}`);
});

test('numbering continues after the references already used', () => {
  const { persons, locations } = generate({ people: 10, after: { P: 41, L: 9, O: 3 } });
  assert.equal(persons[0].reference, 'HT/P/0000042');
  assert.equal(locations[0].reference, 'HT/L/0000010');
});

test('postcodes are valid, in the town’s postcode districts, and normalised without the space', () => {
  const outcodes = new Map(forceGeography('HERTS').towns.map((t) => [t.name, t.outcodes]));
  for (const l of herts.locations) {
    assert.ok(isValid(l.postcode!), l.postcode!);
    assert.equal(l.postcodeNorm, l.postcode!.replace(' ', ''));
    assert.ok(outcodes.get(l.town!)!.includes(l.postcode!.split(' ')[0]), `${l.postcode} in ${l.town}`);
  }
});

test('coordinates fall inside Hertfordshire, inside their district’s polygon and their beat’s', () => {
  const districts = new Map(districtGeoJson('HERTS').features.map((f) => [f.properties.name, f.geometry]));
  const beats = new Map(beatGeoJson('HERTS').features.map((f) => [f.properties.beat, f.geometry]));
  for (const l of herts.locations) {
    assert.ok(l.latitude! > 51.59 && l.latitude! < 52.09 && l.longitude! > -0.75 && l.longitude! < 0.2, `${l.latitude},${l.longitude}`);
    assert.ok(contains(districts.get(l.district!)!, l.longitude!, l.latitude!), `${l.reference} outside ${l.district}`);
    assert.ok(contains(beats.get(l.beat!)!, l.longitude!, l.latitude!), `${l.reference} outside ${l.beat}`);
  }
});

test('district map: ten Hertfordshire districts in three BCUs, three in Bedfordshire', () => {
  const hertsMap = districtGeoJson('HERTS');
  assert.equal(hertsMap.features.length, 10);
  assert.deepEqual([...new Set(hertsMap.features.map((f) => f.properties.bcu))].sort(), ['Central', 'Eastern', 'Western']);
  const population = hertsMap.features.reduce((n, f) => n + f.properties.population, 0);
  assert.ok(population > 1_150_000 && population < 1_250_000);
  assert.deepEqual(districtGeoJson('BEDS').features.map((f) => f.properties.name), ['Bedford', 'Luton', 'Central Bedfordshire']);
  for (const f of hertsMap.features) {
    assert.equal(f.geometry.type, 'MultiPolygon');
    for (const [ring] of f.geometry.coordinates as [number, number][][][]) assert.deepEqual(ring[0], ring[ring.length - 1]);
  }
});

test('every person has exactly one primary name, with search keys', () => {
  const primaries = new Map<string, number>();
  for (const n of herts.personNames) {
    assert.ok(personById.has(n.personId), 'name of an unknown person');
    assert.ok(n.keys.length > 0);
    assert.equal(n.fullName, normaliseName(`${n.forenames} ${n.surname}`));
    assert.equal(n.dateOfBirth ?? null, personById.get(n.personId)!.dateOfBirth ?? null);
    if (n.kind === 'primary') primaries.set(n.personId, (primaries.get(n.personId) ?? 0) + 1);
    else assert.ok(['alias', 'maiden', 'nickname'].includes(n.kind), n.kind);
  }
  for (const p of herts.persons) assert.equal(primaries.get(p.id!), 1, p.reference);
  assert.ok(herts.personNames.length > herts.persons.length * 1.03, 'some people have other names');
});

test('planted duplicates point at existing people and cover every variation', () => {
  const { plantedDuplicates } = herts;
  const share = plantedDuplicates.length / herts.persons.length;
  assert.ok(share > 0.02 && share < 0.04, `duplicate share ${share}`);
  assert.deepEqual(new Set(plantedDuplicates.map((d) => d.variation)), new Set(DUPLICATE_VARIATIONS));
  for (const { originalId, duplicateId, variation } of plantedDuplicates) {
    const original = personById.get(originalId)!;
    const duplicate = personById.get(duplicateId)!;
    assert.ok(original && duplicate && original !== duplicate);
    const first = original.forenames.split(' ')[0];
    switch (variation) {
      case 'surname_typo':
        assert.equal(editDistance(original.surname, duplicate.surname), 1, `${original.surname} → ${duplicate.surname}`);
        break;
      case 'swapped_names':
        assert.equal(duplicate.forenames, original.surname);
        assert.equal(duplicate.surname, first);
        break;
      case 'missing_dob':
        assert.equal(duplicate.dateOfBirth, null);
        break;
      case 'dob_day_month_swapped': {
        const [y, m, d] = original.dateOfBirth!.split('-');
        assert.equal(duplicate.dateOfBirth, `${y}-${d}-${m}`);
        break;
      }
      case 'initial_only':
        assert.equal(duplicate.forenames, first[0]);
        break;
      case 'nickname':
      case 'transliteration':
        assert.ok(duplicate.forenames !== original.forenames || duplicate.surname !== original.surname);
        break;
    }
  }
});

test('ethnicity codes are ONS 18+1, mostly White British with a substantial minority share', () => {
  const counts = new Map<string, number>();
  for (const p of herts.persons) {
    assert.ok((ETHNICITY_CODES as readonly string[]).includes(p.ethnicity!), p.ethnicity!);
    counts.set(p.ethnicity!, (counts.get(p.ethnicity!) ?? 0) + 1);
  }
  const share = (code: string) => (counts.get(code) ?? 0) / herts.persons.length;
  assert.ok(share('W1') > 0.55 && share('W1') < 0.8, `W1 ${share('W1')}`);
  assert.ok(share('NS') > 0.04 && share('NS') < 0.12, `NS ${share('NS')}`);
  for (const code of ['A1', 'A2', 'B2', 'W9']) assert.ok(share(code) > 0.005, `${code} ${share(code)}`);
});

test('about a fifth of people are under 16, with genders from the catalogue', () => {
  const dated = herts.persons.filter((p) => p.dateOfBirth);
  const under16 = dated.filter((p) => ageOn(p.dateOfBirth!, TODAY) < 16).length / dated.length;
  assert.ok(Math.abs(under16 - 0.2) < 0.03, `under-16 share ${under16}`);
  assert.ok(dated.every((p) => p.dateOfBirth! <= TODAY && p.dateOfBirth! >= '1925-01-01'));
  assert.ok(dated.length / herts.persons.length > 0.95);
  for (const p of herts.persons) assert.ok(['male', 'female', 'unknown', 'other'].includes(p.gender!), p.gender);
});

test('warning markers: about 3% of people, catalogue codes, review after start', () => {
  const flagged = new Set(herts.warningMarkers.map((m) => m.personId)).size / herts.persons.length;
  assert.ok(flagged > 0.018 && flagged < 0.045, `flagged share ${flagged}`);
  for (const m of herts.warningMarkers) {
    assert.ok((WARNING_MARKER_CODES as readonly string[]).includes(m.code), m.code);
    assert.ok(personById.has(m.personId));
    assert.ok(m.reason.length > 0 && m.source.length > 0);
    assert.ok(m.reviewDate! > m.startDate && m.startDate <= TODAY);
  }
});

test('phones, objects and addresses are well formed and point at generated rows', () => {
  for (const p of herts.personPhones) {
    assert.match(p.number, p.type === 'mobile' ? /^07\d{3} \d{6}$/ : /^(01\d{3} \d{6}|020 \d{4} \d{4})$/, p.number);
    assert.equal(p.numberNorm, p.number.replace(/ /g, ''));
  }
  for (const o of herts.objects) {
    if (o.kind === 'vehicle') assert.match(o.vrm!, /^[A-Z]{2}\d{2} [A-Z]{3}$/);
    if (o.kind === 'phone') {
      assert.match(o.serialNumber!, /^\d{15}$/);
      const digits = [...o.serialNumber!].map(Number);
      const sum = digits.reduce((s, d, i) => s + (i % 2 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d), 0);
      assert.equal(sum % 10, 0, `IMEI ${o.serialNumber} fails Luhn`);
    }
  }
  const objectIds = new Set(herts.objects.map((o) => o.id));
  for (const l of herts.poleLinks) assert.ok(objectIds.has(l.objectId!) && personById.has(l.personId!));
  const locationIds = new Set(herts.locations.map((l) => l.id));
  const addressesByPerson = new Map<string, typeof herts.personAddresses>();
  for (const a of herts.personAddresses) {
    assert.ok(locationIds.has(a.locationId) && personById.has(a.personId));
    addressesByPerson.set(a.personId, [...(addressesByPerson.get(a.personId) ?? []), a]);
  }
  for (const addresses of addressesByPerson.values()) {
    assert.equal(addresses.filter((a) => !a.toDate).length, 1, 'one current address');
    for (const a of addresses) if (a.toDate) assert.ok(a.fromDate! < a.toDate && a.type === 'previous');
  }
  assert.ok(addressesByPerson.size / herts.persons.length > 0.9, 'most people have an address');
});

test('Bedfordshire people live in Bedfordshire and carry BD references', () => {
  const beds = generate({ forceId: 'BEDS', people: 500 });
  assert.equal(beds.persons[0].reference, 'BD/P/0000001');
  const towns = new Set(forceGeography('BEDS').towns.map((t) => t.name));
  for (const l of beds.locations) {
    assert.ok(towns.has(l.town!));
    assert.ok(isValid(l.postcode!));
    assert.ok(l.latitude! > 51.8 && l.latitude! < 52.25 && l.longitude! > -0.75 && l.longitude! < -0.15, `${l.latitude},${l.longitude}`);
  }
});
