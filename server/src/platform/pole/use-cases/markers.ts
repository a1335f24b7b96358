import { londonDate } from '../../clock.js';
import type { Ctx } from '../../http/context.js';
import { fieldProblem, problem } from '../../http/problems.js';
import { audit } from '../../audit/audit.js';
import { bumpPersonVersion, endMarker, getMarker, insertMarker } from '../queries.js';
import { markerDatesProblem } from '../rules.js';
import { presentMarker } from '../present.js';
import type { AddMarkerBody, MarkerView } from '../contract.js';
import { ENTITY, personToChange } from './access.js';

export async function addWarningMarker(ctx: Ctx, personId: string, body: AddMarkerBody): Promise<MarkerView> {
  const startDate = body.startDate ?? londonDate(ctx.now());
  const datesProblem = markerDatesProblem(startDate, body.reviewDate);
  if (datesProblem) throw fieldProblem('body.reviewDate', datesProblem);
  return ctx.db.transaction(async (tx) => {
    await personToChange(tx, ctx, personId);
    const marker = await insertMarker(tx, {
      forceId: ctx.forceId, personId, code: body.code, reason: body.reason, source: body.source, startDate,
      reviewDate: body.reviewDate ?? null, createdBy: ctx.user.id, createdAt: ctx.now(),
    });
    await bumpPersonVersion(tx, ctx.forceId, personId, ctx.now());
    await audit(tx, ctx, 'person.marker_added', { type: ENTITY, id: personId }, { detail: { markerId: marker.id, code: marker.code } });
    return presentMarker(marker);
  });
}

/** Markers are ended with a reason, never deleted, so the history of what officers were warned about stays. */
export async function endWarningMarker(ctx: Ctx, personId: string, markerId: string, reason: string): Promise<MarkerView> {
  return ctx.db.transaction(async (tx) => {
    await personToChange(tx, ctx, personId);
    const marker = await getMarker(tx, ctx.forceId, personId, markerId);
    if (marker.endedAt) throw problem('invalid-state', 'This warning marker has already been ended.');
    const ended = await endMarker(tx, marker, { endedAt: ctx.now(), endedBy: ctx.user.id, endReason: reason });
    await bumpPersonVersion(tx, ctx.forceId, personId, ctx.now());
    await audit(tx, ctx, 'person.marker_ended', { type: ENTITY, id: personId }, { reason, detail: { markerId, code: marker.code } });
    return presentMarker(ended);
  });
}
