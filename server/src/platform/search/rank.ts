import { doubleMetaphone } from 'double-metaphone';
import { nameWords } from './keys.js';
import { forenameVariants, surnameVariants } from './nicknames.js';
import type { ParsedPersonQuery } from './query.js';
import { editDistance, trigramSimilarity } from './similarity.js';

export type NameRole = 'forename' | 'surname';

/** How alike two name words are, best kind of likeness first. */
export const WORD_SCORES = {
  exact: 1,
  /** nickname, formal form or other romanisation */
  variant: 0.92,
  /** same Double Metaphone code and a spelling not far off */
  phonetic: 0.88,
  /** same code but spelt very differently (Jane/John, Hall/Hull): the code drops most vowels */
  soundsAlikeOnly: 0.5,
  oneEdit: 0.8,
  twoEdits: 0.65,
  /** a prefix scores between these two, more the more of the name it covers */
  prefixMin: 0.6,
  prefixMax: 0.8,
  /** a trigram likeness t (≥ trigramFloor) scores trigramBase + trigramSpan × t */
  trigramFloor: 0.3,
  trigramBase: 0.35,
  trigramSpan: 0.4,
  initial: 0.6,
  sameInitialOnly: 0.25,
  /** a forename typed in the search that the record does not have */
  missing: 0.3,
} as const;

/** `otherPosition`: a typed forename found in another place among the recorded ones ("Olivia Smith" → Grace Olivia Smith). */
export const NAME_WEIGHTS = { surname: 0.55, forenames: 0.45, wrongOrder: 0.97, otherPosition: 0.97 } as const;

/** The person's main name counts a little more than an alias, maiden name or nickname. */
export const KIND_WEIGHTS: Record<string, number> = { primary: 1, alias: 0.95, maiden: 0.95, nickname: 0.95 };

export type DobAgreement = 'exact' | 'swapped' | 'year-typo' | 'same-year' | 'unknown' | 'different';

export const DOB_SCORES: Record<DobAgreement, number> = {
  exact: 1,
  swapped: 0.8,
  'year-typo': 0.6,
  'same-year': 0.5,
  unknown: 0.3,
  different: 0,
};

export const DOB_WEIGHT = 0.3;

/** Scores are memoised: the same common names come back in search after search. */
const CACHE_LIMIT = 100_000;
const wordCache = new Map<string, number>();
const nameCache = new Map<string, number>();
const recordedWordCache = new Map<string, string[]>();
const codeCache = new Map<string, string>();

function primaryCode(word: string): string {
  let code = codeCache.get(word);
  if (code === undefined) {
    if (codeCache.size >= CACHE_LIMIT) codeCache.clear();
    code = doubleMetaphone(word)[0];
    codeCache.set(word, code);
  }
  return code;
}

/** Likeness of a typed name word to a recorded one, 0–1. */
export function wordSimilarity(query: string, candidate: string, role: NameRole): number {
  if (query === candidate) return WORD_SCORES.exact;
  const key = `${role}|${query}|${candidate}`;
  let score = wordCache.get(key);
  if (score === undefined) {
    if (wordCache.size >= CACHE_LIMIT) wordCache.clear();
    score = compareWords(query, candidate, role);
    wordCache.set(key, score);
  }
  return score;
}

function compareWords(query: string, candidate: string, role: NameRole): number {
  if (query.length === 1 || candidate.length === 1) return role === 'forename' && query[0] === candidate[0] ? WORD_SCORES.initial : 0;
  if ((role === 'forename' ? forenameVariants : surnameVariants)(query).includes(candidate)) return WORD_SCORES.variant;
  const shorter = Math.min(query.length, candidate.length);
  const edits = editDistance(query, candidate);
  const soundsAlike = primaryCode(query) === primaryCode(candidate);
  if (soundsAlike && edits <= Math.max(2, 0.4 * Math.max(query.length, candidate.length))) return WORD_SCORES.phonetic;
  let best: number = soundsAlike ? WORD_SCORES.soundsAlikeOnly : 0;
  if (edits === 1 && shorter >= 3) best = WORD_SCORES.oneEdit;
  else if (edits === 2 && shorter >= 6) best = WORD_SCORES.twoEdits;
  if (candidate.startsWith(query)) {
    const covered = query.length / candidate.length;
    best = Math.max(best, WORD_SCORES.prefixMin + (WORD_SCORES.prefixMax - WORD_SCORES.prefixMin) * covered);
  }
  const t = trigramSimilarity(query, candidate);
  if (t >= WORD_SCORES.trigramFloor) best = Math.max(best, WORD_SCORES.trigramBase + WORD_SCORES.trigramSpan * t);
  if (best === 0 && role === 'forename' && query[0] === candidate[0]) best = WORD_SCORES.sameInitialOnly;
  return best;
}

export type PersonName = { forenames: string; surname: string };

function recordedWords(value: string): string[] {
  let words = recordedWordCache.get(value);
  if (!words) {
    if (recordedWordCache.size >= CACHE_LIMIT) recordedWordCache.clear();
    words = nameWords(value);
    recordedWordCache.set(value, words);
  }
  return words;
}

/**
 * Likeness of typed words to a name, 0–1, when we know which typed words are the surname and which the forenames.
 * Extra typed forenames may also be the second half of a double-barrelled surname.
 */
export function splitNameSimilarity(surnameWords: string[], forenameWords: string[], name: PersonName): number {
  const candidateSurname = recordedWords(name.surname);
  const candidateForenames = recordedWords(name.forenames);
  if (surnameWords.length === 0 || candidateSurname.length === 0) return 0;
  let surnameScore = 0;
  let surnameUsed = -1;
  for (const q of surnameWords) {
    for (let i = 0; i < candidateSurname.length; i++) {
      const s = wordSimilarity(q, candidateSurname[i], 'surname');
      if (s > surnameScore) [surnameScore, surnameUsed] = [s, i];
    }
  }
  // "smithjones" typed for Smith-Jones uses up the whole surname.
  const joined = candidateSurname.length > 1 && surnameWords.includes(candidateSurname.join(''));
  if (joined) surnameScore = WORD_SCORES.exact;
  if (forenameWords.length === 0 || surnameScore === 0) return surnameScore;
  const free: Array<{ word: string; role: NameRole; at: number }> = [
    ...candidateForenames.map((word, at) => ({ word, role: 'forename' as const, at })),
    ...candidateSurname.filter((_, i) => !joined && i !== surnameUsed).map((word) => ({ word, role: 'surname' as const, at: -1 })),
  ];
  // Pair typed and recorded words best-first; a typed word left over scores `missing` only if the record has no word left for it.
  const pairs = forenameWords
    .flatMap((q, qi) =>
      free.map((c, ci) => ({ qi, ci, s: wordSimilarity(q, c.word, c.role) * (c.at >= 0 && c.at !== qi ? NAME_WEIGHTS.otherPosition : 1) })),
    )
    .sort((a, b) => b.s - a.s);
  const typedUsed = new Set<number>();
  const recordedUsed = new Set<number>();
  let forenameTotal = 0;
  for (const { qi, ci, s } of pairs) {
    if (s === 0 || typedUsed.has(qi) || recordedUsed.has(ci)) continue;
    typedUsed.add(qi);
    recordedUsed.add(ci);
    forenameTotal += s;
  }
  if (recordedUsed.size === free.length) forenameTotal += WORD_SCORES.missing * (forenameWords.length - typedUsed.size);
  return NAME_WEIGHTS.surname * surnameScore + NAME_WEIGHTS.forenames * (forenameTotal / forenameWords.length);
}

/** Likeness of free-text name words to a name: any word may be the surname, the last one most likely. */
export function nameSimilarity(queryWords: string[], name: PersonName): number {
  if (queryWords.length === 0) return 0;
  const key = `${queryWords.join(' ')}|${name.forenames}|${name.surname}`;
  let score = nameCache.get(key);
  if (score === undefined) {
    if (nameCache.size >= CACHE_LIMIT) nameCache.clear();
    score = bestSplit(queryWords, name);
    nameCache.set(key, score);
  }
  return score;
}

function bestSplit(queryWords: string[], name: PersonName): number {
  let best = 0;
  for (let i = queryWords.length - 1; i >= 0; i--) {
    const forenames = queryWords.filter((_, j) => j !== i);
    const order = i === queryWords.length - 1 ? 1 : NAME_WEIGHTS.wrongOrder;
    best = Math.max(best, order * splitNameSimilarity([queryWords[i]], forenames, name));
  }
  return best;
}

/** The date with day and month exchanged, when that is a real date ("1985-03-12" → "1985-12-03"). */
export function swapDayMonth(date: string): string | undefined {
  const [y, m, d] = date.split('-');
  if (m === d || Number(d) > 12) return undefined;
  return `${y}-${d}-${m}`;
}

export function dobAgreement(wanted: string, recorded: string | null): DobAgreement {
  if (!recorded) return 'unknown';
  if (wanted === recorded) return 'exact';
  const [y, m, d] = wanted.split('-');
  const [ry, rm, rd] = recorded.split('-');
  if (y === ry && m === rd && d === rm) return 'swapped';
  if (m === rm && d === rd) return 'year-typo';
  if (y === ry) return 'same-year';
  return 'different';
}

export type CandidateName = PersonName & { kind: string; dateOfBirth: string | null };

/** Score 0–1 of one name row of a person against a name search. */
export function scoreCandidate(query: ParsedPersonQuery, candidate: CandidateName): number {
  let score = nameSimilarity(query.nameTokens, candidate);
  if (query.dateOfBirth) score = (1 - DOB_WEIGHT) * score + DOB_WEIGHT * DOB_SCORES[dobAgreement(query.dateOfBirth, candidate.dateOfBirth)];
  return score * (KIND_WEIGHTS[candidate.kind] ?? KIND_WEIGHTS.alias);
}
