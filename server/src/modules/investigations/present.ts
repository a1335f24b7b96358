import type { Actor } from '../../platform/http/context.js';
import { CLASSIFICATION_BY_CODE } from '../crimes/index.js';
import type { ForensicRequestView, InvestigationSummary, InvestigationView } from './contract.js';
import { investigationAbilities } from './policy.js';
import type {
  ActionRow, CrimeRefRow, ForensicRow, HandoverRow, InvestigationRow, MovementRow, OutcomeRow, ReviewRow, UserRow, findExhibits,
} from './queries.js';
import {
  forensicAgeDays, isActionOverdue, isReviewOverdue, needsAccreditedInvestigator, OUTCOME_GROUPS, OUTCOME_LABELS, type InvestigationStatus, type OutcomeCode,
  type RiskLevel,
} from './rules.js';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

export function presentUser(id: string, people: ReadonlyMap<string, UserRow>) {
  const u = people.get(id);
  return { id, displayName: u?.displayName ?? 'Unknown user', team: u?.team ?? null };
}

export function presentCrimeRef(c: CrimeRefRow) {
  return {
    id: c.id, reference: c.reference, classificationCode: c.classificationCode, classification: CLASSIFICATION_BY_CODE.get(c.classificationCode)?.description ?? c.classificationCode,
    summary: c.summary, recordedAt: c.recordedAt.toISOString(), flags: c.flags, status: c.status,
  };
}

export function presentSummary(inv: InvestigationRow, crime: CrimeRefRow, people: ReadonlyMap<string, UserRow>, now: Date): InvestigationSummary {
  const open = inv.status === 'allocated' || inv.status === 'under_investigation';
  return {
    id: inv.id,
    crime: presentCrimeRef(crime),
    status: inv.status as InvestigationStatus,
    risk: inv.risk as RiskLevel,
    riskReasons: inv.riskReasons,
    team: inv.team,
    officer: inv.officerId ? presentUser(inv.officerId, people) : null,
    outcome: inv.outcome,
    nextReviewDueAt: iso(inv.nextReviewDueAt),
    reviewOverdue: open && isReviewOverdue(inv.nextReviewDueAt, now),
    openedAt: inv.createdAt.toISOString(),
    version: inv.version,
  };
}

export function presentForensic(row: ForensicRow, crimeReference: string, now: Date): ForensicRequestView {
  return {
    id: row.id, reference: row.reference, investigationId: row.investigationId, crimeReference, deviceType: row.deviceType, description: row.description,
    risk: row.risk, childOrVulnerable: row.childOrVulnerable, priority: row.priority, status: row.status, requestedAt: row.requestedAt.toISOString(),
    startedAt: iso(row.startedAt), completedAt: iso(row.completedAt), ageDays: forensicAgeDays(row.requestedAt, row.completedAt, now), result: row.result,
    version: row.version, forceId: row.forceId,
  };
}

function presentMovement(m: { movement: MovementRow; username: string }) {
  return { at: m.movement.at.toISOString(), fromHolder: m.movement.fromHolder, toHolder: m.movement.toHolder, purpose: m.movement.purpose, by: m.username };
}

function presentOutcome(o: OutcomeRow, people: ReadonlyMap<string, UserRow>) {
  return {
    id: o.id, outcome: o.outcome, label: OUTCOME_LABELS[o.outcome as OutcomeCode] ?? o.outcome, group: OUTCOME_GROUPS[o.outcome as OutcomeCode] ?? '',
    rationale: o.rationale, conditions: o.conditions, victimInformed: o.victimInformed, victimInformedAt: iso(o.victimInformedAt),
    victimInformedMethod: o.victimInformedMethod, victimNotInformedReason: o.victimNotInformedReason, decidedBy: presentUser(o.decidedBy, people),
    authorityRole: o.authorityRole, decidedAt: o.decidedAt.toISOString(), reopenedAt: iso(o.reopenedAt), reopenReason: o.reopenReason,
  };
}

export type InvestigationParts = {
  crime: CrimeRefRow;
  actions: ActionRow[];
  reviews: ReviewRow[];
  handovers: HandoverRow[];
  outcomes: OutcomeRow[];
  exhibits: Awaited<ReturnType<typeof findExhibits>>;
  forensic: { request: ForensicRow; crimeReference: string }[];
  tasks: { id: string; title: string; dueAt: Date; status: string }[];
  people: ReadonlyMap<string, UserRow>;
};

export function presentInvestigation(inv: InvestigationRow, parts: InvestigationParts, user: Actor, now: Date): InvestigationView {
  const { people } = parts;
  const status = inv.status as InvestigationStatus;
  const planRecorded = inv.planRecordedAt !== null;
  const c = CLASSIFICATION_BY_CODE.get(parts.crime.classificationCode);
  return {
    ...presentSummary(inv, parts.crime, people, now),
    screening: {
      thrive: inv.thrive, solvabilityFactors: inv.solvabilityFactors, solvabilityScore: inv.solvabilityScore, screenedAt: inv.screenedAt.toISOString(),
      allocationRuleId: inv.allocationRuleId, allocationLabel: inv.allocationLabel, screenOut: status === 'screened_out' || inv.screenOutVictimInformedAt !== null,
      victimInformedAt: iso(inv.screenOutVictimInformedAt), victimInformedMethod: inv.screenOutVictimInformedMethod,
    },
    facts: {
      domesticAbuse: inv.domesticAbuse, childVictim: inv.childVictim, vulnerableVictim: inv.vulnerableVictim, rapeOrSeriousSexual: inv.rapeOrSeriousSexual,
      accreditedInvestigatorNeeded: needsAccreditedInvestigator({
        classificationCode: parts.crime.classificationCode, group: c?.group ?? '', rape: c?.rape === true, seriousSexual: inv.rapeOrSeriousSexual,
        domesticAbuse: inv.domesticAbuse, childVictim: inv.childVictim, vulnerableVictim: inv.vulnerableVictim, victimless: c?.victimless === true,
      }, inv.risk as RiskLevel),
    },
    allocatedAt: iso(inv.allocatedAt),
    accreditationOverride: inv.accreditationOverride,
    plan: planRecorded ? {
      recordedAt: inv.planRecordedAt!.toISOString(), summary: inv.planSummary, safeguarding: inv.safeguarding, victimContact: inv.victimContact,
      sceneAttended: inv.sceneAttended, sceneReason: inv.sceneReason, sceneEvidence: inv.sceneEvidence, bwvCaptured: inv.bwvCaptured, bwvReason: inv.bwvReason,
    } : null,
    actions: parts.actions.map((a) => ({
      id: a.id, kind: a.kind, description: a.description, owner: presentUser(a.ownerId, people), dueAt: a.dueAt.toISOString(), result: a.result,
      completedAt: iso(a.completedAt), overdue: isActionOverdue(a, now),
    })),
    reviews: parts.reviews.map((r) => ({
      id: r.id, kind: r.kind, direction: r.direction, reviewer: presentUser(r.reviewerId, people), reviewedAt: r.reviewedAt.toISOString(), dueAt: iso(r.dueAt),
      late: r.dueAt !== null && r.reviewedAt > r.dueAt, nextDueAt: iso(r.nextDueAt),
    })),
    handovers: parts.handovers.map((h) => ({
      id: h.id, from: h.fromOfficerId ? presentUser(h.fromOfficerId, people) : null, to: presentUser(h.toOfficerId, people), handoverNote: h.handoverNote,
      supervisoryEntry: h.supervisoryEntry, supervisor: presentUser(h.supervisorId, people), at: h.at.toISOString(),
    })),
    outcomes: parts.outcomes.map((o) => presentOutcome(o, people)),
    exhibits: parts.exhibits.exhibits.map(({ exhibit, objectReference }) => ({
      id: exhibit.id, objectId: exhibit.objectId, objectReference, exhibitReference: exhibit.exhibitReference, description: exhibit.description,
      seizedAt: exhibit.seizedAt.toISOString(), currentHolder: exhibit.currentHolder,
      movements: parts.exhibits.movements.filter((m) => m.movement.exhibitId === exhibit.id).map(presentMovement),
    })),
    forensicRequests: parts.forensic.map((f) => presentForensic(f.request, f.crimeReference, now)),
    reviewTasks: parts.tasks.map((t) => ({ id: t.id, title: t.title, dueAt: t.dueAt.toISOString(), status: t.status, overdue: t.status === 'open' && t.dueAt < now })),
    finalisedAt: iso(inv.finalisedAt),
    reopenedCount: inv.reopenedCount,
    rulesVersion: inv.rulesVersion,
    abilities: investigationAbilities(user, status, planRecorded),
  };
}
