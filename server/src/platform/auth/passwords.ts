import { hash, verify } from '@node-rs/argon2';

/** Algorithm.Argon2id (a const enum, which isolated modules cannot read). */
const ARGON2ID = 2;
import { createHash, randomBytes } from 'node:crypto';

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export async function passwordMatches(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let nobodysHash: Promise<string> | undefined;

/**
 * Checks a password against a user's hash; with no (active) user it still spends one verification on a
 * throw-away hash, so the response time does not tell which user names exist.
 */
export async function passwordMatchesUser(passwordHash: string | undefined, password: string, verifyWith = passwordMatches): Promise<boolean> {
  if (passwordHash) return verifyWith(passwordHash, password);
  nobodysHash ??= hashPassword(randomBytes(16).toString('hex'));
  await verifyWith(await nobodysHash, password);
  return false;
}

/** Session tokens are random; only their SHA-256 is stored, so a database leak yields no usable session. */
export function newSessionToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: sessionTokenHash(token) };
}

export function sessionTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
