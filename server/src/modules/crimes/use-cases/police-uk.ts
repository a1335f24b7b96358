import { createHash } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import type { Db } from '../../../platform/db/connect.js';
import { crimesForExport, mapPointCandidates } from '../queries.js';
import {
  isUsableMapPoint, lastOutcomeCategory, londonMonthBounds, nearestMapPoint, policeUkCrimeType, streetLevelLocation, type MapPoint,
} from '../rules.js';

/** Column layouts of the police.uk monthly files (STANDARDS §15), in order. */
export const STREET_COLUMNS = [
  'Crime ID', 'Month', 'Reported by', 'Falls within', 'Longitude', 'Latitude', 'Location', 'LSOA code', 'LSOA name', 'Crime type',
  'Last outcome category', 'Context',
] as const;
export const OUTCOME_COLUMNS = [
  'Crime ID', 'Month', 'Reported by', 'Falls within', 'Longitude', 'Latitude', 'Location', 'LSOA code', 'LSOA name', 'Outcome type',
] as const;

/** The persistent 64-hex Crime ID: a one-way hash, so the published id never reveals the internal one. */
export function policeUkCrimeId(forceId: string, crimeId: string): string {
  return createHash('sha256').update(`watchhouse:${forceId}:${crimeId}`).digest('hex');
}

function hash32(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/**
 * LSOAs of the synthetic geography: each beat is split into up to four areas (A–D); names follow the ONS
 * pattern "<district> <nnn><letter>" and codes the E01 series, both stable for the same street.
 */
export function syntheticLsoa(district: string, beat: string | null, street: string): { code: string; name: string } {
  const beatNumber = Number((beat ?? '').replace(/\D/g, '')) || (hash32(beat ?? district) % 40) + 1;
  const letter = 'ABCD'[hash32(`${district}|${street}`) % 4];
  const name = `${district} ${String(beatNumber).padStart(3, '0')}${letter}`;
  return { code: `E01${String(hash32(name) % 1_000_000).padStart(6, '0')}`, name };
}

/**
 * Anonymous map points (STANDARDS §15): street centres covering at least 8 postal addresses, and for
 * streets too short to hide an address, the centre of their beat in the town (always ≥ 8 addresses).
 */
export async function anonymousMapPoints(db: Db, forceId: string): Promise<MapPoint[]> {
  const rows = await mapPointCandidates(db, forceId);
  return rows
    .map((r) => {
      const lsoa = syntheticLsoa(r.district ?? r.town ?? forceId, r.beat, r.kind === 'street' ? r.label : `${r.beat}`);
      return { id: `${r.kind}|${r.label}|${r.town}|${r.beat}`, latitude: r.latitude, longitude: r.longitude, label: r.label, lsoaCode: lsoa.code, lsoaName: lsoa.name, addresses: r.addresses };
    })
    .filter(isUsableMapPoint);
}

const CELL = 0.01;

/** Grid index so each crime is compared with nearby points only. */
export class MapPointIndex {
  private readonly cells = new Map<string, MapPoint[]>();

  constructor(private readonly points: readonly MapPoint[]) {
    for (const p of points) {
      const key = this.key(Math.floor(p.latitude / CELL), Math.floor(p.longitude / CELL));
      const cell = this.cells.get(key);
      if (cell) cell.push(p);
      else this.cells.set(key, [p]);
    }
  }

  private key(row: number, col: number) {
    return `${row}:${col}`;
  }

  nearest(latitude: number, longitude: number): MapPoint | null {
    const row = Math.floor(latitude / CELL);
    const col = Math.floor(longitude / CELL);
    for (let radius = 1; radius <= 4; radius++) {
      const near: MapPoint[] = [];
      for (let r = row - radius; r <= row + radius; r++) for (let c = col - radius; c <= col + radius; c++) near.push(...(this.cells.get(this.key(r, c)) ?? []));
      if (near.length > 0) return nearestMapPoint(latitude, longitude, near);
    }
    return nearestMapPoint(latitude, longitude, this.points);
  }
}

export type PoliceUkFile = { filename: string; csv: string; rows: number };

/** One force-month of police.uk data: the street-level or the outcomes file. */
export async function policeUkFile(db: Db, force: { id: string; name: string }, month: string, file: 'street' | 'outcomes'): Promise<PoliceUkFile> {
  const { from, to } = londonMonthBounds(month);
  const [crimes, points] = await Promise.all([crimesForExport(db, force.id, from, to, file === 'outcomes'), anonymousMapPoints(db, force.id)]);
  const index = new MapPointIndex(points);
  const rows: string[][] = [];
  for (const crime of crimes) {
    if (file === 'outcomes' && !crime.outcome) continue;
    const point = crime.latitude !== null && crime.longitude !== null ? index.nearest(crime.latitude, crime.longitude) : null;
    const where = streetLevelLocation(point, crime.code);
    const common = [policeUkCrimeId(force.id, crime.id), month, force.name, force.name, where.longitude, where.latitude, where.location, where.lsoaCode, where.lsoaName];
    rows.push(file === 'street'
      ? [...common, policeUkCrimeType(crime.code), lastOutcomeCategory(crime.outcome), '']
      : [...common, crime.outcome === '1' || crime.outcome === '1A' ? 'Suspect charged' : lastOutcomeCategory(crime.outcome)]);
  }
  const csv = stringify(rows, { header: true, columns: [...(file === 'street' ? STREET_COLUMNS : OUTCOME_COLUMNS)], record_delimiter: 'unix' });
  return { filename: `${month}-${force.id.toLowerCase()}-${file}.csv`, csv, rows: rows.length };
}
