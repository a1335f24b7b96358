/**
 * Pure rules of victim care under the Code of Practice for Victims of Crime (STANDARDS §5; §17 F13, F14).
 * No I/O and no clock: dates come in as arguments, working-day arithmetic is passed in by the caller.
 */

// --- Code versions (STANDARDS §5 "Versions"; conventions: newest is the default, older stay selectable)

export type EntitlementLevel = 'standard' | 'enhanced';

/** Statutory events that start an entitlement clock. */
export const ENTITLEMENT_EVENTS = {
  referral: 'Referral to victim support services',
  arrest: 'Told of the suspect’s arrest',
  interview: 'Told of the suspect’s interview',
  release: 'Told of release (bail, released under investigation or no further action)',
  bail_change: 'Told of a change to bail conditions',
  charge: 'Told of the charge',
  decision_not_to_proceed: 'Told of a decision not to investigate or not to proceed',
  outcome: 'Told of the outcome',
  update: 'Update at the agreed frequency (victim contract)',
  right_to_review: 'Decision on a request to review not charging',
} as const;
export type EntitlementEvent = keyof typeof ENTITLEMENT_EVENTS;
export const ENTITLEMENT_EVENT_CODES = Object.keys(ENTITLEMENT_EVENTS) as [EntitlementEvent, ...EntitlementEvent[]];

/** Events the officer tells the victim about (the ≤5 / ≤1 working-day row of STANDARDS §5). */
export const NOTIFIABLE_EVENTS = ['arrest', 'interview', 'release', 'bail_change', 'charge', 'decision_not_to_proceed', 'outcome'] as const satisfies readonly EntitlementEvent[];
export type NotifiableEvent = (typeof NOTIFIABLE_EVENTS)[number];

export type Timescale = { days: number; unit: 'working_days' | 'calendar_days' };

export type VictimsCodeVersion = {
  version: string;
  inForceFrom: string;
  rights: number;
  /** Working days to tell the victim of an investigation event. */
  notifyDays: Record<EntitlementLevel, number>;
  /** Working days to refer to support services. */
  referralDays: number;
  /** Longest gap in calendar days between agreed updates (design default 28 / 14). */
  maxUpdateIntervalDays: Record<EntitlementLevel, number>;
  /** Working days to decide a victim's right-to-review request (design default). */
  reviewDecisionDays: number;
  /** HOCR codes of "the most serious crime" beyond the whole sexual-offences group, DA and hate crime. */
  mostSeriousCodes: readonly string[];
  /** Codes whose direct victim has died: the bereaved relatives are the victims. */
  bereavementCodes: readonly string[];
};

const MOST_SERIOUS_2020 = ['2/1', '5D', '56A'] as const; // attempted murder, GBH with intent, arson endangering life
const BEREAVEMENT = ['1/1', '4/1'] as const; // murder, manslaughter

/** STANDARDS §5: 2013, 2015 (in force 2016) and 2020 (in force 1 April 2021, 12 rights) — 2020 is the default. */
export const VICTIMS_CODE_VERSIONS: readonly VictimsCodeVersion[] = [
  {
    version: '2013', inForceFrom: '2013-12-10', rights: 0,
    notifyDays: { standard: 5, enhanced: 1 }, referralDays: 2, maxUpdateIntervalDays: { standard: 28, enhanced: 14 },
    reviewDecisionDays: 30, mostSeriousCodes: MOST_SERIOUS_2020, bereavementCodes: BEREAVEMENT,
  },
  {
    version: '2015', inForceFrom: '2015-11-16', rights: 0,
    notifyDays: { standard: 5, enhanced: 1 }, referralDays: 2, maxUpdateIntervalDays: { standard: 28, enhanced: 14 },
    reviewDecisionDays: 30, mostSeriousCodes: MOST_SERIOUS_2020, bereavementCodes: BEREAVEMENT,
  },
  {
    version: '2020', inForceFrom: '2021-04-01', rights: 12,
    notifyDays: { standard: 5, enhanced: 1 }, referralDays: 2, maxUpdateIntervalDays: { standard: 28, enhanced: 14 },
    reviewDecisionDays: 30, mostSeriousCodes: MOST_SERIOUS_2020, bereavementCodes: BEREAVEMENT,
  },
];
export const VICTIMS_CODE_VERSION_CODES = VICTIMS_CODE_VERSIONS.map((v) => v.version) as [string, ...string[]];

/** The newest version is the default (STANDARDS conventions). */
export const DEFAULT_VICTIMS_CODE: VictimsCodeVersion = VICTIMS_CODE_VERSIONS.reduce((a, b) => (b.inForceFrom > a.inForceFrom ? b : a));

export function victimsCode(version?: string | null): VictimsCodeVersion {
  if (!version) return DEFAULT_VICTIMS_CODE;
  const found = VICTIMS_CODE_VERSIONS.find((v) => v.version === version);
  if (!found) throw new Error(`Unknown Victims' Code version ${version}`);
  return found;
}

// --- Enhanced or standard (STANDARDS §5 "Enhanced rights")

export const VULNERABILITY_REASONS = {
  under_18: 'Under 18 at the time of the offence',
  mental_disorder: 'Mental disorder',
  impaired_intelligence: 'Significant impairment of intelligence and social functioning',
  physical_disability: 'Physical disability or physical disorder',
} as const;
export type VulnerabilityReason = keyof typeof VULNERABILITY_REASONS;
export const VULNERABILITY_REASON_CODES = Object.keys(VULNERABILITY_REASONS) as [VulnerabilityReason, ...VulnerabilityReason[]];

export type CrimeFacts = {
  classificationCode: string;
  /** HOCR group of the classification, e.g. `sexual_offences`. */
  group: string;
  flags: readonly string[];
  hateStrands: readonly string[];
  /** The classification is a racially or religiously aggravated offence, e.g. "Racially or religiously aggravated harassment". */
  hateAggravatedOffence?: string;
};

export type NeedsAnswers = {
  /** The victim is a business or organisation, not a person. */
  businessVictim: boolean;
  vulnerabilities: readonly VulnerabilityReason[];
  intimidated: boolean;
  persistentlyTargeted: boolean;
  bereavedRelative: boolean;
};

export type EntitlementReason = { code: string; label: string };

/** Why the crime counts as "the most serious crime" under the Code; empty when it does not. */
export function mostSeriousCrimeReasons(crime: CrimeFacts, code: VictimsCodeVersion = DEFAULT_VICTIMS_CODE): EntitlementReason[] {
  const reasons: EntitlementReason[] = [];
  if (crime.flags.includes('domestic_abuse')) reasons.push({ code: 'serious_domestic_abuse', label: 'Victim of domestic abuse' });
  if (crime.hateStrands.length > 0) reasons.push({ code: 'serious_hate', label: `Victim of hate crime (${crime.hateStrands.join(', ')})` });
  else if (crime.hateAggravatedOffence) reasons.push({ code: 'serious_hate', label: `Victim of hate crime: ${crime.hateAggravatedOffence.toLowerCase()} is a hate crime whatever strand is recorded` });
  if (crime.group === 'sexual_offences') reasons.push({ code: 'serious_sexual', label: 'Victim of a sexual offence' });
  if (code.mostSeriousCodes.includes(crime.classificationCode)) reasons.push({ code: 'serious_offence', label: 'Victim of one of the most serious crimes (attempted murder, GBH with intent, arson endangering life)' });
  return reasons;
}

/**
 * Enhanced rights go to victims of the most serious crime and bereaved relatives, persistently targeted victims,
 * and vulnerable or intimidated victims (STANDARDS §5). A business victim has the standard rights.
 */
export function entitlementLevel(crime: CrimeFacts, answers: NeedsAnswers, code: VictimsCodeVersion = DEFAULT_VICTIMS_CODE): { level: EntitlementLevel; reasons: EntitlementReason[] } {
  if (answers.businessVictim) {
    return { level: 'standard', reasons: [{ code: 'business', label: 'Business victims receive the standard entitlements' }] };
  }
  const reasons: EntitlementReason[] = [...mostSeriousCrimeReasons(crime, code)];
  if (answers.bereavedRelative || code.bereavementCodes.includes(crime.classificationCode)) {
    reasons.push({ code: 'bereaved', label: 'Bereaved relative of a person who died as a result of the crime' });
  }
  if (answers.persistentlyTargeted) reasons.push({ code: 'persistently_targeted', label: 'Persistently targeted victim' });
  for (const v of answers.vulnerabilities) reasons.push({ code: `vulnerable_${v}`, label: `Vulnerable: ${VULNERABILITY_REASONS[v]}` });
  if (answers.intimidated) reasons.push({ code: 'intimidated', label: 'Intimidated victim' });
  if (reasons.length === 0) return { level: 'standard', reasons: [{ code: 'none', label: 'No enhanced category applies' }] };
  return { level: 'enhanced', reasons };
}

/** Under 18 on the day of the offence, from a YYYY-MM-DD date of birth. */
export function isUnder18(dateOfBirth: string | null, offenceDate: string): boolean {
  if (!dateOfBirth) return false;
  const [y, m, d] = dateOfBirth.split('-').map(Number);
  const eighteenth = `${String(y + 18).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return offenceDate < eighteenth;
}

// --- Timescales (STANDARDS §5 table)

export function entitlementTimescale(event: EntitlementEvent, level: EntitlementLevel, code: VictimsCodeVersion = DEFAULT_VICTIMS_CODE): Timescale {
  switch (event) {
    case 'referral': return { days: code.referralDays, unit: 'working_days' };
    case 'update': return { days: code.maxUpdateIntervalDays[level], unit: 'calendar_days' };
    case 'right_to_review': return { days: code.reviewDecisionDays, unit: 'working_days' };
    default: return { days: code.notifyDays[level], unit: 'working_days' };
  }
}

/** `endOfWorkingDays(from, n)`: the close (London) of the nth working day after the day of `from`. */
export type WorkingCalendar = { endOfWorkingDays: (from: Date, days: number) => Date };

/** When the entitlement falls due, counted from the event; working days skip weekends and E&W bank holidays. */
export function entitlementDueAt(eventAt: Date, timescale: Timescale, calendar: WorkingCalendar): Date {
  if (timescale.unit === 'working_days') return calendar.endOfWorkingDays(eventAt, timescale.days);
  return new Date(eventAt.getTime() + timescale.days * 86_400_000);
}

// --- Victim contract (STANDARDS §5 "Updates at the agreed frequency")

export const CONTACT_METHODS = {
  phone: 'Telephone', visit: 'In person', email: 'Email', letter: 'Letter', text_message: 'Text message', video: 'Video call', via_intermediary: 'Through an intermediary or interpreter',
} as const;
export type ContactMethod = keyof typeof CONTACT_METHODS;
export const CONTACT_METHOD_CODES = Object.keys(CONTACT_METHODS) as [ContactMethod, ...ContactMethod[]];

/** The agreed interval must not be longer than the Code's maximum for the victim's level. */
export function contractRefusal(input: { updateIntervalDays: number }, level: EntitlementLevel, code: VictimsCodeVersion = DEFAULT_VICTIMS_CODE): string | null {
  const max = code.maxUpdateIntervalDays[level];
  if (!Number.isInteger(input.updateIntervalDays) || input.updateIntervalDays < 1) return 'The update interval must be a whole number of days, at least 1.';
  if (input.updateIntervalDays > max) return `A ${level} victim must be updated at least every ${max} days; agree a shorter interval.`;
  return null;
}

// --- Contact records (STANDARDS §5 "Reminders clear only with a recorded contact or an audited reason code"; F13)

export const NO_CONTACT_REASONS = {
  no_answer: 'Tried to contact, no answer (attempt recorded)',
  declined_contact: 'The victim declined this update',
  opted_out: 'The victim has opted out of updates in writing',
  unreachable: 'The victim cannot be reached (moved, no working contact details)',
  deceased: 'The victim has died (bereaved relatives take over)',
  not_applicable: 'The event did not happen, so there is nothing to tell',
} as const;
export type NoContactReason = keyof typeof NO_CONTACT_REASONS;
export const NO_CONTACT_REASON_CODES = Object.keys(NO_CONTACT_REASONS) as [NoContactReason, ...NoContactReason[]];

export const MIN_CONTACT_SUMMARY = 20;
export const MIN_NO_CONTACT_REASON = 10;

export type ContactRecordInput = {
  made: boolean;
  contactedAt?: string | null;
  method?: string | null;
  summary?: string | null;
  noContactReasonCode?: string | null;
  noContactReason?: string | null;
};

/**
 * A contact is complete only with when, how and what was said; a contact not made needs a reason code and a
 * written reason. Returns every missing field so the form can show them all. A contact cannot be in the future.
 */
export function contactRecordProblems(input: ContactRecordInput, now: Date): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (!input.contactedAt) problems.push({ path: 'contactedAt', message: input.made ? 'say when the victim was contacted' : 'say when contact was attempted' });
  else if (new Date(input.contactedAt).getTime() > now.getTime() + 5 * 60_000) problems.push({ path: 'contactedAt', message: 'must not be in the future' });
  if (!input.method || !(input.method in CONTACT_METHODS)) problems.push({ path: 'method', message: `say how (${CONTACT_METHOD_CODES.join(', ')})` });
  if (input.made) {
    if ((input.summary?.trim().length ?? 0) < MIN_CONTACT_SUMMARY) problems.push({ path: 'summary', message: `record what was said (at least ${MIN_CONTACT_SUMMARY} characters)` });
  } else {
    if (!input.noContactReasonCode || !(input.noContactReasonCode in NO_CONTACT_REASONS)) {
      problems.push({ path: 'noContactReasonCode', message: `say why no contact was made (${NO_CONTACT_REASON_CODES.join(', ')})` });
    }
    if ((input.noContactReason?.trim().length ?? 0) < MIN_NO_CONTACT_REASON) {
      problems.push({ path: 'noContactReason', message: `explain in at least ${MIN_NO_CONTACT_REASON} characters` });
    }
  }
  return problems;
}

// --- Compliance (STANDARDS §5 "Supervisor compliance dashboard"; §14 VCOP compliance live/closed)

export type ComplianceState = 'on_time' | 'late' | 'missed' | 'overdue' | 'pending';

export type EntitlementTaskFacts = {
  status: string;
  dueAt: Date;
  completedAt: Date | null;
  /** When the victim was actually told (the contact's time, not when it was typed in). */
  contactedAt: Date | null;
};

/**
 * on_time: the victim was told by the due time; late: told after it; missed: closed with no contact made;
 * overdue: still open past due (counts against compliance now); pending: open and not yet due.
 */
export function complianceState(task: EntitlementTaskFacts, now: Date): ComplianceState {
  if (task.status === 'open') return task.dueAt.getTime() < now.getTime() ? 'overdue' : 'pending';
  if (task.status !== 'completed' || task.contactedAt === null) return 'missed';
  return task.contactedAt.getTime() <= task.dueAt.getTime() ? 'on_time' : 'late';
}

export type ComplianceCounts = Record<ComplianceState, number>;

export function emptyCounts(): ComplianceCounts {
  return { on_time: 0, late: 0, missed: 0, overdue: 0, pending: 0 };
}

/** Share of entitlements met on time among those already due; null when none is due yet. */
export function complianceRate(c: ComplianceCounts): number | null {
  const due = c.on_time + c.late + c.missed + c.overdue;
  return due === 0 ? null : c.on_time / due;
}

// --- Referral to support services (STANDARDS §5 "Referral… opt-out; consent for sexual offences/DA — design default")

export type ReferralBasis = 'automatic' | 'consent' | 'none';

/** Automatic (opt-out) unless the victim opted out; DA and sexual offences need the victim's explicit consent. */
export function referralBasis(crime: CrimeFacts, consent: 'given' | 'refused' | 'not_asked'): { basis: ReferralBasis; why: string } {
  const consentNeeded = crime.flags.includes('domestic_abuse') || crime.group === 'sexual_offences';
  if (consent === 'refused') return { basis: 'none', why: 'The victim declined referral' };
  if (consentNeeded) {
    return consent === 'given'
      ? { basis: 'consent', why: 'Referred with the victim’s consent (domestic abuse or sexual offence)' }
      : { basis: 'none', why: 'Domestic abuse and sexual offences are referred only with the victim’s consent' };
  }
  return { basis: 'automatic', why: 'Referred automatically; the victim may opt out' };
}

export const REFERRAL_STATUSES = ['sent', 'accepted', 'declined_by_victim', 'declined_by_service', 'closed'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

const REFERRAL_MOVES: Record<ReferralStatus, readonly ReferralStatus[]> = {
  sent: ['accepted', 'declined_by_victim', 'declined_by_service'],
  accepted: ['closed', 'declined_by_victim'],
  declined_by_victim: [],
  declined_by_service: [],
  closed: [],
};

export function referralStatusRefusal(from: string, to: ReferralStatus): string | null {
  const allowed = REFERRAL_MOVES[from as ReferralStatus];
  if (!allowed) return `Unknown referral status ${from}.`;
  return allowed.includes(to) ? null : `A referral that is ${from.replaceAll('_', ' ')} cannot become ${to.replaceAll('_', ' ')}.`;
}

// --- Victim Personal Statement (STANDARDS §5; F14: its own record)

export const VPS_STATUSES = ['offered', 'declined', 'taken', 'updated'] as const;
export type VpsStatus = (typeof VPS_STATUSES)[number];

/** A VPS is offered first; taken or declined after an offer; updated only after it was taken. */
export function vpsRefusal(history: readonly VpsStatus[], next: VpsStatus): string | null {
  const last = history.at(-1);
  if (next === 'offered') return null;
  if (last === undefined) return 'Record that the VPS was offered first.';
  if (next === 'updated') return history.includes('taken') ? null : 'Only a VPS that was taken can be updated.';
  if (next === 'taken' && last === 'taken') return 'The VPS has already been taken; record an update instead.';
  return null;
}

// --- Right to review (STANDARDS §5 "Right-to-review information: on no further action")

export const REVIEWABLE_DECISIONS = {
  no_charge: 'Decision not to charge',
  not_to_proceed: 'Decision not to proceed with the investigation',
  out_of_court: 'Out-of-court disposal instead of charge',
} as const;
export type ReviewableDecision = keyof typeof REVIEWABLE_DECISIONS;
export const REVIEWABLE_DECISION_CODES = Object.keys(REVIEWABLE_DECISIONS) as [ReviewableDecision, ...ReviewableDecision[]];

/** Victims' Right to Review: requests within 3 months of being told of the decision (national standard), later ones only exceptionally. */
export const REVIEW_REQUEST_WINDOW_DAYS = 90;

export function reviewRequestLate(decisionToldAt: Date, requestedAt: Date): boolean {
  return requestedAt.getTime() - decisionToldAt.getTime() > REVIEW_REQUEST_WINDOW_DAYS * 86_400_000;
}

// --- Satisfaction (STANDARDS §14 "Victim satisfaction = satisfied with whole experience ÷ respondents, ±95% CI")

export const SATISFACTION_QUESTIONS = ['wholeExperience', 'easeOfContact', 'actionsTaken', 'keptInformed', 'treatment'] as const;
export type SatisfactionQuestion = (typeof SATISFACTION_QUESTIONS)[number];

/** The Home Office seven-point scale; the first three count as satisfied. */
export const SATISFACTION_SCALE = [
  'completely_satisfied', 'very_satisfied', 'fairly_satisfied', 'neither', 'fairly_dissatisfied', 'very_dissatisfied', 'completely_dissatisfied',
] as const;
export type SatisfactionAnswer = (typeof SATISFACTION_SCALE)[number];

export function isSatisfied(answer: SatisfactionAnswer): boolean {
  return SATISFACTION_SCALE.indexOf(answer) <= 2;
}

export type Rate = { respondents: number; satisfied: number; rate: number | null; ci95: number | null };

/** Satisfied ÷ respondents with the normal-approximation 95% confidence half-width. */
export function satisfactionRate(answers: readonly (SatisfactionAnswer | null)[]): Rate {
  const given = answers.filter((a): a is SatisfactionAnswer => a !== null);
  const n = given.length;
  if (n === 0) return { respondents: 0, satisfied: 0, rate: null, ci95: null };
  const satisfied = given.filter(isSatisfied).length;
  const p = satisfied / n;
  return { respondents: n, satisfied, rate: p, ci95: 1.96 * Math.sqrt((p * (1 - p)) / n) };
}

// --- Plain-English letter (issue 7 "victim's view")

/** What the victim should expect next, in plain English, from their level and contract. */
export function whatToExpect(level: EntitlementLevel, intervalDays: number, code: VictimsCodeVersion = DEFAULT_VICTIMS_CODE): string[] {
  const notify = code.notifyDays[level];
  return [
    `We will tell you within ${notify} working day${notify === 1 ? '' : 's'} if someone is arrested, interviewed, released, charged, or if we decide to take no further action.`,
    `We will update you at least every ${intervalDays} days, as we agreed with you, even if there is no news.`,
    'You can make a Victim Personal Statement to explain how the crime has affected you, at any time before sentence.',
    'If we decide not to charge anyone, you can ask us to review that decision.',
    ...(level === 'enhanced' ? ['Because of your circumstances you are entitled to enhanced support, including faster updates and help from specialist services.'] : []),
  ];
}
