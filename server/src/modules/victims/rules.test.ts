import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { endOfWorkingDays } from '../../platform/clock.js';
import { crimeFactsOf } from './use-cases/shared.js';
import {
  complianceRate, complianceState, contactRecordProblems, contractRefusal, DEFAULT_VICTIMS_CODE, emptyCounts, entitlementDueAt,
  entitlementLevel, entitlementTimescale, isUnder18, mostSeriousCrimeReasons, referralBasis, referralStatusRefusal, reviewRequestLate, satisfactionRate,
  victimsCode, vpsRefusal, whatToExpect, type CrimeFacts, type EntitlementEvent, type EntitlementLevel, type NeedsAnswers,
} from './rules.js';

const calendar = { endOfWorkingDays };
const crime = (over: Partial<CrimeFacts> = {}): CrimeFacts => ({ classificationCode: '28E', group: 'burglary', flags: [], hateStrands: [], ...over });
const answers = (over: Partial<NeedsAnswers> = {}): NeedsAnswers => ({
  businessVictim: false, vulnerabilities: [], intimidated: false, persistentlyTargeted: false, bereavedRelative: false, ...over,
});

describe('Victims’ Code version (STANDARDS §5 Versions; conventions: newest is the default)', () => {
  test('2020 Code is the default, with 12 rights', () => {
    assert.equal(DEFAULT_VICTIMS_CODE.version, '2020');
    assert.equal(DEFAULT_VICTIMS_CODE.rights, 12);
    assert.equal(victimsCode().version, '2020');
    assert.equal(victimsCode(null).version, '2020');
  });
  test('older versions stay selectable; an unknown one is an error', () => {
    assert.equal(victimsCode('2015').version, '2015');
    assert.equal(victimsCode('2013').version, '2013');
    assert.throws(() => victimsCode('1999'), /Unknown/);
  });
});

describe('enhanced or standard entitlement (STANDARDS §5 Enhanced rights)', () => {
  const cases: [string, CrimeFacts, NeedsAnswers, EntitlementLevel, string[]][] = [
    ['burglary, no vulnerability → standard', crime(), answers(), 'standard', ['none']],
    ['domestic abuse → most serious crime', crime({ classificationCode: '8N', group: 'violence_against_the_person', flags: ['domestic_abuse'] }), answers(), 'enhanced', ['serious_domestic_abuse']],
    ['hate crime → most serious crime', crime({ classificationCode: '9B', group: 'public_order', hateStrands: ['race'] }), answers(), 'enhanced', ['serious_hate']],
    // STANDARDS §5: every racially or religiously aggravated offence is a hate crime, whatever strand is ticked.
    ['racially aggravated harassment with no strand ticked → hate crime', crime({ classificationCode: '8P', group: 'violence_against_the_person', hateAggravatedOffence: 'Racially or religiously aggravated harassment' }), answers(), 'enhanced', ['serious_hate']],
    ['harassment that is not aggravated and has no strand → standard', crime({ classificationCode: '8L', group: 'violence_against_the_person' }), answers(), 'standard', ['none']],
    ['sexual offence → most serious crime', crime({ classificationCode: '20A', group: 'sexual_offences' }), answers(), 'enhanced', ['serious_sexual']],
    ['attempted murder', crime({ classificationCode: '2/1', group: 'violence_against_the_person' }), answers(), 'enhanced', ['serious_offence']],
    ['GBH with intent', crime({ classificationCode: '5D', group: 'violence_against_the_person' }), answers(), 'enhanced', ['serious_offence']],
    ['arson endangering life', crime({ classificationCode: '56A', group: 'criminal_damage_arson' }), answers(), 'enhanced', ['serious_offence']],
    ['murder → bereaved relative', crime({ classificationCode: '1/1', group: 'violence_against_the_person' }), answers(), 'enhanced', ['bereaved']],
    ['bereaved relative answered', crime({ classificationCode: '802', group: 'miscellaneous' }), answers({ bereavedRelative: true }), 'enhanced', ['bereaved']],
    ['persistently targeted', crime(), answers({ persistentlyTargeted: true }), 'enhanced', ['persistently_targeted']],
    ['under 18', crime(), answers({ vulnerabilities: ['under_18'] }), 'enhanced', ['vulnerable_under_18']],
    ['mental disorder', crime(), answers({ vulnerabilities: ['mental_disorder'] }), 'enhanced', ['vulnerable_mental_disorder']],
    ['impairment of intelligence and social functioning', crime(), answers({ vulnerabilities: ['impaired_intelligence'] }), 'enhanced', ['vulnerable_impaired_intelligence']],
    ['physical disability', crime(), answers({ vulnerabilities: ['physical_disability'] }), 'enhanced', ['vulnerable_physical_disability']],
    ['intimidated', crime(), answers({ intimidated: true }), 'enhanced', ['intimidated']],
    ['several reasons are all shown', crime({ flags: ['domestic_abuse'] }), answers({ intimidated: true, persistentlyTargeted: true }), 'enhanced', ['serious_domestic_abuse', 'persistently_targeted', 'intimidated']],
    ['business victim → standard even for a hate crime', crime({ hateStrands: ['race'] }), answers({ businessVictim: true }), 'standard', ['business']],
    ['shoplifting flagged repeat but not answered persistently targeted → standard', crime({ classificationCode: '46', group: 'theft', flags: ['repeat_victim'] }), answers(), 'standard', ['none']],
  ];
  for (const [name, c, a, level, codes] of cases) {
    test(name, () => {
      const result = entitlementLevel(c, a);
      assert.equal(result.level, level);
      assert.deepEqual(result.reasons.map((r) => r.code), codes);
      assert.ok(result.reasons.every((r) => r.label.length > 5), 'every reason has a label a person can read');
    });
  }

  const ages: [string | null, string, boolean][] = [
    ['2009-06-01', '2027-05-31', true],
    ['2009-06-01', '2027-06-01', false],
    ['2008-02-29', '2026-02-28', true],
    [null, '2026-01-01', false],
  ];
  for (const [dob, on, expected] of ages) {
    test(`under 18: born ${dob}, offence ${on} → ${expected}`, () => assert.equal(isUnder18(dob, on), expected));
  }
});

describe('entitlement timescales (STANDARDS §5 table)', () => {
  const cases: [EntitlementEvent, EntitlementLevel, number, 'working_days' | 'calendar_days'][] = [
    ['arrest', 'standard', 5, 'working_days'],
    ['arrest', 'enhanced', 1, 'working_days'],
    ['interview', 'enhanced', 1, 'working_days'],
    ['release', 'standard', 5, 'working_days'],
    ['bail_change', 'enhanced', 1, 'working_days'],
    ['charge', 'standard', 5, 'working_days'],
    ['charge', 'enhanced', 1, 'working_days'],
    ['decision_not_to_proceed', 'standard', 5, 'working_days'],
    ['decision_not_to_proceed', 'enhanced', 1, 'working_days'],
    ['outcome', 'enhanced', 1, 'working_days'],
    ['referral', 'standard', 2, 'working_days'],
    ['referral', 'enhanced', 2, 'working_days'],
    ['update', 'standard', 28, 'calendar_days'],
    ['update', 'enhanced', 14, 'calendar_days'],
    ['right_to_review', 'standard', 30, 'working_days'],
  ];
  for (const [event, level, days, unit] of cases) {
    test(`${event}, ${level}: ${days} ${unit}`, () => assert.deepEqual(entitlementTimescale(event, level), { days, unit }));
  }
  test('enhanced is never slower than standard for any event', () => {
    for (const event of ['arrest', 'interview', 'release', 'bail_change', 'charge', 'decision_not_to_proceed', 'outcome', 'update', 'referral'] as const) {
      assert.ok(entitlementTimescale(event, 'enhanced').days <= entitlementTimescale(event, 'standard').days, event);
    }
  });
});

describe('due dates across weekends and England & Wales bank holidays: the close of the Nth working day, London time (STANDARDS conventions, §5)', () => {
  const cases: [string, string, EntitlementEvent, EntitlementLevel, string][] = [
    ['arrest on a Monday, enhanced', '2026-11-23T14:00:00Z', 'arrest', 'enhanced', '2026-11-24T23:59:59.999Z'],
    ['arrest on a Friday, enhanced → Monday', '2026-11-27T14:00:00Z', 'arrest', 'enhanced', '2026-11-30T23:59:59.999Z'],
    ['arrest on a Friday, standard → next Friday', '2026-11-27T14:00:00Z', 'arrest', 'standard', '2026-12-04T23:59:59.999Z'],
    ['charge on Christmas Eve 2026, enhanced → 29 Dec (25, 26 and 28 are holidays)', '2026-12-24T16:00:00Z', 'charge', 'enhanced', '2026-12-29T23:59:59.999Z'],
    ['charge on Christmas Eve 2026, standard → 5 Jan 2027', '2026-12-24T16:00:00Z', 'charge', 'standard', '2027-01-05T23:59:59.999Z'],
    ['arrest on Maundy Thursday 2026, enhanced → Tuesday after Easter', '2026-04-02T11:00:00Z', 'arrest', 'enhanced', '2026-04-07T22:59:59.999Z'],
    ['arrest on Maundy Thursday 2027, standard → 5 working days skipping Good Friday and Easter Monday', '2027-03-25T11:00:00Z', 'arrest', 'standard', '2027-04-05T22:59:59.999Z'],
    ['release on Christmas Eve 2027, enhanced → 29 Dec (27 and 28 are substitute days)', '2027-12-24T09:00:00Z', 'release', 'enhanced', '2027-12-29T23:59:59.999Z'],
    ['referral on Christmas Eve 2026 → 30 Dec', '2026-12-24T09:00:00Z', 'referral', 'standard', '2026-12-30T23:59:59.999Z'],
    ['update interval counts calendar days, weekends included', '2026-12-24T09:00:00Z', 'update', 'enhanced', '2027-01-07T09:00:00Z'],
  ];
  for (const [name, at, event, level, due] of cases) {
    test(name, () => {
      assert.equal(entitlementDueAt(new Date(at), entitlementTimescale(event, level), calendar).toISOString(), new Date(due).toISOString());
    });
  }
});

describe('victim contract interval (STANDARDS §5: ≥ every 28 days standard, 14 enhanced — design default)', () => {
  const cases: [number, EntitlementLevel, boolean][] = [
    [28, 'standard', true], [29, 'standard', false], [7, 'standard', true],
    [14, 'enhanced', true], [15, 'enhanced', false], [0, 'enhanced', false], [1.5, 'standard', false],
  ];
  for (const [days, level, ok] of cases) {
    test(`${days} days for ${level}: ${ok ? 'accepted' : 'refused'}`, () => assert.equal(contractRefusal({ updateIntervalDays: days }, level) === null, ok));
  }
});

describe('contact record completeness (STANDARDS §5 "reminders clear only with a recorded contact or an audited reason code"; §17 F13)', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  const cases: [string, Parameters<typeof contactRecordProblems>[0], string[]][] = [
    ['a complete contact: when, how, what was said', { made: true, contactedAt: '2026-11-23T11:00:00Z', method: 'phone', summary: 'Told Mrs Ahmed the suspect was arrested and bailed.' }, []],
    ['nothing recorded at all', { made: true }, ['contactedAt', 'method', 'summary']],
    ['what was said is too short to mean anything', { made: true, contactedAt: '2026-11-23T11:00:00Z', method: 'phone', summary: 'called' }, ['summary']],
    ['an unknown method', { made: true, contactedAt: '2026-11-23T11:00:00Z', method: 'pigeon', summary: 'Told the victim about the arrest today.' }, ['method']],
    ['a contact in the future', { made: true, contactedAt: '2026-11-24T11:00:00Z', method: 'phone', summary: 'Told the victim about the arrest today.' }, ['contactedAt']],
    ['not made, with reason code and reason', { made: false, contactedAt: '2026-11-23T11:00:00Z', method: 'phone', noContactReasonCode: 'no_answer', noContactReason: 'Rang twice, no answer, voicemail left' }, []],
    ['not made, no reason', { made: false, contactedAt: '2026-11-23T11:00:00Z', method: 'phone' }, ['noContactReasonCode', 'noContactReason']],
    ['not made, invented reason code', { made: false, contactedAt: '2026-11-23T11:00:00Z', method: 'phone', noContactReasonCode: 'too_busy', noContactReason: 'Did not have the time today' }, ['noContactReasonCode']],
  ];
  for (const [name, input, paths] of cases) {
    test(name, () => assert.deepEqual(contactRecordProblems(input, now).map((p) => p.path), paths));
  }
});

describe('compliance classification (STANDARDS §5 supervisor dashboard; §14 VCOP compliance 41% live / 67% closed)', () => {
  const due = new Date('2026-11-24T10:00:00Z');
  const now = new Date('2026-11-30T10:00:00Z');
  const cases: [string, Parameters<typeof complianceState>[0], Date, string][] = [
    ['told before the due time', { status: 'completed', dueAt: due, completedAt: due, contactedAt: new Date('2026-11-24T09:00:00Z') }, now, 'on_time'],
    ['told exactly at the due time', { status: 'completed', dueAt: due, completedAt: due, contactedAt: due }, now, 'on_time'],
    ['told after the due time (typed in on time does not help)', { status: 'completed', dueAt: due, completedAt: new Date('2026-11-24T09:00:00Z'), contactedAt: new Date('2026-11-25T09:00:00Z') }, now, 'late'],
    ['closed with a reason, nobody told', { status: 'closed', dueAt: due, completedAt: due, contactedAt: null }, now, 'missed'],
    ['open past the due time', { status: 'open', dueAt: due, completedAt: null, contactedAt: null }, now, 'overdue'],
    ['open, not yet due', { status: 'open', dueAt: due, completedAt: null, contactedAt: null }, new Date('2026-11-23T10:00:00Z'), 'pending'],
  ];
  for (const [name, task, at, state] of cases) test(name, () => assert.equal(complianceState(task, at), state));

  test('the rate counts on-time among everything due; pending is not yet due', () => {
    assert.equal(complianceRate(emptyCounts()), null);
    assert.equal(complianceRate({ on_time: 41, late: 30, missed: 20, overdue: 9, pending: 50 }), 0.41);
    assert.equal(complianceRate({ on_time: 67, late: 33, missed: 0, overdue: 0, pending: 0 }), 0.67);
  });
});

describe('referral to support services (STANDARDS §5: ≤2 working days, opt-out; consent for sexual offences/DA — design default)', () => {
  const cases: [string, CrimeFacts, 'given' | 'refused' | 'not_asked', string][] = [
    ['burglary, not asked → automatic (opt-out)', crime(), 'not_asked', 'automatic'],
    ['burglary, victim opted out → none', crime(), 'refused', 'none'],
    ['DA without consent → none', crime({ flags: ['domestic_abuse'] }), 'not_asked', 'none'],
    ['DA with consent → consent', crime({ flags: ['domestic_abuse'] }), 'given', 'consent'],
    ['sexual offence with consent → consent', crime({ group: 'sexual_offences', classificationCode: '20A' }), 'given', 'consent'],
    ['sexual offence refused → none', crime({ group: 'sexual_offences', classificationCode: '20A' }), 'refused', 'none'],
  ];
  for (const [name, c, consent, basis] of cases) test(name, () => assert.equal(referralBasis(c, consent).basis, basis));

  const moves: [string, 'sent' | 'accepted' | 'declined_by_victim' | 'declined_by_service' | 'closed', boolean][] = [
    ['sent', 'accepted', true], ['sent', 'declined_by_service', true], ['accepted', 'closed', true],
    ['closed', 'accepted', false], ['declined_by_victim', 'accepted', false], ['sent', 'closed', false], ['bogus', 'accepted', false],
  ];
  for (const [from, to, ok] of moves) test(`referral ${from} → ${to}: ${ok ? 'allowed' : 'refused'}`, () => assert.equal(referralStatusRefusal(from, to) === null, ok));
});

describe('Victim Personal Statement is its own record (STANDARDS §5; §17 F14)', () => {
  const cases: [string[], string, boolean][] = [
    [[], 'offered', true], [[], 'taken', false], [[], 'declined', false], [[], 'updated', false],
    [['offered'], 'taken', true], [['offered'], 'declined', true], [['offered'], 'updated', false],
    [['offered', 'taken'], 'updated', true], [['offered', 'taken'], 'taken', false], [['offered', 'declined'], 'offered', true],
    [['offered', 'declined', 'offered'], 'taken', true],
  ];
  for (const [history, next, ok] of cases) {
    test(`${history.join('→') || '(none)'} then ${next}: ${ok ? 'allowed' : 'refused'}`, () => {
      assert.equal(vpsRefusal(history as never, next as never) === null, ok);
    });
  }
});

describe('right to review (STANDARDS §5: on no further action)', () => {
  test('requests within 3 months are in time; later ones are flagged late', () => {
    const told = new Date('2026-01-01T10:00:00Z');
    assert.equal(reviewRequestLate(told, new Date('2026-03-31T10:00:00Z')), false);
    assert.equal(reviewRequestLate(told, new Date('2026-04-02T10:00:00Z')), true);
  });
});

describe('victim satisfaction (STANDARDS §14: satisfied with whole experience ÷ respondents, ±95% CI)', () => {
  test('top three answers of the seven-point scale count as satisfied, with the 95% interval', () => {
    const r = satisfactionRate(['completely_satisfied', 'very_satisfied', 'fairly_satisfied', 'neither', 'very_dissatisfied', null]);
    assert.equal(r.respondents, 5);
    assert.equal(r.satisfied, 3);
    assert.equal(r.rate, 0.6);
    assert.ok(Math.abs(r.ci95! - 1.96 * Math.sqrt(0.6 * 0.4 / 5)) < 1e-12);
  });
  test('no respondents → no rate', () => assert.deepEqual(satisfactionRate([null]), { respondents: 0, satisfied: 0, rate: null, ci95: null }));
  test('the 2016 force figure 89.5% is reproduced from counts', () => {
    const answersList = [...Array(895).fill('fairly_satisfied'), ...Array(105).fill('neither')];
    assert.equal(satisfactionRate(answersList).rate, 0.895);
  });
});

describe('plain-English letter', () => {
  test('enhanced victims are told of 1 working day and their agreed interval', () => {
    const lines = whatToExpect('enhanced', 7);
    assert.match(lines[0], /within 1 working day /);
    assert.match(lines[1], /every 7 days/);
    assert.ok(lines.some((l) => /enhanced support/.test(l)));
  });
  test('standard victims are told of 5 working days', () => assert.match(whatToExpect('standard', 28)[0], /within 5 working days/));
});

describe('the hate flag comes from the classification as well as the strand (STANDARDS §5)', () => {
  test('crimeFactsOf marks the racially or religiously aggravated classifications, and the reason says why', () => {
    for (const code of ['8P', '9B']) assert.ok(crimeFactsOf({ classificationCode: code, flags: [], hateStrands: [] }).hateAggravatedOffence, code);
    assert.equal(crimeFactsOf({ classificationCode: '28E', flags: [], hateStrands: [] }).hateAggravatedOffence, undefined);
    const [reason] = mostSeriousCrimeReasons(crimeFactsOf({ classificationCode: '8P', flags: [], hateStrands: [] }));
    assert.deepEqual(reason, { code: 'serious_hate', label: 'Victim of hate crime: racially or religiously aggravated harassment is a hate crime whatever strand is recorded' });
  });
});
