import { sql } from 'drizzle-orm';
import type { Db } from '../db/connect.js';
import {
  birthConditions, findNameCandidates, findNamesOfPersons, findPersonsByAddress, findPersonsByPhone, findPersonsByPnc,
  findTrigramCandidates, hasAddressCondition, type NameRow, type StreetMatch,
} from './candidates.js';
import { nameWords, queryNameKeys } from './keys.js';
import { normalisePhone, type ParsedPersonQuery } from './query.js';
import { DOB_SCORES, NAME_WEIGHTS, dobAgreement, scoreCandidate, splitNameSimilarity, type DobAgreement } from './rank.js';
import { outsideRowSecurity } from '../db/scope.js';

export type MatchedOn = 'name' | 'alias' | 'phone' | 'pnc' | 'address';

export type PersonMatch = {
  personId: string;
  score: number;
  matchedOn: MatchedOn;
  matchedName: { forenames: string; surname: string };
};

/** Name matches below this are noise from the looser channels (a shared initial, a far trigram). */
export const MIN_NAME_SCORE = 0.5;
/** A name match this good means the keys found what was typed, so the trigram fallback is not needed. */
export const GOOD_NAME_SCORE = 0.75;

/** Score of a match on an identifier or address alone, before any name typed with it is weighed in. */
export const CHANNEL_SCORES = { pnc: 1, phone: 0.95, fullPostcode: 0.9, address: 0.8 } as const;
/** Share of an identifier match's score that depends on how well the typed name (or date of birth) agrees. */
export const AGREEMENT_SHARE = 0.2;

type Scored = PersonMatch & { order: string };

/**
 * People of one force matching a parsed search, best first. Names are found through the search keys (then trigrams
 * if nothing close came back) and filtered by date of birth and address; PNC ID, phone, and an address typed without
 * a name are channels of their own. Merged persons and inactive names are left out; a date of birth alone finds nothing.
 * A typed street is first matched as written, and only if that finds nobody by similarity.
 */
export async function searchPersons(
  db: Db,
  forceId: string,
  query: ParsedPersonQuery,
  page: { limit: number; offset: number },
): Promise<{ items: PersonMatch[]; hasMore: boolean }> {
  const ranked = await withSearchSettings(db, async (tx) => {
    const found = await rankPersons(tx, forceId, query, 'contains');
    return found.length || !query.street ? found : rankPersons(tx, forceId, query, 'similar');
  });
  const items = ranked.slice(page.offset, page.offset + page.limit).map(({ order: _, ...match }) => match);
  return { items, hasMore: ranked.length > page.offset + page.limit };
}

async function rankPersons(db: Db, forceId: string, query: ParsedPersonQuery, street: StreetMatch): Promise<Scored[]> {
  const best = new Map<string, Scored>();
  const keep = (match: Scored) => {
    const current = best.get(match.personId);
    if (!current || match.score > current.score) best.set(match.personId, match);
  };
  const named = query.nameTokens.length > 0;
  const hasAddress = Boolean(query.postcode || query.street);
  const nameConditions = birthConditions(query, sql`n.date_of_birth`);
  if (hasAddress) nameConditions.push(hasAddressCondition(query, street));
  const personConditions = birthConditions(query, sql`p.date_of_birth`);

  if (named) {
    const keys = queryNameKeys(query.nameTokens);
    const prefix = query.nameTokens.length === 1 && query.nameTokens[0].length >= 2 ? query.nameTokens[0] : undefined;
    const rank = (rows: NameRow[]) => {
      let good = false;
      for (const row of rows) {
        const score = scoreCandidate(query, row);
        good ||= score >= GOOD_NAME_SCORE;
        if (score >= MIN_NAME_SCORE) keep(scored(row, score, row.kind === 'primary' ? 'name' : 'alias'));
      }
      return good;
    };
    const together = Boolean(query.dateOfBirth || query.birthYear);
    const found = rank(await findNameCandidates(db, forceId, { ...keys, prefix, together }, nameConditions));
    if (!found) rank(await findTrigramCandidates(db, forceId, query.nameTokens.join(' '), nameConditions));
  }

  const identified: Array<[MatchedOn, number, string[]]> = [];
  if (query.pncId) identified.push(['pnc', CHANNEL_SCORES.pnc, await findPersonsByPnc(db, forceId, query.pncId, personConditions)]);
  if (query.phone) identified.push(['phone', CHANNEL_SCORES.phone, await findPersonsByPhone(db, forceId, [query.phone], personConditions)]);
  if (hasAddress && !named) {
    const base = query.postcode && query.postcode.length > 4 ? CHANNEL_SCORES.fullPostcode : CHANNEL_SCORES.address;
    identified.push(['address', base, await findPersonsByAddress(db, forceId, query, street, personConditions)]);
  }
  const ids = [...new Set(identified.flatMap(([, , personIds]) => personIds))];
  const namesById = groupByPerson(await findNamesOfPersons(db, forceId, ids));
  for (const [matchedOn, base, personIds] of identified) {
    for (const personId of personIds) {
      const names = namesById.get(personId) ?? [];
      const primary = names.find((n) => n.kind === 'primary') ?? names[0];
      if (!primary) continue;
      const agreement = named ? names.map((n) => ({ n, s: scoreCandidate(query, n) })).sort((a, b) => b.s - a.s)[0] : undefined;
      const support = agreement ? agreement.s : query.dateOfBirth ? DOB_SCORES[dobAgreement(query.dateOfBirth, primary.dateOfBirth)] : 1;
      keep(scored(agreement?.n ?? primary, base * (1 - AGREEMENT_SHARE + AGREEMENT_SHARE * support), matchedOn));
    }
  }

  return [...best.values()].sort((a, b) => b.score - a.score || a.order.localeCompare(b.order));
}

/**
 * Runs a search in a transaction without parallel workers, JIT compilation or sequential scans. Its plans are costed
 * from coarse statistics of the key arrays, which can make a few index lookups look like a big scan worth tens of
 * milliseconds of worker start-up or compiling. Worse, a query naming hundreds of keys (three name words and a
 * date of birth) is costed above a sequential scan "stopping early" at its LIMIT, and that scan then tests the key
 * overlap on every name row: minutes at two million people. Every search statement has an index to use. It runs
 * outside row-level security for the same reason (see outsideRowSecurity).
 */
function withSearchSettings<T>(db: Db, run: (tx: Db) => Promise<T>): Promise<T> {
  // Every search statement filters by force_id itself (search.test.ts proves no cross-force result).
  return outsideRowSecurity(() =>
    db.transaction(async (tx) => {
      await tx.execute(
        sql`select set_config('max_parallel_workers_per_gather', '0', true), set_config('jit', 'off', true), set_config('enable_seqscan', 'off', true)`,
      );
      return run(tx);
    }),
  );
}

function scored(row: NameRow, score: number, matchedOn: MatchedOn): Scored {
  return {
    personId: row.personId,
    score: Math.round(score * 1000) / 1000,
    matchedOn,
    matchedName: { forenames: row.forenames, surname: row.surname },
    order: `${row.surname.toLowerCase()}|${row.forenames.toLowerCase()}|${row.personId}`,
  };
}

function groupByPerson(rows: NameRow[]): Map<string, NameRow[]> {
  const map = new Map<string, NameRow[]>();
  for (const row of rows) map.set(row.personId, [...(map.get(row.personId) ?? []), row]);
  return map;
}

export type DuplicateInput = { forenames: string; surname: string; dateOfBirth?: string; pncId?: string; phones?: string[] };

export type DuplicateCandidate = { personId: string; score: number; reasons: string[] };

/** Shown before a new person is saved: at most this many, each scoring at least the threshold. */
export const DUPLICATE_LIMIT = 10;
export const DUPLICATE_THRESHOLD = 0.65;
/** A duplicate's score: name and date of birth weighed together, a shared phone adding to it, a shared PNC ID all but settling it. */
export const DUPLICATE_WEIGHTS = { name: 0.6, dateOfBirth: 0.4, samePhone: 0.2, samePnc: 0.95 } as const;

/** Date-of-birth agreement when screening for duplicates: an unknown date neither helps nor rules out. */
const DUPLICATE_DOB_SCORES: Record<DobAgreement, number> = { ...DOB_SCORES, 'same-year': 0.3, unknown: 0.5 };
const DUPLICATE_DOB_REASONS: Partial<Record<DobAgreement, string>> = {
  exact: 'same date of birth',
  swapped: 'date of birth with day and month swapped',
  'year-typo': 'same birthday, different year',
  'same-year': 'same year of birth',
};

/** Existing persons that a person about to be created probably is: same PNC ID or phone, or a similar name and date of birth. */
export function duplicateCandidates(db: Db, forceId: string, input: DuplicateInput): Promise<DuplicateCandidate[]> {
  return withSearchSettings(db, (tx) => screenDuplicates(tx, forceId, input));
}

async function screenDuplicates(db: Db, forceId: string, input: DuplicateInput): Promise<DuplicateCandidate[]> {
  const surnameWords = nameWords(input.surname);
  const forenameWords = nameWords(input.forenames);
  const keys = queryNameKeys([...forenameWords, ...surnameWords]);
  // Someone born on another day (not a swap or a year typo) cannot reach the threshold on name alone.
  const born = input.dateOfBirth ? birthConditions({ nameTokens: [], dateOfBirth: input.dateOfBirth }, sql`n.date_of_birth`) : [];
  const byName = await findNameCandidates(db, forceId, { ...keys, together: Boolean(input.dateOfBirth) }, born);
  const byPnc = input.pncId ? await findPersonsByPnc(db, forceId, input.pncId, []) : [];
  const phones = (input.phones ?? []).map(normalisePhone).filter((p) => p.length >= 6);
  const byPhone = await findPersonsByPhone(db, forceId, phones, []);
  const extraIds = [...new Set([...byPnc, ...byPhone])];
  const names = groupByPerson([...byName, ...(await findNamesOfPersons(db, forceId, extraIds))]);

  const out: DuplicateCandidate[] = [];
  for (const [personId, rows] of names) {
    const nameScore = Math.max(
      ...rows.flatMap((r) => [
        splitNameSimilarity(surnameWords, forenameWords, r),
        NAME_WEIGHTS.wrongOrder * splitNameSimilarity(forenameWords, surnameWords, r),
      ]),
    );
    const dob = rows.find((r) => r.dateOfBirth)?.dateOfBirth ?? null;
    const agreement = input.dateOfBirth ? dobAgreement(input.dateOfBirth, dob) : 'unknown';
    let score = DUPLICATE_WEIGHTS.name * nameScore + DUPLICATE_WEIGHTS.dateOfBirth * DUPLICATE_DOB_SCORES[agreement];
    const reasons: string[] = [];
    if (byPnc.includes(personId)) {
      score = Math.max(score, DUPLICATE_WEIGHTS.samePnc);
      reasons.push('same PNC ID');
    }
    if (byPhone.includes(personId)) {
      score = Math.min(1, score + DUPLICATE_WEIGHTS.samePhone);
      reasons.push('same phone number');
    }
    if (nameScore >= 0.99) reasons.push('same name');
    else if (nameScore >= 0.7) reasons.push('similar name');
    const dobReason = DUPLICATE_DOB_REASONS[agreement];
    if (dobReason) reasons.push(dobReason);
    if (score >= DUPLICATE_THRESHOLD) out.push({ personId, score: Math.round(score * 1000) / 1000, reasons });
  }
  return out.sort((a, b) => b.score - a.score || a.personId.localeCompare(b.personId)).slice(0, DUPLICATE_LIMIT);
}
