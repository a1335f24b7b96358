import { londonDate } from '../../clock.js';
import type { Ctx } from '../../http/context.js';
import { decodeCursor, encodeCursor } from '../../http/pagination.js';
import { fieldProblem } from '../../http/problems.js';
import { audit } from '../../audit/audit.js';
import { parsePersonQuery } from '../../search/query.js';
import { duplicateCandidates, searchPersons } from '../../search/search.js';
import { accessibleIds, findMarkers, findPersonsByIds, type MarkerRow, type PersonRow } from '../queries.js';
import { presentMarkers } from '../present.js';
import type { DuplicateCheckBody, PersonSearchQuery, PersonSearchRow } from '../contract.js';
import { z } from 'zod';

type Match = { personId: string; score: number; matchedOn: PersonSearchRow['matchedOn']; matchedName: { forenames: string; surname: string } | null; reasons?: string[] };

/** Result rows with markers; restricted records the user is not cleared for show only that they exist. */
async function searchRows(ctx: Ctx, matches: Match[]): Promise<PersonSearchRow[]> {
  const ids = matches.map((m) => m.personId);
  const persons = new Map((await findPersonsByIds(ctx.db, ctx.forceId, ids)).map((p) => [p.id, p]));
  const restricted = ids.filter((id) => persons.get(id)?.restricted);
  const cleared = await accessibleIds(ctx.db, ctx.forceId, restricted, ctx.user.id);
  const markers = new Map<string, MarkerRow[]>();
  for (const m of await findMarkers(ctx.db, ctx.forceId, ids)) {
    if (m.endedAt) continue;
    markers.set(m.personId, [...(markers.get(m.personId) ?? []), m]);
  }
  return matches.flatMap((match) => {
    const p = persons.get(match.personId) as PersonRow | undefined;
    if (!p) return [];
    const hidden = p.restricted && !cleared.has(p.id);
    return [{
      id: p.id, reference: p.reference, gender: hidden ? 'unknown' : p.gender, score: Math.round(match.score * 1000) / 1000,
      forenames: hidden ? 'Restricted' : p.forenames, surname: hidden ? 'record' : p.surname, dateOfBirth: hidden ? null : p.dateOfBirth,
      matchedOn: hidden ? 'name' : match.matchedOn, matchedName: hidden ? null : match.matchedName, restricted: p.restricted,
      warningMarkers: hidden ? [] : presentMarkers(markers.get(p.id) ?? []),
      ...(match.reasons ? { reasons: hidden ? [] : match.reasons } : {}),
    }];
  });
}

export async function findPersons(ctx: Ctx, q: PersonSearchQuery) {
  if (q.ageFrom !== undefined && q.ageTo !== undefined && q.ageFrom > q.ageTo) throw fieldProblem('querystring.ageFrom', 'must not be more than ageTo');
  const parsed = parsePersonQuery(q.q, { dob: q.dob, ageFrom: q.ageFrom, ageTo: q.ageTo, today: londonDate(ctx.now()) });
  const offset = decodeCursor(q.cursor, z.number().int().min(0).max(10_000)) ?? 0;
  const result = await searchPersons(ctx.db, ctx.forceId, parsed, { limit: q.limit, offset });
  const items = await searchRows(ctx, result.items);
  await audit(ctx.db, ctx, 'persons.searched', { type: 'person', id: null }, { detail: { q: q.q, dob: q.dob, ageFrom: q.ageFrom, ageTo: q.ageTo, results: items.length } });
  return { items, nextCursor: result.hasMore ? encodeCursor(offset + q.limit) : null };
}

export async function findDuplicateCandidates(ctx: Ctx, body: DuplicateCheckBody) {
  const candidates = await duplicateCandidates(ctx.db, ctx.forceId, {
    forenames: body.forenames, surname: body.surname, dateOfBirth: body.dateOfBirth ?? undefined, pncId: body.pncId ?? undefined, phones: body.phones,
  });
  const items = await searchRows(ctx, candidates.map((c) => ({ ...c, matchedOn: 'name' as const, matchedName: null })));
  await audit(ctx.db, ctx, 'persons.duplicate_check', { type: 'person', id: null }, { detail: { forenames: body.forenames, surname: body.surname, results: items.length } });
  return { items };
}
