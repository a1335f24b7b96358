import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/connect.js';
import { pncIdForms, type ParsedPersonQuery } from './query.js';
import { swapDayMonth } from './rank.js';

/** Most name rows one channel may bring back; they are scored in TypeScript, so these bound the work per search. */
export const CHANNEL_LIMITS = { exact: 500, strong: 1000, typo: 500, loose: 400, together: 2000, prefix: 200, trigram: 200, identifier: 200, address: 500 } as const;

/** pg_trgm similarity a street must reach (the `%` index operator's own 0.3 lets "Church Street" match "High Street"). */
export const STREET_SIMILARITY = 0.5;

/**
 * How a typed street is matched: `contains` its words in order (ILIKE, which the trigram index serves from the
 * rarest trigrams, so it stays fast), or `similar` (trigram similarity, typo-tolerant but it has to visit every
 * street sharing common trigrams such as those of "road" or "drive").
 */
export type StreetMatch = 'contains' | 'similar';

export type NameRow = {
  personId: string;
  kind: string;
  forenames: string;
  surname: string;
  dateOfBirth: string | null;
};

type RawNameRow = { person_id: string; kind: string; forenames: string; surname: string; dob: string | null };

const toNameRow = (r: RawNameRow): NameRow => ({
  personId: r.person_id,
  kind: r.kind,
  forenames: r.forenames,
  surname: r.surname,
  dateOfBirth: r.dob,
});

/** A text[] parameter written as an array literal, which both drivers pass through unchanged. */
function textArray(values: string[]): SQL {
  const literal = `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
  return sql`${literal}::text[]`;
}

const and = (conditions: SQL[]): SQL => (conditions.length ? sql.join(conditions, sql` and `) : sql`true`);

/**
 * Date-of-birth conditions on `column`. A full date also keeps day/month swaps, the same birthday in another year,
 * the same year and an unknown date (all ranked lower); a year or an age range keeps only known dates within it.
 */
export function birthConditions(query: ParsedPersonQuery, column: SQL): SQL[] {
  const out: SQL[] = [];
  if (query.dateOfBirth) {
    const year = query.dateOfBirth.slice(0, 4);
    const swapped = swapDayMonth(query.dateOfBirth) ?? query.dateOfBirth;
    // The same birthday in other years as a list of dates, so that every arm of the OR can use a date-of-birth index.
    const birthdays = `{${sameDayInOtherYears(query.dateOfBirth).join(',')}}`;
    out.push(
      sql`(${column} between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date or ${column} = ${swapped}::date or ${column} = any(${birthdays}::date[]) or ${column} is null)`,
    );
  }
  if (query.birthYear) out.push(sql`${column} between ${`${query.birthYear}-01-01`}::date and ${`${query.birthYear}-12-31`}::date`);
  if (query.bornFrom) out.push(sql`${column} >= ${query.bornFrom}::date`);
  if (query.bornTo) out.push(sql`${column} <= ${query.bornTo}::date`);
  return out;
}

const BIRTH_YEARS = { from: 1900, to: 2100 };

function sameDayInOtherYears(date: string): string[] {
  const [year, month, day] = date.split('-');
  const out: string[] = [];
  for (let y = BIRTH_YEARS.from; y <= BIRTH_YEARS.to; y++) {
    if (String(y) === year) continue;
    if (month === '02' && day === '29' && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) continue;
    out.push(`${y}-${month}-${day}`);
  }
  return out;
}

/** Conditions on locations `l` for a postcode (full, or outward code alone) and a street. */
export function locationConditions(query: ParsedPersonQuery, street: StreetMatch): SQL[] {
  const out: SQL[] = [];
  if (query.postcode && query.postcode.length <= 4) {
    // Every full postcode is the outward code + digit + two letters; the range keeps the btree index usable.
    const outward = query.postcode;
    out.push(sql`l.postcode_norm between ${`${outward}0AA`} and ${`${outward}9ZZ`} and l.postcode_norm like ${`${outward}___`}`);
  } else if (query.postcode) {
    out.push(sql`l.postcode_norm = ${query.postcode}`);
  }
  if (query.street && street === 'similar') out.push(sql`l.street % ${query.street} and similarity(l.street, ${query.street}) >= ${STREET_SIMILARITY}`);
  if (query.street && street === 'contains') {
    const pattern = `%${query.street.replace(/[^a-z0-9' -]/gi, '').split(/\s+/).filter(Boolean).join('%')}%`;
    out.push(sql`l.street ilike ${pattern}`);
  }
  return out;
}

export type NameChannels = {
  exact: string[];
  strong: string[];
  typo: string[];
  loose: string[];
  /** a single typed word taken as the start of a surname */
  prefix?: string;
  /**
   * Look all keys up in one index scan. Right when a date of birth or year narrows the rows to a few: separate
   * channels only keep broad keys from crowding out close ones under their limits, and each would repeat the
   * date-of-birth part of the scan.
   */
  together?: boolean;
};

/**
 * At most `limit` name rows of live (not merged) persons among the person_names rows meeting `where`.
 *
 * The join sits beside the LIMIT on purpose: a LIMIT over a single table lets the planner pass the small fraction
 * of rows wanted down to the scan, and with the coarse selectivity estimates of `keys && …` it then picks a
 * sequential scan "to stop early" that in fact reads the whole table. With a join at that level PostgreSQL plans
 * the fenced (OFFSET 0) subquery for full retrieval, i.e. an index scan, and the LIMIT still stops it early.
 */
function channel(forceId: string, where: SQL, limit: number): SQL {
  return sql`(
    select n.person_id, n.kind, n.forenames, n.surname, n.dob
    from (select n.person_id, n.kind, n.forenames, n.surname, n.date_of_birth::text as dob from person_names n where ${where} offset 0) n
    join persons p on p.force_id = ${forceId} and p.id = n.person_id
    where p.merged_into_id is null
    limit ${limit})`;
}

/**
 * Name rows of live persons reached through the search keys and the surname prefix index,
 * meeting extra conditions (date of birth, address) on `n` (person_names).
 */
export async function findNameCandidates(db: Db, forceId: string, channels: NameChannels, conditions: SQL[]): Promise<NameRow[]> {
  const base = [sql`n.force_id = ${forceId}`, sql`n.active`, ...conditions];
  const parts: SQL[] = [];
  const tiers = (['exact', 'strong', 'typo', 'loose'] as const).filter((tier) => channels[tier].length);
  if (channels.together) {
    const keys = [...new Set(tiers.flatMap((tier) => channels[tier]))];
    if (keys.length) parts.push(channel(forceId, and([...base, sql`n.keys && ${textArray(keys)}`]), CHANNEL_LIMITS.together));
  } else {
    for (const tier of tiers) parts.push(channel(forceId, and([...base, sql`n.keys && ${textArray(channels[tier])}`]), CHANNEL_LIMITS[tier]));
  }
  if (channels.prefix) {
    // ~>=~ / ~<~ are the text_pattern_ops operators, so the (force_id, surname_norm) index serves the range with a parameter.
    const upper = channels.prefix.slice(0, -1) + String.fromCharCode(channels.prefix.charCodeAt(channels.prefix.length - 1) + 1);
    const range = sql`n.surname_norm ~>=~ ${channels.prefix} and n.surname_norm ~<~ ${upper}`;
    parts.push(channel(forceId, and([...base, range]), CHANNEL_LIMITS.prefix));
  }
  if (!parts.length) return [];
  return rowsOf<RawNameRow>(await db.execute(sql.join(parts, sql` union `))).map(toNameRow);
}

/** Name rows whose full name is trigram-similar to the typed words: the fallback when no key matched well. */
export async function findTrigramCandidates(db: Db, forceId: string, words: string, conditions: SQL[]): Promise<NameRow[]> {
  const where = and([sql`n.force_id = ${forceId}`, sql`n.active`, sql`n.full_name % ${words}`, ...conditions]);
  return rowsOf<RawNameRow>(await db.execute(channel(forceId, where, CHANNEL_LIMITS.trigram))).map(toNameRow);
}

/** Live persons holding this PNC ID, however it was written. */
export async function findPersonsByPnc(db: Db, forceId: string, pncId: string, conditions: SQL[]): Promise<string[]> {
  const forms = pncIdForms(pncId);
  const result = await db.execute(sql`
    select p.id from persons p
    where ${and([sql`p.force_id = ${forceId}`, sql`p.pnc_id in (${sql.join(forms.map((f) => sql`${f}`), sql`, `)})`, sql`p.merged_into_id is null`, ...conditions])}
    limit ${CHANNEL_LIMITS.identifier}`);
  return rowsOf<{ id: string }>(result).map((r) => r.id);
}

export async function findPersonsByPhone(db: Db, forceId: string, numbers: string[], conditions: SQL[]): Promise<string[]> {
  if (!numbers.length) return [];
  const result = await db.execute(sql`
    select distinct p.id from person_phones ph
    join persons p on p.force_id = ph.force_id and p.id = ph.person_id
    where ${and([
      sql`ph.force_id = ${forceId}`,
      sql`ph.number_norm in (${sql.join(numbers.map((n) => sql`${n}`), sql`, `)})`,
      sql`p.merged_into_id is null`,
      ...conditions,
    ])}
    limit ${CHANNEL_LIMITS.identifier}`);
  return rowsOf<{ id: string }>(result).map((r) => r.id);
}

export async function findPersonsByAddress(
  db: Db,
  forceId: string,
  query: ParsedPersonQuery,
  street: StreetMatch,
  conditions: SQL[],
): Promise<string[]> {
  const result = await db.execute(sql`
    select distinct p.id from locations l
    join person_addresses pa on pa.force_id = l.force_id and pa.location_id = l.id
    join persons p on p.force_id = pa.force_id and p.id = pa.person_id
    where ${and([sql`l.force_id = ${forceId}`, ...locationConditions(query, street), sql`p.merged_into_id is null`, ...conditions])}
    limit ${CHANNEL_LIMITS.address}`);
  return rowsOf<{ id: string }>(result).map((r) => r.id);
}

/** Condition on person_names `n`: the person has an address meeting the query's postcode/street. */
export function hasAddressCondition(query: ParsedPersonQuery, street: StreetMatch): SQL {
  return sql`exists (
    select 1 from person_addresses pa
    join locations l on l.force_id = pa.force_id and l.id = pa.location_id
    where pa.force_id = n.force_id and pa.person_id = n.person_id and ${and(locationConditions(query, street))})`;
}

/** Every active name of these persons. */
export async function findNamesOfPersons(db: Db, forceId: string, personIds: string[]): Promise<NameRow[]> {
  if (!personIds.length) return [];
  const result = await db.execute(sql`
    select n.person_id, n.kind, n.forenames, n.surname, p.date_of_birth::text as dob
    from person_names n join persons p on p.force_id = n.force_id and p.id = n.person_id
    where n.force_id = ${forceId} and n.active and n.person_id in (${sql.join(personIds.map((id) => sql`${id}::uuid`), sql`, `)})`);
  return rowsOf<RawNameRow>(result).map(toNameRow);
}
