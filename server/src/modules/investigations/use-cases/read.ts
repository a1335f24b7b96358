import { z } from 'zod';
import { audit } from '../../../platform/audit/audit.js';
import type { Ctx } from '../../../platform/http/context.js';
import { decodeCursor, pageOf } from '../../../platform/http/pagination.js';
import type { InvestigationList, InvestigationListQuery, InvestigationTeamList, InvestigationView } from '../contract.js';
import { presentSummary } from '../present.js';
import { countInvestigationRows, findCrimeRefs, findUsers, getInvestigation, investigationTeams, listInvestigationRows, type InvestigationFilter } from '../queries.js';
import { OPEN_STATUSES } from '../rules.js';
import { investigationView } from './shared.js';

/** The investigation shows the crime and the victim-informed steps, so the read is audited (DESIGN §5). */
export function readInvestigation(ctx: Ctx, id: string): Promise<InvestigationView> {
  return ctx.db.transaction(async (tx) => {
    const inv = await getInvestigation(tx, ctx.forceId, id);
    await audit(tx, ctx, 'read', { type: 'investigation', id });
    return investigationView(tx, ctx, inv);
  });
}

const Cursor = z.tuple([z.number().int(), z.string(), z.uuid()]);

/** Risk first, then oldest: the order a supervisor or investigator works in. Filtered and paged here, with the true total. */
export async function listInvestigations(ctx: Ctx, query: InvestigationListQuery): Promise<InvestigationList> {
  const after = decodeCursor(query.cursor, Cursor);
  const now = ctx.now();
  const filter: InvestigationFilter = {
    forceId: ctx.forceId,
    statuses: query.status === 'open' ? OPEN_STATUSES : query.status ? [query.status] : undefined,
    risk: query.risk,
    team: query.team,
    officerId: query.mine ? ctx.user.id : query.officerId,
    crimeId: query.crimeId,
    reviewOverdueAt: query.reviewOverdue ? now : undefined,
  };
  const [rows, total] = await Promise.all([listInvestigationRows(ctx.db, { ...filter, after }, query.limit + 1), countInvestigationRows(ctx.db, filter)]);
  const page = pageOf(rows, query.limit, (last) => [Number(last.rank), last.inv.createdAt.toISOString(), last.inv.id]);
  const crimes = await findCrimeRefs(ctx.db, ctx.forceId, page.items.map((r) => r.inv.crimeId));
  const people = await findUsers(ctx.db, ctx.forceId, page.items.map((r) => r.inv.officerId).filter((x): x is string => Boolean(x)));
  return {
    items: page.items.flatMap((r) => {
      const crime = crimes.get(r.inv.crimeId);
      return crime ? [presentSummary(r.inv, crime, people, now)] : [];
    }),
    nextCursor: page.nextCursor,
    total,
  };
}

/** The units holding investigations, for the list's unit filter. */
export async function listInvestigationTeams(ctx: Ctx): Promise<InvestigationTeamList> {
  return { items: await investigationTeams(ctx.db, ctx.forceId) };
}
