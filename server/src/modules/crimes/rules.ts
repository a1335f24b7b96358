/**
 * Crime recording rules (STANDARDS §3 NCRS/HOCR, §4 police.uk outcome strings, §14 rates, §15 police.uk files).
 * Pure: input in, decision out. No I/O, no clock.
 */
import {
  CLASSIFICATION_BY_CODE, OUTCOME_CATEGORIES, type CancellationCode, type Classification, type CrimeGroup, type PoliceUkCrimeType,
} from './reference/classifications.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// ---------------------------------------------------------------------------------------------
// Whether and when to record (STANDARDS §3)

/** NCRS: decide within 24 h of the report reaching the force; warn at 20 h. */
export const NCRS_DECISION_HOURS = 24;
export const NCRS_WARNING_HOURS = 20;

export function ncrsDueAt(reportedAt: Date): Date {
  return new Date(reportedAt.getTime() + NCRS_DECISION_HOURS * HOUR);
}

export function ncrsWarningAt(reportedAt: Date): Date {
  return new Date(reportedAt.getTime() + NCRS_WARNING_HOURS * HOUR);
}

export type NcrsState = 'due' | 'warning' | 'overdue' | 'recorded_in_time' | 'recorded_late';

/** Where a report stands against the 24 h recording clock; once decided, whether it was in time. */
export function ncrsState(reportedAt: Date, decidedAt: Date | null, now: Date): NcrsState {
  const due = ncrsDueAt(reportedAt).getTime();
  if (decidedAt) return decidedAt.getTime() <= due ? 'recorded_in_time' : 'recorded_late';
  if (now.getTime() > due) return 'overdue';
  if (now.getTime() >= ncrsWarningAt(reportedAt).getTime()) return 'warning';
  return 'due';
}

export function isNcrsOverdue(reportedAt: Date, decidedAt: Date | null, now: Date): boolean {
  const state = ncrsState(reportedAt, decidedAt, now);
  return state === 'overdue' || state === 'recorded_late';
}

/** The answers the officer gives; `null` = not yet answered. */
export type RecordingAnswers = {
  /** On the balance of probabilities, does the report amount to an offence in law? Start from the victim's account. */
  offenceInLaw: boolean | null;
  /** Is credible evidence to the contrary immediately available? */
  credibleEvidenceToContrary: boolean | null;
  /** Who reported: the victim (or someone acting for them), or a third party. */
  reporter: 'victim' | 'third_party';
  /** Third-party reports only. */
  victimConfirms?: boolean | null;
  victimCannotBeReached?: boolean | null;
  victimVulnerableProfessionalReporting?: boolean | null;
};

export type RecordingDecision =
  | { decision: 'record'; because: string }
  | { decision: 'do_not_record'; because: string }
  | { decision: 'ask'; question: string; field: keyof RecordingAnswers };

/** The NCRS recording decision; where judgement is needed it returns the question to ask, never a guess. */
export function recordingDecision(a: RecordingAnswers): RecordingDecision {
  if (a.offenceInLaw === null) {
    return { decision: 'ask', field: 'offenceInLaw', question: 'Taking the victim’s account, on the balance of probabilities does what is reported amount to an offence in law?' };
  }
  if (!a.offenceInLaw) return { decision: 'do_not_record', because: 'The report does not amount to an offence in law on the balance of probabilities.' };
  if (a.credibleEvidenceToContrary === null) {
    return { decision: 'ask', field: 'credibleEvidenceToContrary', question: 'Is there credible evidence, immediately available, that no offence took place?' };
  }
  if (a.credibleEvidenceToContrary) return { decision: 'do_not_record', because: 'Credible evidence to the contrary is immediately available.' };
  if (a.reporter === 'victim') return { decision: 'record', because: 'An offence in law on the balance of probabilities, with no credible evidence to the contrary.' };
  if (a.victimConfirms === true) return { decision: 'record', because: 'Third-party report confirmed by the victim.' };
  if (a.victimVulnerableProfessionalReporting === true) return { decision: 'record', because: 'Third-party report by a professional for a vulnerable victim.' };
  if (a.victimCannotBeReached === true) return { decision: 'record', because: 'Third-party report; the victim cannot be reached.' };
  if (a.victimConfirms === null || a.victimConfirms === undefined) {
    return { decision: 'ask', field: 'victimConfirms', question: 'This is a third-party report: does the victim confirm it?' };
  }
  if (a.victimCannotBeReached === null || a.victimCannotBeReached === undefined) {
    return { decision: 'ask', field: 'victimCannotBeReached', question: 'Could the victim not be reached?' };
  }
  if (a.victimVulnerableProfessionalReporting === null || a.victimVulnerableProfessionalReporting === undefined) {
    return { decision: 'ask', field: 'victimVulnerableProfessionalReporting', question: 'Is the victim vulnerable, with a professional reporting for them?' };
  }
  return { decision: 'do_not_record', because: 'Third-party report the victim does not confirm, who could be reached and is not reported for as vulnerable.' };
}

// ---------------------------------------------------------------------------------------------
// How to count (STANDARDS §3, HOCR counting rules)

export type ReportedOffence = {
  /** Stable key of the victim (person id, or organisation name); null when the offence has no victim. */
  victim: string | null;
  /** Stable key of the offender or group; null when unknown. */
  offender: string | null;
  code: string;
  /** The incident (occasion) the offence happened in. */
  incident: string;
  /** The report it reached the force in; a course of conduct is one crime up to each report. */
  report: string;
  committedAt: Date;
};

export type CrimeToRecord = {
  code: string;
  victim: string | null;
  offender: string | null;
  /** Offences this crime counts (indices into the input). */
  offences: number[];
  committedFrom: Date;
  committedTo: Date;
  rule: 'one_per_victim' | 'principal_crime' | 'also_record' | 'course_of_conduct' | 'victimless';
};

function classificationOf(code: string): Classification {
  const c = CLASSIFICATION_BY_CODE.get(code);
  if (!c) throw new Error(`Unknown classification ${code}`);
  return c;
}

/** The most serious classification by the HOCR ranking; ties go to the earliest given. */
export function principalClassification(codes: readonly string[]): string {
  if (codes.length === 0) throw new Error('principalClassification needs at least one code');
  return codes.reduce((best, code) => (classificationOf(code).rank < classificationOf(best).rank ? code : best));
}

function crimeOf(offences: readonly ReportedOffence[], indices: number[], code: string, rule: CrimeToRecord['rule']): CrimeToRecord {
  const times = indices.map((i) => offences[i].committedAt.getTime());
  const first = offences[indices[0]];
  return {
    code, victim: first.victim, offender: first.offender,
    offences: indices, committedFrom: new Date(Math.min(...times)), committedTo: new Date(Math.max(...times)), rule,
  };
}

function groupBy<K>(indices: number[], key: (i: number) => K): Map<K, number[]> {
  const groups = new Map<K, number[]>();
  for (const i of indices) {
    const k = key(i);
    const list = groups.get(k);
    if (list) list.push(i);
    else groups.set(k, [i]);
  }
  return groups;
}

/**
 * How many crimes a set of reported offences makes (HOCR counting rules):
 * - one crime per victim; offences with no victim count one per offender or group;
 * - several offences against one victim in one incident → the principal (most serious) crime, plus
 *   any offence HOCR lists as "also record";
 * - a course of conduct (harassment, stalking, coercive control) by one offender against one victim is
 *   one crime up to the report; conduct reported later is a new crime;
 * - other offences against the same victim by the same offender on separate occasions are separate crimes.
 */
export function crimesToRecord(offences: readonly ReportedOffence[]): CrimeToRecord[] {
  const all = offences.map((_, i) => i);
  const result: CrimeToRecord[] = [];
  const victimless = all.filter((i) => offences[i].victim === null || classificationOf(offences[i].code).victimless);
  for (const group of groupBy(victimless, (i) => `${offences[i].offender ?? `unknown:${i}`}|${offences[i].incident}|${offences[i].code}`).values()) {
    result.push(crimeOf(offences, group, offences[group[0]].code, 'victimless'));
  }
  const withVictim = all.filter((i) => !victimless.includes(i));
  const course = withVictim.filter((i) => classificationOf(offences[i].code).courseOfConduct);
  for (const group of groupBy(course, (i) => `${offences[i].victim}|${offences[i].offender ?? '?'}|${offences[i].report}`).values()) {
    result.push(crimeOf(offences, group, principalClassification(group.map((i) => offences[i].code)), 'course_of_conduct'));
  }
  const single = withVictim.filter((i) => !course.includes(i));
  for (const group of groupBy(single, (i) => `${offences[i].victim}|${offences[i].incident}`).values()) {
    const principal = principalClassification(group.map((i) => offences[i].code));
    const alsoRecorded = group.filter((i) => offences[i].code !== principal && classificationOf(offences[i].code).alsoRecord);
    const counted = group.filter((i) => !alsoRecorded.includes(i));
    result.push(crimeOf(offences, counted, principal, group.length === 1 ? 'one_per_victim' : 'principal_crime'));
    for (const i of alsoRecorded) result.push(crimeOf(offences, [i], offences[i].code, 'also_record'));
  }
  return result;
}

/** Finished-incident rule: count once the incident is over; a course of conduct is counted up to the report. */
export function countingRefusal(incident: { finished: boolean } | null, code: string): string | null {
  if (!incident || incident.finished) return null;
  if (classificationOf(code).courseOfConduct) return null;
  return 'The incident is still in progress: count the crimes once it is over (finished-incident rule).';
}

/** What became of a crime disclosed in a control-room incident (the incident page shows it; NCRS 24-hour decision). */
export const CRIME_RECORDING_STATES = ['recorded', 'awaiting_decision', 'not_recorded', 'disclosed_no_decision', 'not_disclosed', 'not_answered'] as const;
export type CrimeRecordingState = (typeof CRIME_RECORDING_STATES)[number];

export type IncidentRecordingFacts = {
  /** The closing answer to "is a crime disclosed?"; null while the incident is open. */
  crimeDisclosed: boolean | null;
  /** Statuses of the crimes recorded from (or linked to) the incident. */
  crimeStatuses: readonly string[];
  /** The latest crime-recording-decision task of the incident, if one was raised. */
  decision: { status: string } | null;
};

/**
 * Recorded once any crime of the incident stands (a crime cancelled as not a crime does not count); otherwise the
 * decision is awaited while its task is open, and was taken not to record when the task was finished without a crime.
 * A crime recorded from an incident counts even when the incident said no crime was disclosed.
 */
export function crimeRecordingState(facts: IncidentRecordingFacts): CrimeRecordingState {
  if (facts.crimeStatuses.some((s) => s !== 'cancelled')) return 'recorded';
  if (facts.decision?.status === 'open') return 'awaiting_decision';
  if (facts.decision) return 'not_recorded';
  if (facts.crimeDisclosed === true) return 'disclosed_no_decision';
  return facts.crimeDisclosed === false ? 'not_disclosed' : 'not_answered';
}

// ---------------------------------------------------------------------------------------------
// Reclassification and cancellation (STANDARDS §3, HOCR Section C)

export type CrimeStatus = 'recorded' | 'cancelled' | 'transferred';

export type CrimeFacts = { status: CrimeStatus; classificationCode: string };

export type Canceller = { role: string; mayCancel: boolean };

export type CancellationRequest = {
  code: CancellationCode;
  reason: string;
  additionalVerifiableInformation?: string | null;
  duplicateOfReference?: string | null;
  transferToForce?: string | null;
};

export const MIN_REASON_LENGTH = 20;
export const MIN_AVI_LENGTH = 20;

export type Refusal = { status: 'forbidden' | 'invalid-state' | 'unprocessable'; detail: string; field?: string } | null;

/**
 * Only the force crime registrar (or a designated decision maker) may cancel, never the investigating
 * officer; a reason is always required; C2 needs the additional verifiable information; rape and serious
 * sexual offences go to the FCR alone and always carry the additional verifiable information.
 */
export function cancellationRefusal(crime: CrimeFacts, by: Canceller, request: CancellationRequest): Refusal {
  const classification = classificationOf(crime.classificationCode);
  const strict = classification.rape === true || classification.seriousSexual === true;
  if (!by.mayCancel) return { status: 'forbidden', detail: 'Only the force crime registrar or a designated decision maker may cancel a crime.' };
  if (strict && by.role !== 'crime_registrar') {
    return { status: 'forbidden', detail: 'Rape and serious sexual offences may be cancelled only by the force crime registrar.' };
  }
  if (crime.status !== 'recorded') return { status: 'invalid-state', detail: `The crime is ${crime.status}; only a recorded crime can be cancelled.` };
  if (request.reason.trim().length < MIN_REASON_LENGTH) {
    return { status: 'unprocessable', field: 'reason', detail: `Give the reason for cancelling in at least ${MIN_REASON_LENGTH} characters.` };
  }
  const avi = request.additionalVerifiableInformation?.trim() ?? '';
  if ((request.code === 'C2' || strict) && avi.length < MIN_AVI_LENGTH) {
    return {
      status: 'unprocessable', field: 'additionalVerifiableInformation',
      detail: strict
        ? 'Cancelling a rape or serious sexual offence needs the additional verifiable information attached.'
        : 'C2 needs the additional verifiable information that shows no crime took place.',
    };
  }
  if (request.code === 'C3' && !request.duplicateOfReference?.trim()) {
    return { status: 'unprocessable', field: 'duplicateOfReference', detail: 'C3 needs the reference of the crime this one duplicates.' };
  }
  if (request.code === 'C1' && !request.transferToForce?.trim()) {
    return { status: 'unprocessable', field: 'transferToForce', detail: 'C1 needs the force the crime is transferred to.' };
  }
  return null;
}

/** The state a crime moves to on cancellation: C1 transfers it, C2–C4 cancel it. */
export function statusAfterCancellation(code: CancellationCode): CrimeStatus {
  return code === 'C1' ? 'transferred' : 'cancelled';
}

/**
 * Reclassification keeps the history. Moving a rape or serious sexual offence to a lesser class is the
 * registrar's decision (design default), like its cancellation.
 */
export function reclassificationRefusal(crime: CrimeFacts, toCode: string, by: { role: string }, reason: string): Refusal {
  if (!CLASSIFICATION_BY_CODE.has(toCode)) return { status: 'unprocessable', field: 'classificationCode', detail: `Unknown classification ${toCode}.` };
  if (crime.status !== 'recorded') return { status: 'invalid-state', detail: `The crime is ${crime.status}; only a recorded crime can be reclassified.` };
  if (toCode === crime.classificationCode) return { status: 'unprocessable', field: 'classificationCode', detail: 'The crime already has that classification.' };
  if (reason.trim().length < MIN_REASON_LENGTH) {
    return { status: 'unprocessable', field: 'reason', detail: `Give the reason for reclassifying in at least ${MIN_REASON_LENGTH} characters.` };
  }
  const from = classificationOf(crime.classificationCode);
  const to = classificationOf(toCode);
  const fromStrict = from.rape === true || from.seriousSexual === true;
  const toStrict = to.rape === true || to.seriousSexual === true;
  if (fromStrict && !toStrict && by.role !== 'crime_registrar') {
    return { status: 'forbidden', detail: 'Reclassifying a rape or serious sexual offence to a lesser class is for the force crime registrar.' };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Vulnerable and repeat victims (STANDARDS §5 vulnerable victims, §2 C3 repeat victims)

export type VictimFacts = {
  dateOfBirth: string | null;
  /** Active warning-marker codes on the person record. */
  markers: readonly string[];
  /** Dates the person was a victim before (crimes or incidents), any order. */
  earlierVictimisations: readonly Date[];
};

/** Markers that mark a person as vulnerable (Victims' Code: mental disorder, impairment, disability; vulnerable adult). */
export const VULNERABILITY_MARKERS = ['vulnerable_adult', 'mental_health', 'child_at_risk', 'suicidal', 'self_harm'] as const;
/** Repeat victim: at least one earlier victimisation within 12 months, matched by person (design default, STANDARDS §2 C3). */
export const REPEAT_WINDOW_DAYS = 365;

/** Age in whole years on a date (dateOfBirth as YYYY-MM-DD). */
export function ageOn(dateOfBirth: string, on: Date): number {
  const [y, m, d] = dateOfBirth.split('-').map(Number);
  let age = on.getUTCFullYear() - y;
  const beforeBirthday = on.getUTCMonth() + 1 < m || (on.getUTCMonth() + 1 === m && on.getUTCDate() < d);
  if (beforeBirthday) age -= 1;
  return age;
}

export type VictimAssessment = { vulnerable: boolean; repeat: boolean; child: boolean; reasons: string[]; earlierIn12Months: number };

/**
 * Computed from the person record and earlier victimisations, plus the officer's judgement: the officer
 * may add vulnerability (intimidated victim, disability not on record) but the computed reasons stay shown.
 */
export function assessVictim(facts: VictimFacts, committedAt: Date, officerJudgesVulnerable: boolean): VictimAssessment {
  const reasons: string[] = [];
  const age = facts.dateOfBirth ? ageOn(facts.dateOfBirth, committedAt) : null;
  const child = age !== null && age < 18;
  if (child) reasons.push(`Under 18 (aged ${age})`);
  for (const marker of VULNERABILITY_MARKERS) if (facts.markers.includes(marker)) reasons.push(`Warning marker: ${marker.replace(/_/g, ' ')}`);
  if (officerJudgesVulnerable) reasons.push('Officer’s judgement');
  const since = committedAt.getTime() - REPEAT_WINDOW_DAYS * DAY;
  const earlierIn12Months = facts.earlierVictimisations.filter((d) => d.getTime() >= since && d.getTime() < committedAt.getTime()).length;
  const repeat = earlierIn12Months >= 1;
  if (repeat) reasons.push(`Repeat victim: ${earlierIn12Months} earlier in 12 months`);
  return { vulnerable: child || reasons.some((r) => r.startsWith('Warning marker') || r === 'Officer’s judgement'), repeat, child, reasons, earlierIn12Months };
}

// ---------------------------------------------------------------------------------------------
// Data-integrity audit statistics (STANDARDS §3 "Crime data integrity", §14)

export const AUDIT_GROUPS = ['all', 'violence', 'sexual', 'rape', 'domestic_abuse'] as const;
export type AuditGroup = (typeof AUDIT_GROUPS)[number];

/** Which audit groups a crime class (and DA flag) falls into. */
export function auditGroupsOf(code: string | null, domesticAbuse: boolean): AuditGroup[] {
  const groups: AuditGroup[] = ['all'];
  const c = code ? CLASSIFICATION_BY_CODE.get(code) : undefined;
  if (c?.group === 'violence_against_the_person') groups.push('violence');
  if (c?.group === 'sexual_offences') groups.push('sexual');
  if (c?.rape) groups.push('rape');
  if (domesticAbuse) groups.push('domestic_abuse');
  return groups;
}

/**
 * Wilson score interval for a binomial proportion (E. B. Wilson, "Probable inference, the law of
 * succession, and statistical inference", JASA 22 (1927) 209–212). Better than the normal approximation
 * near 0% and 100%, where crime-recording compliance usually sits. z = 1.96 for 95%.
 */
export function wilsonInterval(successes: number, trials: number, z = 1.959964): { lower: number; upper: number } {
  if (trials <= 0) return { lower: 0, upper: 1 };
  if (successes < 0 || successes > trials) throw new Error('successes must be between 0 and trials');
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}

/**
 * 95% interval of the difference of two independent proportions p1 − p2 by Newcombe's hybrid score
 * method (R. G. Newcombe, Statistics in Medicine 17 (1998) 873–890, method 10), built from the two
 * Wilson intervals; used to compare an audit with an earlier one.
 */
export function differenceInterval(a: { successes: number; trials: number }, b: { successes: number; trials: number }) {
  const p1 = a.successes / a.trials;
  const p2 = b.successes / b.trials;
  const w1 = wilsonInterval(a.successes, a.trials);
  const w2 = wilsonInterval(b.successes, b.trials);
  const d = p1 - p2;
  return {
    difference: d,
    lower: d - Math.sqrt((p1 - w1.lower) ** 2 + (w2.upper - p2) ** 2),
    upper: d + Math.sqrt((w1.upper - p1) ** 2 + (p2 - w2.lower) ** 2),
  };
}

export type AuditReview = {
  /** Should a crime have been recorded from this incident? */
  crimeDisclosed: boolean;
  /** Was it (were they) recorded? */
  recorded: boolean;
  /** The class it should have had (for grouping), and whether it got it. */
  expectedCode: string | null;
  correctClassification: boolean | null;
  /** Recorded within 24 h of the report? */
  withinTime: boolean | null;
  domesticAbuse: boolean;
};

export type RateWithInterval = { numerator: number; denominator: number; rate: number | null; lower: number | null; upper: number | null };

function rate(numerator: number, denominator: number): RateWithInterval {
  if (denominator === 0) return { numerator, denominator, rate: null, lower: null, upper: null };
  const { lower, upper } = wilsonInterval(numerator, denominator);
  return { numerator, denominator, rate: numerator / denominator, lower, upper };
}

export type AuditGroupResult = { group: AuditGroup; compliance: RateWithInterval; classification: RateWithInterval; timeliness: RateWithInterval };

/**
 * The inspection method: compliance = correctly recorded ÷ should have been recorded, with a 95% Wilson
 * interval, by group. Classification accuracy and timeliness are over the crimes that were recorded.
 */
export function auditResults(reviews: readonly AuditReview[]): AuditGroupResult[] {
  return AUDIT_GROUPS.map((group) => {
    const inGroup = reviews.filter((r) => r.crimeDisclosed && auditGroupsOf(r.expectedCode, r.domesticAbuse).includes(group));
    const recorded = inGroup.filter((r) => r.recorded);
    return {
      group,
      compliance: rate(recorded.length, inGroup.length),
      classification: rate(recorded.filter((r) => r.correctClassification === true).length, recorded.filter((r) => r.correctClassification !== null).length),
      timeliness: rate(recorded.filter((r) => r.withinTime === true).length, recorded.filter((r) => r.withinTime !== null).length),
    };
  });
}

/** A reproducible random sample: the same seed draws the same records (mulberry32 + partial Fisher–Yates). */
export function drawSample<T>(population: readonly T[], size: number, seed: number): T[] {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pool = [...population];
  const n = Math.min(size, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(next() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, n);
}

/** Proportion of crimes with at least one vulnerable victim (STANDARDS §14 vulnerable-victim rate). */
export function vulnerableVictimRate(crimes: readonly { vulnerableVictim: boolean }[]): number | null {
  if (crimes.length === 0) return null;
  return crimes.filter((c) => c.vulnerableVictim).length / crimes.length;
}

// ---------------------------------------------------------------------------------------------
// police.uk (STANDARDS §4, §15)

export function policeUkCrimeType(code: string): PoliceUkCrimeType {
  return classificationOf(code).policeUk;
}

export function crimeGroupOf(code: string): CrimeGroup {
  return classificationOf(code).group;
}

/** "Last outcome category": the police.uk string for the crime's outcome, "Under investigation" when none yet. */
export function lastOutcomeCategory(outcome: string | null): string {
  return OUTCOME_CATEGORIES[outcome ?? 'none'] ?? 'Status update unavailable';
}

/** The month of a date in Europe/London as police.uk writes it (YYYY-MM). */
export function policeUkMonth(at: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit' }).formatToParts(at);
  return `${parts.find((p) => p.type === 'year')!.value}-${parts.find((p) => p.type === 'month')!.value}`;
}

/** The UTC bounds of a London calendar month: [start, end). */
export function londonMonthBounds(month: string): { from: Date; to: Date } {
  const [y, m] = month.split('-').map(Number);
  const at = (year: number, mon: number) => {
    const guess = new Date(Date.UTC(year, mon - 1, 1));
    // London is UTC or UTC+1; on the 1st at 00:00 London it is either 00:00 or 23:00 the day before in UTC.
    return policeUkMonth(new Date(guess.getTime() - HOUR)) === `${year}-${String(mon).padStart(2, '0')}` ? new Date(guess.getTime() - HOUR) : guess;
  };
  return { from: at(y, m), to: m === 12 ? at(y + 1, 1) : at(y, m + 1) };
}

export type MapPoint = { id: string; latitude: number; longitude: number; label: string; lsoaCode: string; lsoaName: string; addresses: number };

/** police.uk anonymous points cover at least 8 postal addresses (or none) — STANDARDS §15. */
export const MIN_ADDRESSES_PER_MAP_POINT = 8;

export function isUsableMapPoint(point: MapPoint): boolean {
  return point.addresses === 0 || point.addresses >= MIN_ADDRESSES_PER_MAP_POINT;
}

/** Nearest anonymous map point by equirectangular distance (ample at county scale). */
export function nearestMapPoint(latitude: number, longitude: number, points: readonly MapPoint[]): MapPoint | null {
  let best: MapPoint | null = null;
  let bestDistance = Infinity;
  const k = Math.cos((latitude * Math.PI) / 180);
  for (const p of points) {
    const dx = (p.longitude - longitude) * k;
    const dy = p.latitude - latitude;
    const distance = dx * dx + dy * dy;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = p;
    }
  }
  return best;
}

export type StreetLevelLocation = { longitude: string; latitude: string; location: string; lsoaCode: string; lsoaName: string };

/** Snapped location for the street-level file; sensitive classes and crimes with no location give "No Location". */
export function streetLevelLocation(point: MapPoint | null, code: string): StreetLevelLocation {
  if (!point || classificationOf(code).sensitiveLocation) return { longitude: '', latitude: '', location: 'No Location', lsoaCode: '', lsoaName: '' };
  return {
    longitude: point.longitude.toFixed(6), latitude: point.latitude.toFixed(6), location: `On or near ${point.label}`,
    lsoaCode: point.lsoaCode, lsoaName: point.lsoaName,
  };
}
