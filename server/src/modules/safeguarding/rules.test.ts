import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DASH_QUESTION_KEYS, DASH_QUESTIONS, type DashAnswer } from './dash-questions.js';
import {
  ageOn, breachRefusal, childSafeguardingDue, dashRiskLevel, dashScore, dvdsAdvanceRefusal, dvdsStageDueAt, dvdsTimeliness, dvpnAuthorisationRefusal,
  dvpnHearingDeadline, dvpnTestRefusal, dvpoDurationRefusal, dvpoExpiry, finalRiskLevel, idvaDueAt, idvaTimeliness, isDvpnExcludedDay, londonInstant,
  maracReferralReasons, mashDecisionDue, needsIdvaReferral, orderState, positiveActionRefusal, positiveActionStats, riskRoute, secondaryReviewRefusal,
  suggestedRag, SAFEGUARDING_RULES,
} from './rules.js';

const answersWith = (yes: number, rest: DashAnswer | undefined = 'no') =>
  Object.fromEntries(DASH_QUESTION_KEYS.map((k, i) => [k, i < yes ? 'yes' : rest]));

const weekday = (d: string) => { const w = new Date(`${d}T12:00:00Z`).getUTCDay(); return w !== 0 && w !== 6; };
const BANK_HOLIDAYS = new Set(['2026-12-25', '2026-12-28', '2027-01-01', '2026-08-31']);
const workingDay = (d: string) => weekday(d) && !BANK_HOLIDAYS.has(d);

describe('DASH (STANDARDS §8)', () => {
  test('27 question themes, numbered 1–27 with unique keys', () => {
    assert.equal(DASH_QUESTIONS.length, 27);
    assert.deepEqual(DASH_QUESTIONS.map((q) => q.n), Array.from({ length: 27 }, (_, i) => i + 1));
    assert.equal(new Set(DASH_QUESTION_KEYS).size, 27);
  });

  // STANDARDS 8 DASH scoring: only "yes" counts; unanswered and "not known" count as "no".
  for (const [label, answers, score] of [
    ['all no', answersWith(0), 0],
    ['14 yes', answersWith(14), 14],
    ['9 yes, rest not known', answersWith(9, 'not_known'), 9],
    ['12 yes, rest unanswered', answersWith(12, undefined), 12],
    ['all yes', answersWith(27), 27],
    ['unknown keys ignored', { ...answersWith(3), bogus: 'yes' }, 3],
  ] as const) {
    test(`score: ${label} → ${score}`, () => assert.equal(dashScore(answers as Record<string, DashAnswer>), score));
  }

  // STANDARDS 8 DASH thresholds: 14+ high (national standard); 10–13 medium, ≤9 standard (design default).
  for (const [score, level] of [[0, 'standard'], [9, 'standard'], [10, 'medium'], [13, 'medium'], [14, 'high'], [27, 'high']] as const) {
    test(`risk level: score ${score} → ${level}`, () => assert.equal(dashRiskLevel(score), level));
  }
  test('thresholds are configurable per force', () => assert.equal(dashRiskLevel(12, { highFrom: 12, mediumFrom: 8 }), 'high'));

  // STANDARDS 8: professional judgement may raise with a reason, never lower without a supervisor (F06).
  const cases = [
    { computed: 'medium', requested: undefined, reason: '', role: 'constable', ok: true, level: 'medium', basis: 'score' },
    { computed: 'medium', requested: 'high', reason: 'Threats to kill with a knife last night', role: 'constable', ok: true, level: 'high', basis: 'professional_judgement_raised' },
    { computed: 'medium', requested: 'high', reason: 'short', role: 'constable', ok: false, field: 'body.levelReason' },
    { computed: 'high', requested: 'medium', reason: 'Perpetrator now remanded in custody', role: 'constable', ok: false, field: 'body.finalLevel' },
    { computed: 'high', requested: 'standard', reason: 'Perpetrator now remanded in custody', role: 'public_protection_officer', ok: false, field: 'body.finalLevel' },
    { computed: 'high', requested: 'medium', reason: 'Perpetrator now remanded in custody', role: 'sergeant', ok: true, level: 'medium', basis: 'supervisor_lowered' },
    { computed: 'high', requested: 'medium', reason: '', role: 'inspector', ok: false, field: 'body.levelReason' },
  ] as const;
  for (const c of cases) {
    test(`final level: ${c.computed} → ${c.requested ?? '(same)'} by ${c.role} ${c.ok ? 'accepted' : 'refused'}`, () => {
      const d = finalRiskLevel({ computed: c.computed, requested: c.requested, reason: c.reason, assessorRole: c.role });
      assert.equal(d.ok, c.ok);
      if (d.ok && c.ok) { assert.equal(d.level, c.level); assert.equal(d.basis, c.basis); }
      if (!d.ok && !c.ok) assert.equal(d.field, c.field);
    });
  }

  test('secondary review confirms freely, changes only with a reason', () => {
    assert.equal(secondaryReviewRefusal('high', 'high', null), null);
    assert.match(secondaryReviewRefusal('high', 'medium', 'no') ?? '', /reason/);
    assert.equal(secondaryReviewRefusal('medium', 'high', 'Specialist review found stalking pattern'), null);
  });

  // STANDARDS 8 who handles it: standard/medium → neighbourhood follow-up; high → DAISU/SSU queue.
  for (const [level, queue] of [['standard', 'neighbourhood_follow_up'], ['medium', 'neighbourhood_follow_up'], ['high', 'daisu_safeguarding']] as const) {
    test(`routing: ${level} → ${queue}`, () => assert.equal(riskRoute(level).queue, queue));
  }
  test('routing: high risk goes to the DA team', () => assert.equal(riskRoute('high', 'DAISU').team, 'DAISU'));
});

describe('MARAC referral reasons (STANDARDS §8)', () => {
  const at = new Date('2026-11-20T20:00:00Z');
  const base = { score: 5, finalLevel: 'standard' as const, incidentAt: at, incidentsLast12m: 1, crimesLast12m: 0, lastMaracAt: null };
  for (const [label, input, reasons] of [
    ['nothing applies', base, []],
    ['score 14 → visible high risk', { ...base, score: 14, finalLevel: 'high' }, ['visible_high_risk']],
    ['raised to high → professional judgement', { ...base, score: 11, finalLevel: 'high' }, ['professional_judgement']],
    ['3 call-outs in 12m → escalation', { ...base, incidentsLast12m: 3 }, ['potential_escalation']],
    ['2 call-outs → no escalation', { ...base, incidentsLast12m: 2 }, []],
    ['MARAC 11 months ago → repeat', { ...base, lastMaracAt: new Date('2025-12-21T10:00:00Z') }, ['repeat']],
    ['MARAC 13 months ago → not repeat', { ...base, lastMaracAt: new Date('2025-10-01T10:00:00Z') }, []],
    ['all at once', { ...base, score: 20, finalLevel: 'high', incidentsLast12m: 4, lastMaracAt: new Date('2026-06-01T00:00:00Z') }, ['visible_high_risk', 'potential_escalation', 'repeat']],
  ] as const) {
    test(label, () => assert.deepEqual(maracReferralReasons(input as Parameters<typeof maracReferralReasons>[0]), reasons));
  }
  test('force threshold: 5+ incidents or 3+ crimes in 12 months', () => {
    const rules = { ...SAFEGUARDING_RULES, escalationIncidents: 5, escalationCrimes: 3 };
    assert.deepEqual(maracReferralReasons({ ...base, incidentsLast12m: 4 }, rules), []);
    assert.deepEqual(maracReferralReasons({ ...base, incidentsLast12m: 5 }, rules), ['potential_escalation']);
    assert.deepEqual(maracReferralReasons({ ...base, crimesLast12m: 3 }, rules), ['potential_escalation']);
  });
});

describe('IDVA (STANDARDS §8, §14 contact within 24 h)', () => {
  const at = new Date('2026-11-20T20:00:00Z');
  test('only high-risk victims are referred', () => {
    assert.equal(needsIdvaReferral('high'), true);
    assert.equal(needsIdvaReferral('medium'), false);
  });
  test('due 24 h after the incident', () => assert.equal(idvaDueAt(at).toISOString(), '2026-11-21T20:00:00.000Z'));
  for (const [hours, within] of [[2, true], [24, true], [24.5, false]] as const) {
    test(`referral after ${hours} h within target: ${within}`, () => {
      const t = idvaTimeliness(at, new Date(at.getTime() + hours * 3_600_000));
      assert.equal(t.hours, hours);
      assert.equal(t.withinTarget, within);
    });
  }
});

describe('children in the household (STANDARDS §8, §9)', () => {
  test('no children → no referral', () => {
    assert.equal(childSafeguardingDue({ childrenPresent: false, childrenResident: false, incidentAt: new Date() }, workingDay), null);
  });
  for (const [label, incidentAt, schoolDue] of [
    ['Tuesday night → Wednesday 08:30 (GMT)', '2026-11-24T22:00:00Z', '2026-11-25T08:30:00.000Z'],
    ['Friday night → Monday 08:30', '2026-11-27T22:00:00Z', '2026-11-30T08:30:00.000Z'],
    ['Christmas Eve → after the bank holidays', '2026-12-24T20:00:00Z', '2026-12-29T08:30:00.000Z'],
    ['summer (BST) → 07:30 UTC', '2026-06-09T19:00:00Z', '2026-06-10T07:30:00.000Z'],
  ] as const) {
    test(`school notification: ${label}`, () => {
      const due = childSafeguardingDue({ childrenPresent: true, childrenResident: false, incidentAt: new Date(incidentAt) }, workingDay);
      assert.equal(due?.schoolNotificationDueAt.toISOString(), schoolDue);
      assert.equal(due?.referralDueAt.getTime(), new Date(incidentAt).getTime() + 24 * 3_600_000);
    });
  }
  test('children normally resident but absent still raise a referral', () => {
    assert.ok(childSafeguardingDue({ childrenPresent: false, childrenResident: true, incidentAt: new Date('2026-11-24T10:00:00Z') }, workingDay));
  });
  test('MASH decision within 1 working day of triage (§9)', () => {
    assert.equal(mashDecisionDue(new Date('2026-11-27T14:00:00Z'), workingDay).toISOString(), '2026-11-30T14:00:00.000Z');
    assert.equal(mashDecisionDue(new Date('2026-11-24T14:00:00Z'), workingDay).toISOString(), '2026-11-25T14:00:00.000Z');
  });
  for (const [input, rag] of [
    [{ riskLevel: 'high', childHarmIndicated: false }, 'red'],
    [{ riskLevel: 'standard', childHarmIndicated: true }, 'red'],
    [{ riskLevel: 'medium', childHarmIndicated: false }, 'amber'],
    [{ riskLevel: null, childHarmIndicated: false }, 'green'],
  ] as const) {
    test(`suggested RAG ${JSON.stringify(input)} → ${rag}`, () => assert.equal(suggestedRag(input), rag));
  }
});

describe('DVPN / DVPO (STANDARDS §8 notices and orders)', () => {
  for (const [role, ok] of [['superintendent', true], ['inspector', false], ['sergeant', false], ['constable', false], ['public_protection_officer', false]] as const) {
    test(`authorisation by ${role}: ${ok ? 'allowed' : 'refused'}`, () => assert.equal(dvpnAuthorisationRefusal(role) === null, ok));
  }
  for (const [label, input, field] of [
    ['adult, violence, necessary', { perpetratorAge: 30, violenceOrThreat: true, necessaryToProtect: true }, null],
    ['17-year-old', { perpetratorAge: 17, violenceOrThreat: true, necessaryToProtect: true }, 'body.perpetratorDateOfBirth'],
    ['age unknown', { perpetratorAge: null, violenceOrThreat: true, necessaryToProtect: true }, 'body.perpetratorDateOfBirth'],
    ['no violence or threat', { perpetratorAge: 30, violenceOrThreat: false, necessaryToProtect: true }, 'body.violenceOrThreat'],
    ['not necessary', { perpetratorAge: 30, violenceOrThreat: true, necessaryToProtect: false }, 'body.necessaryToProtect'],
  ] as const) {
    test(`DVPN test: ${label}`, () => assert.equal(dvpnTestRefusal(input)?.field ?? null, field));
  }
  test('age on a date', () => {
    assert.equal(ageOn('2008-11-24', new Date('2026-11-23T12:00:00Z')), 17);
    assert.equal(ageOn('2008-11-23', new Date('2026-11-23T12:00:00Z')), 18);
  });

  const excluded = (d: string) => isDvpnExcludedDay(d, (x) => BANK_HOLIDAYS.has(x));
  for (const [label, served, deadline] of [
    ['Monday 10:00 → Wednesday 10:00', '2026-11-23T10:00:00Z', '2026-11-25T10:00:00.000Z'],
    ['Friday 18:00 → Monday 18:00 (Sunday skipped)', '2026-11-27T18:00:00Z', '2026-11-30T18:00:00.000Z'],
    ['Saturday 09:00 → Tuesday 09:00 (Sunday skipped)', '2026-11-28T09:00:00Z', '2026-12-01T09:00:00.000Z'],
    ['Christmas Eve 12:00 → skips Christmas, Sunday 27th, Boxing Day substitute 28th', '2026-12-24T12:00:00Z', '2026-12-29T12:00:00.000Z'],
    ['served on a Sunday: the clock starts on Monday', '2026-11-29T15:00:00Z', '2026-12-02T00:00:00.000Z'],
  ] as const) {
    test(`hearing deadline: ${label}`, () => assert.equal(dvpnHearingDeadline(new Date(served), excluded).toISOString(), deadline));
  }

  for (const [days, ok] of [[13, false], [14, true], [28, true], [29, false], [20.5, false]] as const) {
    test(`DVPO of ${days} days: ${ok ? 'allowed' : 'refused'}`, () => assert.equal(dvpoDurationRefusal(days) === null, ok));
  }
  test('DVPO expiry and state', () => {
    const made = new Date('2026-11-25T10:00:00Z');
    const exp = dvpoExpiry(made, 28);
    assert.equal(exp.toISOString(), '2026-12-23T10:00:00.000Z');
    assert.equal(orderState(exp, new Date('2026-12-23T09:59:00Z')), 'active');
    assert.equal(orderState(exp, new Date('2026-12-23T10:00:00Z')), 'expired');
  });
  for (const [label, input, field] of [
    ['arrested', { orderActiveAt: true, arrested: true }, null],
    ['not arrested without reason', { orderActiveAt: true, arrested: false }, 'body.noArrestReason'],
    ['not arrested, reason given', { orderActiveAt: true, arrested: false, noArrestReason: 'Suspect left before police arrived' }, null],
    ['after expiry', { orderActiveAt: false, arrested: true }, 'body.occurredAt'],
  ] as const) {
    test(`breach: ${label}`, () => assert.equal(breachRefusal(input)?.field ?? null, field));
  }
});

describe("Clare's Law (STANDARDS §8)", () => {
  const received = new Date('2026-11-01T09:00:00Z');
  for (const [stage, due] of [
    ['initial_checks', '2026-11-02T09:00:00.000Z'],
    ['face_to_face', '2026-11-11T09:00:00.000Z'],
    ['decision_panel', '2026-11-26T09:00:00.000Z'],
    ['disclosure', '2026-11-29T09:00:00.000Z'],
    ['closed', null],
  ] as const) {
    test(`stage ${stage} due ${due}`, () => assert.equal(dvdsStageDueAt(received, stage)?.toISOString() ?? null, due));
  }
  test('35-day limit (2014/2016 guidance) is selectable', () => {
    assert.equal(dvdsStageDueAt(received, 'disclosure', { dvdsLimitDays: 35, dvdsPanelTargetDays: 31 })?.toISOString(), '2026-12-06T09:00:00.000Z');
  });
  for (const [label, input, field] of [
    ['checks → face to face', { from: 'initial_checks', to: 'face_to_face', actorRole: 'public_protection_officer' }, null],
    ['skipping research', { from: 'face_to_face', to: 'decision_panel', identityVerified: true, actorRole: 'public_protection_officer' }, 'body.stage'],
    ['research without identity check', { from: 'face_to_face', to: 'research', actorRole: 'public_protection_officer' }, 'body.identityVerified'],
    ['panel → disclosure needs "disclose"', { from: 'decision_panel', to: 'disclosure', decision: 'no_disclosure', safetyPlan: 'Plan agreed with IDVA', actorRole: 'inspector' }, 'body.decision'],
    ['panel → disclosure without a safety plan', { from: 'decision_panel', to: 'disclosure', decision: 'disclose', actorRole: 'inspector' }, 'body.safetyPlan'],
    ['panel → disclosure with plan', { from: 'decision_panel', to: 'disclosure', decision: 'disclose', safetyPlan: 'Plan agreed with IDVA', actorRole: 'inspector' }, null],
    ['panel → closed, no disclosure', { from: 'decision_panel', to: 'closed', decision: 'no_disclosure', actorRole: 'inspector' }, null],
    ['urgent disclosure by a constable', { from: 'initial_checks', to: 'disclosure', urgent: true, safetyPlan: 'Immediate safety plan', actorRole: 'public_protection_officer' }, 'body.urgent'],
    ['urgent disclosure by an inspector', { from: 'initial_checks', to: 'disclosure', urgent: true, safetyPlan: 'Immediate safety plan', actorRole: 'inspector' }, null],
    ['closed is final', { from: 'closed', to: 'research', actorRole: 'inspector' }, 'body.stage'],
  ] as const) {
    test(`workflow: ${label}`, () => assert.equal(dvdsAdvanceRefusal(input)?.field ?? null, field));
  }
  test('timeliness against the 28-day limit', () => {
    assert.equal(dvdsTimeliness(received, new Date('2026-11-28T09:00:00Z'), new Date()).withinLimit, true);
    assert.equal(dvdsTimeliness(received, null, new Date('2026-11-30T09:00:00Z')).overdue, true);
  });
});

describe('positive action (STANDARDS §8, §14, F16)', () => {
  for (const [label, input, field] of [
    ['arrest with power', { powerOfArrest: true, arrested: true }, null],
    ['no power, no arrest', { powerOfArrest: false, arrested: false }, null],
    ['power, no arrest, no reason', { powerOfArrest: true, arrested: false }, 'body.positiveAction.noArrestReason'],
    ['power, no arrest, reason', { powerOfArrest: true, arrested: false, noArrestReason: 'out_of_force' }, null],
    ['arrest without power', { powerOfArrest: false, arrested: true }, 'body.positiveAction.powerOfArrest'],
  ] as const) {
    test(label, () => assert.equal(positiveActionRefusal(input)?.field ?? null, field));
  }
  test('arrest rate counts only where a power existed, with reasons', () => {
    const s = positiveActionStats([
      { powerOfArrest: true, arrested: true, noArrestReason: null, level: 'high' },
      { powerOfArrest: true, arrested: false, noArrestReason: 'out_of_force', level: 'high' },
      { powerOfArrest: true, arrested: true, noArrestReason: null, level: 'standard' },
      { powerOfArrest: false, arrested: false, noArrestReason: null, level: 'standard' },
    ]);
    assert.equal(s.withPowerOfArrest, 3);
    assert.equal(s.arrestRate, 66.7);
    assert.equal(s.highRiskArrestRate, 50);
    assert.deepEqual(s.noArrestReasons, { out_of_force: 1 });
    assert.equal(positiveActionStats([]).arrestRate, null);
  });
});

test('londonInstant handles GMT and BST', () => {
  assert.equal(londonInstant('2026-01-15', '09:00').toISOString(), '2026-01-15T09:00:00.000Z');
  assert.equal(londonInstant('2026-07-15', '09:00').toISOString(), '2026-07-15T08:00:00.000Z');
});
