import { DASH_QUESTION_KEYS, type RiskLevel } from './dash-questions.js';
import type {
  DashView, DvdsView, MaracActionView, MaracReferralView, NoticeView, SafeguardingReferralView,
} from './contract.js';
import { REDACTED_NAME, type PersonRef } from '../../platform/pole/disclosure.js';
import type { BreachRow, DashRow, DvdsRow, IdvaRow, MaracActionRow, MaracReferralRow, NoticeRow, ReferralRow } from './queries.js';
import {
  DVDS_STAGE_LABELS, DVDS_STAGES, MARAC_REASONS, dvdsTimeliness, idvaTimeliness, orderState, riskRoute, suggestedRag, type DvdsStage, type MaracReason,
} from './rules.js';

type Viewer = { permissions: ReadonlySet<string>; role: string };
const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
/** The people of a view, from one personRefs call per request: already redacted for this viewer, disclosure recorded. */
export type People = ReadonlyMap<string, PersonRef>;
const personRef = (ref: PersonRef | undefined, id: string) => (ref ? { id: ref.id, reference: ref.reference, name: ref.name } : { id, reference: '', name: '(unknown)' });
const optionalRef = (people: People, id: string | null) => (id ? personRef(people.get(id), id) : null);

export function presentReasons(codes: string[]) {
  return codes.map((code) => ({ code, label: MARAC_REASONS[code as MaracReason] ?? code }));
}

export type DashParts = {
  people: People;
  maracReferralId: string | null;
  idvaReferralId: string | null;
  safeguardingReferralIds: string[];
  tasks: { id: string; kind: string; title: string; dueAt: Date }[];
};

export function presentDash(row: DashRow, parts: DashParts, viewer: Viewer): DashView {
  const route = riskRoute(row.finalLevel as RiskLevel);
  return {
    id: row.id,
    reference: row.reference,
    version: row.version,
    victim: personRef(parts.people.get(row.victimPersonId), row.victimPersonId),
    perpetrator: row.perpetratorPersonId ? personRef(parts.people.get(row.perpetratorPersonId), row.perpetratorPersonId) : null,
    linkedType: row.linkedType,
    linkedId: row.linkedId,
    linkedReference: row.linkedReference,
    incidentAt: row.incidentAt.toISOString(),
    intimatePartner: row.intimatePartner,
    answers: row.answers,
    answerNotes: row.answerNotes,
    unanswered: DASH_QUESTION_KEYS.filter((k) => !row.answers[k]),
    victimDeclined: row.victimDeclined,
    score: row.score,
    computedLevel: row.computedLevel as RiskLevel,
    finalLevel: row.finalLevel as RiskLevel,
    levelBasis: row.levelBasis,
    levelReason: row.levelReason,
    route: { queue: route.queue, team: route.team },
    childrenPresent: row.childrenPresent,
    childrenResident: row.childrenResident,
    childrenCount: row.childrenCount,
    positiveAction: { powerOfArrest: row.powerOfArrest, arrested: row.arrested, noArrestReason: row.noArrestReason, noArrestNote: row.noArrestNote },
    maracReasons: presentReasons(row.maracReasons),
    maracReferralId: parts.maracReferralId,
    idvaReferralId: parts.idvaReferralId,
    safeguardingReferralIds: parts.safeguardingReferralIds,
    tasks: parts.tasks.map((t) => ({ id: t.id, kind: t.kind, title: t.title, dueAt: t.dueAt.toISOString() })),
    review: row.reviewedAt && row.reviewLevel && row.reviewedBy
      ? { level: row.reviewLevel, reason: row.reviewReason, reviewedBy: row.reviewedBy, reviewedAt: row.reviewedAt.toISOString() }
      : null,
    assessedBy: row.assessedBy,
    assessedAt: row.assessedAt.toISOString(),
    rulesVersion: row.rulesVersion,
    abilities: {
      secondaryReview: viewer.permissions.has('safeguarding:review'),
      referToMarac: viewer.permissions.has('safeguarding:marac') && parts.maracReferralId === null,
    },
  };
}

export function presentMaracReferral(row: MaracReferralRow, people: People): MaracReferralView {
  return {
    id: row.id,
    reference: row.reference,
    version: row.version,
    victim: personRef(people.get(row.victimPersonId), row.victimPersonId),
    dashAssessmentId: row.dashAssessmentId,
    reasons: presentReasons(row.reasons),
    reasonNote: row.reasonNote,
    isRepeat: row.isRepeat,
    status: row.status,
    meetingId: row.meetingId,
    referredAt: row.referredAt.toISOString(),
  };
}

export function presentMaracAction(row: MaracActionRow, now: Date): MaracActionView {
  return {
    id: row.id,
    version: row.version,
    referralId: row.referralId,
    meetingId: row.meetingId,
    agency: row.agency,
    description: row.description,
    owner: row.owner,
    dueAt: row.dueAt.toISOString(),
    status: row.status,
    overdue: row.status === 'open' && row.dueAt.getTime() < now.getTime(),
    outcome: row.outcome,
    completedAt: iso(row.completedAt),
  };
}

export function presentIdva(row: IdvaRow, people: People) {
  const referral = idvaTimeliness(row.incidentAt, row.referredAt);
  const contact = row.contactedAt ? idvaTimeliness(row.incidentAt, row.contactedAt) : null;
  return {
    id: row.id,
    version: row.version,
    victim: personRef(people.get(row.victimPersonId), row.victimPersonId),
    dashAssessmentId: row.dashAssessmentId,
    provider: row.provider,
    incidentAt: row.incidentAt.toISOString(),
    referredAt: row.referredAt.toISOString(),
    contactedAt: iso(row.contactedAt),
    hoursToReferral: referral.hours,
    hoursToContact: contact?.hours ?? null,
    contactWithinTarget: contact?.withinTarget ?? null,
  };
}

/**
 * An automatic child referral names the household by the DASH victim's reference (no name is stored); a viewer who
 * may see the victim reads the name in its place.
 */
function householdDescription(description: string, household: PersonRef | undefined): string {
  return household && !household.redacted && household.reference ? description.replaceAll(household.reference, household.name) : description;
}

export function presentReferral(row: ReferralRow, people: People, householdPersonId: string | null, viewer: Viewer, now: Date): SafeguardingReferralView {
  const triage = viewer.permissions.has('safeguarding:triage');
  return {
    id: row.id,
    reference: row.reference,
    version: row.version,
    subjectKind: row.subjectKind,
    subjectPersonId: row.subjectPersonId,
    subject: optionalRef(people, row.subjectPersonId),
    subjectDescription: householdDescription(row.subjectDescription, householdPersonId ? people.get(householdPersonId) : undefined),
    concern: row.concern,
    dashAssessmentId: row.dashAssessmentId,
    linkedType: row.linkedType,
    linkedReference: row.linkedReference,
    riskLevel: row.riskLevel,
    suggestedRag: suggestedRag({ riskLevel: row.riskLevel as RiskLevel | null, childHarmIndicated: row.childHarmIndicated }),
    status: row.status,
    rag: row.rag,
    agency: row.agency,
    triageNote: row.triageNote,
    dueAt: row.dueAt.toISOString(),
    overdue: row.status === 'new' && row.dueAt.getTime() < now.getTime(),
    schoolNotificationDueAt: iso(row.schoolNotificationDueAt),
    schoolNotifiedAt: iso(row.schoolNotifiedAt),
    decisionDueAt: iso(row.decisionDueAt),
    mashOutcome: row.mashOutcome,
    mashOutcomeNote: row.mashOutcomeNote,
    createdAt: row.createdAt.toISOString(),
    abilities: { triage: triage && row.status === 'new', recordOutcome: triage && row.status === 'triaged' },
  };
}

export function presentNotice(row: NoticeRow, people: People, breaches: BreachRow[], viewer: Viewer, now: Date): NoticeView {
  const can = (p: string) => viewer.permissions.has(p);
  return {
    id: row.id,
    reference: row.reference,
    version: row.version,
    perpetrator: personRef(people.get(row.perpetratorPersonId), row.perpetratorPersonId),
    victim: personRef(people.get(row.victimPersonId), row.victimPersonId),
    dashAssessmentId: row.dashAssessmentId,
    grounds: row.grounds,
    conditions: row.conditions,
    status: row.status,
    requestedAt: row.requestedAt.toISOString(),
    authorisedAt: iso(row.authorisedAt),
    decisionReason: row.decisionReason,
    servedAt: iso(row.servedAt),
    hearingDueAt: iso(row.hearingDueAt),
    hearingAt: iso(row.hearingAt),
    hearingLate: row.hearingAt && row.hearingDueAt ? row.hearingAt.getTime() > row.hearingDueAt.getTime() : null,
    court: row.court,
    orderMadeAt: iso(row.orderMadeAt),
    orderDays: row.orderDays,
    orderExpiresAt: iso(row.orderExpiresAt),
    orderState: row.orderExpiresAt ? orderState(row.orderExpiresAt, now) : null,
    breaches: breaches.map((b) => ({ id: b.id, against: b.against, occurredAt: b.occurredAt.toISOString(), detail: b.detail, arrested: b.arrested, noArrestReason: b.noArrestReason })),
    abilities: {
      authorise: can('safeguarding:dvpn-authorise') && row.status === 'awaiting_authorisation',
      serve: can('safeguarding:dvpn') && row.status === 'authorised',
      recordHearing: can('safeguarding:dvpn') && row.status === 'served',
      recordBreach: can('safeguarding:dvpn') && (row.status === 'served' || row.status === 'order_made'),
    },
  };
}

export function dvdsNextStages(stage: DvdsStage): DvdsStage[] {
  const i = DVDS_STAGES.indexOf(stage);
  if (stage === 'closed') return [];
  if (stage === 'decision_panel') return ['disclosure', 'closed'];
  return [DVDS_STAGES[i + 1]];
}

export function presentDvds(row: DvdsRow, people: People, now: Date): DvdsView {
  const stage = row.stage as DvdsStage;
  const timing = dvdsTimeliness(row.receivedAt, row.closedAt, now);
  // The name and details typed in identify the linked subject: a viewer who may not see that person sees neither.
  const subjectHidden = row.subjectPersonId !== null && people.get(row.subjectPersonId)?.redacted !== false;
  return {
    id: row.id,
    reference: row.reference,
    version: row.version,
    route: row.route,
    source: row.source,
    applicantName: row.applicantName,
    applicantRelationship: row.applicantRelationship,
    applicantPhone: row.applicantPhone,
    applicantEmail: row.applicantEmail,
    safeContactNote: row.safeContactNote,
    subjectName: subjectHidden ? REDACTED_NAME : row.subjectName,
    subjectDetails: subjectHidden ? null : row.subjectDetails,
    subjectPersonId: row.subjectPersonId,
    subject: optionalRef(people, row.subjectPersonId),
    atRisk: optionalRef(people, row.atRiskPersonId),
    concern: row.concern,
    stage,
    stageLabel: DVDS_STAGE_LABELS[stage],
    stageDueAt: iso(row.stageDueAt),
    receivedAt: row.receivedAt.toISOString(),
    limitAt: timing.limitAt.toISOString(),
    overdue: timing.overdue,
    identityVerified: row.identityVerified,
    decision: row.decision,
    urgent: row.urgent,
    safetyPlan: row.safetyPlan,
    disclosedAt: iso(row.disclosedAt),
    closedAt: iso(row.closedAt),
    history: row.history,
    nextStages: dvdsNextStages(stage),
  };
}
