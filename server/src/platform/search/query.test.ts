import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalisePhone, parseDate, parsePersonQuery, pncIdForms, type ParsedPersonQuery, type PersonQueryOptions } from './query.js';

const TODAY = '2026-03-15';

const cases: Array<[string, PersonQueryOptions, ParsedPersonQuery]> = [
  ['Jon Smyth', {}, { nameTokens: ['jon', 'smyth'] }],
  ["  Mary  O'Brien-Smith ", {}, { nameTokens: ['mary', 'obrien', 'smith'] }],
  ['Smith 1985', {}, { nameTokens: ['smith'], birthYear: 1985 }],
  ['John Smith 12/03/1985', {}, { nameTokens: ['john', 'smith'], dateOfBirth: '1985-03-12' }],
  ['John Smith 12-03-1985', {}, { nameTokens: ['john', 'smith'], dateOfBirth: '1985-03-12' }],
  ['John Smith 1985-03-12', {}, { nameTokens: ['john', 'smith'], dateOfBirth: '1985-03-12' }],
  ['Smith 12.3.85', { today: TODAY }, { nameTokens: ['smith'], dateOfBirth: '1985-03-12' }],
  ['Smith 12.3.15', { today: TODAY }, { nameTokens: ['smith'], dateOfBirth: '2015-03-12' }],
  ['Smith 31/02/1985', {}, { nameTokens: ['smith'] }],
  ['07700 900123', {}, { nameTokens: [], phone: '07700900123' }],
  ['+44 7700 900123', {}, { nameTokens: [], phone: '07700900123' }],
  ['+44 (0)7700 900123', {}, { nameTokens: [], phone: '07700900123' }],
  ['0044 7700 900123', {}, { nameTokens: [], phone: '07700900123' }],
  ['Smith 1985 01462 123456', {}, { nameTokens: ['smith'], birthYear: 1985, phone: '01462123456' }],
  ['85/123456X', {}, { nameTokens: [], pncId: '85/123456X' }],
  ['1985/0123456x Smith', {}, { nameTokens: ['smith'], pncId: '1985/0123456X' }],
  ['SG1 2AB', {}, { nameTokens: [], postcode: 'SG12AB' }],
  ['smith sg12ab', {}, { nameTokens: ['smith'], postcode: 'SG12AB' }],
  ['Smith SG1', {}, { nameTokens: ['smith'], postcode: 'SG1' }],
  ['12 High Street', {}, { nameTokens: [], street: 'high street' }],
  ['Smith High Rd SG1', {}, { nameTokens: ['smith'], street: 'high road', postcode: 'SG1' }],
  ['Jane Lane', {}, { nameTokens: ['jane', 'lane'] }],
  ['Smith 4 Church St', {}, { nameTokens: ['smith'], street: 'church street' }],
  ['John St Clair', {}, { nameTokens: ['john', 'st', 'clair'] }],
  ['Smith 12 The Maltings', {}, { nameTokens: ['smith'], street: 'the maltings' }],
  ['Smith 12a Hatfield Approach Jones', {}, { nameTokens: ['smith', 'jones'], street: 'hatfield approach' }],
  ['Smith Hatfield Approach', {}, { nameTokens: ['smith'], street: 'hatfield approach' }],
  ['John Smith 12', {}, { nameTokens: ['john', 'smith'] }],
  ['Jane Smith 4 Park Lane', {}, { nameTokens: ['jane', 'smith'], street: 'park lane' }],
  ['Smith aged 30-40', { today: TODAY }, { nameTokens: ['smith'], ageFrom: 30, ageTo: 40, bornFrom: '1985-03-16', bornTo: '1996-03-15' }],
  ['Smith', { ageFrom: 18, ageTo: 18, today: '2024-02-29' }, { nameTokens: ['smith'], ageFrom: 18, ageTo: 18, bornFrom: '2005-03-01', bornTo: '2006-02-28' }],
  ['Smith 1985', { dob: '1984-07-01' }, { nameTokens: ['smith'], dateOfBirth: '1984-07-01' }],
  ['Smith 12/03/1985 1985', {}, { nameTokens: ['smith'], dateOfBirth: '1985-03-12' }],
  ['Smith', { ageTo: 20 }, { nameTokens: ['smith'], ageTo: 20 }],
];

for (const [text, options, expected] of cases) {
  test(`parsePersonQuery(${JSON.stringify(text)}${Object.keys(options).length ? `, ${JSON.stringify(options)}` : ''})`, () => {
    assert.deepEqual(parsePersonQuery(text, options), expected);
  });
}

test('parseDate rejects impossible dates and two-digit years without today', () => {
  assert.equal(parseDate('29/02/2023'), undefined);
  assert.equal(parseDate('29/02/2024'), '2024-02-29');
  assert.equal(parseDate('12/03/85'), undefined);
});

test('normalisePhone', () => {
  for (const [raw, norm] of [
    ['07700 900123', '07700900123'],
    ['+447700900123', '07700900123'],
    ['+44 (0) 1462 123456', '01462123456'],
    ['00447700900123', '07700900123'],
    ['(01462) 123-456', '01462123456'],
  ]) assert.equal(normalisePhone(raw), norm, raw);
});

test('pncIdForms covers short and full year, with and without leading zeros', () => {
  assert.deepEqual(new Set(pncIdForms('85/123456x')), new Set([
    '85/123456X', '85/0123456X', '1985/123456X', '1985/0123456X', '2085/123456X', '2085/0123456X',
  ]));
  assert.ok(pncIdForms('13/048137L').includes('13/048137L'));
  assert.deepEqual(new Set(pncIdForms('2001/0012345Z')), new Set(['2001/12345Z', '2001/0012345Z', '01/12345Z', '01/0012345Z']));
});
