import { audit } from '../../../platform/audit/audit.js';
import type { Db } from '../../../platform/db/connect.js';
import type { Ctx } from '../../../platform/http/context.js';
import { decodeCursor, pageOf } from '../../../platform/http/pagination.js';
import { personRefs } from '../../../platform/pole/disclosure.js';
import { z } from 'zod';
import type { CrimeList, CrimeListQuery, CrimeView } from '../contract.js';
import { presentCrime, presentCrimeSummary } from '../present.js';
import { findCrimePersons, findHistory, findLocation, getCrime, listCrimeRows, type CrimeRow } from '../queries.js';
import { CLASSIFICATIONS } from '../reference/classifications.js';

/** The full view of a crime as this user sees it: its people through personRefs, once for all of them (disclosure audited). */
export async function crimeView(tx: Db, ctx: Ctx, crime: CrimeRow): Promise<CrimeView> {
  const location = crime.locationId ? await findLocation(tx, ctx.forceId, crime.locationId) : null;
  const persons = await findCrimePersons(tx, ctx.forceId, [crime.id]);
  const history = await findHistory(tx, ctx.forceId, crime.id);
  const refs = await personRefs(tx, ctx, persons.map((p) => p.personId), { type: 'crime', id: crime.id });
  return presentCrime(crime, { location, persons, refs, history }, ctx.user);
}

/** Reading a crime shows its victims, so the read is audited (DESIGN §5). */
export async function readCrime(ctx: Ctx, id: string): Promise<CrimeView> {
  return ctx.db.transaction(async (tx) => {
    const crime = await getCrime(tx, ctx.forceId, id);
    await audit(tx, ctx, 'read', { type: 'crime', id });
    return crimeView(tx, ctx, crime);
  });
}

const Cursor = z.tuple([z.string(), z.uuid()]);

export async function listCrimes(ctx: Ctx, query: CrimeListQuery): Promise<CrimeList> {
  const codes = query.classification
    ? [query.classification]
    : query.group ? CLASSIFICATIONS.filter((c) => c.group === query.group).map((c) => c.code) : undefined;
  const rows = await listCrimeRows(ctx.db, {
    forceId: ctx.forceId,
    reference: query.reference,
    personId: query.personId,
    codes,
    district: query.district,
    status: query.status,
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
    flags: query.flags,
    vulnerableVictim: query.vulnerableVictim,
    after: decodeCursor(query.cursor, Cursor),
  }, query.limit + 1);
  const page = pageOf(rows, query.limit, (last) => [last.recordedAt.toISOString(), last.id] as const);
  return { items: page.items.map(presentCrimeSummary), nextCursor: page.nextCursor };
}
