import { londonDate } from '../../clock.js';
import type { Ctx } from '../../http/context.js';
import { decodeCursor, encodeCursor } from '../../http/pagination.js';
import { fieldProblem } from '../../http/problems.js';
import { audit } from '../../audit/audit.js';
import { parsePersonQuery } from '../../search/query.js';
import { duplicateCandidates, searchPersons } from '../../search/search.js';
import { findMarkers, findPersonsByIds, type MarkerRow, type PersonRow } from '../queries.js';
import { personRefs } from '../disclosure.js';
import { presentMarkers } from '../present.js';
import type { DuplicateCheckBody, PersonSearchQuery, PersonSearchRow } from '../contract.js';
import { z } from 'zod';

type Match = { personId: string; score: number; matchedOn: PersonSearchRow['matchedOn']; matchedName: { forenames: string; surname: string } | null; reasons?: string[] };

/**
 * Result rows with markers, disclosed through personRefs (audited). A restricted person appears only to their access
 * list: search must not reveal that a protected person exists (a stated reason opens a known record, not a search).
 */
async function searchRows(ctx: Ctx, matches: Match[]): Promise<{ rows: PersonSearchRow[]; hidden: number }> {
  const ids = matches.map((m) => m.personId);
  const refs = await personRefs(ctx.db, { ...ctx, accessReason: undefined }, ids, { type: 'person', id: null });
  const persons = new Map((await findPersonsByIds(ctx.db, ctx.forceId, ids)).map((p) => [p.id, p]));
  const markers = new Map<string, MarkerRow[]>();
  for (const m of await findMarkers(ctx.db, ctx.forceId, ids)) {
    if (m.endedAt) continue;
    markers.set(m.personId, [...(markers.get(m.personId) ?? []), m]);
  }
  let hidden = 0;
  const rows = matches.flatMap((match) => {
    const p = persons.get(match.personId) as PersonRow | undefined;
    const ref = refs.get(match.personId);
    if (!p || !ref) return [];
    if (ref.redacted) {
      hidden++;
      return [];
    }
    return [{
      id: p.id, reference: p.reference, gender: p.gender, score: Math.round(match.score * 1000) / 1000,
      forenames: ref.forenames, surname: ref.surname, dateOfBirth: ref.dateOfBirth,
      matchedOn: match.matchedOn, matchedName: match.matchedName, restricted: p.restricted,
      warningMarkers: presentMarkers(markers.get(p.id) ?? []),
      ...(match.reasons ? { reasons: match.reasons } : {}),
    }];
  });
  return { rows, hidden };
}

export async function findPersons(ctx: Ctx, q: PersonSearchQuery) {
  if (q.ageFrom !== undefined && q.ageTo !== undefined && q.ageFrom > q.ageTo) throw fieldProblem('querystring.ageFrom', 'must not be more than ageTo');
  const parsed = parsePersonQuery(q.q, { dob: q.dob, ageFrom: q.ageFrom, ageTo: q.ageTo, today: londonDate(ctx.now()) });
  const offset = decodeCursor(q.cursor, z.number().int().min(0).max(10_000)) ?? 0;
  const result = await searchPersons(ctx.db, ctx.forceId, parsed, { limit: q.limit, offset });
  const { rows: items } = await searchRows(ctx, result.items);
  await audit(ctx.db, ctx, 'persons.searched', { type: 'person', id: null }, { detail: { q: q.q, dob: q.dob, ageFrom: q.ageFrom, ageTo: q.ageTo, results: items.length } });
  return { items, nextCursor: result.hasMore ? encodeCursor(offset + q.limit) : null };
}

export async function findDuplicateCandidates(ctx: Ctx, body: DuplicateCheckBody) {
  const candidates = await duplicateCandidates(ctx.db, ctx.forceId, {
    forenames: body.forenames, surname: body.surname, dateOfBirth: body.dateOfBirth ?? undefined, pncId: body.pncId ?? undefined, phones: body.phones,
  });
  const { rows: items, hidden } = await searchRows(ctx, candidates.map((c) => ({ ...c, matchedOn: 'name' as const, matchedName: null })));
  await audit(ctx.db, ctx, 'persons.duplicate_check', { type: 'person', id: null }, { detail: { forenames: body.forenames, surname: body.surname, results: items.length, restrictedMatches: hidden } });
  // How a force avoids duplicating a protected person without disclosing them: a warning, no name, no score.
  return { items, restrictedMatch: hidden > 0 };
}
