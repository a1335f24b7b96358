import { WARNING_MARKER_BY_CODE } from '../../platform/pole/reference/catalogue.js';
import type { PersonRef } from '../../platform/pole/disclosure.js';
import type { IncidentView, QueueItem, QuestionSetView, UnitView } from './contract.js';
import { incidentAbilities } from './policy.js';
import type { QuestionSetRow, IncidentRow, QueueRow, SlotRow, UnitRow } from './queries.js';
import type { incidentAssignments, incidentGradings, incidentLog, incidentReviews } from './schema.js';
import {
  INCIDENT_TYPE_BY_CODE, THRIVE_ELEMENTS, THRIVE_LABELS, minutesPastTarget, proposedGrade, reassessmentsDue, riskOf, thriveMissing,
  type ControlRoomSettings, type Grade, type IncidentStatus, type PersonRole, type RiskFlags, type Thrive,
} from './rules.js';
import type { Derived } from './use-cases/record.js';

/** What the incident knows about a linked person: no name or date of birth (those come from personRefs for the viewer). */
export type PersonFacts = {
  linkId: string;
  personId: string;
  role: PersonRole;
  markerCodes: string[];
  priorIncidentsAsVictim: number;
  repeatVictim: boolean;
  knownVulnerable: boolean;
};

export type IncidentRecord = {
  incident: IncidentRow;
  people: PersonFacts[];
  /** The linked people as this viewer may see them (platform personRefs, one call per response). */
  refs: ReadonlyMap<string, PersonRef>;
  derived: Derived;
  log: (typeof incidentLog.$inferSelect)[];
  gradings: (typeof incidentGradings.$inferSelect)[];
  reviews: (typeof incidentReviews.$inferSelect)[];
  assignments: { assignment: typeof incidentAssignments.$inferSelect; callSign: string }[];
  slot: SlotRow | undefined;
  questionSet: QuestionSetRow | undefined;
  settings: ControlRoomSettings;
};

const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

export const typeLabel = (code: string) => INCIDENT_TYPE_BY_CODE.get(code)?.label ?? code;

function markerView(code: string) {
  const marker = WARNING_MARKER_BY_CODE.get(code);
  return { code, label: marker?.label ?? code, severity: marker?.severity ?? 'info' };
}

export function presentQuestionSet(row: QuestionSetRow): QuestionSetView {
  return { id: row.id, incidentType: row.incidentType, name: row.name, questions: row.questions, active: row.active, version: row.version };
}

export function storedFlags(incident: QueueRow): RiskFlags {
  return {
    domesticAbuse: incident.domesticAbuse, mentalHealth: incident.mentalHealth, hate: incident.hate, childInvolved: incident.childInvolved,
    firearms: incident.firearms, knownVulnerable: incident.knownVulnerable, dangerousSuspect: incident.dangerousSuspect,
    repeatVictim: incident.repeatVictim, repeatLocation: incident.repeatLocation,
  };
}

function flagsView(flags: RiskFlags, repeatVictimCount: number, repeatLocationCount: number) {
  return { ...flags, repeatVictimCount, repeatLocationCount };
}

function queueFacts(incident: QueueRow, flags: RiskFlags) {
  return {
    status: incident.status as IncidentStatus, grade: incident.grade as Grade | null, createdAt: incident.createdAt, targetAt: incident.targetAt,
    arrivedAt: incident.arrivedAt, lastReviewedAt: incident.lastReviewedAt, flags, thrive: incident.thrive,
  };
}

/** The full incident for its page; flags are computed live from the linked people and place (F05). */
export function presentIncident(record: IncidentRecord, viewer: { permissions: ReadonlySet<string> }, now: Date): IncidentView {
  const { incident, people, derived, settings } = record;
  const facts = queueFacts(incident, derived.flags);
  return {
    id: incident.id,
    reference: incident.reference,
    source: incident.source as IncidentView['source'],
    type: incident.type,
    typeLabel: typeLabel(incident.type),
    status: incident.status as IncidentStatus,
    summary: incident.summary,
    location: { id: incident.locationId, text: incident.locationText, district: incident.district, latitude: incident.latitude, longitude: incident.longitude },
    areaType: incident.areaType as IncidentView['areaType'],
    flags: flagsView(derived.flags, derived.repeatVictimCount, derived.repeatLocationCount),
    persons: people.map((p) => {
      const ref = record.refs.get(p.personId);
      const shown = ref !== undefined && !ref.redacted;
      return {
        linkId: p.linkId,
        personId: p.personId,
        reference: ref?.reference ?? '',
        name: ref?.name ?? 'Unknown person',
        dateOfBirth: shown ? ref.dateOfBirth : null,
        restricted: ref?.restricted ?? false,
        redacted: !shown,
        role: p.role,
        // A hidden person's markers would identify them; the incident's own flags (known vulnerable, dangerous suspect) still show.
        warningMarkers: shown ? p.markerCodes.map(markerView) : [],
        priorIncidentsAsVictim: p.priorIncidentsAsVictim,
        repeatVictim: p.repeatVictim,
        knownVulnerable: p.knownVulnerable,
      };
    }),
    thrive: incident.thrive as Record<string, { level: 'none' | 'low' | 'medium' | 'high'; rationale: string }>,
    thriveMissing: thriveMissing(incident.thrive),
    questionSet: record.questionSet ? presentQuestionSet(record.questionSet) : null,
    answers: incident.answers,
    proposedGrade: proposedGrade(incident.thrive, derived.flags, incident.type),
    grade: incident.grade as Grade | null,
    gradedAt: iso(incident.gradedAt),
    targetAt: iso(incident.targetAt),
    minutesPastTarget: minutesPastTarget(facts, now),
    risk: riskOf(facts),
    reassessmentsDue: reassessmentsDue(facts, now, settings),
    assignments: record.assignments.map(({ assignment: a, callSign }) => ({
      id: a.id, unitId: a.unitId, callSign, assignedAt: a.assignedAt.toISOString(), arrivedAt: iso(a.arrivedAt), clearedAt: iso(a.clearedAt),
    })),
    log: record.log.map((l) => ({ id: l.id, at: l.at.toISOString(), username: l.username, kind: l.kind, text: l.text })),
    gradings: record.gradings.map((g) => ({ at: g.at.toISOString(), username: g.username, fromGrade: g.fromGrade, toGrade: g.toGrade, proposedGrade: g.proposedGrade, reason: g.reason })),
    reviews: record.reviews.map((r) => ({ at: r.at.toISOString(), username: r.username, role: r.role, supervisory: r.supervisory, note: r.note, thriveQuality: r.thriveQuality })),
    arrivedAt: iso(incident.arrivedAt),
    resolution: incident.resolution ?? null,
    appointment: record.slot
      ? { id: record.slot.id, district: record.slot.district, startsAt: record.slot.startsAt.toISOString(), endsAt: record.slot.endsAt.toISOString(), contactPreference: record.slot.contactPreference }
      : null,
    crimeDisclosed: incident.crimeDisclosed,
    closingCode: incident.closingCode,
    closedAt: iso(incident.closedAt),
    lastReviewedAt: iso(incident.lastReviewedAt),
    lastReviewedBy: incident.lastReviewedBy,
    supervisorReviewedAt: iso(incident.supervisorReviewedAt),
    createdAt: incident.createdAt.toISOString(),
    version: incident.version,
    abilities: incidentAbilities(incident, viewer),
  };
}

/** "T high · H medium · R low …": the THRIVE assessment in one line for the queue. */
export function thriveSummary(thrive: Thrive): string {
  const parts = THRIVE_ELEMENTS.filter((e) => thrive[e]).map((e) => `${THRIVE_LABELS[e]} ${thrive[e]!.level}`);
  return parts.length ? parts.join(' · ') : 'THRIVE not started';
}

/** One queue row from the stored columns: no per-row queries, so 500 rows cost one SELECT (F01). */
export function presentQueueItem(incident: QueueRow, settings: ControlRoomSettings, now: Date): QueueItem {
  const flags = storedFlags(incident);
  const facts = queueFacts(incident, flags);
  const risk = riskOf(facts);
  const past = minutesPastTarget(facts, now);
  const reasons = past > 0 ? [...risk.reasons, `Past target by ${past} min`] : risk.reasons;
  return {
    id: incident.id, reference: incident.reference, type: incident.type, typeLabel: typeLabel(incident.type), status: incident.status as IncidentStatus,
    summary: incident.summary, district: incident.district, grade: incident.grade as Grade | null, risk: risk.score, riskReasons: reasons,
    thriveSummary: thriveSummary(incident.thrive), flags: flagsView(flags, incident.repeatVictimCount, incident.repeatLocationCount),
    createdAt: incident.createdAt.toISOString(), ageMinutes: Math.max(0, Math.floor((now.getTime() - incident.createdAt.getTime()) / 60_000)),
    targetAt: iso(incident.targetAt), minutesPastTarget: past, reassessmentsDue: reassessmentsDue(facts, now, settings),
    lastReviewedAt: iso(incident.lastReviewedAt), lastReviewedBy: incident.lastReviewedBy, latitude: incident.latitude, longitude: incident.longitude,
  };
}

export function presentUnit(unit: UnitRow): UnitView {
  return {
    id: unit.id, callSign: unit.callSign, kind: unit.kind, district: unit.district, status: unit.status as UnitView['status'], latitude: unit.latitude,
    longitude: unit.longitude, incidentId: unit.incidentId, statusAt: unit.statusAt.toISOString(), active: unit.active, version: unit.version,
  };
}
