/**
 * Synthetic geography of the two demo forces: districts (CSPs), their BCU, towns, postcode districts,
 * dialling codes and beats. Towns sit at their real positions; everything inside a town is invented.
 * Each town owns the area closer to it than to any other town of the force (clipped to a disc), so
 * district and beat polygons never overlap and every generated point falls inside its own beat.
 */

export const FORCE_IDS = ['HERTS', 'BEDS'] as const;
export type ForceId = (typeof FORCE_IDS)[number];

export const DEMO_FORCES: readonly { id: ForceId; name: string; referencePrefix: string }[] = [
  { id: 'HERTS', name: 'Hertfordshire Constabulary', referencePrefix: 'HT' },
  { id: 'BEDS', name: 'Bedfordshire Police', referencePrefix: 'BD' },
];

type TownSpec = {
  name: string;
  lat: number;
  lon: number;
  radiusKm: number;
  /** Share of the district's population. */
  weight: number;
  outcodes: readonly string[];
  dialCode: string;
  localities?: readonly string[];
};

type DistrictSpec = {
  code: string;
  name: string;
  bcu: string;
  population: number;
  lat: number;
  lon: number;
  radiusKm: number;
  beats: number;
  towns: readonly TownSpec[];
};

export type Town = TownSpec & {
  district: District;
  /** Beat codes of the town's angular sectors, in order of angle from east, anticlockwise. */
  beats: readonly string[];
  x: number;
  y: number;
  /** Other towns' offsets from this one (dx, dy pairs, km), for the cell boundary. */
  neighbours: Float64Array;
};

export type District = Omit<DistrictSpec, 'towns'> & { beatCodes: readonly string[]; towns: Town[] };

export type ForceGeography = {
  forceId: ForceId;
  districts: District[];
  towns: Town[];
  origin: { lat: number; lon: number };
};

const HERTS: readonly DistrictSpec[] = [
  { code: 'WAT', name: 'Watford', bcu: 'Western', population: 102_000, lat: 51.6565, lon: -0.396, radiusKm: 4.5, beats: 8, towns: [
    { name: 'Watford', lat: 51.6565, lon: -0.396, radiusKm: 3.3, weight: 1, outcodes: ['WD17', 'WD18', 'WD24', 'WD25'], dialCode: '01923',
      localities: ['Cassiobury', 'Nascot', 'Callowland', 'Garston', 'Leavesden', 'North Watford', 'Woodside', 'Meriden', 'Holywell', 'West Watford'] },
  ] },
  { code: 'TRI', name: 'Three Rivers', bcu: 'Western', population: 94_000, lat: 51.655, lon: -0.455, radiusKm: 8, beats: 6, towns: [
    { name: 'Rickmansworth', lat: 51.639, lon: -0.47, radiusKm: 1.6, weight: 3, outcodes: ['WD3'], dialCode: '01923', localities: ['Mill End', 'Moor Park', 'Batchworth'] },
    { name: 'Chorleywood', lat: 51.654, lon: -0.518, radiusKm: 1.2, weight: 1.5, outcodes: ['WD3'], dialCode: '01923' },
    { name: 'Croxley Green', lat: 51.647, lon: -0.44, radiusKm: 1.1, weight: 2, outcodes: ['WD3'], dialCode: '01923' },
    { name: 'Abbots Langley', lat: 51.701, lon: -0.416, radiusKm: 1.3, weight: 2.2, outcodes: ['WD5'], dialCode: '01923', localities: ['Bedmond', 'Leavesden Green'] },
    { name: 'South Oxhey', lat: 51.626, lon: -0.395, radiusKm: 1.2, weight: 2, outcodes: ['WD19'], dialCode: '020', localities: ['Carpenders Park', 'Oxhey Hall'] },
  ] },
  { code: 'DAC', name: 'Dacorum', bcu: 'Western', population: 155_000, lat: 51.77, lon: -0.53, radiusKm: 12, beats: 9, towns: [
    { name: 'Hemel Hempstead', lat: 51.7526, lon: -0.4692, radiusKm: 3.4, weight: 6, outcodes: ['HP1', 'HP2', 'HP3'], dialCode: '01442',
      localities: ['Adeyfield', 'Apsley', 'Bennetts End', 'Boxmoor', 'Gadebridge', 'Grovehill', 'Highfield', 'Leverstock Green', 'Warners End', 'Woodhall Farm'] },
    { name: 'Berkhamsted', lat: 51.76, lon: -0.566, radiusKm: 1.6, weight: 1.8, outcodes: ['HP4'], dialCode: '01442', localities: ['Northchurch', 'Potten End'] },
    { name: 'Tring', lat: 51.795, lon: -0.657, radiusKm: 1.3, weight: 1.2, outcodes: ['HP23'], dialCode: '01442' },
    { name: 'Kings Langley', lat: 51.714, lon: -0.457, radiusKm: 0.9, weight: 0.5, outcodes: ['WD4'], dialCode: '01923' },
    { name: 'Bovingdon', lat: 51.723, lon: -0.537, radiusKm: 0.8, weight: 0.4, outcodes: ['HP3'], dialCode: '01442' },
  ] },
  { code: 'STA', name: 'St Albans', bcu: 'Central', population: 148_000, lat: 51.765, lon: -0.34, radiusKm: 9, beats: 8, towns: [
    { name: 'St Albans', lat: 51.752, lon: -0.336, radiusKm: 2.8, weight: 5, outcodes: ['AL1', 'AL3', 'AL4'], dialCode: '01727',
      localities: ['Fleetville', 'Marshalswick', 'Verulam', 'Sopwell', 'Cunningham', 'Batchwood', 'Clarence', 'St Peters'] },
    { name: 'Harpenden', lat: 51.816, lon: -0.357, radiusKm: 1.8, weight: 2.5, outcodes: ['AL5'], dialCode: '01582', localities: ['Batford', 'Kinsbourne Green', 'West Common'] },
    { name: 'London Colney', lat: 51.726, lon: -0.299, radiusKm: 1, weight: 0.8, outcodes: ['AL2'], dialCode: '01727' },
    { name: 'Redbourn', lat: 51.798, lon: -0.396, radiusKm: 0.9, weight: 0.5, outcodes: ['AL3'], dialCode: '01582' },
    { name: 'Wheathampstead', lat: 51.812, lon: -0.293, radiusKm: 0.8, weight: 0.5, outcodes: ['AL4'], dialCode: '01582' },
    { name: 'Bricket Wood', lat: 51.705, lon: -0.359, radiusKm: 0.9, weight: 0.5, outcodes: ['AL2'], dialCode: '01923' },
  ] },
  { code: 'WEL', name: 'Welwyn Hatfield', bcu: 'Central', population: 119_000, lat: 51.77, lon: -0.19, radiusKm: 9, beats: 7, towns: [
    { name: 'Welwyn Garden City', lat: 51.801, lon: -0.204, radiusKm: 2.4, weight: 4, outcodes: ['AL7', 'AL8'], dialCode: '01707',
      localities: ['Panshanger', 'Haldens', 'Peartree', 'Handside', 'Hollybush', 'Howlands'] },
    { name: 'Hatfield', lat: 51.763, lon: -0.226, radiusKm: 2.2, weight: 3, outcodes: ['AL9', 'AL10'], dialCode: '01707',
      localities: ['South Hatfield', 'Roe Green', 'Ellenbrook', 'Oldings Corner'] },
    { name: 'Welwyn', lat: 51.831, lon: -0.214, radiusKm: 0.8, weight: 0.6, outcodes: ['AL6'], dialCode: '01438' },
    { name: 'Brookmans Park', lat: 51.721, lon: -0.2, radiusKm: 0.8, weight: 0.5, outcodes: ['AL9'], dialCode: '01707' },
    { name: 'Cuffley', lat: 51.708, lon: -0.11, radiusKm: 0.9, weight: 0.5, outcodes: ['EN6'], dialCode: '01707' },
  ] },
  { code: 'HSM', name: 'Hertsmere', bcu: 'Central', population: 107_000, lat: 51.67, lon: -0.28, radiusKm: 8, beats: 7, towns: [
    { name: 'Borehamwood', lat: 51.657, lon: -0.272, radiusKm: 2, weight: 3.5, outcodes: ['WD6'], dialCode: '020', localities: ['Elstree', 'Cowley Hill', 'Kenilworth'] },
    { name: 'Potters Bar', lat: 51.694, lon: -0.178, radiusKm: 1.8, weight: 2.3, outcodes: ['EN6'], dialCode: '01707', localities: ['Oakmere', 'Little Heath'] },
    { name: 'Bushey', lat: 51.643, lon: -0.36, radiusKm: 1.6, weight: 2.3, outcodes: ['WD23'], dialCode: '020', localities: ['Bushey Heath', 'Bushey Village'] },
    { name: 'Radlett', lat: 51.685, lon: -0.318, radiusKm: 1, weight: 0.9, outcodes: ['WD7'], dialCode: '01923' },
    { name: 'Shenley', lat: 51.691, lon: -0.28, radiusKm: 0.6, weight: 0.4, outcodes: ['WD7'], dialCode: '01923' },
  ] },
  { code: 'STE', name: 'Stevenage', bcu: 'Eastern', population: 90_000, lat: 51.902, lon: -0.202, radiusKm: 4.5, beats: 8, towns: [
    { name: 'Stevenage', lat: 51.902, lon: -0.202, radiusKm: 3.4, weight: 1, outcodes: ['SG1', 'SG2'], dialCode: '01438',
      localities: ['Old Town', 'Pin Green', 'Chells', 'Shephall', 'Bedwell', 'Broadwater', 'Martins Wood', 'Symonds Green', 'St Nicholas', 'Longmeadow'] },
  ] },
  { code: 'NHE', name: 'North Hertfordshire', bcu: 'Eastern', population: 134_000, lat: 51.97, lon: -0.18, radiusKm: 15, beats: 8, towns: [
    { name: 'Hitchin', lat: 51.947, lon: -0.281, radiusKm: 2, weight: 3.4, outcodes: ['SG4', 'SG5'], dialCode: '01462', localities: ['Walsworth', 'Westmill', 'Purwell', 'Oughtonhead'] },
    { name: 'Letchworth Garden City', lat: 51.979, lon: -0.228, radiusKm: 2, weight: 3.3, outcodes: ['SG6'], dialCode: '01462', localities: ['Grange', 'Jackmans', 'Wilbury', 'Lordship'] },
    { name: 'Baldock', lat: 51.989, lon: -0.188, radiusKm: 1, weight: 1, outcodes: ['SG7'], dialCode: '01462' },
    { name: 'Royston', lat: 52.048, lon: -0.024, radiusKm: 1.3, weight: 1.6, outcodes: ['SG8'], dialCode: '01763' },
    { name: 'Knebworth', lat: 51.867, lon: -0.187, radiusKm: 0.8, weight: 0.5, outcodes: ['SG3'], dialCode: '01438' },
  ] },
  { code: 'EHE', name: 'East Hertfordshire', bcu: 'Eastern', population: 151_000, lat: 51.85, lon: 0.02, radiusKm: 15, beats: 9, towns: [
    { name: 'Hertford', lat: 51.796, lon: -0.078, radiusKm: 1.8, weight: 2.7, outcodes: ['SG13', 'SG14'], dialCode: '01992', localities: ['Bengeo', 'Sele Farm', 'Hertingfordbury'] },
    { name: 'Ware', lat: 51.811, lon: -0.028, radiusKm: 1.5, weight: 1.9, outcodes: ['SG12'], dialCode: '01920' },
    { name: "Bishop's Stortford", lat: 51.872, lon: 0.159, radiusKm: 2, weight: 3.3, outcodes: ['CM23'], dialCode: '01279', localities: ['Thorley', 'Havers', 'Hockerill', 'St Michaels Mead'] },
    { name: 'Sawbridgeworth', lat: 51.813, lon: 0.15, radiusKm: 1.1, weight: 0.9, outcodes: ['CM21'], dialCode: '01279' },
    { name: 'Buntingford', lat: 51.946, lon: -0.016, radiusKm: 0.9, weight: 0.5, outcodes: ['SG9'], dialCode: '01763' },
    { name: 'Stanstead Abbotts', lat: 51.786, lon: 0.013, radiusKm: 0.7, weight: 0.4, outcodes: ['SG12'], dialCode: '01920' },
  ] },
  { code: 'BRO', name: 'Broxbourne', bcu: 'Eastern', population: 99_000, lat: 51.725, lon: -0.03, radiusKm: 6, beats: 7, towns: [
    { name: 'Cheshunt', lat: 51.702, lon: -0.035, radiusKm: 2.1, weight: 4.5, outcodes: ['EN7', 'EN8'], dialCode: '01992', localities: ['Goffs Oak', 'Turnford', 'Flamstead End', 'Theobalds'] },
    { name: 'Hoddesdon', lat: 51.761, lon: -0.011, radiusKm: 1.6, weight: 2.5, outcodes: ['EN11'], dialCode: '01992', localities: ['Rye Park', 'Hoddesdon Town'] },
    { name: 'Waltham Cross', lat: 51.686, lon: -0.033, radiusKm: 1, weight: 1.5, outcodes: ['EN8'], dialCode: '01992' },
    { name: 'Broxbourne', lat: 51.746, lon: -0.019, radiusKm: 0.8, weight: 0.8, outcodes: ['EN10'], dialCode: '01992' },
    { name: 'Wormley', lat: 51.73, lon: -0.016, radiusKm: 0.6, weight: 0.4, outcodes: ['EN10'], dialCode: '01992' },
  ] },
];

const BEDS: readonly DistrictSpec[] = [
  { code: 'BED', name: 'Bedford', bcu: 'North', population: 185_000, lat: 52.135, lon: -0.48, radiusKm: 10, beats: 8, towns: [
    { name: 'Bedford', lat: 52.136, lon: -0.467, radiusKm: 3.2, weight: 6, outcodes: ['MK40', 'MK41', 'MK42'], dialCode: '01234',
      localities: ['Brickhill', 'Castle', 'Cauldwell', 'De Parys', 'Goldington', 'Harpur', 'Kingsbrook', 'Putnoe', 'Queens Park'] },
    { name: 'Kempston', lat: 52.116, lon: -0.5, radiusKm: 1.4, weight: 1.5, outcodes: ['MK42'], dialCode: '01234' },
    { name: 'Bromham', lat: 52.147, lon: -0.528, radiusKm: 0.7, weight: 0.3, outcodes: ['MK43'], dialCode: '01234' },
  ] },
  { code: 'LUT', name: 'Luton', bcu: 'South', population: 225_000, lat: 51.879, lon: -0.417, radiusKm: 5, beats: 9, towns: [
    { name: 'Luton', lat: 51.879, lon: -0.417, radiusKm: 4, weight: 1, outcodes: ['LU1', 'LU2', 'LU3', 'LU4'], dialCode: '01582',
      localities: ['Biscot', 'Bury Park', 'Dallow', 'Farley Hill', 'High Town', 'Leagrave', 'Lewsey Farm', 'Marsh Farm', 'Stopsley', 'Wigmore'] },
  ] },
  { code: 'CBE', name: 'Central Bedfordshire', bcu: 'Central', population: 295_000, lat: 52.0, lon: -0.45, radiusKm: 18, beats: 10, towns: [
    { name: 'Dunstable', lat: 51.886, lon: -0.521, radiusKm: 1.9, weight: 3, outcodes: ['LU5', 'LU6'], dialCode: '01582' },
    { name: 'Houghton Regis', lat: 51.905, lon: -0.524, radiusKm: 1.2, weight: 1.5, outcodes: ['LU5'], dialCode: '01582' },
    { name: 'Leighton Buzzard', lat: 51.917, lon: -0.661, radiusKm: 1.8, weight: 3, outcodes: ['LU7'], dialCode: '01525', localities: ['Linslade', 'Planets'] },
    { name: 'Biggleswade', lat: 52.087, lon: -0.264, radiusKm: 1.3, weight: 1.8, outcodes: ['SG18'], dialCode: '01767' },
    { name: 'Sandy', lat: 52.131, lon: -0.297, radiusKm: 1, weight: 1, outcodes: ['SG19'], dialCode: '01767' },
    { name: 'Flitwick', lat: 52.004, lon: -0.495, radiusKm: 1, weight: 1.1, outcodes: ['MK45'], dialCode: '01525' },
    { name: 'Ampthill', lat: 52.026, lon: -0.495, radiusKm: 0.9, weight: 0.8, outcodes: ['MK45'], dialCode: '01525' },
    { name: 'Cranfield', lat: 52.068, lon: -0.608, radiusKm: 0.8, weight: 0.6, outcodes: ['MK43'], dialCode: '01234' },
  ] },
];

const SPECS: Record<ForceId, readonly DistrictSpec[]> = { HERTS, BEDS };

const KM_PER_DEGREE_LAT = 110.57;

export function isForceId(value: string): value is ForceId {
  return (FORCE_IDS as readonly string[]).includes(value);
}

/** Beats of a district shared among its towns by population (largest remainder, at least one each). */
function allocateBeats(spec: DistrictSpec): number[] {
  const total = spec.towns.reduce((sum, t) => sum + t.weight, 0);
  const spare = spec.beats - spec.towns.length;
  const exact = spec.towns.map((t) => (t.weight / total) * spare);
  const counts = exact.map((e) => 1 + Math.floor(e));
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  let left = spec.beats - counts.reduce((a, b) => a + b, 0);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    counts[i]++;
  }
  return counts;
}

function build(forceId: ForceId): ForceGeography {
  const specs = SPECS[forceId];
  const allTowns = specs.flatMap((d) => d.towns);
  const origin = {
    lat: allTowns.reduce((s, t) => s + t.lat, 0) / allTowns.length,
    lon: allTowns.reduce((s, t) => s + t.lon, 0) / allTowns.length,
  };
  const kmPerDegreeLon = 111.32 * Math.cos((origin.lat * Math.PI) / 180);
  const districts: District[] = [];
  const towns: Town[] = [];
  for (const spec of specs) {
    const beatCodes = Array.from({ length: spec.beats }, (_, i) => `${spec.code}-${String(i + 1).padStart(2, '0')}`);
    const district: District = { ...spec, beatCodes, towns: [] };
    const counts = allocateBeats(spec);
    let next = 0;
    spec.towns.forEach((townSpec, i) => {
      const town: Town = {
        ...townSpec,
        district,
        beats: beatCodes.slice(next, next + counts[i]),
        x: (townSpec.lon - origin.lon) * kmPerDegreeLon,
        y: (townSpec.lat - origin.lat) * KM_PER_DEGREE_LAT,
        neighbours: new Float64Array(0),
      };
      next += counts[i];
      district.towns.push(town);
      towns.push(town);
    });
    districts.push(district);
  }
  for (const town of towns) {
    const others = towns.filter((t) => t !== town);
    town.neighbours = Float64Array.from(others.flatMap((o) => [o.x - town.x, o.y - town.y]));
  }
  return { forceId, districts, towns, origin };
}

const cache = new Map<ForceId, ForceGeography>();

export function forceGeography(forceId: string): ForceGeography {
  if (!isForceId(forceId)) throw new Error(`No demo geography for force ${forceId}`);
  let geography = cache.get(forceId);
  if (!geography) {
    geography = build(forceId);
    cache.set(forceId, geography);
  }
  return geography;
}

/** Distance from the town centre, along `angle`, to the edge of its cell (no further than maxKm). */
export function cellReach(town: Town, angle: number, maxKm: number): number {
  const ux = Math.cos(angle);
  const uy = Math.sin(angle);
  const n = town.neighbours;
  let reach = maxKm;
  for (let i = 0; i < n.length; i += 2) {
    const along = ux * n[i] + uy * n[i + 1];
    if (along > 0) {
      const t = (n[i] * n[i] + n[i + 1] * n[i + 1]) / (2 * along);
      if (t < reach) reach = t;
    }
  }
  return reach;
}

export function toLatLon(geography: ForceGeography, x: number, y: number): { lat: number; lon: number } {
  const kmPerDegreeLon = 111.32 * Math.cos((geography.origin.lat * Math.PI) / 180);
  return { lat: geography.origin.lat + y / KM_PER_DEGREE_LAT, lon: geography.origin.lon + x / kmPerDegreeLon };
}

export function normaliseAngle(angle: number): number {
  const full = 2 * Math.PI;
  return ((angle % full) + full) % full;
}

/** The beat of a point of a town, by the angular sector it lies in. */
export function beatAt(town: Town, angle: number): string {
  const sector = Math.floor((normaliseAngle(angle) / (2 * Math.PI)) * town.beats.length);
  return town.beats[Math.min(sector, town.beats.length - 1)];
}

type Position = [number, number];
type Polygon = { type: 'Polygon'; coordinates: Position[][] };
type MultiPolygon = { type: 'MultiPolygon'; coordinates: Position[][][] };
export type GeoJsonFeature<P> = { type: 'Feature'; properties: P; geometry: Polygon | MultiPolygon };
export type GeoJsonFeatureCollection<P> = { type: 'FeatureCollection'; features: GeoJsonFeature<P>[] };

/** How far a town's map area reaches beyond its built-up radius (into its surrounding countryside). */
const MAP_REACH = 1.4;
const STEP = Math.PI / 18;

function position(geography: ForceGeography, town: Town, angle: number, km: number): Position {
  const { lat, lon } = toLatLon(geography, town.x + km * Math.cos(angle), town.y + km * Math.sin(angle));
  return [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5];
}

function arc(geography: ForceGeography, town: Town, from: number, to: number): Position[] {
  const maxKm = town.radiusKm * MAP_REACH;
  const points: Position[] = [];
  const steps = Math.max(2, Math.ceil((to - from) / STEP));
  for (let i = 0; i <= steps; i++) {
    const angle = from + ((to - from) * i) / steps;
    points.push(position(geography, town, angle, cellReach(town, angle, maxKm)));
  }
  return points;
}

function townRing(geography: ForceGeography, town: Town): Position[] {
  const ring = arc(geography, town, 0, 2 * Math.PI);
  ring[ring.length - 1] = ring[0];
  return ring;
}

export type DistrictProperties = { forceId: ForceId; code: string; name: string; bcu: string; population: number; towns: string[] };
export type BeatProperties = { forceId: ForceId; beat: string; district: string; town: string };

/** District polygons for the offline map: each district is the union of its towns' areas. */
export function districtGeoJson(forceId: string): GeoJsonFeatureCollection<DistrictProperties> {
  const geography = forceGeography(forceId);
  return {
    type: 'FeatureCollection',
    features: geography.districts.map((d) => ({
      type: 'Feature',
      properties: { forceId: geography.forceId, code: d.code, name: d.name, bcu: d.bcu, population: d.population, towns: d.towns.map((t) => t.name) },
      geometry: { type: 'MultiPolygon', coordinates: d.towns.map((t) => [townRing(geography, t)]) },
    })),
  };
}

/** Beat polygons: each town's area cut into angular sectors, one per beat. */
export function beatGeoJson(forceId: string): GeoJsonFeatureCollection<BeatProperties> {
  const geography = forceGeography(forceId);
  const features: GeoJsonFeature<BeatProperties>[] = [];
  for (const town of geography.towns) {
    const k = town.beats.length;
    town.beats.forEach((beat, i) => {
      const properties = { forceId: geography.forceId, beat, district: town.district.name, town: town.name };
      if (k === 1) {
        features.push({ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [townRing(geography, town)] } });
        return;
      }
      const centre = position(geography, town, 0, 0);
      const edge = arc(geography, town, (2 * Math.PI * i) / k, (2 * Math.PI * (i + 1)) / k);
      features.push({ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [[centre, ...edge, centre]] } });
    });
  }
  return { type: 'FeatureCollection', features };
}
