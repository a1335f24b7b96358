import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { endOfWorkingDays, isBankHoliday, isWorkingDay, londonDate } from './clock.js';

// STANDARDS conventions: working day = Monday–Friday, excluding England & Wales bank holidays.
describe('isWorkingDay (England & Wales)', () => {
  const cases: [string, boolean, string][] = [
    ['2026-12-24', true, 'Christmas Eve 2026 is a Thursday'],
    ['2026-12-25', false, 'Christmas Day 2026 (Friday)'],
    ['2026-12-26', false, 'Boxing Day 2026 falls on Saturday'],
    ['2026-12-28', false, 'Boxing Day substitute, Monday 28 December 2026'],
    ['2026-12-29', true, 'Tuesday after Christmas 2026'],
    ['2027-01-01', false, 'New Year’s Day 2027'],
    ['2026-04-03', false, 'Good Friday 2026'],
    ['2026-04-06', false, 'Easter Monday 2026'],
    ['2027-03-26', false, 'Good Friday 2027'],
    ['2027-03-29', false, 'Easter Monday 2027'],
    ['2027-12-27', false, 'Christmas Day substitute 2027'],
    ['2027-12-28', false, 'Boxing Day substitute 2027'],
    ['2026-11-28', false, 'a Saturday'],
    ['2026-11-30', true, 'an ordinary Monday'],
  ];
  for (const [date, expected, why] of cases) {
    test(`${date}: ${why}`, () => assert.equal(isWorkingDay(date), expected));
  }
});

describe('endOfWorkingDays: a limit of N working days ends at the close of the Nth working day, London time (STANDARDS §5)', () => {
  const cases: [from: string, days: number, expected: string, why: string][] = [
    ['2026-11-23T10:00:00Z', 1, '2026-11-24T23:59:59.999Z', 'Monday + 1 = close of Tuesday'],
    ['2026-11-27T10:00:00Z', 1, '2026-11-30T23:59:59.999Z', 'Friday + 1 = close of Monday'],
    ['2026-11-28T10:00:00Z', 1, '2026-11-30T23:59:59.999Z', 'Saturday + 1 = close of Monday'],
    ['2026-11-23T10:00:00Z', 5, '2026-11-30T23:59:59.999Z', 'Monday + 5 = close of next Monday'],
    ['2026-12-24T10:00:00Z', 1, '2026-12-29T23:59:59.999Z', 'Christmas Eve 2026 + 1 skips 25, 26, 27 and the 28th substitute'],
    ['2026-12-23T10:00:00Z', 5, '2027-01-04T23:59:59.999Z', '23 Dec 2026 + 5: 24, 29, 30, 31 Dec and 4 Jan (1 Jan is a holiday)'],
    ['2026-04-02T09:00:00Z', 1, '2026-04-07T22:59:59.999Z', 'Maundy Thursday 2026 + 1 skips Good Friday to Easter Monday; closes at midnight BST'],
    ['2027-03-25T09:00:00Z', 1, '2027-03-30T22:59:59.999Z', 'Maundy Thursday 2027 + 1 skips Good Friday to Easter Monday (BST from 28 March)'],
    ['2027-12-24T09:00:00Z', 1, '2027-12-29T23:59:59.999Z', 'Christmas Eve 2027 + 1 skips both substitute days'],
    ['2026-07-01T23:30:00Z', 1, '2026-07-03T22:59:59.999Z', 'late evening UTC is already the next London day in summer'],
    ['2026-11-23T10:00:00Z', 0, '2026-11-23T23:59:59.999Z', 'zero days is the close of the same day'],
  ];
  for (const [from, days, expected, why] of cases) {
    test(why, () => assert.equal(endOfWorkingDays(new Date(from), days).toISOString(), expected));
  }

  test('isBankHoliday knows England & Wales bank holidays on any day of the week, substitutes included', () => {
    assert.equal(isBankHoliday('2027-12-25'), true, 'Christmas Day on a Saturday is still Christmas Day');
    assert.equal(isBankHoliday('2027-12-27'), true);
    assert.equal(isBankHoliday('2027-12-28'), true);
    assert.equal(isBankHoliday('2027-05-31'), true, 'Spring bank holiday');
    assert.equal(isBankHoliday('2027-06-01'), false);
  });

  test('londonDate reads the calendar date in Europe/London (BST moves late evening UTC into the next day)', () => {
    assert.equal(londonDate(new Date('2026-07-01T23:30:00Z')), '2026-07-02');
    assert.equal(londonDate(new Date('2026-12-01T23:30:00Z')), '2026-12-01');
  });
});
