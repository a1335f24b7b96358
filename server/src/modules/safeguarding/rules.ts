/**
 * Pure rules of domestic abuse and safeguarding (STANDARDS §8, §9): no I/O, no clock of their own.
 * Every threshold sits in SAFEGUARDING_RULES so a force can configure it; decisions store RULES_VERSION.
 */
import type { Role } from '../../platform/auth/roles.js';
import { SUPERVISOR_ROLES } from '../../platform/auth/roles.js';
import { dashScore, RISK_LEVELS, type DashAnswer, type RiskLevel } from './dash-questions.js';

export { dashScore };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const RULES_VERSION = 'safeguarding-2026.1';

export type SafeguardingRules = {
  /** STANDARDS §8 DASH scoring: 14+ high (national standard); 10–13 medium (design default). */
  highFrom: number;
  mediumFrom: number;
  /** STANDARDS §8 MARAC escalation: DA call-outs (and optionally crimes) in 12 months that make a referral. */
  escalationIncidents: number;
  escalationCrimes: number | null;
  /** STANDARDS §8 MARAC repeat: a new incident within this many months of the last MARAC. */
  repeatWithinMonths: number;
  /** STANDARDS §8/§14 IDVA contact within 24 h. */
  idvaTargetHours: number;
  /** Design default: a DASH is supervisor-reviewed (STANDARDS §8) within this many hours. */
  supervisorReviewHours: number;
  /** Design default: the safeguarding referral for children in the household is made within this many hours. */
  childReferralHours: number;
  /** STANDARDS §8 DVPN: hearing within 48 h of serving, Sundays and bank holidays excluded. */
  dvpnHearingHours: number;
  /** STANDARDS §8 DVPO: 14–28 days. */
  dvpoMinDays: number;
  dvpoMaxDays: number;
  /** STANDARDS §8 Clare's Law: 28 days (2023 statutory guidance) is the default; 35 (2014/2016) selectable. */
  dvdsLimitDays: number;
  /** STANDARDS §8 Herts: the panel decides within 31 days (force target). */
  dvdsPanelTargetDays: number;
};

export const SAFEGUARDING_RULES: SafeguardingRules = {
  highFrom: 14,
  mediumFrom: 10,
  escalationIncidents: 3,
  escalationCrimes: null,
  repeatWithinMonths: 12,
  idvaTargetHours: 24,
  supervisorReviewHours: 24,
  childReferralHours: 24,
  dvpnHearingHours: 48,
  dvpoMinDays: 14,
  dvpoMaxDays: 28,
  dvdsLimitDays: 28,
  dvdsPanelTargetDays: 31,
};

// ---------------------------------------------------------------- DASH

export const MIN_REASON_LENGTH = 10;

/** STANDARDS §8: 14+ "yes" = high; 10–13 medium; 9 or fewer standard. */
export function dashRiskLevel(score: number, rules: Pick<SafeguardingRules, 'highFrom' | 'mediumFrom'> = SAFEGUARDING_RULES): RiskLevel {
  if (score >= rules.highFrom) return 'high';
  if (score >= rules.mediumFrom) return 'medium';
  return 'standard';
}

export function riskRank(level: RiskLevel): number {
  return RISK_LEVELS.indexOf(level);
}

export function isSupervisorRole(role: Role | string): boolean {
  return (SUPERVISOR_ROLES as readonly string[]).includes(role);
}

export type RiskDecision =
  | { ok: true; level: RiskLevel; basis: 'score' | 'professional_judgement_raised' | 'supervisor_lowered' }
  | { ok: false; field: string; refusal: string };

/**
 * STANDARDS §8: professional judgement may raise the level with a reason; the level is never lowered
 * below the score without a supervisor (sergeant or above), and then also with a reason (§17 F06).
 */
export function finalRiskLevel(input: {
  computed: RiskLevel;
  requested?: RiskLevel | null;
  reason?: string | null;
  assessorRole: Role | string;
}): RiskDecision {
  const requested = input.requested ?? input.computed;
  const reason = (input.reason ?? '').trim();
  const diff = riskRank(requested) - riskRank(input.computed);
  if (diff === 0) return { ok: true, level: requested, basis: 'score' };
  if (reason.length < MIN_REASON_LENGTH) {
    return { ok: false, field: 'body.levelReason', refusal: `Changing the risk level from the scored ${input.computed} needs a reason of at least ${MIN_REASON_LENGTH} characters.` };
  }
  if (diff > 0) return { ok: true, level: requested, basis: 'professional_judgement_raised' };
  if (!isSupervisorRole(input.assessorRole)) {
    return { ok: false, field: 'body.finalLevel', refusal: `The answers score ${input.computed} risk; only a supervisor (sergeant or above) may set a lower level.` };
  }
  return { ok: true, level: requested, basis: 'supervisor_lowered' };
}

/** Secondary risk assessment by a specialist (STANDARDS §8 routing): confirms, or changes with a reason. */
export function secondaryReviewRefusal(current: RiskLevel, proposed: RiskLevel, reason: string | null | undefined): string | null {
  if (current === proposed) return null;
  if ((reason ?? '').trim().length < MIN_REASON_LENGTH) return `Changing the level from ${current} to ${proposed} needs a reason of at least ${MIN_REASON_LENGTH} characters.`;
  return null;
}

export type RiskRoute = { queue: 'neighbourhood_follow_up' | 'daisu_safeguarding'; team: string; taskKind: string; dueHours: number; title: string };

/**
 * STANDARDS §8 "who handles it": standard and medium → neighbourhood/response follow-up by the assessing
 * officer; high → the DA investigation and safeguarding unit's queue (DAISU / SSU).
 */
export function riskRoute(level: RiskLevel, daTeam = 'Public Protection Unit'): RiskRoute {
  if (level === 'high') return { queue: 'daisu_safeguarding', team: daTeam, taskKind: 'dash-high-risk', dueHours: 24, title: 'High-risk DA: safeguarding plan and secondary risk assessment' };
  return { queue: 'neighbourhood_follow_up', team: '', taskKind: 'dash-follow-up', dueHours: level === 'medium' ? 72 : 7 * 24, title: `${level === 'medium' ? 'Medium' : 'Standard'}-risk DA: follow-up visit to the victim` };
}

// ---------------------------------------------------------------- MARAC

export const MARAC_REASONS = {
  visible_high_risk: 'Visible high risk: DASH score of 14 or more',
  professional_judgement: 'Professional judgement: assessed high risk above the score',
  potential_escalation: 'Potential escalation: repeated DA call-outs in 12 months',
  repeat: 'Repeat: new incident within 12 months of the last MARAC',
} as const;
export type MaracReason = keyof typeof MARAC_REASONS;

export function addMonths(d: Date, months: number): Date {
  const r = new Date(d);
  r.setUTCMonth(r.getUTCMonth() + months);
  return r;
}

/** STANDARDS §8 MARAC (SafeLives): refer when any one applies; returns every reason that applies. */
export function maracReferralReasons(
  input: {
    score: number;
    finalLevel: RiskLevel;
    incidentAt: Date;
    incidentsLast12m: number;
    crimesLast12m: number;
    lastMaracAt: Date | null;
  },
  rules: Pick<SafeguardingRules, 'highFrom' | 'escalationIncidents' | 'escalationCrimes' | 'repeatWithinMonths'> = SAFEGUARDING_RULES,
): MaracReason[] {
  const reasons: MaracReason[] = [];
  if (input.score >= rules.highFrom) reasons.push('visible_high_risk');
  else if (input.finalLevel === 'high') reasons.push('professional_judgement');
  const byIncidents = input.incidentsLast12m >= rules.escalationIncidents;
  const byCrimes = rules.escalationCrimes !== null && input.crimesLast12m >= rules.escalationCrimes;
  if (byIncidents || byCrimes) reasons.push('potential_escalation');
  if (input.lastMaracAt && input.lastMaracAt <= input.incidentAt && input.incidentAt <= addMonths(input.lastMaracAt, rules.repeatWithinMonths)) reasons.push('repeat');
  return reasons;
}

// ---------------------------------------------------------------- IDVA

/** STANDARDS §8: every high-risk victim is referred to an IDVA. */
export function needsIdvaReferral(finalLevel: RiskLevel): boolean {
  return finalLevel === 'high';
}

export function idvaDueAt(incidentAt: Date, rules: Pick<SafeguardingRules, 'idvaTargetHours'> = SAFEGUARDING_RULES): Date {
  return new Date(incidentAt.getTime() + rules.idvaTargetHours * HOUR);
}

/** STANDARDS §14: time from incident to IDVA referral / contact, and whether within the 24 h target. */
export function idvaTimeliness(incidentAt: Date, at: Date, rules: Pick<SafeguardingRules, 'idvaTargetHours'> = SAFEGUARDING_RULES) {
  const hours = Math.round(((at.getTime() - incidentAt.getTime()) / HOUR) * 10) / 10;
  return { hours, withinTarget: at.getTime() - incidentAt.getTime() <= rules.idvaTargetHours * HOUR };
}

// ---------------------------------------------------------------- London time helpers (pure: Intl only)

export function londonDay(d: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

function nextDay(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The instant a London wall-clock time occurs on a date (GMT or BST). */
export function londonInstant(date: string, time = '00:00'): Date {
  const asUtc = new Date(`${date}T${time}:00Z`);
  const bst = new Date(asUtc.getTime() - HOUR);
  return londonDay(bst) === date && new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(bst) === time ? bst : asUtc;
}

// ---------------------------------------------------------------- Children in the household

export type DayPredicate = (date: string) => boolean;

/**
 * STANDARDS §8 children present → safeguarding referral through the hub/MASH with a due time, and a
 * school notification before the next school day (08:30 London, design default).
 */
export function childSafeguardingDue(
  input: { childrenPresent: boolean; childrenResident: boolean; incidentAt: Date },
  isSchoolDay: DayPredicate,
  rules: Pick<SafeguardingRules, 'childReferralHours'> = SAFEGUARDING_RULES,
): { referralDueAt: Date; schoolNotificationDueAt: Date } | null {
  if (!input.childrenPresent && !input.childrenResident) return null;
  let day = nextDay(londonDay(input.incidentAt));
  while (!isSchoolDay(day)) day = nextDay(day);
  return {
    referralDueAt: new Date(input.incidentAt.getTime() + rules.childReferralHours * HOUR),
    schoolNotificationDueAt: londonInstant(day, '08:30'),
  };
}

export const RAG_RATINGS = ['red', 'amber', 'green'] as const;
export type RagRating = (typeof RAG_RATINGS)[number];

/** STANDARDS §9: the local authority decides on a child referral within 1 working day of triage. */
export function mashDecisionDue(triagedAt: Date, isWorkingDay: DayPredicate): Date {
  let day = nextDay(londonDay(triagedAt));
  while (!isWorkingDay(day)) day = nextDay(day);
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(triagedAt);
  return londonInstant(day, time);
}

/** Design default triage: red = needs action today (child hurt or threatened, or high-risk DA). */
export function suggestedRag(input: { riskLevel: RiskLevel | null; childHarmIndicated: boolean }): RagRating {
  if (input.childHarmIndicated || input.riskLevel === 'high') return 'red';
  if (input.riskLevel === 'medium') return 'amber';
  return 'green';
}

// ---------------------------------------------------------------- DVPN / DVPO

/** STANDARDS §8: a DVPN is authorised by a superintendent. */
export function dvpnAuthorisationRefusal(role: Role | string): string | null {
  return role === 'superintendent' ? null : 'A DVPN must be authorised by a superintendent.';
}

/** STANDARDS §8 DVPN test: perpetrator 18+; violence or threat towards an associated person; necessary to protect. */
export function dvpnTestRefusal(input: { perpetratorAge: number | null; violenceOrThreat: boolean; necessaryToProtect: boolean }): { field: string; refusal: string } | null {
  if (input.perpetratorAge === null) return { field: 'body.perpetratorDateOfBirth', refusal: 'The perpetrator’s age must be known: a DVPN can be given only to someone 18 or over.' };
  if (input.perpetratorAge < 18) return { field: 'body.perpetratorDateOfBirth', refusal: 'A DVPN can be given only to someone 18 or over.' };
  if (!input.violenceOrThreat) return { field: 'body.violenceOrThreat', refusal: 'A DVPN needs violence or a threat of violence towards an associated person.' };
  if (!input.necessaryToProtect) return { field: 'body.necessaryToProtect', refusal: 'A DVPN must be necessary to protect the person at risk.' };
  return null;
}

export function ageOn(dateOfBirth: string, on: Date): number {
  const [y, m, d] = dateOfBirth.split('-').map(Number);
  const [ty, tm, td] = londonDay(on).split('-').map(Number);
  return ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
}

/**
 * STANDARDS §8: the DVPO hearing is within 48 h of serving the DVPN, not counting Sundays and bank
 * holidays (whole London days are skipped).
 */
export function dvpnHearingDeadline(servedAt: Date, isExcludedDay: DayPredicate, rules: Pick<SafeguardingRules, 'dvpnHearingHours'> = SAFEGUARDING_RULES): Date {
  let remaining = rules.dvpnHearingHours * HOUR;
  let cursor = servedAt;
  for (;;) {
    const day = londonDay(cursor);
    const dayEnd = londonInstant(nextDay(day));
    if (isExcludedDay(day)) {
      cursor = dayEnd;
      continue;
    }
    const available = dayEnd.getTime() - cursor.getTime();
    if (remaining <= available) return new Date(cursor.getTime() + remaining);
    remaining -= available;
    cursor = dayEnd;
  }
}

/** Excluded from the DVPN clock: Sundays and England & Wales bank holidays. */
export function isDvpnExcludedDay(date: string, isBankHoliday: DayPredicate): boolean {
  return new Date(`${date}T12:00:00Z`).getUTCDay() === 0 || isBankHoliday(date);
}

/** STANDARDS §8 DVPO: 14–28 days. */
export function dvpoDurationRefusal(days: number, rules: Pick<SafeguardingRules, 'dvpoMinDays' | 'dvpoMaxDays'> = SAFEGUARDING_RULES): string | null {
  if (!Number.isInteger(days) || days < rules.dvpoMinDays || days > rules.dvpoMaxDays) return `A DVPO lasts from ${rules.dvpoMinDays} to ${rules.dvpoMaxDays} days.`;
  return null;
}

export function dvpoExpiry(madeAt: Date, days: number): Date {
  return new Date(madeAt.getTime() + days * DAY);
}

export type OrderState = 'active' | 'expired';
export function orderState(expiresAt: Date, now: Date): OrderState {
  return now.getTime() < expiresAt.getTime() ? 'active' : 'expired';
}

/** STANDARDS §8 breach: a DVPN breach means arrest and being held for court; a DVPO breach is contempt, arrest expected. */
export function breachRefusal(input: { orderActiveAt: boolean; arrested: boolean; noArrestReason?: string | null }): { field: string; refusal: string } | null {
  if (!input.orderActiveAt) return { field: 'body.occurredAt', refusal: 'The breach is outside the period the notice or order was in force.' };
  if (!input.arrested && (input.noArrestReason ?? '').trim().length < MIN_REASON_LENGTH) {
    return { field: 'body.noArrestReason', refusal: `A breach without an arrest needs a reason of at least ${MIN_REASON_LENGTH} characters.` };
  }
  return null;
}

// ---------------------------------------------------------------- Clare's Law (DVDS)

export const DVDS_STAGES = ['initial_checks', 'face_to_face', 'research', 'decision_panel', 'disclosure', 'closed'] as const;
export type DvdsStage = (typeof DVDS_STAGES)[number];

export const DVDS_STAGE_LABELS: Record<DvdsStage, string> = {
  initial_checks: 'Initial checks and risk triage',
  face_to_face: 'Face-to-face meeting and identity check',
  research: 'Research and agency checks',
  decision_panel: 'Multi-agency decision panel',
  disclosure: 'Disclosure with a safety plan',
  closed: 'Closed',
};

/**
 * Day targets from receipt for finishing each stage (design defaults inside the STANDARDS §8 limit of
 * 28 days; the Herts panel target of 31 days is shorter here because the overall limit binds first).
 */
export function dvdsStageTargets(rules: Pick<SafeguardingRules, 'dvdsLimitDays' | 'dvdsPanelTargetDays'> = SAFEGUARDING_RULES): Record<Exclude<DvdsStage, 'closed'>, number> {
  const limit = rules.dvdsLimitDays;
  return {
    initial_checks: 1,
    face_to_face: Math.min(10, limit),
    research: Math.min(20, limit),
    decision_panel: Math.min(rules.dvdsPanelTargetDays, limit - 3),
    disclosure: limit,
  };
}

export function dvdsStageDueAt(receivedAt: Date, stage: DvdsStage, rules: Pick<SafeguardingRules, 'dvdsLimitDays' | 'dvdsPanelTargetDays'> = SAFEGUARDING_RULES): Date | null {
  if (stage === 'closed') return null;
  return new Date(receivedAt.getTime() + dvdsStageTargets(rules)[stage] * DAY);
}

export const DVDS_DECISIONS = ['disclose', 'no_disclosure'] as const;
export type DvdsDecision = (typeof DVDS_DECISIONS)[number];

/** The workflow moves one stage forward at a time; the panel decision decides whether a disclosure follows. */
export function dvdsAdvanceRefusal(input: {
  from: DvdsStage;
  to: DvdsStage;
  decision?: DvdsDecision | null;
  safetyPlan?: string | null;
  identityVerified?: boolean | null;
  urgent?: boolean;
  actorRole: Role | string;
}): { field: string; refusal: string } | null {
  const i = DVDS_STAGES.indexOf(input.from);
  const j = DVDS_STAGES.indexOf(input.to);
  if (input.from === 'closed') return { field: 'body.stage', refusal: 'This application is closed.' };
  const urgentSkip = input.urgent === true && input.from !== 'disclosure' && input.to === 'disclosure';
  if (urgentSkip) {
    // STANDARDS §8 Herts: urgent disclosure on a detective inspector's authority.
    if (!['inspector', 'superintendent'].includes(input.actorRole)) return { field: 'body.urgent', refusal: 'Urgent disclosure needs an inspector or above.' };
  } else if (input.from === 'decision_panel' && input.to === 'closed') {
    if (input.decision !== 'no_disclosure') return { field: 'body.decision', refusal: 'Closing at the panel needs the decision "no_disclosure".' };
  } else if (j !== i + 1) {
    return { field: 'body.stage', refusal: `The next stage after ${DVDS_STAGE_LABELS[input.from].toLowerCase()} is ${DVDS_STAGE_LABELS[DVDS_STAGES[i + 1]].toLowerCase()}.` };
  }
  if (input.from === 'face_to_face' && input.to === 'research' && input.identityVerified !== true) {
    return { field: 'body.identityVerified', refusal: 'The applicant’s identity must be verified at the face-to-face meeting.' };
  }
  if (input.from === 'decision_panel' && input.to === 'disclosure' && input.decision !== 'disclose') {
    return { field: 'body.decision', refusal: 'Moving to disclosure needs the panel decision "disclose".' };
  }
  if (input.to === 'disclosure' || (input.from === 'disclosure' && input.to === 'closed')) {
    if ((input.safetyPlan ?? '').trim().length < MIN_REASON_LENGTH) return { field: 'body.safetyPlan', refusal: 'A disclosure needs a safety plan (at least 10 characters).' };
  }
  return null;
}

/** STANDARDS §8 limit: whether the application finished within the limit, or how far past it it is. */
export function dvdsTimeliness(receivedAt: Date, closedAt: Date | null, now: Date, rules: Pick<SafeguardingRules, 'dvdsLimitDays'> = SAFEGUARDING_RULES) {
  const limitAt = new Date(receivedAt.getTime() + rules.dvdsLimitDays * DAY);
  const end = closedAt ?? now;
  return { limitAt, withinLimit: end.getTime() <= limitAt.getTime(), overdue: closedAt === null && now.getTime() > limitAt.getTime() };
}

// ---------------------------------------------------------------- Positive action

export const NO_ARREST_REASONS = {
  suspect_outstanding: 'Suspect not found (outstanding)',
  out_of_force: 'Suspect out of the force area',
  counter_allegation: 'Counter-allegation under investigation',
  not_necessary: 'Arrest not necessary (PACE Code G) – other positive action taken',
  voluntary_interview: 'Voluntary interview arranged',
  other: 'Other (explained in the note)',
} as const;
export type NoArrestReason = keyof typeof NO_ARREST_REASONS;
export const NO_ARREST_REASON_CODES = Object.keys(NO_ARREST_REASONS) as [NoArrestReason, ...NoArrestReason[]];

/** STANDARDS §8 positive action and §17 F16: where a power of arrest exists and none was made, a reason is recorded. */
export function positiveActionRefusal(input: { powerOfArrest: boolean; arrested: boolean; noArrestReason?: NoArrestReason | null }): { field: string; refusal: string } | null {
  if (input.arrested && !input.powerOfArrest) return { field: 'body.positiveAction.powerOfArrest', refusal: 'An arrest was recorded without a power of arrest.' };
  if (input.powerOfArrest && !input.arrested && !input.noArrestReason) {
    return { field: 'body.positiveAction.noArrestReason', refusal: 'A power of arrest existed and no arrest was made: record the reason.' };
  }
  return null;
}

/** STANDARDS §14: DA arrest rate where a power existed, with the no-arrest reasons counted (F16). */
export function positiveActionStats(rows: { powerOfArrest: boolean; arrested: boolean; noArrestReason: string | null; level: RiskLevel }[]) {
  const withPower = rows.filter((r) => r.powerOfArrest);
  const arrested = withPower.filter((r) => r.arrested).length;
  const high = withPower.filter((r) => r.level === 'high');
  const highArrested = high.filter((r) => r.arrested).length;
  const reasons: Record<string, number> = {};
  for (const r of withPower) if (!r.arrested) reasons[r.noArrestReason ?? 'unrecorded'] = (reasons[r.noArrestReason ?? 'unrecorded'] ?? 0) + 1;
  const pct = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 10);
  return {
    assessments: rows.length,
    withPowerOfArrest: withPower.length,
    arrested,
    arrestRate: pct(arrested, withPower.length),
    highRiskArrestRate: pct(highArrested, high.length),
    noArrestReasons: reasons,
  };
}
