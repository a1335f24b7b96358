import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  accreditationRefusal, ageBand, allocationDecision, caseloadOutliers, drawFileSample, fileQualityScore, fileQualitySummary, firstReviewDueAt,
  forensicAgeDays, forensicPriority, handoverRefusal, isAccredited, isActionOverdue, isReviewOverdue, needsAccreditedInvestigator, nextReviewDueAt,
  OUTCOME_CODES, OUTCOME_GROUPS, OUTCOME_LABELS, outcomeProblems, planProblems, reopenRefusal, reviewRefusal, screenCrime, finaliseStateRefusal,
  type AllocationRule, type CrimeFacts, type OutcomeInput, type RiskLevel, type ScreeningInput,
} from './rules.js';

const at = (iso: string) => new Date(iso);
const NOW = at('2026-11-23T10:00:00Z');

const facts = (over: Partial<CrimeFacts> = {}): CrimeFacts => ({
  classificationCode: '46', group: 'theft', rape: false, seriousSexual: false, domesticAbuse: false, childVictim: false, vulnerableVictim: false,
  victimless: false, ...over,
});
const SHOPLIFTING = facts();
const DA_ASSAULT = facts({ classificationCode: '8N', group: 'violence_against_the_person', domesticAbuse: true });
const RAPE = facts({ classificationCode: '19C', group: 'sexual_offences', rape: true, seriousSexual: true });
const CHILD_SEXUAL = facts({ classificationCode: '20B', group: 'sexual_offences', seriousSexual: true, childVictim: true });
const BURGLARY = facts({ classificationCode: '28E', group: 'burglary' });
const CANNABIS = facts({ classificationCode: '92E', group: 'drugs', victimless: true });
const ROBBERY = facts({ classificationCode: '34B', group: 'robbery' });
const FRAUD = facts({ classificationCode: '53C', group: 'miscellaneous' });
const STALKING = facts({ classificationCode: '8Q', group: 'violence_against_the_person' });

const screening = (f: CrimeFacts, over: Partial<ScreeningInput> = {}) => screenCrime(f, { thrive: {}, solvability: [], ...over });

describe('screening: risk from THRIVE raised by the crime facts, solvability as lines of enquiry (STANDARDS §6 Allocation)', () => {
  const cases: [string, CrimeFacts, Partial<ScreeningInput>, RiskLevel, number][] = [
    ['shoplifting, nothing known', SHOPLIFTING, {}, 'standard', 0],
    ['shoplifting with CCTV and a named suspect', SHOPLIFTING, { solvability: ['cctv', 'suspect_named'] }, 'standard', 2],
    ['duplicate factors count once', SHOPLIFTING, { solvability: ['cctv', 'cctv'] }, 'standard', 1],
    ['THRIVE harm medium', SHOPLIFTING, { thrive: { harm: 'medium' } }, 'medium', 0],
    ['THRIVE threat high', BURGLARY, { thrive: { threat: 'high', harm: 'low' } }, 'high', 0],
    ['DA is at least medium even when THRIVE says low', DA_ASSAULT, { thrive: { threat: 'low' } }, 'medium', 0],
    ['DA with DASH high is high', DA_ASSAULT, { dashLevel: 'high' }, 'high', 0],
    ['rape is high', RAPE, {}, 'high', 0],
    ['sexual offence against a child is high', CHILD_SEXUAL, {}, 'high', 0],
    ['vulnerable victim is at least medium', facts({ vulnerableVictim: true }), {}, 'medium', 0],
  ];
  for (const [name, f, input, risk, score] of cases) {
    it(name, () => {
      const s = screening(f, input);
      assert.equal(s.risk, risk);
      assert.equal(s.solvabilityScore, score);
      assert.equal(s.linesOfEnquiry, score > 0);
      if (risk !== 'standard') assert.ok(s.riskReasons.length > 0, 'a raised risk says why');
    });
  }
});

describe('allocation rule table (STANDARDS §6: serious sexual → specialist team, DA high risk → safeguarding unit, volume crime with no lines of enquiry → screened out)', () => {
  const cases: [string, CrimeFacts, Partial<ScreeningInput>, string, string, boolean][] = [
    ['rape → sexual offences team', RAPE, {}, 'serious-sexual', 'Sexual Offences Investigation Team', false],
    ['child sexual offence → CAIU', CHILD_SEXUAL, {}, 'child-sexual', 'CAIU', false],
    ['DA high risk → DAISU safeguarding unit', DA_ASSAULT, { dashLevel: 'high' }, 'da-high', 'DAISU Safeguarding Unit', false],
    ['DA medium → DAISU', DA_ASSAULT, {}, 'da', 'DAISU', false],
    ['dwelling burglary → Scorpion', BURGLARY, {}, 'acquisitive', 'Scorpion', false],
    ['robbery → Scorpion', ROBBERY, {}, 'acquisitive', 'Scorpion', false],
    ['shoplifting, no lines of enquiry → screened out', SHOPLIFTING, {}, 'volume-screen-out', 'Crime Management Unit', true],
    ['shoplifting with CCTV → IMU', SHOPLIFTING, { solvability: ['cctv'] }, 'volume', 'IMU', false],
    ['shoplifting from a vulnerable victim is not screened out', facts({ vulnerableVictim: true }), {}, 'default', 'Local Crime Unit', false],
    ['arson endangering life is not volume crime', facts({ classificationCode: '56A', group: 'criminal_damage_arson' }), {}, 'default', 'Local Crime Unit', false],
    ['stalking → local crime unit', STALKING, {}, 'default', 'Local Crime Unit', false],
  ];
  for (const [name, f, input, ruleId, unit, screenOut] of cases) {
    it(name, () => {
      const d = allocationDecision(f, screening(f, input));
      assert.deepEqual([d.ruleId, d.unit, d.screenOut], [ruleId, unit, screenOut]);
    });
  }
  it('a force table replaces the default; first matching row wins; no match falls back', () => {
    const force: AllocationRule[] = [{ id: 'herts-shop', label: 'Shoplifting → Retail crime desk', when: { codes: ['46'] }, unit: 'Retail Crime Desk' }];
    assert.equal(allocationDecision(SHOPLIFTING, screening(SHOPLIFTING), force).unit, 'Retail Crime Desk');
    assert.equal(allocationDecision(BURGLARY, screening(BURGLARY), force).ruleId, 'fallback');
  });
});

describe('accreditation for high-risk DA, rape and child cases (STANDARDS §6; F11)', () => {
  const cases: [string, CrimeFacts, RiskLevel, boolean][] = [
    ['rape', RAPE, 'high', true],
    ['DA high risk', DA_ASSAULT, 'high', true],
    ['DA medium risk', DA_ASSAULT, 'medium', false],
    ['child sexual offence', CHILD_SEXUAL, 'high', true],
    ['child victim, high risk', facts({ childVictim: true }), 'high', true],
    ['shoplifting', SHOPLIFTING, 'standard', false],
  ];
  for (const [name, f, risk, needs] of cases) it(`${name}: ${needs ? 'needs' : 'does not need'} an accredited investigator`, () => assert.equal(needsAccreditedInvestigator(f, risk), needs));

  it('PIP2 and specialist skills accredit; PIP1 does not', () => {
    assert.equal(isAccredited(['PIP2']), true);
    assert.equal(isAccredited(['SOIT', 'Taser']), true);
    assert.equal(isAccredited(['PIP1', 'DASH']), false);
    assert.equal(isAccredited([]), false);
  });
  const refusals: [string, Parameters<typeof accreditationRefusal>[2], boolean][] = [
    ['accredited officer', { officerSkills: ['PIP2'], actorIsSupervisor: false }, false],
    ['team allocation (no officer)', { officerSkills: null, actorIsSupervisor: false }, false],
    ['non-accredited, not a supervisor', { officerSkills: ['PIP1'], actorIsSupervisor: false, overrideReason: 'Only officer available tonight' }, true],
    ['non-accredited, supervisor without reason', { officerSkills: ['PIP1'], actorIsSupervisor: true }, true],
    ['non-accredited, supervisor with short reason', { officerSkills: ['PIP1'], actorIsSupervisor: true, overrideReason: 'busy' }, true],
    ['non-accredited, supervisor override with reason', { officerSkills: ['PIP1'], actorIsSupervisor: true, overrideReason: 'PIP2 candidate, mentored by DS Reid' }, false],
  ];
  for (const [name, request, refused] of refusals) it(`rape case: ${name} → ${refused ? 'refused' : 'allowed'}`, () => assert.equal(accreditationRefusal(RAPE, 'high', request) !== null, refused));
  it('a non-accredited officer on shoplifting needs no override', () => assert.equal(accreditationRefusal(SHOPLIFTING, 'standard', { officerSkills: [], actorIsSupervisor: false }), null));
});

describe('supervisory review cadence (STANDARDS §6: first ≤72 h, ≤24 h if high risk or vulnerable; then 28 days, 14 for DA/rape/child/stalking; F10)', () => {
  const allocated = at('2026-11-23T10:00:00Z');
  const first: [string, RiskLevel, boolean, string][] = [
    ['standard risk', 'standard', false, '2026-11-26T10:00:00.000Z'],
    ['medium risk', 'medium', false, '2026-11-26T10:00:00.000Z'],
    ['high risk', 'high', false, '2026-11-24T10:00:00.000Z'],
    ['vulnerable victim', 'standard', true, '2026-11-24T10:00:00.000Z'],
  ];
  for (const [name, risk, vulnerable, due] of first) it(`first review, ${name}`, () => assert.equal(firstReviewDueAt(allocated, risk, vulnerable).toISOString(), due));
  const next: [string, CrimeFacts, string][] = [
    ['shoplifting: 28 days', SHOPLIFTING, '2026-12-21T10:00:00.000Z'],
    ['DA: 14 days', DA_ASSAULT, '2026-12-07T10:00:00.000Z'],
    ['rape: 14 days', RAPE, '2026-12-07T10:00:00.000Z'],
    ['child abuse: 14 days', CHILD_SEXUAL, '2026-12-07T10:00:00.000Z'],
    ['stalking: 14 days', STALKING, '2026-12-07T10:00:00.000Z'],
  ];
  for (const [name, f, due] of next) it(`next review, ${name}`, () => assert.equal(nextReviewDueAt(allocated, f).toISOString(), due));
  it('a review is overdue only after its due time', () => {
    assert.equal(isReviewOverdue(at('2026-11-23T10:00:00Z'), NOW), false);
    assert.equal(isReviewOverdue(at('2026-11-23T09:59:00Z'), NOW), true);
    assert.equal(isReviewOverdue(null, NOW), false);
  });
});

describe('plan before the first review; scene and BWV with reasons when absent (STANDARDS §6 Plan; F08, F09)', () => {
  const cases: [string, Parameters<typeof reviewRefusal>[0], boolean][] = [
    ['allocated without a plan → refused', { status: 'allocated', planRecorded: false }, true],
    ['under investigation with a plan', { status: 'under_investigation', planRecorded: true }, false],
    ['screened, not allocated → refused', { status: 'screened', planRecorded: true }, true],
    ['finalised → refused', { status: 'finalised', planRecorded: true }, true],
  ];
  for (const [name, state, refused] of cases) it(name, () => assert.equal(reviewRefusal(state) !== null, refused));

  const plan = { sceneAttended: true, bwvCaptured: true, safeguarding: 'None needed', victimContact: 'Weekly by phone', linesOfEnquiry: 2 };
  const plans: [string, Partial<typeof plan & { sceneReason: string; bwvReason: string }>, string[]][] = [
    ['complete', {}, []],
    ['scene not attended without a reason', { sceneAttended: false }, ['body.sceneReason']],
    ['scene not attended with a reason', { sceneAttended: false, sceneReason: 'Online offence' }, []],
    ['BWV not captured without a reason', { bwvCaptured: false }, ['body.bwvReason']],
    ['no lines of enquiry', { linesOfEnquiry: 0 }, ['body.linesOfEnquiry']],
    ['everything missing is named at once', { sceneAttended: false, bwvCaptured: false, linesOfEnquiry: 0 }, ['body.sceneReason', 'body.bwvReason', 'body.linesOfEnquiry']],
  ];
  for (const [name, over, paths] of plans) it(`plan ${name}`, () => assert.deepEqual(planProblems({ ...plan, ...over }).map((p) => p.path), paths));

  it('an action is overdue when past due and not done', () => {
    assert.equal(isActionOverdue({ dueAt: at('2026-11-22T10:00:00Z'), completedAt: null }, NOW), true);
    assert.equal(isActionOverdue({ dueAt: at('2026-11-22T10:00:00Z'), completedAt: at('2026-11-22T09:00:00Z') }, NOW), false);
    assert.equal(isActionOverdue({ dueAt: at('2026-11-24T10:00:00Z'), completedAt: null }, NOW), false);
  });
});

describe('handover and reopening (STANDARDS §6 handover endorsed by a supervisor; §3 reopened clears the outcome)', () => {
  const entry = 'Handed to DC Patel: CCTV outstanding, victim prefers email.';
  const handovers: [string, Parameters<typeof handoverRefusal>[0], boolean][] = [
    ['allocated, written entry', { status: 'allocated', currentOfficerId: 'a', toOfficerId: 'b', supervisoryEntry: entry }, false],
    ['no supervisory entry', { status: 'allocated', currentOfficerId: 'a', toOfficerId: 'b', supervisoryEntry: ' ' }, true],
    ['same officer', { status: 'under_investigation', currentOfficerId: 'a', toOfficerId: 'a', supervisoryEntry: entry }, true],
    ['finalised', { status: 'finalised', currentOfficerId: 'a', toOfficerId: 'b', supervisoryEntry: entry }, true],
  ];
  for (const [name, state, refused] of handovers) it(`handover: ${name}`, () => assert.equal(handoverRefusal(state) !== null, refused));
  const reopens: [string, Parameters<typeof reopenRefusal>[0], string, boolean][] = [
    ['finalised with a reason', { status: 'finalised' }, 'New CCTV footage identifies a suspect', false],
    ['finalised, reason too short', { status: 'finalised' }, 'new', true],
    ['screened out with a reason', { status: 'screened_out' }, 'Victim provided a vehicle registration', false],
    ['still open', { status: 'under_investigation' }, 'New CCTV footage identifies a suspect', true],
  ];
  for (const [name, state, reason, refused] of reopens) it(`reopen: ${name}`, () => assert.equal(reopenRefusal(state, reason) !== null, refused));
  it('finalising twice is refused', () => {
    assert.notEqual(finaliseStateRefusal({ status: 'finalised' }), null);
    assert.equal(finaliseStateRefusal({ status: 'under_investigation' }), null);
  });
});

describe('outcomes framework preconditions, types 1–22 (STANDARDS §4 "Conditions / authority")', () => {
  const informed = { informed: true as const, at: NOW, method: 'phone' };
  const base = { rationale: 'Rationale recorded in full for the file.', victimInformed: informed };
  const adult = { named: true, ageAtOffence: 30 };
  type Case = [string, CrimeFacts, OutcomeInput, Parameters<typeof outcomeProblems>[2], string[]];
  const cases: Case[] = [
    // 1 / 1A charge
    ['1 needs a charged suspect', SHOPLIFTING, { ...base, outcome: '1', suspect: adult, chargingAuthority: 'cps' }, 'constable', ['body.suspect.charged']],
    ['1 needs the charging authority', SHOPLIFTING, { ...base, outcome: '1', suspect: { ...adult, charged: true } }, 'constable', ['body.chargingAuthority']],
    ['1 with a charged suspect and CPS decision', SHOPLIFTING, { ...base, outcome: '1', suspect: { ...adult, charged: true }, chargingAuthority: 'cps' }, 'constable', []],
    ['1A as 1', SHOPLIFTING, { ...base, outcome: '1A', suspect: { ...adult, charged: true }, chargingAuthority: 'police' }, 'constable', []],
    // 2 youth caution
    ['2 needs a youth', SHOPLIFTING, { ...base, outcome: '2', suspect: { ...adult, admission: true } }, 'constable', ['body.suspect.ageAtOffence']],
    ['2 needs an admission', SHOPLIFTING, { ...base, outcome: '2', suspect: { named: true, ageAtOffence: 15 } }, 'constable', ['body.suspect.admission']],
    ['2 youth who admits', SHOPLIFTING, { ...base, outcome: '2', suspect: { named: true, ageAtOffence: 15, admission: true } }, 'constable', []],
    // 3 adult caution
    ['3 needs admission and victim views', SHOPLIFTING, { ...base, outcome: '3', suspect: adult }, 'constable', ['body.suspect.admission', 'body.victimViewsSought']],
    ['3 adult, admission, views', SHOPLIFTING, { ...base, outcome: '3', suspect: { ...adult, admission: true }, victimViewsSought: true }, 'constable', []],
    ['3 indictable-only needs superintendent and CPS', ROBBERY, { ...base, outcome: '3', suspect: { ...adult, admission: true }, victimViewsSought: true }, 'inspector', ['body.outcome', 'body.chargingAuthority']],
    ['3 indictable-only by a superintendent with CPS', ROBBERY, { ...base, outcome: '3', suspect: { ...adult, admission: true }, victimViewsSought: true, chargingAuthority: 'cps' }, 'superintendent', []],
    // 4 TIC
    ['4 needs court acceptance', BURGLARY, { ...base, outcome: '4', suspect: adult }, 'constable', ['body.courtAccepted']],
    ['4 accepted by the court', BURGLARY, { ...base, outcome: '4', suspect: adult, courtAccepted: true }, 'constable', []],
    // 5 offender died
    ['5 needs evidence that would have supported a charge', BURGLARY, { ...base, outcome: '5', suspect: adult }, 'constable', ['body.reasonEvidence']],
    ['5 with evidence', BURGLARY, { ...base, outcome: '5', suspect: adult, reasonEvidence: 'Fingerprint match and CCTV' }, 'constable', []],
    // 6 PND
    ['6 not for burglary', BURGLARY, { ...base, outcome: '6', suspect: adult }, 'constable', ['body.outcome']],
    ['6 not for a youth', SHOPLIFTING, { ...base, outcome: '6', suspect: { named: true, ageAtOffence: 16 } }, 'constable', ['body.suspect.ageAtOffence']],
    ['6 adult shoplifter', SHOPLIFTING, { ...base, outcome: '6', suspect: adult }, 'constable', []],
    // 7 cannabis warning
    ['7 only for cannabis possession', SHOPLIFTING, { ...base, outcome: '7', suspect: { ...adult, admission: true } }, 'constable', ['body.outcome']],
    ['7 adult admits cannabis possession (no victim)', CANNABIS, { rationale: base.rationale, outcome: '7', suspect: { ...adult, admission: true } }, 'constable', []],
    // 8 community resolution
    ['8 needs responsibility accepted and victim views', SHOPLIFTING, { ...base, outcome: '8', suspect: adult }, 'constable', ['body.suspect.responsibilityAccepted', 'body.victimViewsSought']],
    ['8 complete', SHOPLIFTING, { ...base, outcome: '8', suspect: { ...adult, responsibilityAccepted: true }, victimViewsSought: true }, 'constable', []],
    // 9 / 10 public interest
    ['9 is a CPS decision', BURGLARY, { ...base, outcome: '9', suspect: adult, chargingAuthority: 'police' }, 'constable', ['body.chargingAuthority']],
    ['9 by the CPS', BURGLARY, { ...base, outcome: '9', suspect: adult, chargingAuthority: 'cps' }, 'constable', []],
    ['10 needs an inspector', BURGLARY, { ...base, outcome: '10', suspect: adult }, 'sergeant', ['body.outcome']],
    ['10 by an inspector', BURGLARY, { ...base, outcome: '10', suspect: adult }, 'inspector', []],
    // 11–13 prevented
    ['11 needs a suspect under 10', BURGLARY, { ...base, outcome: '11', suspect: { named: true, ageAtOffence: 12 }, reasonEvidence: 'Birth certificate seen' }, 'constable', ['body.suspect.ageAtOffence']],
    ['11 under 10 with evidence', BURGLARY, { ...base, outcome: '11', suspect: { named: true, ageAtOffence: 9 }, reasonEvidence: 'Birth certificate seen' }, 'constable', []],
    ['12 needs evidence of illness', BURGLARY, { ...base, outcome: '12', suspect: adult }, 'constable', ['body.reasonEvidence']],
    ['12 with evidence of illness', BURGLARY, { ...base, outcome: '12', suspect: adult, reasonEvidence: 'Consultant letter: terminal illness' }, 'constable', []],
    ['13 with evidence', BURGLARY, { ...base, outcome: '13', reasonEvidence: 'Key witness died, certificate on file' }, 'constable', []],
    // 14–16 evidential difficulties
    ['14 is for no suspect and a victim who does not support', SHOPLIFTING, { ...base, outcome: '14', suspect: adult, victimSupports: false }, 'sergeant', ['body.suspect.named']],
    ['14 needs a supervisor', SHOPLIFTING, { ...base, outcome: '14', victimSupports: false }, 'constable', ['body.outcome']],
    ['14 by a supervisor', SHOPLIFTING, { ...base, outcome: '14', victimSupports: false }, 'sergeant', []],
    ['15 needs a supportive victim', BURGLARY, { ...base, outcome: '15', suspect: adult, victimSupports: false }, 'sergeant', ['body.victimSupports']],
    ['15 on DA needs an inspector', DA_ASSAULT, { ...base, outcome: '15', suspect: adult, victimSupports: true }, 'sergeant', ['body.outcome']],
    ['15 complete by a supervisor', BURGLARY, { ...base, outcome: '15', suspect: adult, victimSupports: true }, 'sergeant', []],
    ['16 needs withdrawal and evidence-led considered', BURGLARY, { ...base, outcome: '16', suspect: adult, victimSupports: false }, 'sergeant', ['body.withdrawalRecorded', 'body.evidenceLedConsidered']],
    ['16 complete, sergeant, non-DA', BURGLARY, { ...base, outcome: '16', suspect: adult, victimSupports: false, withdrawalRecorded: true, evidenceLedConsidered: true }, 'sergeant', []],
    ['16 on rape needs an inspector', RAPE, { ...base, outcome: '16', suspect: adult, victimSupports: false, withdrawalRecorded: true, evidenceLedConsidered: true }, 'sergeant', ['body.outcome']],
    ['16 on DA by an inspector', DA_ASSAULT, { ...base, outcome: '16', suspect: adult, victimSupports: false, withdrawalRecorded: true, evidenceLedConsidered: true }, 'inspector', []],
    // 17 time limit
    ['17 needs the limit cited', facts({ classificationCode: '105A', group: 'violence_against_the_person' }), { ...base, outcome: '17' }, 'constable', ['body.timeLimit']],
    ['17 with the limit', facts({ classificationCode: '105A', group: 'violence_against_the_person' }), { ...base, outcome: '17', timeLimit: 'Summary offence, 6 months' }, 'constable', []],
    // 18 no suspect
    ['18 needs proportionate enquiries and a supervisor', SHOPLIFTING, { ...base, outcome: '18' }, 'constable', ['body.outcome', 'body.proportionateEnquiriesCompleted']],
    ['18 by a supervisor', SHOPLIFTING, { ...base, outcome: '18', proportionateEnquiriesCompleted: true }, 'sergeant', []],
    // 19 NFIB
    ['19 is fraud only', SHOPLIFTING, { ...base, outcome: '19' }, 'constable', ['body.outcome']],
    ['19 on fraud', FRAUD, { ...base, outcome: '19' }, 'constable', []],
    // 20 other body
    ['20 needs the body named and the victim told', SHOPLIFTING, { ...base, outcome: '20', victimInformed: { informed: false, reason: 'Not reachable' } }, 'constable', ['body.otherBody', 'body.victimInformed']],
    ['20 complete', SHOPLIFTING, { ...base, outcome: '20', otherBody: 'British Transport Police' }, 'constable', []],
    // 21 further investigation not in the public interest
    ['21 needs an inspector, a named suspect, rationale and the victim told', BURGLARY, { outcome: '21', victimInformed: { informed: false, reason: 'Not yet' } }, 'sergeant', ['body.rationale', 'body.outcome', 'body.suspect.named', 'body.victimInformed']],
    ['21 on DA without rationale is refused, naming rationale and the DA exception', DA_ASSAULT, { outcome: '21', suspect: adult, victimInformed: informed }, 'inspector', ['body.rationale', 'body.domesticAbuseException']],
    ['21 on burglary, complete', BURGLARY, { ...base, outcome: '21', suspect: adult }, 'inspector', []],
    ['21 on DA with an exceptional reason', DA_ASSAULT, { ...base, outcome: '21', suspect: adult, domesticAbuseException: 'Suspect now deceased abroad; confirmed by Interpol' }, 'inspector', []],
    // 22 diversionary
    ['22 only with a diversionary activity', SHOPLIFTING, { ...base, outcome: '22', suspect: adult }, 'constable', ['body.diversionaryActivity']],
    ['22 with the activity, no admission needed', SHOPLIFTING, { ...base, outcome: '22', suspect: adult, diversionaryActivity: 'Youth knife-crime awareness course' }, 'constable', []],
    // every outcome
    ['victim-informed step missing', SHOPLIFTING, { rationale: base.rationale, outcome: '13', reasonEvidence: 'Key witness died, certificate on file' }, 'constable', ['body.victimInformed']],
    ['victim not informed, with a reason, is a recorded step', SHOPLIFTING, { ...base, outcome: '13', reasonEvidence: 'Key witness died, certificate on file', victimInformed: { informed: false, reason: 'Victim has died' } }, 'constable', []],
  ];
  for (const [name, f, input, role, paths] of cases) {
    it(name, () => assert.deepEqual(outcomeProblems(input, f, role).map((p) => p.path), paths));
  }
  it('every outcome type has a label, a reporting group, and an accepted and a refused case above', () => {
    for (const code of OUTCOME_CODES) {
      assert.ok(OUTCOME_LABELS[code] && OUTCOME_GROUPS[code], code);
      assert.ok(cases.some(([, , input, , paths]) => input.outcome === code && paths.length === 0), `an accepted case for ${code}`);
      assert.ok(cases.some(([, , input, , paths]) => input.outcome === code && paths.length > 0) || ['1A', '13'].includes(code), `a refused case for ${code}`);
    }
  });
});

describe('caseload outliers and age bands (STANDARDS §6 Caseload; F12: 82 against an average of 41.5)', () => {
  it('flags the officer at 82 when the team averages about 41', () => {
    const { mean, outliers } = caseloadOutliers([{ officerId: 'a', open: 82 }, { officerId: 'b', open: 30 }, { officerId: 'c', open: 25 }, { officerId: 'd', open: 29 }]);
    assert.equal(mean, 41.5);
    assert.deepEqual([...outliers], ['a']);
  });
  it('no outliers in an even team or an empty one', () => {
    assert.equal(caseloadOutliers([{ officerId: 'a', open: 40 }, { officerId: 'b', open: 42 }]).outliers.size, 0);
    assert.equal(caseloadOutliers([]).outliers.size, 0);
  });
  const bands: [number, string][] = [[1, '0-7d'], [7, '0-7d'], [8, '8-28d'], [28, '8-28d'], [60, '29-90d'], [91, '90d+']];
  for (const [days, band] of bands) it(`${days} days old → ${band}`, () => assert.equal(ageBand(new Date(NOW.getTime() - days * 86_400_000), NOW), band));
});

describe('file quality (STANDARDS §6 Quality sampling, §14 file effectiveness = effective ÷ reviewed)', () => {
  it('scores the four criteria', () => {
    assert.deepEqual(fileQualityScore({ effectiveInvestigation: true, victimCare: false, supervision: true, outcomeCorrect: true }), { score: 3, of: 4, effective: true, goodVictimCare: false });
  });
  it('reproduces the 2018 inspection: 48/60 effective (80%), 52/60 good victim care (86.7%)', () => {
    const files = Array.from({ length: 60 }, (_, i) => ({ effectiveInvestigation: i < 48, victimCare: i < 52, supervision: i < 40, outcomeCorrect: true }));
    const s = fileQualitySummary(files);
    assert.deepEqual([s.reviewed, s.effective, s.goodVictimCare, s.effectiveRate, s.victimCareRate], [60, 48, 52, 80, 86.7]);
  });
  it('an empty sample has no rate', () => assert.equal(fileQualitySummary([]).effectiveRate, null));
  it('a seeded sample is reproducible, without repeats, capped at the population', () => {
    const population = Array.from({ length: 100 }, (_, i) => i);
    const a = drawFileSample(population, 10, 42);
    assert.deepEqual(a, drawFileSample(population, 10, 42));
    assert.equal(new Set(a).size, 10);
    assert.notDeepEqual(a, drawFileSample(population, 10, 43));
    assert.equal(drawFileSample([1, 2, 3], 10, 1).length, 3);
  });
});

describe('digital forensics queue (STANDARDS §6: high-risk cases involving children or vulnerable people first; F18)', () => {
  const cases: [RiskLevel, boolean, number][] = [['high', true, 1], ['high', false, 2], ['medium', false, 3], ['standard', true, 3], ['standard', false, 4]];
  for (const [risk, childOrVulnerable, priority] of cases) it(`${risk}${childOrVulnerable ? ', child/vulnerable' : ''} → priority ${priority}`, () => assert.equal(forensicPriority({ risk, childOrVulnerable }), priority));
  it('age runs to completion, or to now while outstanding (the 2016 three-month backlog shows as ~90 days)', () => {
    assert.equal(forensicAgeDays(at('2026-08-25T10:00:00Z'), null, NOW), 90);
    assert.equal(forensicAgeDays(at('2026-11-01T10:00:00Z'), at('2026-11-11T09:00:00Z'), NOW), 9);
  });
});
