import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deletionVariants, nameTokens, nameWords, normaliseName, personNameKeys, queryNameKeys } from './keys.js';
import { forenameVariants } from './nicknames.js';

test('normaliseName', () => {
  for (const [raw, norm] of [
    ['  José  MARÍA ', 'jose maria'],
    ["O'Brien-Smith", "o'brien-smith"],
    ['Zoë 2nd', 'zoe nd'],
    ['Łukasz Søren Strauß', 'lukasz soren strauss'],
    ['O’Neil', "o'neil"],
  ]) assert.equal(normaliseName(raw), norm, raw);
});

test('nameTokens keeps the parts and the joined form; nameWords only the parts', () => {
  assert.deepEqual(nameTokens("O'Brien-Smith"), ['obrien', 'smith', 'obriensmith']);
  assert.deepEqual(nameWords("Mary O'Brien-Smith"), ['mary', 'obrien', 'smith']);
});

test('deletionVariants', () => {
  assert.deepEqual(deletionVariants('smith'), ['smith', 'mith', 'sith', 'smth', 'smih', 'smit']);
  assert.deepEqual(deletionVariants('lee'), ['lee']);
  assert.deepEqual(deletionVariants('anna'), ['anna', 'nna', 'ana', 'ann']);
});

test('forenameVariants links nicknames and spellings both ways', () => {
  assert.ok(forenameVariants('bill').includes('william'));
  assert.ok(forenameVariants('muhammad').includes('mohamed'));
  assert.deepEqual(forenameVariants('zebedee'), ['zebedee']);
});

const shares = (query: string, forenames: string, surname: string) => {
  const stored = new Set(personNameKeys(forenames, surname));
  const keys = queryNameKeys(nameWords(query));
  const hit = (list: string[]) => list.some((k) => stored.has(k));
  return [hit(keys.exact), hit(keys.strong), hit(keys.typo), hit(keys.loose)];
};

// Which channel finds which record through one GIN lookup: [typed, forenames, surname, [exact, strong, typo, loose]]
const reach: Array<[string, string, string, boolean[]]> = [
  ['John Smith', 'John', 'Smith', [true, true, true, true]],
  ['Jon Smyth', 'John', 'Smith', [false, true, true, true]],
  ['Smith John', 'John', 'Smith', [true, true, true, true]],
  ['Bill Smith', 'William', 'Smith', [false, true, false, false]],
  ['Mohammed Khan', 'Muhammad', 'Khan', [false, true, true, true]],
  ['Mohamed Kahn', 'Mohammed', 'Khan', [false, true, true, true]],
  ['J Smith', 'John Paul', 'Smith', [false, true, false, true]],
  ['Paul Smith', 'John Paul', 'Smith', [true, true, true, true]],
  ['John Smiht', 'John', 'Smith', [false, true, true, true]],
  ['John Snith', 'John', 'Smith', [false, false, true, true]],
  ['Jane Johnsom', 'Jane', 'Johnson', [false, false, true, true]],
  ['Mary Johnsom', 'Jane', 'Johnson', [false, false, false, false]],
  ['J Snith', 'John', 'Smith', [false, false, false, true]],
  ['John Snith', 'J', 'Smith', [false, false, false, true]],
  ['John Smi', 'John', 'Smithers', [false, false, false, true]],
  ['Smith', 'John', 'Smith', [true, true, true, false]],
  ['Smyth', 'John', 'Smith', [false, true, true, false]],
  ['Smythe', 'John', 'Smith', [false, true, false, false]],
  ['Snith', 'John', 'Smith', [false, false, true, false]],
  ['Jones', 'Mary', "O'Brien-Jones", [true, true, true, false]],
  ['Mary Jones', 'Mary', "O'Brien-Jones", [true, true, true, true]],
  ['Wei Cheung', 'Wei', 'Zhang', [false, true, false, true]],
  ['Andreas Yiorgiou', 'Andreas', 'Georgiou', [false, true, false, true]],
  ['John Smith', 'Jane', 'Jones', [false, false, false, false]],
  ['Jonson', 'John', 'Smith', [false, false, false, false]],
];

for (const [query, forenames, surname, channels] of reach) {
  test(`keys: "${query}" → ${forenames} ${surname}`, () => {
    assert.deepEqual(shares(query, forenames, surname), channels);
  });
}
