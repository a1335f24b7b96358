import { doubleMetaphone } from 'double-metaphone';
import { forenameVariants } from './nicknames.js';

/** Lower-case, accents stripped, only letters, spaces, hyphens and apostrophes kept. */
export function normaliseName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
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

export function phoneticCodes(token: string): string[] {
  const [primary, secondary] = doubleMetaphone(token);
  return [...new Set([primary, secondary].filter((c) => c.length > 0))];
}

/** Codes of a forename and of every nickname/variant it stands for. */
export function forenameCodes(token: string): string[] {
  const codes = new Set<string>();
  for (const variant of forenameVariants(token)) for (const c of phoneticCodes(variant)) codes.add(c);
  return [...codes];
}

/**
 * Search keys stored with each name row:
 *  S:<surname code>                 surname alone
 *  FS:<forename code>|<surname code> any forename with the surname
 *  IS:<initial>|<surname code>       initial with the surname
 */
export function personNameKeys(forenames: string, surname: string): string[] {
  const keys = new Set<string>();
  const surnameCodes = nameTokens(surname).flatMap(phoneticCodes);
  const forenameTokens = nameTokens(forenames);
  for (const s of surnameCodes) {
    keys.add(`S:${s}`);
    for (const f of forenameTokens) {
      keys.add(`IS:${f[0]}|${s}`);
      for (const fc of forenameCodes(f)) keys.add(`FS:${fc}|${s}`);
    }
  }
  return [...keys];
}

/**
 * Keys a free-text name query may match. Any word may be the surname (names are often entered
 * the wrong way round), any other word a forename or an initial.
 */
export function queryNameKeys(tokens: string[]): string[] {
  const keys = new Set<string>();
  if (tokens.length === 1) {
    for (const s of phoneticCodes(tokens[0])) keys.add(`S:${s}`);
    return [...keys];
  }
  for (let si = 0; si < tokens.length; si++) {
    const surnameCodes = phoneticCodes(tokens[si]);
    for (let fi = 0; fi < tokens.length; fi++) {
      if (fi === si) continue;
      const f = tokens[fi];
      for (const s of surnameCodes) {
        if (f.length === 1) keys.add(`IS:${f}|${s}`);
        else for (const fc of forenameCodes(f)) keys.add(`FS:${fc}|${s}`);
      }
    }
  }
  return [...keys];
}
