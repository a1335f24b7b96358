import type { GeoJsonFeatureCollection } from '../../demo/geography.js';

type Ring = readonly (readonly [number, number])[];

/** Ray casting on one ring of [lon, lat] positions. */
export function ringContains(ring: Ring, lon: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The first feature whose polygon (outer ring minus holes) holds the point, or undefined. */
export function featureAt<P>(collection: GeoJsonFeatureCollection<P>, lat: number, lon: number): P | undefined {
  for (const feature of collection.features) {
    const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    const hit = polygons.some(([outer, ...holes]) => ringContains(outer, lon, lat) && !holes.some((h) => ringContains(h, lon, lat)));
    if (hit) return feature.properties;
  }
  return undefined;
}
