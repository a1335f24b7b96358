import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePersonQuery } from './query.js';
import {
  dobAgreement, nameSimilarity, scoreCandidate, splitNameSimilarity, swapDayMonth, WORD_SCORES, wordSimilarity,
  type CandidateName, type DobAgreement, type NameRole,
} from './rank.js';
import { editDistance, trigramSimilarity } from './similarity.js';

test('editDistance counts a swap of neighbours as one edit', () => {
  for (const [a, b, d] of [
    ['smith', 'smith', 0], ['smith', 'smyth', 1], ['smith', 'smiht', 1], ['smith', 'smit', 1], ['smith', 'smithe', 1],
    ['smith', 'schmidt', 4], ['', 'abc', 3],
  ] as const) assert.equal(editDistance(a, b), d, `${a}/${b}`);
});

test('trigramSimilarity agrees with pg_trgm', () => {
  assert.equal(trigramSimilarity('word', 'word'), 1);
  // PostgreSQL: select similarity('john smith', 'jon smyth') → 0.3125, similarity('high st', 'high street') → 0.53846157
  assert.equal(trigramSimilarity('john smith', 'jon smyth'), 0.3125);
  assert.equal(trigramSimilarity('high st', 'high street'), 7 / 13);
  assert.equal(trigramSimilarity('abc', ''), 0);
});

const words: Array<[string, string, NameRole, number]> = [
  ['smith', 'smith', 'surname', WORD_SCORES.exact],
  ['bill', 'william', 'forename', WORD_SCORES.variant],
  ['mohammed', 'muhammad', 'forename', WORD_SCORES.variant],
  ['smyth', 'smith', 'surname', WORD_SCORES.phonetic],
  ['mohamed', 'muhammad', 'surname', WORD_SCORES.phonetic],
  ['bill', 'william', 'surname', 0],
  ['cheung', 'zhang', 'surname', WORD_SCORES.variant],
  ['usman', 'osman', 'forename', WORD_SCORES.variant],
  ['smiht', 'smith', 'surname', WORD_SCORES.oneEdit],
  ['christofer', 'kristopher', 'forename', WORD_SCORES.phonetic],
  ['snith', 'smith', 'surname', WORD_SCORES.oneEdit],
  ['richardsno', 'richardson', 'surname', WORD_SCORES.phonetic],
  ['j', 'john', 'forename', WORD_SCORES.initial],
  ['john', 'j', 'forename', WORD_SCORES.initial],
  ['j', 'john', 'surname', 0],
  ['jane', 'john', 'forename', WORD_SCORES.soundsAlikeOnly],
  ['jack', 'john', 'surname', WORD_SCORES.sameInitialOnly * 0],
  ['jemima', 'john', 'forename', WORD_SCORES.sameInitialOnly],
  ['mary', 'john', 'forename', 0],
];

for (const [q, c, role, expected] of words) {
  test(`wordSimilarity(${q}, ${c}, ${role}) = ${expected}`, () => assert.equal(wordSimilarity(q, c, role), expected));
}

test('kinds of likeness rank: exact > nickname/phonetic > edit/trigram/prefix > initial', () => {
  const ladder = [
    wordSimilarity('john', 'john', 'forename'),
    wordSimilarity('jon', 'john', 'forename'),
    wordSimilarity('smyth', 'smith', 'surname'),
    wordSimilarity('smiht', 'smith', 'surname'),
    wordSimilarity('smi', 'smith', 'surname'),
    wordSimilarity('j', 'john', 'forename'),
  ];
  assert.deepEqual([...ladder].sort((a, b) => b - a), ladder);
  assert.ok(ladder[4] > WORD_SCORES.initial - 0.0001 && ladder[4] < WORD_SCORES.oneEdit);
});

const john = { forenames: 'John', surname: 'Smith' };
// [typed words, name, lower bound, upper bound]
const names: Array<[string, { forenames: string; surname: string }, number, number]> = [
  ['john smith', john, 1, 1],
  ['jon smyth', john, 0.88, 0.95],
  ['smith john', john, 0.95, 0.98],
  ['j smith', john, 0.8, 0.83],
  ['smi', john, 0.7, 0.73],
  ['john paul smith', john, 0.84, 0.85],
  ['paul john smith', john, 0.83, 0.84],
  ['john smith', { forenames: 'John Paul', surname: 'Smith' }, 1, 1],
  ['john paul smith', { forenames: 'John Paul', surname: 'Smith' }, 1, 1],
  ['paul smith', { forenames: 'John Paul', surname: 'Smith' }, 0.98, 0.99],
  ['mary jones', { forenames: 'Mary', surname: "O'Brien-Jones" }, 1, 1],
  ['mary obrien jones', { forenames: 'Mary', surname: "O'Brien-Jones" }, 1, 1],
  ['mary smith', john, 0.55, 0.55],
  ['jane smith', john, 0.77, 0.78],
  ['john smith', { forenames: 'Jane', surname: 'Jones' }, 0, 0.45],
];

for (const [typed, name, low, high] of names) {
  test(`nameSimilarity("${typed}", ${name.forenames} ${name.surname}) in [${low}, ${high}]`, () => {
    const s = nameSimilarity(typed.split(' '), name);
    assert.ok(s >= low && s <= high, `got ${s}`);
  });
}

test('splitNameSimilarity knows which words are the surname', () => {
  assert.equal(splitNameSimilarity(['smith'], ['john'], john), 1);
  assert.ok(splitNameSimilarity(['john'], ['smith'], john) < 0.3);
});

const dobs: Array<[string, string | null, DobAgreement]> = [
  ['1985-03-12', '1985-03-12', 'exact'],
  ['1985-03-12', '1985-12-03', 'swapped'],
  ['1985-03-12', '1958-03-12', 'year-typo'],
  ['1985-03-12', '1985-07-01', 'same-year'],
  ['1985-03-12', null, 'unknown'],
  ['1985-03-12', '1990-01-01', 'different'],
];

for (const [wanted, recorded, agreement] of dobs) {
  test(`dobAgreement(${wanted}, ${recorded}) = ${agreement}`, () => assert.equal(dobAgreement(wanted, recorded), agreement));
}

test('swapDayMonth only when the swap is a real, different date', () => {
  assert.equal(swapDayMonth('1985-03-12'), '1985-12-03');
  assert.equal(swapDayMonth('1985-03-13'), undefined);
  assert.equal(swapDayMonth('1985-03-03'), undefined);
});

test('scoreCandidate: primary beats alias, a matching date of birth beats a swapped one', () => {
  const query = parsePersonQuery('John Smith 12/03/1985');
  const row = (kind: string, dateOfBirth: string | null): CandidateName => ({ ...john, kind, dateOfBirth });
  const order = [
    scoreCandidate(query, row('primary', '1985-03-12')),
    scoreCandidate(query, row('alias', '1985-03-12')),
    scoreCandidate(query, row('primary', '1985-12-03')),
    scoreCandidate(query, row('primary', '1985-06-30')),
    scoreCandidate(query, row('primary', null)),
  ];
  assert.equal(order[0], 1);
  assert.deepEqual([...order].sort((a, b) => b - a), order);
  for (const s of order) assert.ok(s >= 0 && s <= 1);
});
