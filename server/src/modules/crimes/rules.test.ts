import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  assessVictim, auditGroupsOf, auditResults, cancellationRefusal, countingRefusal, crimeRecordingState, crimesToRecord, differenceInterval, drawSample,
  isNcrsOverdue, lastOutcomeCategory, londonMonthBounds, ncrsDueAt, ncrsState, nearestMapPoint, policeUkCrimeType, policeUkMonth,
  principalClassification, reclassificationRefusal, recordingDecision, statusAfterCancellation, streetLevelLocation, vulnerableVictimRate,
  wilsonInterval, isUsableMapPoint, type AuditReview, type CancellationRequest, type MapPoint, type RecordingAnswers, type ReportedOffence,
} from './rules.js';
import { CLASSIFICATIONS, POLICE_UK_CRIME_TYPES } from './reference/classifications.js';

const at = (iso: string) => new Date(iso);
const REPORTED = at('2026-11-23T10:00:00Z');

describe('NCRS 24-hour recording clock (STANDARDS §3: decide within 24 h; warning at 20 h, breach at 24 h)', () => {
  it('is due 24 hours after the report', () => {
    assert.equal(ncrsDueAt(REPORTED).toISOString(), '2026-11-24T10:00:00.000Z');
  });
  const cases: [string, string | null, string, string, boolean][] = [
    ['just reported', null, '2026-11-23T10:05:00Z', 'due', false],
    ['19h59', null, '2026-11-24T05:59:00Z', 'due', false],
    ['20h: warning', null, '2026-11-24T06:00:00Z', 'warning', false],
    ['exactly 24h: still in time', null, '2026-11-24T10:00:00Z', 'warning', false],
    ['24h + 1 min: breach', null, '2026-11-24T10:01:00Z', 'overdue', true],
    ['recorded in 3 h', '2026-11-23T13:00:00Z', '2026-11-30T00:00:00Z', 'recorded_in_time', false],
    ['recorded at 24h', '2026-11-24T10:00:00Z', '2026-11-30T00:00:00Z', 'recorded_in_time', false],
    ['recorded at 30h', '2026-11-24T16:00:00Z', '2026-11-30T00:00:00Z', 'recorded_late', true],
  ];
  for (const [name, decided, now, state, overdue] of cases) {
    it(name, () => {
      assert.equal(ncrsState(REPORTED, decided ? at(decided) : null, at(now)), state);
      assert.equal(isNcrsOverdue(REPORTED, decided ? at(decided) : null, at(now)), overdue);
    });
  }
});

describe('recording decision (STANDARDS §3: balance of probabilities; third-party reports)', () => {
  const base: RecordingAnswers = { offenceInLaw: true, credibleEvidenceToContrary: false, reporter: 'victim' };
  const cases: [string, Partial<RecordingAnswers>, string, string?][] = [
    ['asks about the offence first', { offenceInLaw: null }, 'ask', 'offenceInLaw'],
    ['no offence in law', { offenceInLaw: false }, 'do_not_record'],
    ['asks about evidence to the contrary', { credibleEvidenceToContrary: null }, 'ask', 'credibleEvidenceToContrary'],
    ['credible evidence to the contrary', { credibleEvidenceToContrary: true }, 'do_not_record'],
    ['victim report, offence, no contrary evidence', {}, 'record'],
    ['third party: asks whether the victim confirms', { reporter: 'third_party' }, 'ask', 'victimConfirms'],
    ['third party confirmed by victim', { reporter: 'third_party', victimConfirms: true }, 'record'],
    ['third party: victim cannot be reached', { reporter: 'third_party', victimConfirms: false, victimCannotBeReached: true }, 'record'],
    ['third party: professional for a vulnerable victim', { reporter: 'third_party', victimVulnerableProfessionalReporting: true }, 'record'],
    ['third party: asks about reachability', { reporter: 'third_party', victimConfirms: false }, 'ask', 'victimCannotBeReached'],
    ['third party: asks about vulnerability', { reporter: 'third_party', victimConfirms: false, victimCannotBeReached: false }, 'ask', 'victimVulnerableProfessionalReporting'],
    ['third party: not confirmed, reachable, not vulnerable', { reporter: 'third_party', victimConfirms: false, victimCannotBeReached: false, victimVulnerableProfessionalReporting: false }, 'do_not_record'],
  ];
  for (const [name, answers, decision, field] of cases) {
    it(name, () => {
      const result = recordingDecision({ ...base, ...answers });
      assert.equal(result.decision, decision);
      if (field) assert.equal(result.decision === 'ask' && result.field, field);
      if (result.decision === 'ask') assert.match(result.question, /\?$/);
    });
  }
});

describe('counting rules (STANDARDS §3 "How to count")', () => {
  const o = (over: Partial<ReportedOffence>): ReportedOffence => ({
    victim: 'V1', offender: 'S1', code: '105A', incident: 'I1', report: 'R1', committedAt: at('2026-11-20T20:00:00Z'), ...over,
  });
  const summary = (offences: ReportedOffence[]) => crimesToRecord(offences).map((c) => `${c.victim ?? '-'}:${c.code}:${c.rule}`).sort();

  const cases: [string, ReportedOffence[], string[]][] = [
    ['one crime per victim: two victims assaulted → two crimes', [o({ victim: 'V1' }), o({ victim: 'V2' })], ['V1:105A:one_per_victim', 'V2:105A:one_per_victim']],
    ['principal crime: assault then wounding of one victim in one incident → the wounding', [o({ code: '105A' }), o({ code: '8N' }), o({ code: '5D' })], ['V1:5D:principal_crime']],
    ['principal crime with an "also record" offence: robbery plus a bladed article', [o({ code: '34B' }), o({ code: '10D' })], ['V1:10D:also_record', 'V1:34B:principal_crime']],
    ['victimless: drug possession by two offenders → one each', [o({ victim: null, offender: 'S1', code: '92E' }), o({ victim: null, offender: 'S2', code: '92E' })], ['-:92E:victimless', '-:92E:victimless']],
    ['victimless: a group counted once', [o({ victim: null, offender: 'G1', code: '92A' }), o({ victim: null, offender: 'G1', code: '92A' })], ['-:92A:victimless']],
    ['course of conduct: five harassing messages up to the report → one crime', [1, 2, 3, 4, 5].map((d) => o({ code: '8L', incident: `I${d}`, committedAt: at(`2026-11-0${d}T12:00:00Z`) })), ['V1:8L:course_of_conduct']],
    ['course of conduct continuing after a report → a new crime', [o({ code: '8Q', report: 'R1' }), o({ code: '8Q', report: 'R2', incident: 'I2' })], ['V1:8Q:course_of_conduct', 'V1:8Q:course_of_conduct']],
    ['course of conduct escalating: harassment and stalking → the stalking', [o({ code: '8L', incident: 'I1' }), o({ code: '8Q', incident: 'I2' })], ['V1:8Q:course_of_conduct']],
    ['same victim, same offender, separate occasions (not a course of conduct) → separate crimes', [o({ incident: 'I1' }), o({ incident: 'I2' })], ['V1:105A:one_per_victim', 'V1:105A:one_per_victim']],
  ];
  for (const [name, offences, expected] of cases) it(name, () => assert.deepEqual(summary(offences), expected));

  it('keeps the committed range of a course of conduct', () => {
    const [crime] = crimesToRecord([o({ code: '8L', committedAt: at('2026-10-01T00:00:00Z') }), o({ code: '8L', committedAt: at('2026-11-01T00:00:00Z') })]);
    assert.equal(crime.committedFrom.toISOString(), '2026-10-01T00:00:00.000Z');
    assert.equal(crime.committedTo.toISOString(), '2026-11-01T00:00:00.000Z');
    assert.deepEqual(crime.offences, [0, 1]);
  });

  it('principal classification follows the HOCR seriousness ranking', () => {
    assert.equal(principalClassification(['46', '58D', '105A']), '105A');
    assert.equal(principalClassification(['28E', '19C']), '19C');
    assert.throws(() => principalClassification([]));
  });

  it('finished-incident rule: not while the incident is in progress, except a course of conduct', () => {
    assert.match(countingRefusal({ finished: false }, '105A') ?? '', /finished-incident/);
    assert.equal(countingRefusal({ finished: true }, '105A'), null);
    assert.equal(countingRefusal({ finished: false }, '8L'), null);
    assert.equal(countingRefusal(null, '46'), null);
  });
});

describe('cancellation (STANDARDS §3 HOCR Section C: FCR or DDM only; rape FCR only with AVI)', () => {
  const registrar = { role: 'crime_registrar', mayCancel: true };
  const ddm = { role: 'inspector', mayCancel: true };
  const constable = { role: 'constable', mayCancel: false };
  const reason = 'The victim withdrew and CCTV shows the item was paid for at the till.';
  const avi = 'CCTV reviewed 24/11 at 14:00 shows payment at till 4; receipt 0042 seen.';
  const req = (over: Partial<CancellationRequest>): CancellationRequest => ({ code: 'C2', reason, additionalVerifiableInformation: avi, ...over });
  const recorded = (code = '46') => ({ status: 'recorded' as const, classificationCode: code });

  const cases: [string, ReturnType<typeof recorded> | { status: 'cancelled'; classificationCode: string }, typeof registrar, CancellationRequest, string | null, string?][] = [
    ['registrar cancels C2 with reason and AVI', recorded(), registrar, req({}), null],
    ['a constable (investigating officer) may not', recorded(), constable, req({}), 'forbidden'],
    ['a DDM may cancel a shoplifting', recorded(), ddm, req({}), null],
    ['a DDM may not cancel a rape', recorded('19C'), ddm, req({}), 'forbidden'],
    ['registrar cancels a rape with AVI', recorded('19C'), registrar, req({}), null],
    ['rape cancellation without AVI, even as C4', recorded('19C'), registrar, req({ code: 'C4', additionalVerifiableInformation: null }), 'unprocessable', 'additionalVerifiableInformation'],
    ['C2 without AVI', recorded(), registrar, req({ additionalVerifiableInformation: '  ' }), 'unprocessable', 'additionalVerifiableInformation'],
    ['short reason', recorded(), registrar, req({ reason: 'no crime' }), 'unprocessable', 'reason'],
    ['C3 needs the duplicate reference', recorded(), registrar, req({ code: 'C3' }), 'unprocessable', 'duplicateOfReference'],
    ['C3 with the duplicate reference', recorded(), registrar, req({ code: 'C3', duplicateOfReference: 'HT/26/000001' }), null],
    ['C1 needs the receiving force', recorded(), registrar, req({ code: 'C1' }), 'unprocessable', 'transferToForce'],
    ['C4 recorded in error needs no AVI', recorded(), registrar, req({ code: 'C4', additionalVerifiableInformation: null }), null],
    ['already cancelled', { status: 'cancelled', classificationCode: '46' }, registrar, req({}), 'invalid-state'],
  ];
  for (const [name, crime, by, request, status, field] of cases) {
    it(name, () => {
      const refusal = cancellationRefusal(crime, by, request);
      assert.equal(refusal?.status ?? null, status);
      if (field) assert.equal(refusal?.field, field);
    });
  }

  it('C1 transfers, C2–C4 cancel', () => {
    assert.equal(statusAfterCancellation('C1'), 'transferred');
    for (const code of ['C2', 'C3', 'C4'] as const) assert.equal(statusAfterCancellation(code), 'cancelled');
  });
});

describe('reclassification (STANDARDS §3: keeps the history)', () => {
  const reason = 'Injury confirmed by the hospital report: assault with injury.';
  const cases: [string, string, string, string, string, string | null][] = [
    ['constable upgrades an assault', '105A', '8N', 'constable', reason, null],
    ['same class', '105A', '105A', 'constable', reason, 'unprocessable'],
    ['unknown class', '105A', 'ZZZ', 'constable', reason, 'unprocessable'],
    ['short reason', '105A', '8N', 'constable', 'injury', 'unprocessable'],
    ['rape to a lesser class: not a sergeant', '19C', '105A', 'sergeant', reason, 'forbidden'],
    ['rape to a lesser class: the registrar', '19C', '105A', 'crime_registrar', reason, null],
    ['rape to another rape class: allowed', '19C', '19D', 'sergeant', reason, null],
  ];
  for (const [name, from, to, role, why, status] of cases) {
    it(name, () => assert.equal(reclassificationRefusal({ status: 'recorded', classificationCode: from }, to, { role }, why)?.status ?? null, status));
  }
  it('not once cancelled', () => {
    assert.equal(reclassificationRefusal({ status: 'cancelled', classificationCode: '46' }, '49', { role: 'crime_registrar' }, reason)?.status, 'invalid-state');
  });
});

describe('vulnerable and repeat victims (STANDARDS §5 vulnerable victims; §2 C3 repeat = ≥1 in 12 months by person)', () => {
  const committed = at('2026-11-20T12:00:00Z');
  const cases: [string, { dob: string | null; markers: string[]; earlier: string[]; officer: boolean }, { vulnerable: boolean; repeat: boolean; child: boolean }][] = [
    ['adult, no markers, first time', { dob: '1980-01-01', markers: [], earlier: [], officer: false }, { vulnerable: false, repeat: false, child: false }],
    ['17-year-old: a child, so vulnerable', { dob: '2009-06-01', markers: [], earlier: [], officer: false }, { vulnerable: true, repeat: false, child: true }],
    ['18 on the day', { dob: '2008-11-20', markers: [], earlier: [], officer: false }, { vulnerable: false, repeat: false, child: false }],
    ['mental-health marker', { dob: '1980-01-01', markers: ['mental_health'], earlier: [], officer: false }, { vulnerable: true, repeat: false, child: false }],
    ['vulnerable-adult marker', { dob: null, markers: ['vulnerable_adult'], earlier: [], officer: false }, { vulnerable: true, repeat: false, child: false }],
    ['officer judges vulnerable (intimidated)', { dob: null, markers: ['firearms'], earlier: [], officer: true }, { vulnerable: true, repeat: false, child: false }],
    ['victim 3 months ago: repeat', { dob: '1980-01-01', markers: [], earlier: ['2026-08-20T00:00:00Z'], officer: false }, { vulnerable: false, repeat: true, child: false }],
    ['victim 13 months ago: not repeat', { dob: '1980-01-01', markers: [], earlier: ['2025-10-01T00:00:00Z'], officer: false }, { vulnerable: false, repeat: false, child: false }],
    ['later victimisation does not count', { dob: '1980-01-01', markers: [], earlier: ['2026-11-21T00:00:00Z'], officer: false }, { vulnerable: false, repeat: false, child: false }],
  ];
  for (const [name, f, expected] of cases) {
    it(name, () => {
      const result = assessVictim({ dateOfBirth: f.dob, markers: f.markers, earlierVictimisations: f.earlier.map(at) }, committed, f.officer);
      assert.deepEqual({ vulnerable: result.vulnerable, repeat: result.repeat, child: result.child }, expected);
      if (expected.vulnerable || expected.repeat) assert.ok(result.reasons.length > 0);
    });
  }
  it('vulnerable-victim rate (STANDARDS §14: crimes with ≥1 vulnerable victim ÷ all crimes)', () => {
    assert.equal(vulnerableVictimRate([]), null);
    assert.equal(vulnerableVictimRate([{ vulnerableVictim: true }, { vulnerableVictim: false }, { vulnerableVictim: false }, { vulnerableVictim: true }]), 0.5);
  });
});

describe('data-integrity audit statistics (STANDARDS §3 crime data integrity: compliance with a 95% CI)', () => {
  // Reference values from Wilson's closed form (1927) worked to 4 places; they agree with the score interval of prop.test(correct = FALSE).
  const cases: [number, number, number, number][] = [
    [87, 100, 0.7902, 0.9224],
    [94, 100, 0.8752, 0.9722],
    [99, 100, 0.9455, 0.9982],
    [0, 10, 0, 0.2775],
    [10, 10, 0.7225, 1],
    [50, 100, 0.4038, 0.5962],
  ];
  for (const [k, n, lower, upper] of cases) {
    it(`Wilson interval ${k}/${n}`, () => {
      const ci = wilsonInterval(k, n);
      assert.ok(Math.abs(ci.lower - lower) < 5e-4, `lower ${ci.lower}`);
      assert.ok(Math.abs(ci.upper - upper) < 5e-4, `upper ${ci.upper}`);
    });
  }
  it('an empty sample has no information', () => assert.deepEqual(wilsonInterval(0, 0), { lower: 0, upper: 1 }));
  it('rejects impossible counts', () => assert.throws(() => wilsonInterval(5, 4)));

  it('difference between two audits (Newcombe 1998 method 10)', () => {
    // Newcombe's worked example: 56/70 vs 48/80 → 0.2000 (0.0524, 0.3339).
    const d = differenceInterval({ successes: 56, trials: 70 }, { successes: 48, trials: 80 });
    assert.ok(Math.abs(d.difference - 0.2) < 1e-9);
    assert.ok(Math.abs(d.lower - 0.0524) < 5e-4, `lower ${d.lower}`);
    assert.ok(Math.abs(d.upper - 0.3339) < 5e-4, `upper ${d.upper}`);
  });

  it('groups: violence, sexual, rape, DA', () => {
    assert.deepEqual(auditGroupsOf('8N', true), ['all', 'violence', 'domestic_abuse']);
    assert.deepEqual(auditGroupsOf('19C', false), ['all', 'sexual', 'rape']);
    assert.deepEqual(auditGroupsOf('46', false), ['all']);
    assert.deepEqual(auditGroupsOf(null, false), ['all']);
  });

  it('compliance = recorded ÷ should have been recorded, by group', () => {
    const r = (over: Partial<AuditReview>): AuditReview => ({
      crimeDisclosed: true, recorded: true, expectedCode: '105A', correctClassification: true, withinTime: true, domesticAbuse: false, ...over,
    });
    const reviews = [
      r({}), r({ recorded: false, correctClassification: null, withinTime: null }), r({ correctClassification: false }), r({ withinTime: false }),
      r({ expectedCode: '19C' }), r({ expectedCode: '8N', domesticAbuse: true }), r({ expectedCode: '8N', domesticAbuse: true, recorded: false }),
      r({ crimeDisclosed: false, recorded: false }),
    ];
    const byGroup = Object.fromEntries(auditResults(reviews).map((g) => [g.group, g]));
    assert.equal(byGroup.all.compliance.denominator, 7);
    assert.equal(byGroup.all.compliance.numerator, 5);
    assert.ok(Math.abs(byGroup.all.compliance.rate! - 5 / 7) < 1e-12);
    assert.ok(byGroup.all.compliance.lower! < 5 / 7 && byGroup.all.compliance.upper! > 5 / 7);
    assert.deepEqual([byGroup.violence.compliance.numerator, byGroup.violence.compliance.denominator], [4, 6]);
    assert.deepEqual([byGroup.rape.compliance.numerator, byGroup.rape.compliance.denominator], [1, 1]);
    assert.deepEqual([byGroup.domestic_abuse.compliance.numerator, byGroup.domestic_abuse.compliance.denominator], [1, 2]);
    assert.deepEqual([byGroup.all.classification.numerator, byGroup.all.classification.denominator], [4, 5]);
    assert.deepEqual([byGroup.all.timeliness.numerator, byGroup.all.timeliness.denominator], [4, 5]);
    assert.equal(byGroup.sexual.classification.rate, 1);
  });

  it('a group with nothing to audit has no rate', () => {
    const [, , , rape] = auditResults([]);
    assert.equal(rape.compliance.rate, null);
  });

  it('draws a reproducible sample without repeats', () => {
    const population = Array.from({ length: 100 }, (_, i) => i);
    const a = drawSample(population, 10, 42);
    assert.deepEqual(a, drawSample(population, 10, 42));
    assert.notDeepEqual(a, drawSample(population, 10, 43));
    assert.equal(new Set(a).size, 10);
    assert.equal(drawSample(population, 500, 1).length, 100);
  });
});

describe('police.uk mapping (STANDARDS §3 14 crime types; §4 outcome strings; §15 street-level file)', () => {
  it('every classification maps to exactly one of the 14 police.uk types', () => {
    for (const c of CLASSIFICATIONS) assert.ok((POLICE_UK_CRIME_TYPES as readonly string[]).includes(c.policeUk), c.code);
    assert.equal(new Set(CLASSIFICATIONS.map((c) => c.code)).size, CLASSIFICATIONS.length);
  });
  const types: [string, string][] = [
    ['46', 'Shoplifting'], ['44', 'Bicycle theft'], ['28E', 'Burglary'], ['34B', 'Robbery'], ['39', 'Theft from the person'], ['45', 'Vehicle crime'],
    ['58C', 'Criminal damage and arson'], ['92E', 'Drugs'], ['10D', 'Possession of weapons'], ['9A', 'Public order'], ['19C', 'Violence and sexual offences'],
    ['8N', 'Violence and sexual offences'], ['49', 'Other theft'], ['54', 'Other crime'],
  ];
  for (const [code, type] of types) it(`${code} → ${type}`, () => assert.equal(policeUkCrimeType(code), type));

  const outcomes: [string | null, string][] = [
    [null, 'Under investigation'], ['1', 'Awaiting court outcome'], ['3', 'Offender given a caution'], ['8', 'Local resolution'],
    ['16', 'Unable to prosecute suspect'], ['18', 'Investigation complete; no suspect identified'], ['99', 'Status update unavailable'],
  ];
  for (const [outcome, label] of outcomes) it(`outcome ${outcome} → ${label}`, () => assert.equal(lastOutcomeCategory(outcome), label));

  it('month is the London month', () => {
    assert.equal(policeUkMonth(at('2026-10-31T23:30:00Z')), '2026-10'); // GMT
    assert.equal(policeUkMonth(at('2026-09-30T23:30:00Z')), '2026-10'); // BST: already 1 October in London
  });
  it('month bounds follow London time', () => {
    const oct = londonMonthBounds('2026-10');
    assert.equal(oct.from.toISOString(), '2026-09-30T23:00:00.000Z');
    assert.equal(oct.to.toISOString(), '2026-11-01T00:00:00.000Z');
    assert.equal(londonMonthBounds('2026-12').to.toISOString(), '2027-01-01T00:00:00.000Z');
  });

  const points: MapPoint[] = [
    { id: 'a', latitude: 51.75, longitude: -0.34, label: 'High Street', lsoaCode: 'E01000001', lsoaName: 'St Albans 001A', addresses: 40 },
    { id: 'b', latitude: 51.76, longitude: -0.33, label: 'Supermarket', lsoaCode: 'E01000002', lsoaName: 'St Albans 001B', addresses: 0 },
  ];
  it('snaps to the nearest anonymous map point', () => {
    assert.equal(nearestMapPoint(51.751, -0.341, points)?.id, 'a');
    assert.equal(nearestMapPoint(51.759, -0.331, points)?.id, 'b');
    assert.equal(nearestMapPoint(51.7, -0.3, []), null);
  });
  it('a map point covers at least 8 addresses or none', () => {
    assert.equal(isUsableMapPoint({ ...points[0], addresses: 7 }), false);
    assert.equal(isUsableMapPoint(points[0]), true);
    assert.equal(isUsableMapPoint(points[1]), true);
  });
  it('writes "On or near" with the point, or "No Location" for sensitive classes and missing locations', () => {
    assert.deepEqual(streetLevelLocation(points[0], '46'), { longitude: '-0.340000', latitude: '51.750000', location: 'On or near High Street', lsoaCode: 'E01000001', lsoaName: 'St Albans 001A' });
    assert.equal(streetLevelLocation(points[0], '19C').location, 'No Location');
    assert.equal(streetLevelLocation(points[0], '19C').latitude, '');
    assert.equal(streetLevelLocation(null, '46').location, 'No Location');
  });
});

describe('what became of a crime disclosed in an incident (NCRS decision, issue 14 item 1)', () => {
  const cases: [string, boolean | null, string[], string | null, string][] = [
    ['disclosed, decision task open', true, [], 'open', 'awaiting_decision'],
    ['disclosed, recorded', true, ['recorded'], 'completed', 'recorded'],
    ['recorded, task still open (recorded before closure)', true, ['recorded'], 'open', 'recorded'],
    ['transferred to another force still counts', true, ['transferred'], 'completed', 'recorded'],
    ['the only crime cancelled, task open: still to decide', true, ['cancelled'], 'open', 'awaiting_decision'],
    ['one cancelled (duplicate), one standing', true, ['cancelled', 'recorded'], 'completed', 'recorded'],
    ['decided not to record', true, [], 'completed', 'not_recorded'],
    ['closed without doing', true, [], 'closed', 'not_recorded'],
    ['disclosed but no task raised', true, [], null, 'disclosed_no_decision'],
    ['not disclosed', false, [], null, 'not_disclosed'],
    ['not disclosed, yet a crime recorded from it', false, ['recorded'], null, 'recorded'],
    ['incident still open', null, [], null, 'not_answered'],
  ];
  for (const [name, crimeDisclosed, crimeStatuses, decision, state] of cases) {
    it(name, () => assert.equal(crimeRecordingState({ crimeDisclosed, crimeStatuses, decision: decision ? { status: decision } : null }), state));
  }
});
