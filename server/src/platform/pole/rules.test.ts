import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ageOn, compareMarkers, dateOfBirthProblem, mergeRefusal, normalisePhone, PNC_ID_PATTERN, restrictedAccess } from './rules.js';

test('ageOn counts whole years, birthday not yet reached this year', () => {
  const cases: [string, string, number][] = [
    ['1985-03-12', '2026-03-11', 40],
    ['1985-03-12', '2026-03-12', 41],
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
  ];
  for (const [dob, today, age] of cases) assert.equal(ageOn(dob, today), age, `${dob} on ${today}`);
});

test('dateOfBirthProblem rejects future and implausible dates', () => {
  assert.equal(dateOfBirthProblem('2026-11-24', '2026-11-23'), 'cannot be in the future');
  assert.match(dateOfBirthProblem('1899-12-31', '2026-11-23') ?? '', /before 1900/);
  assert.equal(dateOfBirthProblem('1985-01-01', '2026-11-23'), null);
});

test('normalisePhone folds spaces, punctuation and +44', () => {
  const cases: [string, string | null][] = [
    ['07700 900123', '07700900123'],
    ['+44 7700 900123', '07700900123'],
    ['0044 (0)1707 354000'.replace('(0)', ''), '01707354000'],
    ['(01727) 796000', '01727796000'],
    ['123', null],
  ];
  for (const [input, expected] of cases) assert.equal(normalisePhone(input), expected, input);
});

test('PNC ID pattern accepts short and long year forms', () => {
  for (const ok of ['85/123456X', '1985/0123456X', '02/5Z']) assert.ok(PNC_ID_PATTERN.test(ok), ok);
  for (const bad of ['85-123456X', '85/123456', 'abc', '85/12345678X']) assert.ok(!PNC_ID_PATTERN.test(bad), bad);
});

test('compareMarkers puts active, most severe markers first', () => {
  const markers = [
    { code: 'repeat_victim', endedAt: null, reviewDate: null },
    { code: 'firearms', endedAt: new Date(), reviewDate: null },
    { code: 'drugs', endedAt: null, reviewDate: null },
    { code: 'violent', endedAt: null, reviewDate: null },
  ];
  assert.deepEqual([...markers].sort(compareMarkers).map((m) => m.code), ['violent', 'drugs', 'repeat_victim', 'firearms']);
});

test('mergeRefusal blocks self-merge and merging merged records', () => {
  const a = { id: 'a', mergedIntoId: null, restricted: false };
  const b = { id: 'b', mergedIntoId: null, restricted: false };
  assert.equal(mergeRefusal(a, b), null);
  assert.match(mergeRefusal(a, a) ?? '', /itself/);
  assert.match(mergeRefusal(a, { ...b, mergedIntoId: 'c' }) ?? '', /already been merged/);
  assert.match(mergeRefusal({ ...a, mergedIntoId: 'c' }, b) ?? '', /surviving record/);
});

test('restrictedAccess: DESIGN §5 need-to-know', () => {
  assert.equal(restrictedAccess({ restricted: false }, false, undefined), 'open');
  assert.equal(restrictedAccess({ restricted: true }, true, undefined), 'on-access-list');
  assert.equal(restrictedAccess({ restricted: true }, false, 'Investigating linked burglary HT/26/000123'), 'reason-given');
  assert.equal(restrictedAccess({ restricted: true }, false, 'because'), 'refused');
  assert.equal(restrictedAccess({ restricted: true }, false, undefined), 'refused');
});
