/**
 * Investigation rules (STANDARDS §4 outcomes framework, §6 investigations, §17 F08–F12, F18, F24).
 * Pure: facts in, decisions out. Every value is a force-configurable default; decisions store RULES_VERSION.
 */
import type { Role } from '../../platform/auth/roles.js';

export const INVESTIGATION_RULES_VERSION = 'investigations-2026.1';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// ------------------------------------------------------------------ crime facts the rules need

export type RiskLevel = 'standard' | 'medium' | 'high';
export const RISK_LEVELS = ['standard', 'medium', 'high'] as const satisfies readonly RiskLevel[];
const RISK_RANK: Record<RiskLevel, number> = { standard: 0, medium: 1, high: 2 };

/** What the rules know of the crime, built by the use-case from the crimes module's record and classification list. */
export type CrimeFacts = {
  classificationCode: string;
  /** HOCR group, e.g. theft, sexual_offences (crimes module reference list). */
  group: string;
  rape: boolean;
  seriousSexual: boolean;
  domesticAbuse: boolean;
  /** A victim under 18 (child_victim flag or a child victim on the crime). */
  childVictim: boolean;
  vulnerableVictim: boolean;
  victimless: boolean;
};

// ------------------------------------------------------------------ screening (STANDARDS §6 Allocation: by THRIVE and complexity)

export const THRIVE_ELEMENTS = ['threat', 'harm', 'risk', 'investigation', 'vulnerability', 'engagement'] as const;
export type ThriveElement = (typeof THRIVE_ELEMENTS)[number];

/** Solvability factors: each present factor is a line of enquiry (design default list). */
export const SOLVABILITY_FACTORS = [
  'suspect_named', 'suspect_description', 'suspect_vehicle', 'cctv', 'forensic_opportunity', 'witnesses', 'stolen_property_traceable',
  'digital_evidence', 'suspect_arrested',
] as const;
export type SolvabilityFactor = (typeof SOLVABILITY_FACTORS)[number];

export type ScreeningInput = {
  /** THRIVE: each element judged low/medium/high by the screening officer. */
  thrive: Partial<Record<ThriveElement, 'low' | 'medium' | 'high'>>;
  solvability: readonly SolvabilityFactor[];
  /** DASH level when the crime is domestic abuse (safeguarding module), if known. */
  dashLevel?: 'standard' | 'medium' | 'high' | null;
};

export type Screening = {
  risk: RiskLevel;
  riskReasons: string[];
  solvabilityScore: number;
  linesOfEnquiry: boolean;
};

const thriveToRisk = (v: 'low' | 'medium' | 'high'): RiskLevel => (v === 'low' ? 'standard' : v);
const maxRisk = (a: RiskLevel, b: RiskLevel): RiskLevel => (RISK_RANK[a] >= RISK_RANK[b] ? a : b);

/** Risk is the highest THRIVE judgement, raised by the crime's own facts so a low judgement cannot hide them. */
export function screenCrime(facts: CrimeFacts, input: ScreeningInput): Screening {
  let risk: RiskLevel = 'standard';
  const reasons: string[] = [];
  for (const element of THRIVE_ELEMENTS) {
    const judged = input.thrive[element];
    if (!judged || judged === 'low') continue;
    risk = maxRisk(risk, thriveToRisk(judged));
    reasons.push(`THRIVE ${element}: ${judged}`);
  }
  const raise = (to: RiskLevel, reason: string) => { risk = maxRisk(risk, to); reasons.push(reason); };
  if (facts.rape) raise('high', 'Rape');
  else if (facts.seriousSexual && facts.childVictim) raise('high', 'Sexual offence against a child');
  if (facts.domesticAbuse && input.dashLevel === 'high') raise('high', 'Domestic abuse, DASH high');
  else if (facts.domesticAbuse) raise('medium', 'Domestic abuse');
  if (facts.childVictim && !facts.seriousSexual) raise('medium', 'Child victim');
  if (facts.vulnerableVictim) raise('medium', 'Vulnerable victim');
  const score = new Set(input.solvability).size;
  return { risk, riskReasons: reasons, solvabilityScore: score, linesOfEnquiry: score > 0 };
}

// ------------------------------------------------------------------ allocation (STANDARDS §6; force-configurable rule table)

/** A row of the force's allocation table; the first row whose conditions all hold decides. Absent condition = any. */
export type AllocationRule = {
  id: string;
  label: string;
  when: {
    rapeOrSeriousSexual?: boolean;
    domesticAbuse?: boolean;
    childVictim?: boolean;
    risk?: readonly RiskLevel[];
    groups?: readonly string[];
    codes?: readonly string[];
    excludeCodes?: readonly string[];
    linesOfEnquiry?: boolean;
    vulnerableVictim?: boolean;
  };
  unit: string;
  /** Screened out: no further investigation unless new information; the victim must be told. */
  screenOut?: boolean;
};

export const VOLUME_CRIME_GROUPS = ['theft', 'vehicle', 'criminal_damage_arson'] as const;

/** Design default table (STANDARDS §6: serious sexual offences → specialist team, DA high risk → safeguarding unit, volume crime with no lines of enquiry → screened out). */
export const DEFAULT_ALLOCATION_RULES: readonly AllocationRule[] = [
  { id: 'child-sexual', label: 'Sexual offence against a child → CAIU/JCPIT', when: { rapeOrSeriousSexual: true, childVictim: true }, unit: 'CAIU' },
  { id: 'serious-sexual', label: 'Rape and serious sexual offences → specialist sexual offences team', when: { rapeOrSeriousSexual: true }, unit: 'Sexual Offences Investigation Team' },
  { id: 'da-high', label: 'Domestic abuse, high risk → DAISU safeguarding unit', when: { domesticAbuse: true, risk: ['high'] }, unit: 'DAISU Safeguarding Unit' },
  { id: 'da', label: 'Domestic abuse → DAISU', when: { domesticAbuse: true }, unit: 'DAISU' },
  { id: 'child', label: 'Child victim → CAIU', when: { childVictim: true }, unit: 'CAIU' },
  { id: 'acquisitive', label: 'Robbery and dwelling burglary → Scorpion', when: { codes: ['34A', '34B', '28E', '29'] }, unit: 'Scorpion' },
  {
    id: 'volume-screen-out', label: 'Volume crime with no lines of enquiry → screened out, victim informed',
    when: { groups: VOLUME_CRIME_GROUPS, excludeCodes: ['56A'], linesOfEnquiry: false, risk: ['standard'], vulnerableVictim: false },
    unit: 'Crime Management Unit', screenOut: true,
  },
  { id: 'volume', label: 'Volume crime → IMU (desk investigation)', when: { groups: VOLUME_CRIME_GROUPS, excludeCodes: ['56A'], risk: ['standard'] }, unit: 'IMU' },
  { id: 'default', label: 'Everything else → local crime unit', when: {}, unit: 'Local Crime Unit' },
];

export type AllocationDecision = { ruleId: string; label: string; unit: string; screenOut: boolean };

function ruleMatches(rule: AllocationRule, facts: CrimeFacts, screening: Screening): boolean {
  const w = rule.when;
  const sexual = facts.rape || facts.seriousSexual;
  if (w.rapeOrSeriousSexual !== undefined && w.rapeOrSeriousSexual !== sexual) return false;
  if (w.domesticAbuse !== undefined && w.domesticAbuse !== facts.domesticAbuse) return false;
  if (w.childVictim !== undefined && w.childVictim !== facts.childVictim) return false;
  if (w.vulnerableVictim !== undefined && w.vulnerableVictim !== facts.vulnerableVictim) return false;
  if (w.risk && !w.risk.includes(screening.risk)) return false;
  if (w.groups && !w.groups.includes(facts.group)) return false;
  if (w.codes && !w.codes.includes(facts.classificationCode)) return false;
  if (w.excludeCodes?.includes(facts.classificationCode)) return false;
  if (w.linesOfEnquiry !== undefined && w.linesOfEnquiry !== screening.linesOfEnquiry) return false;
  return true;
}

/** Where the crime goes under the force's table; a table without a catch-all falls back to the local crime unit. */
export function allocationDecision(facts: CrimeFacts, screening: Screening, rules: readonly AllocationRule[] = DEFAULT_ALLOCATION_RULES): AllocationDecision {
  const rule = rules.find((r) => ruleMatches(r, facts, screening));
  if (!rule) return { ruleId: 'fallback', label: 'No rule matched → local crime unit', unit: 'Local Crime Unit', screenOut: false };
  return { ruleId: rule.id, label: rule.label, unit: rule.unit, screenOut: rule.screenOut === true };
}

// ------------------------------------------------------------------ accreditation (STANDARDS §6; F11)

/** Skills that accredit an investigator for high-risk DA, rape and child cases (PIP2 or a specialist qualification). */
export const ACCREDITING_SKILLS = ['PIP2', 'PIP3', 'SOIT', 'Specialist child abuse investigator', 'ABE'] as const;

export function needsAccreditedInvestigator(facts: CrimeFacts, risk: RiskLevel): boolean {
  return facts.rape || (facts.domesticAbuse && risk === 'high') || (facts.childVictim && (facts.seriousSexual || risk === 'high'));
}

export function isAccredited(skills: readonly string[]): boolean {
  return skills.some((s) => (ACCREDITING_SKILLS as readonly string[]).includes(s));
}

export type AllocationRequest = {
  officerSkills: readonly string[] | null;
  overrideReason?: string | null;
  actorIsSupervisor: boolean;
};

/** F11: a non-accredited investigator on a high-risk DA, rape or child case needs a supervisor override with a reason. */
export function accreditationRefusal(facts: CrimeFacts, risk: RiskLevel, request: AllocationRequest): string | null {
  if (request.officerSkills === null || !needsAccreditedInvestigator(facts, risk) || isAccredited(request.officerSkills)) return null;
  if (!request.actorIsSupervisor) return 'This case needs an investigator accredited at PIP2 or as a specialist; only a supervisor can override that.';
  if (!request.overrideReason || request.overrideReason.trim().length < 10) return 'Allocating this case to a non-accredited investigator needs a written override reason (at least 10 characters).';
  return null;
}

// ------------------------------------------------------------------ supervisory review cadence (STANDARDS §6, design default; F10)

export type ReviewCadence = {
  firstReviewHours: number;
  firstReviewHoursHighRisk: number;
  reviewDays: number;
  reviewDaysSpecialist: number;
  /** Crime codes treated like DA/rape/child abuse for the shorter cadence (stalking). */
  specialistCodes: readonly string[];
};

export const DEFAULT_REVIEW_CADENCE: ReviewCadence = {
  firstReviewHours: 72,
  firstReviewHoursHighRisk: 24,
  reviewDays: 28,
  reviewDaysSpecialist: 14,
  specialistCodes: ['8Q'],
};

/** DA, rape, child abuse and stalking are reviewed every 14 days instead of 28. */
export function isSpecialistCadence(facts: CrimeFacts, cadence: ReviewCadence = DEFAULT_REVIEW_CADENCE): boolean {
  return facts.domesticAbuse || facts.rape || facts.childVictim || cadence.specialistCodes.includes(facts.classificationCode);
}

export function firstReviewDueAt(allocatedAt: Date, risk: RiskLevel, vulnerableVictim: boolean, cadence: ReviewCadence = DEFAULT_REVIEW_CADENCE): Date {
  const hours = risk === 'high' || vulnerableVictim ? cadence.firstReviewHoursHighRisk : cadence.firstReviewHours;
  return new Date(allocatedAt.getTime() + hours * HOUR);
}

export function nextReviewDueAt(reviewedAt: Date, facts: CrimeFacts, cadence: ReviewCadence = DEFAULT_REVIEW_CADENCE): Date {
  const days = isSpecialistCadence(facts, cadence) ? cadence.reviewDaysSpecialist : cadence.reviewDays;
  return new Date(reviewedAt.getTime() + days * DAY);
}

export function isReviewOverdue(dueAt: Date | null, now: Date): boolean {
  return dueAt !== null && now.getTime() > dueAt.getTime();
}

/** F09: a structured plan is required before the first supervisory review. */
export function reviewRefusal(state: { status: InvestigationStatus; planRecorded: boolean }): string | null {
  if (state.status === 'finalised') return 'A finalised investigation is reviewed as part of finalisation; reopen it first.';
  if (state.status === 'screened' || state.status === 'screened_out') return 'Allocate the investigation before reviewing it.';
  if (!state.planRecorded) return 'Record the investigation plan (lines of enquiry, scene, BWV, safeguarding, victim contact) before the first supervisory review.';
  return null;
}

// ------------------------------------------------------------------ plan, scene and BWV (STANDARDS §6 Plan; F08, F09)

export const ENQUIRY_KINDS = [
  'cctv', 'forensics', 'house_to_house', 'digital_devices', 'witnesses', 'suspect_arrest', 'suspect_interview', 'victim_statement',
  'medical', 'financial', 'intelligence', 'other',
] as const;
export type EnquiryKind = (typeof ENQUIRY_KINDS)[number];

export type PlanInput = {
  sceneAttended: boolean;
  sceneReason?: string | null;
  bwvCaptured: boolean;
  bwvReason?: string | null;
  safeguarding: string;
  victimContact: string;
  linesOfEnquiry: number;
};

/** F08/F09: scene and BWV are yes/no with a reason when absent; a plan has at least one line of enquiry. */
export function planProblems(plan: PlanInput): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (!plan.sceneAttended && !plan.sceneReason?.trim()) problems.push({ path: 'body.sceneReason', message: 'Give the reason the scene was not attended' });
  if (!plan.bwvCaptured && !plan.bwvReason?.trim()) problems.push({ path: 'body.bwvReason', message: 'Give the reason body-worn video was not captured' });
  if (plan.linesOfEnquiry < 1) problems.push({ path: 'body.linesOfEnquiry', message: 'A plan needs at least one line of enquiry' });
  return problems;
}

export function isActionOverdue(action: { dueAt: Date; completedAt: Date | null }, now: Date): boolean {
  return action.completedAt === null && now.getTime() > action.dueAt.getTime();
}

// ------------------------------------------------------------------ statuses, handover, reopening

export const INVESTIGATION_STATUSES = ['screened', 'screened_out', 'allocated', 'under_investigation', 'finalised'] as const;
export type InvestigationStatus = (typeof INVESTIGATION_STATUSES)[number];

export const isOpenStatus = (s: InvestigationStatus) => s !== 'finalised' && s !== 'screened_out';
/** The live cases: not finalised and not screened out (awaiting allocation, allocated, under investigation). */
export const OPEN_STATUSES = INVESTIGATION_STATUSES.filter(isOpenStatus);

export function allocationStateRefusal(status: InvestigationStatus): string | null {
  return status === 'finalised' ? 'A finalised investigation cannot be allocated; reopen it first.' : null;
}

/** STANDARDS §6 Handover: a written handover endorsed by a supervisor. */
export function handoverRefusal(state: { status: InvestigationStatus; currentOfficerId: string | null; toOfficerId: string; supervisoryEntry: string }): string | null {
  if (!['allocated', 'under_investigation'].includes(state.status)) return 'Only an allocated investigation can be handed over.';
  if (state.currentOfficerId === state.toOfficerId) return 'The investigation is already with that officer.';
  if (state.supervisoryEntry.trim().length < 20) return 'A handover needs a written supervisory entry (at least 20 characters).';
  return null;
}

/** Reopening clears the outcome (STANDARDS §3 states); it needs a reason, typically new evidence (§4 type 18). */
export function reopenRefusal(state: { status: InvestigationStatus }, reason: string): string | null {
  if (state.status !== 'finalised' && state.status !== 'screened_out') return 'Only a finalised or screened-out investigation can be reopened.';
  if (reason.trim().length < 10) return 'Give the reason for reopening (at least 10 characters), e.g. the new evidence.';
  return null;
}

// ------------------------------------------------------------------ outcomes framework (STANDARDS §4)

export const OUTCOME_CODES = [
  '1', '1A', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '22',
] as const;
export type OutcomeCode = (typeof OUTCOME_CODES)[number];

export const OUTCOME_LABELS: Record<OutcomeCode, string> = {
  '1': 'Charged/summonsed',
  '1A': 'Alternative-offence charge',
  '2': 'Youth caution (incl. conditional)',
  '3': 'Adult caution (simple/conditional)',
  '4': 'Taken into consideration',
  '5': 'Offender died',
  '6': 'Penalty notice for disorder',
  '7': 'Cannabis/khat warning',
  '8': 'Community resolution',
  '9': 'Not in the public interest (CPS)',
  '10': 'Not in the public interest (police)',
  '11': 'Prosecution prevented: suspect under 10',
  '12': 'Prosecution prevented: suspect too ill',
  '13': 'Prosecution prevented: victim or key witness dead or too ill',
  '14': 'Evidential difficulties: no suspect identified; victim declines or cannot support',
  '15': 'Evidential difficulties: suspect identified; victim supports; evidence insufficient',
  '16': 'Evidential difficulties: suspect identified; victim does not support or withdraws',
  '17': 'Time limit expired',
  '18': 'Investigation complete, no suspect',
  '19': 'Filed by NFIB (Action Fraud)',
  '20': 'Action by another body',
  '21': 'Further investigation not in the public interest',
  '22': 'Diversionary, educational or intervention activity; no further action',
};

/** STANDARDS §4 reporting groups [001]. */
export const OUTCOME_GROUPS: Record<OutcomeCode, string> = {
  '1': 'Charged', '1A': 'Charged', '4': 'Taken into consideration',
  '2': 'Out of court (formal)', '3': 'Out of court (formal)', '6': 'Out of court (formal)',
  '7': 'Out of court (informal)', '8': 'Out of court (informal)',
  '5': 'Prevented or not in the public interest', '9': 'Prevented or not in the public interest', '10': 'Prevented or not in the public interest',
  '11': 'Prevented or not in the public interest', '12': 'Prevented or not in the public interest', '13': 'Prevented or not in the public interest',
  '17': 'Prevented or not in the public interest',
  '15': 'Evidential difficulties: victim supports', '14': 'Evidential difficulties: victim does not support', '16': 'Evidential difficulties: victim does not support',
  '18': 'No suspect identified', '19': 'Filed by NFIB', '20': 'Action by another body', '21': 'Further investigation not in the public interest',
  '22': 'Diversionary activity',
};

/** Positive outcomes (STANDARDS §14, design default): 1–4 and 6–8. */
export const POSITIVE_OUTCOMES: readonly OutcomeCode[] = ['1', '1A', '2', '3', '4', '6', '7', '8'];

/** Indictable-only offences among our classifications (design default; an adult caution needs a superintendent and the CPS). */
export const INDICTABLE_ONLY_CODES = ['1/1', '4/1', '2/1', '19C', '19D', '19E', '19F', '19G', '19H', '5D', '29', '34A', '34B'] as const;
/** Offences a penalty notice for disorder may be given for (design default list). */
export const PND_ELIGIBLE_CODES = ['46', '49', '58A', '58B', '58C', '58D', '9A'] as const;
/** Cannabis possession (outcome 7). */
export const DRUGS_WARNING_CODES = ['92E'] as const;
/** Fraud classifications (outcome 19). */
export const FRAUD_CODES = ['53C'] as const;

/** Rank used for outcome authority; roles outside the ranked chain count as a constable. */
const RANK: Partial<Record<Role, number>> = { sergeant: 2, inspector: 3, superintendent: 4 };
export const rankOf = (role: Role) => RANK[role] ?? 1;
const RANK_NAMES = ['', 'constable', 'supervisor (sergeant)', 'inspector', 'superintendent'];

export type OutcomeSuspect = {
  named: boolean;
  charged?: boolean;
  ageAtOffence?: number | null;
  admission?: boolean;
  responsibilityAccepted?: boolean;
};

export type VictimInformed = { informed: true; at: Date; method: string } | { informed: false; reason: string };

export type OutcomeInput = {
  outcome: OutcomeCode;
  rationale?: string | null;
  victimInformed?: VictimInformed | null;
  suspect?: OutcomeSuspect | null;
  chargingAuthority?: 'cps' | 'police' | null;
  victimViewsSought?: boolean;
  victimSupports?: boolean | null;
  withdrawalRecorded?: boolean;
  evidenceLedConsidered?: boolean;
  courtAccepted?: boolean;
  reasonEvidence?: string | null;
  timeLimit?: string | null;
  proportionateEnquiriesCompleted?: boolean;
  otherBody?: string | null;
  diversionaryActivity?: string | null;
  /** Type 21 on DA: the exceptional reason it is used at all (STANDARDS §4: not normally for DA). */
  domesticAbuseException?: string | null;
};

export type OutcomeProblem = { path: string; message: string };

const text = (v: string | null | undefined, min = 1) => typeof v === 'string' && v.trim().length >= min;

/** Rank the decision needs (STANDARDS §4 authorities, design defaults). */
export function outcomeAuthority(outcome: OutcomeCode, facts: CrimeFacts): number {
  const daOrRape = facts.domesticAbuse || facts.rape;
  switch (outcome) {
    case '3': return (INDICTABLE_ONLY_CODES as readonly string[]).includes(facts.classificationCode) ? 4 : 1;
    case '10': case '21': return 3;
    case '14': case '18': return 2;
    case '15': case '16': return daOrRape ? 3 : 2;
    default: return 1;
  }
}

/**
 * Every precondition of the chosen outcome that is not met, naming the field (STANDARDS §4 "Conditions / authority").
 * Empty means the outcome may be recorded.
 */
export function outcomeProblems(input: OutcomeInput, facts: CrimeFacts, actorRole: Role): OutcomeProblem[] {
  const p: OutcomeProblem[] = [];
  const need = (ok: boolean, path: string, message: string) => { if (!ok) p.push({ path: `body.${path}`, message }); };
  const o = input.outcome;
  const s = input.suspect ?? null;
  const named = s?.named === true;
  const age = s?.ageAtOffence ?? null;
  const code = facts.classificationCode;

  need(text(input.rationale, 10), 'rationale', 'Record the rationale for the outcome (at least 10 characters)');
  if (!facts.victimless) need(input.victimInformed != null, 'victimInformed', 'Record whether the victim has been told of the outcome (or why not)');
  const required = outcomeAuthority(o, facts);
  need(rankOf(actorRole) >= required, 'outcome', `Outcome ${o} needs the authority of a ${RANK_NAMES[required]}`);

  switch (o) {
    case '1': case '1A':
      need(named && s?.charged === true, 'suspect.charged', 'A charge needs a named suspect who has been charged or summonsed');
      need(input.chargingAuthority != null, 'chargingAuthority', 'Record who made the charging decision (CPS or police)');
      break;
    case '2':
      need(named && age !== null && age >= 10 && age < 18, 'suspect.ageAtOffence', 'A youth caution is for a named suspect aged 10–17');
      need(s?.admission === true, 'suspect.admission', 'A youth caution needs an admission');
      break;
    case '3':
      need(named && age !== null && age >= 18, 'suspect.ageAtOffence', 'An adult caution is for a named suspect aged 18 or over');
      need(s?.admission === true, 'suspect.admission', 'An adult caution needs an admission');
      need(facts.victimless || input.victimViewsSought === true, 'victimViewsSought', "An adult caution needs the victim's views");
      if ((INDICTABLE_ONLY_CODES as readonly string[]).includes(code)) need(input.chargingAuthority === 'cps', 'chargingAuthority', 'An adult caution for an indictable-only offence needs the CPS');
      break;
    case '4':
      need(named, 'suspect.named', 'Taken into consideration needs a named suspect');
      need(input.courtAccepted === true, 'courtAccepted', 'Taken into consideration needs the court to have accepted the offence');
      break;
    case '5':
      need(named, 'suspect.named', 'Offender died needs a named suspect');
      need(text(input.reasonEvidence, 10), 'reasonEvidence', 'Record the evidence that would have supported a charge');
      break;
    case '6':
      need((PND_ELIGIBLE_CODES as readonly string[]).includes(code), 'outcome', 'A penalty notice for disorder is not available for this offence');
      need(named && age !== null && age >= 18, 'suspect.ageAtOffence', 'A penalty notice for disorder is for a named suspect aged 18 or over');
      break;
    case '7':
      need((DRUGS_WARNING_CODES as readonly string[]).includes(code), 'outcome', 'A cannabis/khat warning is only for personal possession of cannabis or khat');
      need(named && age !== null && age >= 18, 'suspect.ageAtOffence', 'A cannabis/khat warning is for a named adult');
      need(s?.admission === true, 'suspect.admission', 'A cannabis/khat warning needs an admission');
      break;
    case '8':
      need(named, 'suspect.named', 'A community resolution needs a named suspect');
      need(s?.responsibilityAccepted === true, 'suspect.responsibilityAccepted', 'A community resolution needs the suspect to accept responsibility');
      need(facts.victimless || input.victimViewsSought === true, 'victimViewsSought', "A community resolution needs the victim's views");
      break;
    case '9':
      need(named, 'suspect.named', 'Not in the public interest needs a named suspect');
      need(input.chargingAuthority === 'cps', 'chargingAuthority', 'Outcome 9 is a CPS decision');
      break;
    case '10':
      need(named, 'suspect.named', 'Not in the public interest needs a named suspect');
      break;
    case '11':
      need(named && age !== null && age < 10, 'suspect.ageAtOffence', 'Outcome 11 is for a named suspect under 10');
      need(text(input.reasonEvidence, 10), 'reasonEvidence', 'Record the evidence of the reason prosecution is prevented');
      break;
    case '12':
      need(named, 'suspect.named', 'Outcome 12 needs a named suspect');
      need(text(input.reasonEvidence, 10), 'reasonEvidence', 'Record the evidence that the suspect is too ill');
      break;
    case '13':
      need(text(input.reasonEvidence, 10), 'reasonEvidence', 'Record the evidence that the victim or key witness is dead or too ill');
      break;
    case '14':
      need(!named, 'suspect.named', 'Outcome 14 is for crimes with no suspect identified');
      need(input.victimSupports === false, 'victimSupports', 'Outcome 14 is for a victim who declines or cannot support');
      break;
    case '15':
      need(named, 'suspect.named', 'Outcome 15 needs a named suspect');
      need(input.victimSupports === true, 'victimSupports', 'Outcome 15 is for a victim who supports; use 16 if they do not');
      break;
    case '16':
      need(named, 'suspect.named', 'Outcome 16 needs a named suspect');
      need(input.victimSupports === false, 'victimSupports', 'Outcome 16 is for a victim who does not support or withdraws');
      need(input.withdrawalRecorded === true, 'withdrawalRecorded', "Record the victim's withdrawal or non-support");
      need(input.evidenceLedConsidered === true, 'evidenceLedConsidered', 'Consider an evidence-led prosecution (BWV, 999 recording, injuries, witnesses) first');
      break;
    case '17':
      need(text(input.timeLimit, 3), 'timeLimit', 'Cite the time limit that expired (e.g. summary offence, 6 months)');
      break;
    case '18':
      need(!named, 'suspect.named', 'Outcome 18 is for crimes with no suspect identified');
      need(input.proportionateEnquiriesCompleted === true, 'proportionateEnquiriesCompleted', 'Outcome 18 needs proportionate enquiries completed');
      break;
    case '19':
      need((FRAUD_CODES as readonly string[]).includes(code), 'outcome', 'Outcome 19 (filed by NFIB) is for fraud only');
      break;
    case '20':
      need(text(input.otherBody, 2), 'otherBody', 'Name the body taking action');
      if (!facts.victimless) need(input.victimInformed?.informed === true, 'victimInformed', 'Outcome 20 needs the victim told');
      break;
    case '21':
      need(named, 'suspect.named', 'Outcome 21 needs a named suspect');
      if (!facts.victimless) need(input.victimInformed?.informed === true, 'victimInformed', 'Outcome 21 needs the victim told');
      if (facts.domesticAbuse) need(text(input.domesticAbuseException, 20), 'domesticAbuseException', 'Outcome 21 is not normally used for domestic abuse: record the exceptional reason (at least 20 characters)');
      break;
    case '22':
      need(named, 'suspect.named', 'Outcome 22 needs a named suspect');
      need(text(input.diversionaryActivity, 5), 'diversionaryActivity', 'Outcome 22 is only for diversionary, educational or intervention activity: record the activity');
      break;
  }
  return p;
}

/** Finalisation is refused outright in these states, before looking at the outcome. */
export function finaliseStateRefusal(state: { status: InvestigationStatus }): string | null {
  if (state.status === 'finalised') return 'The investigation is already finalised; reopen it to change the outcome.';
  return null;
}

// ------------------------------------------------------------------ caseloads (STANDARDS §6; F12, F24)

export const OUTLIER_FACTOR = 1.5;

/** F12: officers whose open caseload is at least 1.5× the team mean (82 against 41.5 is flagged). */
export function caseloadOutliers(caseloads: readonly { officerId: string; open: number }[], factor = OUTLIER_FACTOR): { mean: number; outliers: Set<string> } {
  if (caseloads.length === 0) return { mean: 0, outliers: new Set() };
  const mean = caseloads.reduce((sum, c) => sum + c.open, 0) / caseloads.length;
  const outliers = new Set(caseloads.filter((c) => mean > 0 && c.open >= factor * mean).map((c) => c.officerId));
  return { mean: Math.round(mean * 10) / 10, outliers };
}

export function ageBand(openedAt: Date, now: Date): '0-7d' | '8-28d' | '29-90d' | '90d+' {
  const days = (now.getTime() - openedAt.getTime()) / DAY;
  if (days <= 7) return '0-7d';
  if (days <= 28) return '8-28d';
  if (days <= 90) return '29-90d';
  return '90d+';
}

// ------------------------------------------------------------------ file quality (STANDARDS §6 Quality sampling; §14 file effectiveness)

export const FILE_QUALITY_CRITERIA = ['effectiveInvestigation', 'victimCare', 'supervision', 'outcomeCorrect'] as const;
export type FileQualityCriterion = (typeof FILE_QUALITY_CRITERIA)[number];
export type FileQualityAnswers = Record<FileQualityCriterion, boolean>;

export function fileQualityScore(answers: FileQualityAnswers): { score: number; of: number; effective: boolean; goodVictimCare: boolean } {
  const score = FILE_QUALITY_CRITERIA.filter((c) => answers[c]).length;
  return { score, of: FILE_QUALITY_CRITERIA.length, effective: answers.effectiveInvestigation, goodVictimCare: answers.victimCare };
}

/** §14: file effectiveness = effective ÷ reviewed (2018: 48/60 effective, 52/60 good victim care). */
export function fileQualitySummary(scored: readonly FileQualityAnswers[]) {
  const reviewed = scored.length;
  const count = (c: FileQualityCriterion) => scored.filter((a) => a[c]).length;
  const rate = (n: number) => (reviewed === 0 ? null : Math.round((n / reviewed) * 1000) / 10);
  return {
    reviewed,
    effective: count('effectiveInvestigation'),
    goodVictimCare: count('victimCare'),
    supervised: count('supervision'),
    outcomeCorrect: count('outcomeCorrect'),
    effectiveRate: rate(count('effectiveInvestigation')),
    victimCareRate: rate(count('victimCare')),
  };
}

/** A seeded sample without replacement (mulberry32 + Fisher–Yates) so a drawn sample can be reproduced. */
export function drawFileSample<T>(population: readonly T[], size: number, seed: number): T[] {
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...population];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, Math.min(size, copy.length));
}

// ------------------------------------------------------------------ digital forensics queue (STANDARDS §6 Digital forensics; F18)

export const DEVICE_TYPES = ['mobile_phone', 'computer', 'tablet', 'storage_media', 'vehicle_system', 'other'] as const;
export type DeviceType = (typeof DEVICE_TYPES)[number];
export const FORENSIC_STATUSES = ['requested', 'in_progress', 'completed', 'cancelled'] as const;
export type ForensicStatus = (typeof FORENSIC_STATUSES)[number];

/** 1 = first: high-risk cases involving children or vulnerable people, then high risk, then medium, then the rest. */
export function forensicPriority(request: { risk: RiskLevel; childOrVulnerable: boolean }): 1 | 2 | 3 | 4 {
  if (request.risk === 'high' && request.childOrVulnerable) return 1;
  if (request.risk === 'high') return 2;
  if (request.risk === 'medium' || request.childOrVulnerable) return 3;
  return 4;
}

/** Age in whole days: to completion when done, otherwise to now. */
export function forensicAgeDays(requestedAt: Date, completedAt: Date | null, now: Date): number {
  return Math.floor(((completedAt ?? now).getTime() - requestedAt.getTime()) / DAY);
}
