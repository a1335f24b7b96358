import { newId } from '../../../platform/db/columns.js';
import { problem } from '../../../platform/http/problems.js';
import type { IncidentView, ReviewBody } from '../contract.js';
import { isSupervisor } from '../policy.js';
import { insertLog, insertReview } from '../queries.js';
import { changeIncident, type IncidentCtx } from './record.js';

/**
 * Records a re-assessment (resets the 8-hourly review clock) and, by a supervisor, the supervisory review that
 * DA / child / vulnerable incidents need before closure (STANDARDS §2 C4, C6; F04 dip-sample score).
 */
export function reviewIncident(ctx: IncidentCtx, id: string, body: ReviewBody): Promise<IncidentView> {
  const supervisory = isSupervisor(ctx.user);
  if (body.thriveQuality && !supervisory) throw problem('forbidden', 'Only a supervisor scores the quality of a THRIVE assessment.');
  return changeIncident(ctx, id, null, (_tx, incident) => {
    if (incident.status === 'closed') throw problem('invalid-state', 'The incident is closed.');
    const now = ctx.now();
    return {
      changes: { lastReviewedAt: now, lastReviewedBy: ctx.user.username, ...(supervisory ? { supervisorReviewedAt: now } : {}) },
      action: supervisory ? 'incident.supervisor_reviewed' : 'incident.reviewed',
      detail: { note: body.note, thriveQuality: body.thriveQuality ?? null },
      after: async (tx) => {
        await insertReview(tx, { forceId: ctx.forceId, id: newId(), incidentId: id, at: now, userId: ctx.user.id, username: ctx.user.username, role: ctx.user.role, supervisory, note: body.note, thriveQuality: body.thriveQuality ?? null });
        await insertLog(tx, { forceId: ctx.forceId, id: newId(), incidentId: id, at: now, userId: ctx.user.id, username: ctx.user.username, kind: 'system', text: `${supervisory ? 'Supervisor review' : 'Re-assessment'}: ${body.note}` });
      },
    };
  });
}
