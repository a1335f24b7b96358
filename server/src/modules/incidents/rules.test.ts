import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_SETTINGS, closureRefusal, flagRemovalRefusal, compareQueue, crimeDecisionDueAt, deskResolutionRefusal, gradeChangeRefusal, hasDangerousSuspect,
  impliedFlags, isKnownVulnerable, isRepeatLocation, isRepeatVictim, victimisationDates, minutesPastTarget, proposedGrade, reassessmentsDue, riskOf,
  statusAfterGrading, targetDueAt, thriveMissing, transitionRefusal, type Grade, type IncidentStatus, type QueueIncident, type RiskFlags, type Thrive, type ThriveLevel,
} from './rules.js';

const NOW = new Date('2026-11-23T10:00:00Z');
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

const NO_FLAGS: RiskFlags = {
  domesticAbuse: false, mentalHealth: false, hate: false, childInvolved: false, firearms: false,
  knownVulnerable: false, repeatVictim: false, repeatLocation: false, dangerousSuspect: false,
};

function thrive(levels: Partial<Record<keyof Thrive, ThriveLevel>> = {}): Thrive {
  const all = ['threat', 'harm', 'risk', 'investigation', 'vulnerability', 'engagement', 'intelligence', 'specificNeeds'] as const;
  return Object.fromEntries(all.map((e) => [e, { level: levels[e] ?? 'low', rationale: `assessed ${e}` }]));
}

describe('THRIVE completeness (STANDARDS §2: one entry per element, no grading or closure until complete)', () => {
  const cases: [string, Thrive | null, number][] = [
    ['nothing recorded', null, 8],
    ['all eight with rationale', thrive(), 0],
    ['one element without rationale', { ...thrive(), harm: { level: 'high', rationale: '  ' } }, 1],
    ['intelligence and specific needs missing (THRIIVES)', (({ intelligence: _i, specificNeeds: _s, ...rest }) => rest)(thrive()), 2],
  ];
  for (const [name, input, missing] of cases) it(name, () => assert.equal(thriveMissing(input).length, missing));
});

describe('proposed grade from THRIVE and flags only (STANDARDS §2 C1, C6, C7; F03)', () => {
  const cases: [string, Thrive, Partial<RiskFlags>, string, Grade][] = [
    ['threat high → immediate', thrive({ threat: 'high' }), {}, 'CONCERN_FOR_WELFARE', 'immediate'],
    ['firearms flag → immediate', thrive(), { firearms: true }, 'SUSPICIOUS_CIRCUMSTANCES', 'immediate'],
    ['DA, no aggravation → priority (DA graded 1–2, C6)', thrive(), { domesticAbuse: true }, 'DOMESTIC_ABUSE', 'priority'],
    ['DA + repeat victim → immediate', thrive(), { domesticAbuse: true, repeatVictim: true }, 'DOMESTIC_ABUSE', 'immediate'],
    ['DA + suspect warning marker → immediate', thrive(), { domesticAbuse: true, dangerousSuspect: true }, 'DOMESTIC_ABUSE', 'immediate'],
    ['DA + harm medium → immediate', thrive({ harm: 'medium' }), { domesticAbuse: true }, 'DOMESTIC_ABUSE', 'immediate'],
    ['risk medium → priority', thrive({ risk: 'medium' }), {}, 'ASB_PERSONAL', 'priority'],
    ['known vulnerable caller → priority (C2, F05)', thrive(), { knownVulnerable: true }, 'ASB_NUISANCE', 'priority'],
    ['child involved → priority', thrive(), { childInvolved: true }, 'ASB_NUISANCE', 'priority'],
    ['burglary must be attended → scheduled at least (C7)', thrive(), {}, 'CRIME_BURGLARY', 'scheduled'],
    ['repeat victim of theft → scheduled', thrive(), { repeatVictim: true }, 'CRIME_THEFT', 'scheduled'],
    ['investigation medium → scheduled', thrive({ investigation: 'medium' }), {}, 'CRIME_THEFT', 'scheduled'],
    ['low everything, no flags → resolved without deployment', thrive(), {}, 'CRIME_FRAUD', 'resolved_without_deployment'],
  ];
  for (const [name, t, flags, type, grade] of cases) {
    it(name, () => {
      const result = proposedGrade(t, { ...NO_FLAGS, ...flags }, type);
      assert.equal(result.grade, grade);
      assert.ok(result.reasons.length > 0, 'a proposed grade always says why');
    });
  }
  it('has no unit-availability input: the function takes assessment, flags and type only', () => assert.equal(proposedGrade.length, 3));
});

describe('grade changes (STANDARDS §2 C1, C6; F03, F06)', () => {
  const base = { current: 'priority' as Grade | null, proposed: 'priority' as Grade, reason: null as string | null, flags: { domesticAbuse: false, childInvolved: false, knownVulnerable: false }, bySupervisor: false, thriveComplete: true };
  const cases: [string, Partial<typeof base> & { to: Grade }, RegExp | null][] = [
    ['raise freely without reason', { to: 'immediate' }, null],
    ['keep the proposed grade at first grading', { current: null, to: 'priority' }, null],
    ['lower without reason → refused', { to: 'scheduled' }, /needs a reason/],
    ['lower below proposal at first grading without reason → refused', { current: null, to: 'scheduled' }, /needs a reason/],
    ['lower with a reason → allowed', { to: 'scheduled', reason: 'Caller now safe with family, suspect left area' }, null],
    ['lower DA with reason by call handler → refused (C6)', { to: 'scheduled', reason: 'Caller says no rush today', flags: { domesticAbuse: true, childInvolved: false, knownVulnerable: false } }, /supervisor/],
    ['lower DA with reason by supervisor → allowed', { to: 'scheduled', reason: 'Suspect in custody, victim safe', flags: { domesticAbuse: true, childInvolved: false, knownVulnerable: false }, bySupervisor: true }, null],
    ['lower child incident by call handler → refused', { to: 'scheduled', reason: 'Child with grandparents now', flags: { domesticAbuse: false, childInvolved: true, knownVulnerable: false } }, /supervisor/],
    ['lower known-vulnerable incident by call handler → refused', { to: 'scheduled', reason: 'Carer is now present', flags: { domesticAbuse: false, childInvolved: false, knownVulnerable: true } }, /supervisor/],
    ['grade 3 because no unit free → refused (C1)', { to: 'scheduled', reason: 'No units available on the district', bySupervisor: true }, /not on which units are free/],
    ['grade 4 because officers busy → refused (C1)', { to: 'resolved_without_deployment', reason: 'officers busy at football', bySupervisor: true }, /not on which units are free/],
    ['incomplete THRIVE → refused', { to: 'immediate', thriveComplete: false }, /THRIVE/],
  ];
  for (const [name, change, refusal] of cases) {
    it(name, () => {
      const result = gradeChangeRefusal({ ...base, ...change })?.detail ?? null;
      if (refusal) assert.match(result ?? '', refusal);
      else assert.equal(result, null);
    });
  }
});

describe('repeat victim by person, repeat location, known vulnerable (STANDARDS §2 C2, C3; F05)', () => {
  const ago = (ms: number) => new Date(NOW.getTime() - ms);
  const cases: [string, Date[], boolean][] = [
    ['no prior incidents', [], false],
    ['one prior as victim 3 months ago → repeat (≥1 in 12m)', [ago(90 * DAY)], true],
    ['one prior 13 months ago → not repeat', [ago(400 * DAY)], false],
    ['prior on the boundary (exactly 12 months) → repeat', [new Date('2025-11-23T10:00:00Z')], true],
  ];
  for (const [name, dates, expected] of cases) it(name, () => assert.equal(isRepeatVictim(dates, NOW), expected));

  const locationCases: [string, Date[], boolean][] = [
    ['one prior at the address → not repeat location', [ago(10 * DAY)], false],
    ['two priors in 12m → repeat location (design default ≥2)', [ago(10 * DAY), ago(100 * DAY)], true],
    ['two priors, one outside window → not repeat', [ago(10 * DAY), ago(500 * DAY)], false],
  ];
  for (const [name, dates, expected] of locationCases) it(name, () => assert.equal(isRepeatLocation(dates, NOW), expected));

  it('a force may require more priors', () => assert.equal(isRepeatVictim([ago(DAY)], NOW, { ...DEFAULT_SETTINGS, repeatVictimMinPrior: 2 }), false));

  // C3 "across incidents and crimes": a crime recorded from an incident is the same occasion, not a second one.
  const acrossCases: [string, Date[], Date[], number][] = [
    ['a crime with no incident counts', [], [ago(40 * DAY)], 1],
    ['a crime committed the day before its incident is the same victimisation', [ago(40 * DAY)], [ago(41 * DAY)], 1],
    ['a crime and an unrelated incident a month apart are two', [ago(10 * DAY)], [ago(40 * DAY)], 2],
    ['two incidents, no crimes', [ago(5 * DAY), ago(50 * DAY)], [], 2],
  ];
  for (const [name, incidents, crimes, expected] of acrossCases) it(name, () => assert.equal(victimisationDates(incidents, crimes).length, expected));

  const markerCases: [string, { code: string; personRole: 'caller' | 'victim' | 'suspect' }[], boolean, boolean][] = [
    ['vulnerable adult caller → known vulnerable', [{ code: 'vulnerable_adult', personRole: 'caller' }], true, false],
    ['DA victim marker on victim → known vulnerable', [{ code: 'da_victim', personRole: 'victim' }], true, false],
    ['mental health marker on suspect → not the victim’s vulnerability', [{ code: 'mental_health', personRole: 'suspect' }], false, false],
    ['violent suspect → dangerous suspect', [{ code: 'violent', personRole: 'suspect' }], false, true],
    ['DA perpetrator suspect → dangerous suspect', [{ code: 'da_perpetrator', personRole: 'suspect' }], false, true],
    ['drugs marker on caller → neither', [{ code: 'drugs', personRole: 'caller' }], false, false],
  ];
  for (const [name, markers, vulnerable, dangerous] of markerCases) {
    it(name, () => {
      assert.equal(isKnownVulnerable(markers), vulnerable);
      assert.equal(hasDangerousSuspect(markers), dangerous);
    });
  }

  it('opening codes imply their flags', () => {
    const none = { domesticAbuse: false, mentalHealth: false, hate: false, childInvolved: false, firearms: false };
    assert.equal(impliedFlags('DOMESTIC_ABUSE', none).domesticAbuse, true);
    assert.equal(impliedFlags('MENTAL_HEALTH', none).mentalHealth, true);
    assert.equal(impliedFlags('FIREARMS', none).firearms, true);
    assert.deepEqual(impliedFlags('CRIME_THEFT', none), none);
  });
});

describe('attendance targets by grade and area (STANDARDS §2 grades table)', () => {
  const cases: [Grade, 'urban' | 'rural', number][] = [
    ['immediate', 'urban', 15], ['immediate', 'rural', 20], ['priority', 'urban', 60], ['priority', 'rural', 60],
    ['scheduled', 'urban', 48 * 60], ['resolved_without_deployment', 'urban', 24 * 60],
  ];
  for (const [grade, area, minutes] of cases) {
    it(`${grade} ${area} → ${minutes} min`, () => {
      assert.equal(targetDueAt({ grade, gradedAt: NOW, areaType: area }).getTime(), NOW.getTime() + minutes * MIN);
    });
  }
  it('a booked appointment replaces the scheduled target', () => {
    const slot = new Date(NOW.getTime() + 5 * DAY);
    assert.equal(targetDueAt({ grade: 'scheduled', gradedAt: NOW, areaType: 'urban', appointmentAt: slot }).getTime(), slot.getTime());
  });
  it('force-configurable', () => {
    const settings = { ...DEFAULT_SETTINGS, targetMinutes: { ...DEFAULT_SETTINGS.targetMinutes, immediate: { urban: 10, rural: 25 } } };
    assert.equal(targetDueAt({ grade: 'immediate', gradedAt: NOW, areaType: 'rural' }, settings).getTime(), NOW.getTime() + 25 * MIN);
  });
});

describe('re-assessment triggers (STANDARDS §2 C5, Herts 3× daily; F02)', () => {
  const incident = (over: Partial<QueueIncident>): QueueIncident => ({
    status: 'awaiting_resource', grade: 'priority', createdAt: new Date(NOW.getTime() - 30 * MIN), targetAt: new Date(NOW.getTime() + 30 * MIN),
    arrivedAt: null, lastReviewedAt: null, flags: NO_FLAGS, thrive: thrive(), ...over,
  });
  const cases: [string, Partial<QueueIncident>, string[]][] = [
    ['within target → nothing', {}, []],
    ['priority past target → target-breached', { targetAt: new Date(NOW.getTime() - MIN) }, ['target-breached']],
    ['immediate past target → target-breached', { grade: 'immediate', targetAt: new Date(NOW.getTime() - MIN) }, ['target-breached']],
    ['scheduled past target → not a C5 breach', { grade: 'scheduled', targetAt: new Date(NOW.getTime() - MIN) }, []],
    ['attended → nothing', { targetAt: new Date(NOW.getTime() - HOUR), arrivedAt: new Date(NOW.getTime() - MIN), status: 'on_scene' }, []],
    ['DA waiting 5 h → da-delayed (limit 4 h)', { grade: 'scheduled', flags: { ...NO_FLAGS, domesticAbuse: true }, createdAt: new Date(NOW.getTime() - 5 * HOUR), lastReviewedAt: new Date(NOW.getTime() - HOUR), targetAt: null }, ['da-delayed']],
    ['unresourced and not reviewed for 8 h → review-overdue', { grade: 'scheduled', targetAt: null, createdAt: new Date(NOW.getTime() - 9 * HOUR) }, ['review-overdue']],
    ['reviewed 2 h ago → no review due', { grade: 'scheduled', targetAt: null, createdAt: new Date(NOW.getTime() - 9 * HOUR), lastReviewedAt: new Date(NOW.getTime() - 2 * HOUR) }, []],
    ['booked appointment (scheduled status) is not unresourced', { status: 'scheduled', grade: 'scheduled', targetAt: null, createdAt: new Date(NOW.getTime() - 20 * HOUR) }, []],
    ['closed → nothing', { status: 'closed', targetAt: new Date(NOW.getTime() - HOUR) }, []],
  ];
  for (const [name, over, expected] of cases) it(name, () => assert.deepEqual(reassessmentsDue(incident(over), NOW), expected));

  it('minutes past target', () => {
    assert.equal(minutesPastTarget({ targetAt: new Date(NOW.getTime() - 90 * MIN), arrivedAt: null }, NOW), 90);
    assert.equal(minutesPastTarget({ targetAt: new Date(NOW.getTime() + 90 * MIN), arrivedAt: null }, NOW), 0);
    assert.equal(minutesPastTarget({ targetAt: null, arrivedAt: null }, NOW), 0);
  });
});

describe('risk order of the unresolved queue (STANDARDS §2 C4; F01)', () => {
  it('scores grade then flags and gives the reasons', () => {
    const da = riskOf({ grade: 'priority', flags: { ...NO_FLAGS, domesticAbuse: true, repeatVictim: true }, thrive: thrive({ threat: 'high' }) });
    assert.deepEqual(da.reasons, ['Domestic abuse', 'Repeat victim', 'Threat high']);
    const theft = riskOf({ grade: 'priority', flags: NO_FLAGS, thrive: thrive() });
    assert.ok(da.score > theft.score);
    assert.ok(riskOf({ grade: null, flags: NO_FLAGS, thrive: {} }).reasons.includes('Not yet graded'));
    assert.ok(riskOf({ grade: 'immediate', flags: NO_FLAGS, thrive: thrive() }).score > riskOf({ grade: 'scheduled', flags: { ...NO_FLAGS, domesticAbuse: true }, thrive: thrive() }).score);
  });
  it('sorts risk → time past target → age', () => {
    const rows = [
      { id: 'a', risk: 300, minutesPastTarget: 0, createdAt: new Date(NOW.getTime() - HOUR) },
      { id: 'b', risk: 460, minutesPastTarget: 0, createdAt: new Date(NOW.getTime() - MIN) },
      { id: 'c', risk: 300, minutesPastTarget: 45, createdAt: new Date(NOW.getTime() - MIN) },
      { id: 'd', risk: 300, minutesPastTarget: 0, createdAt: new Date(NOW.getTime() - 2 * HOUR) },
    ];
    assert.deepEqual(rows.sort(compareQueue).map((r) => r.id), ['b', 'c', 'd', 'a']);
  });
});

describe('desk resolution and closure (STANDARDS §2 C6, C7, C12; F06, F07)', () => {
  const flags = { domesticAbuse: false, childInvolved: false, knownVulnerable: false };
  const desk: [string, Parameters<typeof deskResolutionRefusal>[0], RegExp | null][] = [
    ['theft graded 4 → desk allowed', { status: 'desk_resolution', grade: 'resolved_without_deployment', type: 'CRIME_THEFT', flags, bySupervisor: false }, null],
    ['burglary must attend → needs supervisor (C7)', { status: 'awaiting_resource', grade: 'scheduled', type: 'CRIME_BURGLARY', flags, bySupervisor: false }, /supervisor/],
    ['burglary by supervisor → allowed', { status: 'awaiting_resource', grade: 'scheduled', type: 'CRIME_BURGLARY', flags, bySupervisor: true }, null],
    ['DA by call handler → refused', { status: 'awaiting_resource', grade: 'priority', type: 'ASB_PERSONAL', flags: { ...flags, domesticAbuse: true }, bySupervisor: false }, /supervisor/],
    ['ungraded → refused', { status: 'open', grade: null, type: 'CRIME_THEFT', flags, bySupervisor: true }, /Grade/],
    ['already resolved → refused', { status: 'resolved', grade: 'scheduled', type: 'CRIME_THEFT', flags, bySupervisor: true }, /cannot be resolved/],
  ];
  for (const [name, check, refusal] of desk) {
    it(name, () => {
      const result = deskResolutionRefusal(check);
      if (refusal) assert.match(result ?? '', refusal);
      else assert.equal(result, null);
    });
  }

  const base = { status: 'resolved' as IncidentStatus, thriveComplete: true, crimeDisclosed: false as boolean | null, flags, supervisorReviewed: false };
  const closure: [string, Partial<typeof base>, RegExp | null][] = [
    ['resolved, crime question answered → close', {}, null],
    ['crime question unanswered → refused (F07)', { crimeDisclosed: null }, /crime disclosed/],
    ['DA without supervisor review → refused (C6)', { flags: { ...flags, domesticAbuse: true } }, /supervisor review/],
    ['DA with supervisor review → close', { flags: { ...flags, domesticAbuse: true }, supervisorReviewed: true }, null],
    ['known vulnerable without review → refused', { flags: { ...flags, knownVulnerable: true } }, /supervisor review/],
    ['not yet resolved → refused', { status: 'awaiting_resource' }, /Only a resolved/],
    ['already closed → refused', { status: 'closed' }, /already closed/],
    ['THRIVE incomplete → refused', { thriveComplete: false }, /THRIVE/],
  ];
  for (const [name, over, refusal] of closure) {
    it(name, () => {
      const result = closureRefusal({ ...base, ...over });
      if (refusal) assert.match(result ?? '', refusal);
      else assert.equal(result, null);
    });
  }
  it('crime disclosed → NCRS decision due in 24 h (STANDARDS §3)', () => assert.equal(crimeDecisionDueAt(NOW).getTime(), NOW.getTime() + 24 * HOUR));
});

describe('state machine (STANDARDS §2 States)', () => {
  const cases: [Parameters<typeof transitionRefusal>[0], Parameters<typeof transitionRefusal>[1], boolean][] = [
    ['assign', 'awaiting_resource', true], ['assign', 'open', false], ['assign', 'closed', false],
    ['arrive', 'deployed', true], ['arrive', 'awaiting_resource', false], ['clear', 'on_scene', true], ['clear', 'deployed', false],
  ];
  for (const [action, status, ok] of cases) it(`${action} from ${status} → ${ok ? 'allowed' : 'refused'}`, () => assert.equal(transitionRefusal(action, status) === null, ok));
  it('grade 4 goes to the desk, others wait for a unit', () => {
    assert.equal(statusAfterGrading('resolved_without_deployment', 'assessed'), 'desk_resolution');
    assert.equal(statusAfterGrading('immediate', 'assessed'), 'awaiting_resource');
    assert.equal(statusAfterGrading('immediate', 'on_scene'), 'on_scene');
  });
});

describe('flag removal (STANDARDS §2 C6; F06)', () => {
  const none = { domesticAbuse: false, mentalHealth: false, hate: false, childInvolved: false, firearms: false };
  const cases: [string, Partial<typeof none>, Partial<typeof none>, boolean, boolean][] = [
    ['adding DA → allowed', {}, { domesticAbuse: true }, false, true],
    ['removing DA by call handler → refused', { domesticAbuse: true }, {}, false, false],
    ['removing child flag by supervisor → allowed', { childInvolved: true }, {}, true, true],
    ['removing hate flag → allowed', { hate: true }, {}, false, true],
  ];
  for (const [name, before, after, sup, ok] of cases) {
    it(name, () => assert.equal(flagRemovalRefusal({ ...none, ...before }, { ...none, ...after }, sup) === null, ok));
  }
});
