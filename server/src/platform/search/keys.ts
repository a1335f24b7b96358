import { doubleMetaphone } from 'double-metaphone';
import { forenameVariants, surnameVariants } from './nicknames.js';

/** Letters that Unicode decomposition leaves alone (Ł is not L + a mark). */
const LATIN_LETTERS: Record<string, string> = { ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Lower-case, accents stripped, only letters, spaces, hyphens and apostrophes kept. */
export function normaliseName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[łøæœßđðþı]/g, (c) => LATIN_LETTERS[c])
    .replace(/[’‘`]/g, "'")
    .replace(/[^a-z\s'-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Name words: "O'Brien-Smith" → ["obrien", "smith", "obriensmith"] so either half or the whole matches. */
export function nameTokens(value: string): string[] {
  const tokens: string[] = [];
  for (const word of normaliseName(value).split(' ')) {
    if (!word) continue;
    const parts = word.split('-').map((p) => p.replace(/'/g, '')).filter(Boolean);
    tokens.push(...parts);
    if (parts.length > 1) tokens.push(parts.join(''));
  }
  return [...new Set(tokens)];
}

/** Words of a typed or recorded name, hyphenated names split into their parts ("Smith-Jones" → smith, jones). */
export function nameWords(value: string): string[] {
  return normaliseName(value).split(/[\s-]+/).map((w) => w.replace(/'/g, '')).filter(Boolean);
}

/** Double Metaphone primary and alternate codes ("smith" → SM0, XMT). */
export function phoneticCodes(token: string): string[] {
  const [primary, secondary] = doubleMetaphone(token);
  return [...new Set([primary, secondary].filter((c) => c.length > 0))];
}

/** Codes of a surname and of its other romanisations. */
export function surnameCodes(token: string): string[] {
  return [...new Set(surnameVariants(token).flatMap(phoneticCodes))];
}

/** Primary codes of a forename and of every nickname/variant it stands for. */
export function forenameCodes(token: string): string[] {
  const codes = new Set<string>();
  for (const variant of forenameVariants(token)) {
    const [primary] = doubleMetaphone(variant);
    if (primary) codes.add(primary);
  }
  return [...codes];
}

/** Shortest word whose one-letter deletions are keyed: shorter words would collide with too many others. */
export const MIN_DELETION_LENGTH = 4;

/** The word and every spelling of it with one letter dropped ("smith" → smith, mith, sith, smth, smih, smit). */
export function deletionVariants(token: string): string[] {
  const out = new Set([token]);
  if (token.length >= MIN_DELETION_LENGTH) for (let i = 0; i < token.length; i++) out.add(token.slice(0, i) + token.slice(i + 1));
  return [...out];
}

export const PREFIX_LENGTH = 3;

/**
 * Search keys stored with each name row (GIN-indexed), so every kind of match is one index lookup:
 *  X:<forename word>|<surname word>  forename and surname as spelt
 *  S:<surname code>                  surname alone, phonetically (codes of its other romanisations too)
 *  FS:<forename code>|<surname code>  any forename (or a nickname/variant of it) with the surname
 *  IS:<initial>|<surname code>        forename initial with the surname
 *  N:<surname word>                   surname word as spelt
 *  D:<surname word less one letter>   with N:, finds one-edit typos of a surname given alone (symmetric deletion)
 *  T:<forename code>|<surname word or it less one letter>  one-edit typos of the surname after a forename
 *  E:<initial>|<surname word or it less one letter>  one-edit typos of the surname after a forename or initial
 *  P:<initial>|<first three letters of surname>      partial surnames after a forename or initial
 */
export function personNameKeys(forenames: string, surname: string): string[] {
  const keys = new Set<string>();
  const forenameWords = nameTokens(forenames);
  const initials = [...new Set(forenameWords.map((f) => f[0]))];
  const forenameCodeList = [...new Set(forenameWords.flatMap(forenameCodes))];
  const ownCodes = new Set(forenameWords.filter((f) => f.length > 1).map((f) => doubleMetaphone(f)[0]).filter(Boolean));
  const joined = new Set(normaliseName(surname).split(' ').filter((w) => w.includes('-')).map((w) => w.replace(/['-]/g, '')));
  for (const word of nameTokens(surname)) {
    const codes = surnameCodes(word);
    keys.add(`N:${word}`);
    for (const f of forenameWords) if (f.length > 1) keys.add(`X:${f}|${word}`);
    for (const s of codes) {
      keys.add(`S:${s}`);
      for (const fc of forenameCodeList) keys.add(`FS:${fc}|${s}`);
    }
    // "obriensmith" is only there to match the whole name typed as one word: its parts carry the typo keys.
    if (joined.has(word)) continue;
    for (const d of deletionVariants(word)) if (d !== word) keys.add(`D:${d}`);
    for (const fc of ownCodes) for (const d of deletionVariants(word)) keys.add(`T:${fc}|${d}`);
    for (const i of initials) {
      if (codes[0]) keys.add(`IS:${i}|${codes[0]}`);
      for (const d of deletionVariants(word)) keys.add(`E:${i}|${d}`);
      if (word.length >= PREFIX_LENGTH) keys.add(`P:${i}|${word.slice(0, PREFIX_LENGTH)}`);
    }
  }
  return [...keys];
}

export type QueryKeys = {
  /** The name as typed. */
  exact: string[];
  /** Sounds-alike or nickname forename with a sounds-alike surname; an initial with a sounds-alike surname. */
  strong: string[];
  /** The forename (by sound) with a one-edit typo of the surname. */
  typo: string[];
  /** Looser and broader: an initial with a surname typo, a forename typo, a partial surname. */
  loose: string[];
};

/**
 * Keys a free-text name query may match. Any word may be the surname (names are often entered
 * the wrong way round), any other word a forename or an initial.
 */
export function queryNameKeys(tokens: string[]): QueryKeys {
  const keys = { exact: new Set<string>(), strong: new Set<string>(), typo: new Set<string>(), loose: new Set<string>() };
  if (tokens.length === 1) {
    const [word] = tokens;
    keys.exact.add(`N:${word}`);
    for (const s of surnameCodes(word)) keys.strong.add(`S:${s}`);
    for (const d of deletionVariants(word)) {
      keys.typo.add(`D:${d}`);
      if (d !== word) keys.typo.add(`N:${d}`);
    }
  }
  for (let si = 0; tokens.length > 1 && si < tokens.length; si++) {
    const word = tokens[si];
    const codes = surnameCodes(word);
    for (let fi = 0; fi < tokens.length; fi++) {
      if (fi === si) continue;
      const forename = tokens[fi];
      const initial = forename[0];
      for (const s of codes) (forename.length === 1 ? keys.strong : keys.loose).add(`IS:${initial}|${s}`);
      for (const d of deletionVariants(word)) keys.loose.add(`E:${initial}|${d}`);
      if (word.length >= PREFIX_LENGTH) keys.loose.add(`P:${initial}|${word.slice(0, PREFIX_LENGTH)}`);
      if (forename.length === 1) continue;
      keys.exact.add(`X:${forename}|${word}`);
      for (const fc of forenameCodes(forename)) for (const s of codes) keys.strong.add(`FS:${fc}|${s}`);
      const [primary] = doubleMetaphone(forename);
      for (const d of deletionVariants(word)) keys.typo.add(`T:${primary}|${d}`);
    }
  }
  return { exact: [...keys.exact], strong: [...keys.strong], typo: [...keys.typo], loose: [...keys.loose] };
}
