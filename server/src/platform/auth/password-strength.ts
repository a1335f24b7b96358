import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { fieldProblem } from '../http/problems.js';

/**
 * Password strength (issue 13 item 9, OWASP ASVS 2.1.7): zxcvbn's estimate with its common and English
 * dictionaries (offline), at least score 3 of 4 ("safely unguessable: moderate protection from offline
 * slow-hash scenario"). Applied wherever a password is set: creating a user, resetting a password, and
 * ADMIN_PASSWORD at first run. Demo users are seeded with DEMO_PASSWORD without this check: that password is
 * public by design (printed at start, in the README), so estimating its strength would protect nothing.
 */
export const MIN_PASSWORD_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;

/** Built on first use: the dictionaries take a moment to load. */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    translations: en.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary },
  });
  return estimator;
}

export type PasswordOwner = { username?: string; displayName?: string };

/** Words of the owner's own that a guesser tries first (user name and its parts, name parts). */
function ownerWords(owner: PasswordOwner): string[] {
  const words = [owner.username, ...(owner.username?.split(/[._-]+/) ?? []), ...(owner.displayName?.split(/\s+/) ?? [])];
  return [...new Set(words.filter((w): w is string => !!w && w.length >= 3).map((w) => w.toLowerCase()))];
}

/** Why a password is too weak to set, in words a user can act on; null when it is strong enough. Pure. */
export function passwordWeakness(password: string, owner: PasswordOwner = {}): string | null {
  const username = owner.username?.trim().toLowerCase();
  if (username && username.length >= 3 && password.toLowerCase().includes(username)) {
    return 'The password must not contain the user name.';
  }
  const result = zxcvbn().check(password, ownerWords(owner));
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const advice = [result.feedback.warning, ...result.feedback.suggestions].filter((s): s is string => !!s);
  return `Too easy to guess. ${advice.length > 0 ? advice.join(' ') : 'Add more words that are less common.'}`;
}

/** Throws 400 naming the field when the password is too weak. */
export function requireStrongPassword(password: string, owner: PasswordOwner, path = 'body.password'): void {
  const weakness = passwordWeakness(password, owner);
  if (weakness) throw fieldProblem(path, weakness);
}
