import { newId } from '../../../platform/db/columns.js';
import { Problem } from '../../../platform/http/problems.js';
import type { GradeBody, IncidentView } from '../contract.js';
import { isSupervisor } from '../policy.js';
import { findSlot, insertGrading, insertLog, settingsOf } from '../queries.js';
import {
  GRADE_LABELS, gradeChangeRefusal, isThriveComplete, proposedGrade, statusAfterGrading, targetDueAt,
  type AreaType, type Grade, type GradeRefusal, type IncidentStatus,
} from '../rules.js';
import { changeIncident, deriveFlags, personFacts, type IncidentCtx } from './record.js';

const REFUSAL_PROBLEM: Record<GradeRefusal['kind'], { code: 'unprocessable' | 'invalid-state'; path?: string }> = {
  'thrive-incomplete': { code: 'unprocessable' },
  availability: { code: 'unprocessable', path: 'body.reason' },
  'needs-reason': { code: 'unprocessable', path: 'body.reason' },
  'needs-supervisor': { code: 'invalid-state' },
};

/** Grades or regrades from THRIVE and flags; unit availability is never consulted (STANDARDS §2 C1, C6; F03, F06). */
export function gradeIncident(ctx: IncidentCtx, id: string, version: number, body: GradeBody): Promise<IncidentView> {
  return changeIncident(ctx, id, version, async (tx, incident) => {
    if (incident.status === 'closed' || incident.status === 'resolved') throw new Problem('invalid-state', `The incident is ${incident.status}; it cannot be regraded.`);
    const now = ctx.now();
    const settings = await settingsOf(tx, ctx.forceId);
    const derived = await deriveFlags(tx, incident, await personFacts(tx, incident, settings, now), settings, now);
    const proposal = proposedGrade(incident.thrive, derived.flags, incident.type);
    const current = incident.grade as Grade | null;
    const refusal = gradeChangeRefusal({
      current, proposed: proposal.grade, to: body.grade, reason: body.reason, flags: derived.flags,
      bySupervisor: isSupervisor(ctx.user), thriveComplete: isThriveComplete(incident.thrive),
    });
    if (refusal) {
      const { code, path } = REFUSAL_PROBLEM[refusal.kind];
      throw new Problem(code, refusal.detail, path ? [{ path, message: refusal.detail }] : undefined);
    }
    const slot = await findSlot(tx, ctx.forceId, incident.appointmentId);
    const targetAt = targetDueAt({ grade: body.grade, gradedAt: now, areaType: incident.areaType as AreaType, appointmentAt: slot?.startsAt ?? null }, settings);
    const line = current
      ? `Regraded ${GRADE_LABELS[current]} → ${GRADE_LABELS[body.grade]}${body.reason ? `: ${body.reason}` : ''}`
      : `Graded ${GRADE_LABELS[body.grade]} (proposed ${GRADE_LABELS[proposal.grade]})${body.reason ? `: ${body.reason}` : ''}`;
    return {
      changes: { grade: body.grade, gradedAt: now, gradedBy: ctx.user.id, targetAt, status: statusAfterGrading(body.grade, incident.status as IncidentStatus) },
      action: current ? 'incident.regraded' : 'incident.graded',
      reason: body.reason ?? null,
      detail: { from: current, to: body.grade, proposed: proposal.grade, proposedReasons: proposal.reasons },
      after: async (t) => {
        await insertGrading(t, { forceId: ctx.forceId, id: newId(), incidentId: id, at: now, userId: ctx.user.id, username: ctx.user.username, fromGrade: current, toGrade: body.grade, proposedGrade: proposal.grade, reason: body.reason ?? null });
        await insertLog(t, { forceId: ctx.forceId, id: newId(), incidentId: id, at: now, userId: ctx.user.id, username: ctx.user.username, kind: 'system', text: line });
      },
    };
  });
}
