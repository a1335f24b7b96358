import { audit } from '../../../platform/audit/audit.js';
import type { Db } from '../../../platform/db/connect.js';
import type { Ctx } from '../../../platform/http/context.js';
import { districtFilter } from '../../../platform/geography/index.js';
import { decodeCursor, pageOf } from '../../../platform/http/pagination.js';
import { personRefs } from '../../../platform/pole/disclosure.js';
import { z } from 'zod';
import type { CrimeList, CrimeListQuery, CrimeView } from '../contract.js';
import { presentCrime, presentCrimeSummary } from '../present.js';
import { countCrimeRows, findCrimePersons, findHistory, findIncidentRef, findLocation, getCrime, listCrimeRows, type CrimeFilter, type CrimeRow } from '../queries.js';
import { CLASSIFICATIONS } from '../reference/classifications.js';

/** The full view of a crime as this user sees it: its people through personRefs, once for all of them (disclosure audited). */
export async function crimeView(tx: Db, ctx: Ctx, crime: CrimeRow): Promise<CrimeView> {
  const location = crime.locationId ? await findLocation(tx, ctx.forceId, crime.locationId) : null;
  const persons = await findCrimePersons(tx, ctx.forceId, [crime.id]);
  const history = await findHistory(tx, ctx.forceId, crime.id);
  const refs = await personRefs(tx, ctx, persons.map((p) => p.personId), { type: 'crime', id: crime.id });
  const incident = crime.incidentId ? await findIncidentRef(tx, ctx.forceId, crime.incidentId) : null;
  return presentCrime(crime, { location, persons, refs, history, incident }, ctx.user);
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

/** Crimes matching the filters, newest first, paged on the server with the true total. */
export async function listCrimes(ctx: Ctx, query: CrimeListQuery): Promise<CrimeList> {
  const codes = query.classification
    ? [query.classification]
    : query.group ? CLASSIFICATIONS.filter((c) => c.group === query.group).map((c) => c.code) : undefined;
  const filter: CrimeFilter = {
    forceId: ctx.forceId,
    reference: query.reference,
    personId: query.personId,
    codes,
    // One of the force's districts (code or name, any case), matched exactly by name; an unknown one is a 400.
    district: districtFilter(ctx.forceId, query.district),
    status: query.status,
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
    flags: query.flags,
    vulnerableVictim: query.vulnerableVictim,
  };
  const after = decodeCursor(query.cursor, Cursor);
  const [rows, total] = await Promise.all([listCrimeRows(ctx.db, { ...filter, after }, query.limit + 1), countCrimeRows(ctx.db, filter)]);
  const page = pageOf(rows, query.limit, (last) => [last.recordedAt.toISOString(), last.id] as const);
  return { items: page.items.map(presentCrimeSummary), nextCursor: page.nextCursor, total };
}
