/**
 * Control-room rules (STANDARDS §2, §17 F01–F07): pure functions, no I/O, no clock.
 * Values marked "design default" live in ControlRoomSettings so a force can change them.
 */

export const GRADES = ['immediate', 'priority', 'scheduled', 'resolved_without_deployment'] as const;
export type Grade = (typeof GRADES)[number];

export const GRADE_LABELS: Record<Grade, string> = {
  immediate: '1 Immediate',
  priority: '2 Priority',
  scheduled: '3 Scheduled',
  resolved_without_deployment: '4 Resolved without deployment',
};

/** 1 is the most urgent. */
export const GRADE_NUMBER: Record<Grade, number> = { immediate: 1, priority: 2, scheduled: 3, resolved_without_deployment: 4 };

export const INCIDENT_STATUSES = [
  'open', 'assessed', 'graded', 'awaiting_resource', 'deployed', 'on_scene', 'scheduled', 'desk_resolution', 'resolved', 'closed',
] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** Statuses in which nobody has yet attended or resolved the incident: the unresolved queue (F01). */
export const UNRESOLVED_STATUSES: readonly IncidentStatus[] = ['open', 'assessed', 'graded', 'awaiting_resource', 'deployed', 'scheduled', 'desk_resolution'];
/** Statuses waiting for a unit: the ones the 8-hourly review applies to. */
export const UNRESOURCED_STATUSES: readonly IncidentStatus[] = ['open', 'assessed', 'graded', 'awaiting_resource'];

export const SOURCES = ['999', '101', 'online', 'walk_in', 'other_agency'] as const;
export type Source = (typeof SOURCES)[number];

export const AREA_TYPES = ['urban', 'rural'] as const;
export type AreaType = (typeof AREA_TYPES)[number];

export const FLAG_NAMES = ['domesticAbuse', 'mentalHealth', 'hate', 'childInvolved', 'firearms'] as const;
export type FlagName = (typeof FLAG_NAMES)[number];
export type HandlerFlags = Record<FlagName, boolean>;

/** Opening codes (national-style list). `mustAttend` is STANDARDS §2 C7; `flags` are set automatically. */
export const INCIDENT_TYPES = [
  { code: 'CRIME_BURGLARY', label: 'Crime: burglary', category: 'crime', mustAttend: true },
  { code: 'CRIME_ROBBERY', label: 'Crime: robbery', category: 'crime', mustAttend: true },
  { code: 'CRIME_ASSAULT_SERIOUS', label: 'Crime: serious assault', category: 'crime', mustAttend: true },
  { code: 'CRIME_ASSAULT', label: 'Crime: assault', category: 'crime', mustAttend: false },
  { code: 'CRIME_THEFT', label: 'Crime: theft', category: 'crime', mustAttend: false },
  { code: 'CRIME_SHOPLIFTING', label: 'Crime: shoplifting', category: 'crime', mustAttend: false },
  { code: 'CRIME_VEHICLE', label: 'Crime: vehicle crime', category: 'crime', mustAttend: false },
  { code: 'CRIME_DAMAGE', label: 'Crime: criminal damage', category: 'crime', mustAttend: false },
  { code: 'CRIME_FRAUD', label: 'Crime: fraud', category: 'crime', mustAttend: false },
  { code: 'CRIME_SEXUAL', label: 'Crime: sexual offence', category: 'crime', mustAttend: true },
  { code: 'BURGLARY_IN_PROGRESS', label: 'Burglary in progress', category: 'crime', mustAttend: true },
  { code: 'DOMESTIC_ABUSE', label: 'Domestic abuse', category: 'domestic', mustAttend: true },
  { code: 'ASB_PERSONAL', label: 'ASB: personal', category: 'asb', mustAttend: false },
  { code: 'ASB_NUISANCE', label: 'ASB: nuisance', category: 'asb', mustAttend: false },
  { code: 'ASB_ENVIRONMENTAL', label: 'ASB: environmental', category: 'asb', mustAttend: false },
  { code: 'CONCERN_FOR_WELFARE', label: 'Public safety: concern for welfare', category: 'public_safety', mustAttend: false },
  { code: 'MENTAL_HEALTH', label: 'Public safety: mental health', category: 'public_safety', mustAttend: false },
  { code: 'MISSING_PERSON', label: 'Missing person', category: 'public_safety', mustAttend: true },
  { code: 'SUSPICIOUS_CIRCUMSTANCES', label: 'Public safety: suspicious circumstances', category: 'public_safety', mustAttend: false },
  { code: 'FIREARMS', label: 'Public safety: firearms', category: 'public_safety', mustAttend: true },
  { code: 'RTC', label: 'Transport: road traffic collision', category: 'transport', mustAttend: false },
  { code: 'HIGHWAY_DISRUPTION', label: 'Transport: highway disruption', category: 'transport', mustAttend: false },
  { code: 'ADMIN', label: 'Administration / message', category: 'admin', mustAttend: false },
] as const;
export type IncidentTypeCode = (typeof INCIDENT_TYPES)[number]['code'];
export const INCIDENT_TYPE_CODES = INCIDENT_TYPES.map((t) => t.code) as [IncidentTypeCode, ...IncidentTypeCode[]];
export const INCIDENT_TYPE_BY_CODE = new Map<string, (typeof INCIDENT_TYPES)[number]>(INCIDENT_TYPES.map((t) => [t.code, t]));

/** Flags an opening code implies, so statistics never depend on the handler remembering a tick box. */
export function impliedFlags(type: string, flags: HandlerFlags): HandlerFlags {
  return {
    ...flags,
    domesticAbuse: flags.domesticAbuse || type === 'DOMESTIC_ABUSE',
    mentalHealth: flags.mentalHealth || type === 'MENTAL_HEALTH',
    firearms: flags.firearms || type === 'FIREARMS',
  };
}

export const PERSON_ROLES = ['caller', 'victim', 'suspect', 'witness', 'subject', 'missing_person', 'involved'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];
/** Roles counted as "victim" for repeat-victim matching (STANDARDS §2 C3): a caller reporting their own harm counts. */
export const VICTIM_ROLES: readonly PersonRole[] = ['victim', 'missing_person', 'subject'];

// ---------------------------------------------------------------------------------------------
// Force settings (STANDARDS conventions: every value configurable per force)

export type ControlRoomSettings = {
  /** Attendance targets in minutes by grade and area (STANDARDS §2 grades table, design default). */
  targetMinutes: Record<Grade, Record<AreaType, number>>;
  /** A DA incident waiting longer than this for attendance raises a supervisor re-assessment (F02, design default). */
  daAttendanceLimitMinutes: number;
  /** Unresourced incidents are reviewed at least this often (Herts: re-assessed 3× daily). */
  reviewIntervalMinutes: number;
  /** Prior incidents as victim in the window that make a repeat victim (C3: ≥1 in 12 months). */
  repeatVictimMinPrior: number;
  repeatWindowMonths: number;
  /** Prior incidents at the same location in the window that make a repeat location (design default). */
  repeatLocationMinPrior: number;
  /** NCRS: a crime-recording decision within 24 h (STANDARDS §3). */
  crimeDecisionHours: number;
  /** Team that receives re-assessment tasks (escalating to a sergeant) and crime-recording decisions. */
  reassessmentTeam: string;
  crimeRecordingTeam: string;
};

export const DEFAULT_SETTINGS: ControlRoomSettings = {
  targetMinutes: {
    immediate: { urban: 15, rural: 20 },
    priority: { urban: 60, rural: 60 },
    scheduled: { urban: 48 * 60, rural: 48 * 60 },
    resolved_without_deployment: { urban: 24 * 60, rural: 24 * 60 },
  },
  daAttendanceLimitMinutes: 4 * 60,
  reviewIntervalMinutes: 8 * 60,
  repeatVictimMinPrior: 1,
  repeatWindowMonths: 12,
  repeatLocationMinPrior: 2,
  crimeDecisionHours: 24,
  reassessmentTeam: 'IMU',
  crimeRecordingTeam: 'Crime Registrar',
};

// ---------------------------------------------------------------------------------------------
// THRIVE(+IIES) (STANDARDS §2: one structured entry per element, no grading or closure until complete)

export const THRIVE_ELEMENTS = ['threat', 'harm', 'risk', 'investigation', 'vulnerability', 'engagement', 'intelligence', 'specificNeeds'] as const;
export type ThriveElement = (typeof THRIVE_ELEMENTS)[number];
export const THRIVE_LEVELS = ['none', 'low', 'medium', 'high'] as const;
export type ThriveLevel = (typeof THRIVE_LEVELS)[number];
export type ThriveEntry = { level: ThriveLevel; rationale: string };
export type Thrive = Partial<Record<ThriveElement, ThriveEntry>>;

export const THRIVE_LABELS: Record<ThriveElement, string> = {
  threat: 'Threat', harm: 'Harm', risk: 'Risk', investigation: 'Investigation', vulnerability: 'Vulnerability',
  engagement: 'Engagement', intelligence: 'Intelligence', specificNeeds: 'Specific needs',
};

/** Elements still missing a level or a rationale. */
export function thriveMissing(thrive: Thrive | null | undefined): ThriveElement[] {
  return THRIVE_ELEMENTS.filter((e) => {
    const entry = thrive?.[e];
    return !entry || entry.rationale.trim().length === 0;
  });
}

export function isThriveComplete(thrive: Thrive | null | undefined): boolean {
  return thriveMissing(thrive).length === 0;
}

const LEVEL_RANK: Record<ThriveLevel, number> = { none: 0, low: 1, medium: 2, high: 3 };
const levelOf = (thrive: Thrive, e: ThriveElement) => LEVEL_RANK[thrive[e]?.level ?? 'none'];

// ---------------------------------------------------------------------------------------------
// Person-derived flags (STANDARDS §2 C2, C3; F05)

export type LinkedMarker = { code: string; personRole: PersonRole };

/** Markers that make the person known to be vulnerable (C2, F05). */
export const VULNERABILITY_MARKERS = ['vulnerable_adult', 'child_at_risk', 'suicidal', 'self_harm', 'mental_health', 'da_victim', 'repeat_missing'] as const;
/** Markers on a suspect that raise the danger to whoever attends or to the victim. */
export const DANGER_MARKERS = ['firearms', 'explosives', 'weapons', 'violent', 'da_perpetrator'] as const;

/** Known vulnerable: any vulnerability marker on someone other than a suspect. */
export function isKnownVulnerable(markers: readonly LinkedMarker[]): boolean {
  return markers.some((m) => m.personRole !== 'suspect' && (VULNERABILITY_MARKERS as readonly string[]).includes(m.code));
}

export function hasDangerousSuspect(markers: readonly LinkedMarker[]): boolean {
  return markers.some((m) => m.personRole === 'suspect' && (DANGER_MARKERS as readonly string[]).includes(m.code));
}

/** Start of the repeat window: the same instant `months` calendar months earlier (UTC). */
export function repeatWindowStart(now: Date, months: number): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

/** Prior incidents inside the window, not counting the incident itself. */
export function priorWithin(priorDates: readonly Date[], now: Date, months: number): number {
  const start = repeatWindowStart(now, months).getTime();
  return priorDates.filter((d) => d.getTime() >= start && d.getTime() <= now.getTime()).length;
}

/** A crime recorded from an incident is the same victimisation: crime dates within this span of an incident are not counted again. */
export const SAME_VICTIMISATION_MS = 48 * 3600_000;

/**
 * C3 counts victimisations by person "across incidents and crimes": the person's incident dates plus the
 * dates of crimes against them (POLE victim links) that are not the same occasion as one of those incidents.
 */
export function victimisationDates(incidentDates: readonly Date[], crimeDates: readonly Date[]): Date[] {
  const separate = crimeDates.filter((c) => !incidentDates.some((i) => Math.abs(i.getTime() - c.getTime()) <= SAME_VICTIMISATION_MS));
  return [...incidentDates, ...separate];
}

/** C3: repeat victim = ≥1 prior incident as victim, matched by person, in the last 12 months (design default). */
export function isRepeatVictim(priorVictimDates: readonly Date[], now: Date, settings: ControlRoomSettings = DEFAULT_SETTINGS): boolean {
  return priorWithin(priorVictimDates, now, settings.repeatWindowMonths) >= settings.repeatVictimMinPrior;
}

export function isRepeatLocation(priorLocationDates: readonly Date[], now: Date, settings: ControlRoomSettings = DEFAULT_SETTINGS): boolean {
  return priorWithin(priorLocationDates, now, settings.repeatWindowMonths) >= settings.repeatLocationMinPrior;
}

export type RiskFlags = HandlerFlags & {
  knownVulnerable: boolean;
  repeatVictim: boolean;
  repeatLocation: boolean;
  dangerousSuspect: boolean;
};

// ---------------------------------------------------------------------------------------------
// Grading (STANDARDS §2 C1, C6, C7; F03, F06)

export type ProposedGrade = { grade: Grade; reasons: string[] };

/**
 * The grade THRIVE answers and flags call for. Unit availability is deliberately not a parameter (C1, F03).
 */
export function proposedGrade(thrive: Thrive, flags: RiskFlags, type: string): ProposedGrade {
  const reasons: string[] = [];
  const highDanger = (['threat', 'harm', 'risk'] as const).filter((e) => levelOf(thrive, e) === 3);
  const mediumDanger = (['threat', 'harm', 'risk'] as const).filter((e) => levelOf(thrive, e) >= 2);

  if (highDanger.length) reasons.push(`THRIVE ${highDanger.map((e) => THRIVE_LABELS[e].toLowerCase()).join(', ')} high`);
  if (flags.firearms) reasons.push('Firearms involved');
  if (flags.domesticAbuse) {
    const aggravating = [
      flags.repeatVictim && 'repeat victim',
      flags.dangerousSuspect && 'suspect carries a warning marker',
      mediumDanger.length > 0 && 'THRIVE threat/harm/risk medium or above',
      flags.childInvolved && 'child involved',
    ].filter(Boolean);
    if (aggravating.length) reasons.push(`Domestic abuse with ${aggravating.join(', ')}`);
    if (highDanger.length || flags.firearms || aggravating.length) return { grade: 'immediate', reasons };
    return { grade: 'priority', reasons: [...reasons, 'Domestic abuse is graded 1 or 2 (STANDARDS §2 C6)'] };
  }
  if (highDanger.length || flags.firearms) return { grade: 'immediate', reasons };

  if (mediumDanger.length) reasons.push(`THRIVE ${mediumDanger.map((e) => THRIVE_LABELS[e].toLowerCase()).join(', ')} medium`);
  if (flags.childInvolved) reasons.push('Child involved');
  if (flags.knownVulnerable) reasons.push('Known vulnerable person');
  if (levelOf(thrive, 'vulnerability') >= 2) reasons.push('THRIVE vulnerability medium or above');
  if (mediumDanger.length || flags.childInvolved || flags.knownVulnerable || levelOf(thrive, 'vulnerability') >= 2) {
    return { grade: 'priority', reasons };
  }

  const mustAttend = INCIDENT_TYPE_BY_CODE.get(type)?.mustAttend ?? false;
  if (mustAttend) reasons.push('Incident type must be attended (STANDARDS §2 C7)');
  if (flags.repeatVictim) reasons.push('Repeat victim');
  if (levelOf(thrive, 'investigation') >= 2) reasons.push('Investigation needs attendance');
  if (mustAttend || flags.repeatVictim || levelOf(thrive, 'investigation') >= 2) return { grade: 'scheduled', reasons };

  return { grade: 'resolved_without_deployment', reasons: reasons.length ? reasons : ['No threat, harm or risk recorded'] };
}

/** DA, child or known-vulnerable incidents: lowering or closing them needs a supervisor (F06). */
export function isSupervisedIncident(flags: Pick<RiskFlags, 'domesticAbuse' | 'childInvolved' | 'knownVulnerable'>): boolean {
  return flags.domesticAbuse || flags.childInvolved || flags.knownVulnerable;
}

/** Reasons that grade by resource availability rather than risk (C1): refused outright. */
const AVAILABILITY_REASON = /\b(no|none|lack of|insufficient|not enough)\b.{0,20}\b(units?|officers?|resources?|cars?|patrols?)\b|\b(units?|officers?|resources?) (not )?(free|available|unavailable|busy)\b/i;

export function mentionsUnitAvailability(reason: string): boolean {
  return AVAILABILITY_REASON.test(reason);
}

export const MIN_REASON_LENGTH = 10;

export type GradeChange = {
  /** The grade in force now, or null before first grading. */
  current: Grade | null;
  proposed: Grade;
  to: Grade;
  reason: string | null | undefined;
  flags: Pick<RiskFlags, 'domesticAbuse' | 'childInvolved' | 'knownVulnerable'>;
  bySupervisor: boolean;
  thriveComplete: boolean;
};

/**
 * Why a grade may not be set, or null (STANDARDS §2 C1, C6; F03, F06). Lowering is measured against the current
 * grade, or against the proposed grade at first grading; raising is always allowed.
 */
export type GradeRefusal = { kind: 'thrive-incomplete' | 'availability' | 'needs-reason' | 'needs-supervisor'; detail: string };

export function gradeChangeRefusal(change: GradeChange): GradeRefusal | null {
  if (!change.thriveComplete) return { kind: 'thrive-incomplete', detail: 'Complete every THRIVE element before grading (STANDARDS §2).' };
  const baseline = change.current ?? change.proposed;
  const lowering = GRADE_NUMBER[change.to] > GRADE_NUMBER[baseline];
  const reason = change.reason?.trim() ?? '';
  if (reason && GRADE_NUMBER[change.to] >= 3 && mentionsUnitAvailability(reason)) {
    return { kind: 'availability', detail: 'Grade on risk, not on which units are free: "no unit available" is not a reason to grade 3 or 4 (STANDARDS §2 C1).' };
  }
  if (!lowering) return null;
  if (reason.length < MIN_REASON_LENGTH) {
    return { kind: 'needs-reason', detail: `Lowering the grade from ${GRADE_LABELS[baseline]} needs a reason of at least ${MIN_REASON_LENGTH} characters.` };
  }
  if (isSupervisedIncident(change.flags) && !change.bySupervisor) {
    return { kind: 'needs-supervisor', detail: 'Lowering the grade of a domestic abuse, child or known-vulnerable incident needs a supervisor (STANDARDS §2 C6).' };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Attendance targets and re-assessment (STANDARDS §2 C4, C5; F01, F02, F08)

export function targetMinutes(grade: Grade, area: AreaType, settings: ControlRoomSettings = DEFAULT_SETTINGS): number {
  return settings.targetMinutes[grade][area];
}

/** When attendance (or, for grade 4, the callback) is due; a booked appointment replaces the grade 3 target. */
export function targetDueAt(
  incident: { grade: Grade; gradedAt: Date; areaType: AreaType; appointmentAt?: Date | null },
  settings: ControlRoomSettings = DEFAULT_SETTINGS,
): Date {
  if (incident.grade === 'scheduled' && incident.appointmentAt) return incident.appointmentAt;
  return new Date(incident.gradedAt.getTime() + targetMinutes(incident.grade, incident.areaType, settings) * 60_000);
}

export function attendedWithinTarget(targetAt: Date, arrivedAt: Date): boolean {
  return arrivedAt.getTime() <= targetAt.getTime();
}

export type QueueIncident = {
  status: IncidentStatus;
  grade: Grade | null;
  createdAt: Date;
  targetAt: Date | null;
  arrivedAt: Date | null;
  lastReviewedAt: Date | null;
  flags: RiskFlags;
  thrive: Thrive;
};

export const REASSESSMENT_KINDS = ['target-breached', 'da-delayed', 'review-overdue'] as const;
export type ReassessmentKind = (typeof REASSESSMENT_KINDS)[number];

/** Re-assessments an unattended incident needs now (C5, F02; 8-hourly review of the unresourced). */
export function reassessmentsDue(incident: QueueIncident, now: Date, settings: ControlRoomSettings = DEFAULT_SETTINGS): ReassessmentKind[] {
  if (incident.arrivedAt || !UNRESOLVED_STATUSES.includes(incident.status)) return [];
  const due: ReassessmentKind[] = [];
  const t = now.getTime();
  if ((incident.grade === 'immediate' || incident.grade === 'priority') && incident.targetAt && t > incident.targetAt.getTime()) {
    due.push('target-breached');
  }
  if (incident.flags.domesticAbuse && t - incident.createdAt.getTime() > settings.daAttendanceLimitMinutes * 60_000) due.push('da-delayed');
  if (UNRESOURCED_STATUSES.includes(incident.status)) {
    const since = (incident.lastReviewedAt ?? incident.createdAt).getTime();
    if (t - since >= settings.reviewIntervalMinutes * 60_000) due.push('review-overdue');
  }
  return due;
}

/** Minutes past the attendance target (0 when not past it or already attended). */
export function minutesPastTarget(incident: Pick<QueueIncident, 'targetAt' | 'arrivedAt'>, now: Date): number {
  if (!incident.targetAt || incident.arrivedAt) return 0;
  return Math.max(0, Math.floor((now.getTime() - incident.targetAt.getTime()) / 60_000));
}

// ---------------------------------------------------------------------------------------------
// Risk ordering of the unresolved queue (C4, F01)

export type Risk = { score: number; reasons: string[] };

const GRADE_WEIGHT: Record<Grade, number> = { immediate: 400, priority: 300, scheduled: 150, resolved_without_deployment: 50 };
/** Ungraded incidents are assumed urgent until assessed: better to look at them than to lose them. */
const UNGRADED_WEIGHT = 350;

/** A score (higher = riskier) with the reasons a supervisor reads without opening the record. */
export function riskOf(incident: Pick<QueueIncident, 'grade' | 'flags' | 'thrive'>): Risk {
  const f = incident.flags;
  const parts: [boolean, number, string][] = [
    [f.firearms, 80, 'Firearms'],
    [f.domesticAbuse, 60, 'Domestic abuse'],
    [f.childInvolved, 50, 'Child involved'],
    [f.knownVulnerable, 50, 'Known vulnerable'],
    [f.dangerousSuspect, 40, 'Suspect warning marker'],
    [f.repeatVictim, 30, 'Repeat victim'],
    [f.mentalHealth, 20, 'Mental health'],
    [f.hate, 20, 'Hate'],
    [f.repeatLocation, 10, 'Repeat location'],
  ];
  const reasons: string[] = [];
  let score = incident.grade ? GRADE_WEIGHT[incident.grade] : UNGRADED_WEIGHT;
  if (!incident.grade) reasons.push('Not yet graded');
  for (const [on, weight, label] of parts) {
    if (on) {
      score += weight;
      reasons.push(label);
    }
  }
  for (const e of ['threat', 'harm', 'risk', 'vulnerability'] as const) {
    if (incident.thrive[e]?.level === 'high') {
      score += 25;
      reasons.push(`${THRIVE_LABELS[e]} high`);
    }
  }
  return { score, reasons };
}

/** Queue order: risk, then time past target, then age (oldest first) — STANDARDS §2 C4. */
export function compareQueue(
  a: { risk: number; minutesPastTarget: number; createdAt: Date; id: string },
  b: { risk: number; minutesPastTarget: number; createdAt: Date; id: string },
): number {
  return b.risk - a.risk || b.minutesPastTarget - a.minutesPastTarget || a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id);
}

// ---------------------------------------------------------------------------------------------
// Resolution and closure (STANDARDS §2 C7, C12; F06, F07)

export const DESK_OUTCOMES = ['no_further_response', 'phone_investigation', 'advice_given', 'referred_to_partner'] as const;
export type DeskOutcome = (typeof DESK_OUTCOMES)[number];

export const CLOSING_CODES = [
  'crime_recorded', 'no_crime_advice', 'asb_dealt_with', 'false_malicious', 'false_good_intent', 'duplicate',
  'referred_to_partner', 'person_found', 'no_trace', 'public_safety_resolved', 'transport_resolved', 'admin',
] as const;
export type ClosingCode = (typeof CLOSING_CODES)[number];

export type ResolutionCheck = {
  status: IncidentStatus;
  grade: Grade | null;
  type: string;
  flags: Pick<RiskFlags, 'domesticAbuse' | 'childInvolved' | 'knownVulnerable'>;
  bySupervisor: boolean;
};

/** Why an incident may not be resolved at the desk (C7: must-attend types need a supervisor), or null. */
export function deskResolutionRefusal(check: ResolutionCheck): string | null {
  if (!check.grade) return 'Grade the incident before resolving it.';
  if (!UNRESOLVED_STATUSES.includes(check.status)) return `The incident is ${check.status.replace('_', ' ')}; it cannot be resolved at the desk now.`;
  const mustAttend = INCIDENT_TYPE_BY_CODE.get(check.type)?.mustAttend ?? false;
  if ((mustAttend || isSupervisedIncident(check.flags)) && !check.bySupervisor) {
    return 'This incident must be attended: resolving it without deployment needs a supervisor (STANDARDS §2 C7).';
  }
  return null;
}

export type ClosureCheck = {
  status: IncidentStatus;
  thriveComplete: boolean;
  crimeDisclosed: boolean | null | undefined;
  flags: Pick<RiskFlags, 'domesticAbuse' | 'childInvolved' | 'knownVulnerable'>;
  /** A supervisor review recorded after the last grade or status change. */
  supervisorReviewed: boolean;
};

/** Why an incident may not be closed, or null (STANDARDS §2 states, C6; F06, F07). */
export function closureRefusal(check: ClosureCheck): string | null {
  if (check.status === 'closed') return 'The incident is already closed.';
  if (check.status !== 'resolved') return 'Only a resolved incident can be closed: attend it, resolve it at the desk, or clear the attending unit first.';
  if (!check.thriveComplete) return 'Complete every THRIVE element before closing (STANDARDS §2).';
  if (check.crimeDisclosed === null || check.crimeDisclosed === undefined) return 'Answer "is a crime disclosed?" before closing (STANDARDS §17 F07).';
  if (isSupervisedIncident(check.flags) && !check.supervisorReviewed) {
    return 'A domestic abuse, child or known-vulnerable incident needs a supervisor review before it is closed (STANDARDS §2 C6).';
  }
  return null;
}

/** NCRS: the crime-recording decision is due 24 h after the disclosure is known (STANDARDS §3). */
export function crimeDecisionDueAt(disclosedAt: Date, settings: ControlRoomSettings = DEFAULT_SETTINGS): Date {
  return new Date(disclosedAt.getTime() + settings.crimeDecisionHours * 3600_000);
}

// ---------------------------------------------------------------------------------------------
// State machine (STANDARDS §2 States)

export const TRANSITIONS: Record<string, readonly IncidentStatus[]> = {
  assign: ['graded', 'awaiting_resource', 'scheduled', 'desk_resolution', 'deployed', 'on_scene'],
  arrive: ['deployed'],
  clear: ['on_scene'],
};

export function transitionRefusal(action: keyof typeof TRANSITIONS, status: IncidentStatus): string | null {
  return TRANSITIONS[action].includes(status) ? null : `Cannot ${action} while the incident is ${status.replace(/_/g, ' ')}.`;
}

/** Status after grading: a unit is needed unless grade 4 goes to the desk. */
export function statusAfterGrading(grade: Grade, current: IncidentStatus): IncidentStatus {
  if (['deployed', 'on_scene', 'scheduled'].includes(current)) return current;
  return grade === 'resolved_without_deployment' ? 'desk_resolution' : 'awaiting_resource';
}

/** Clearing the DA or child flag would side-step C6, so only a supervisor may do it (F06). */
export function flagRemovalRefusal(before: HandlerFlags, after: HandlerFlags, bySupervisor: boolean): string | null {
  const removed = (['domesticAbuse', 'childInvolved'] as const).filter((f) => before[f] && !after[f]);
  if (removed.length && !bySupervisor) return 'Only a supervisor may remove the domestic abuse or child-involved flag (STANDARDS §2 C6).';
  return null;
}
