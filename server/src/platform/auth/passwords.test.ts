import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashPassword, passwordMatches, passwordMatchesUser } from './passwords.js';

// An unknown or deactivated user name costs one argon2 verification too, so response time does not reveal which
// names exist. Checked by counting verifications, not by timing (a loaded CI machine makes timings meaningless).
test('a sign-in with no such user still runs exactly one argon2 verification, against a throw-away hash', async () => {
  const verified: string[] = [];
  const counting = async (hash: string, password: string) => {
    verified.push(hash);
    return passwordMatches(hash, password);
  };
  assert.equal(await passwordMatchesUser(undefined, 'guess', counting), false);
  assert.equal(verified.length, 1);
  assert.match(verified[0], /^\$argon2id\$/);
  const real = await hashPassword('correct horse battery staple');
  assert.equal(await passwordMatchesUser(real, 'correct horse battery staple', counting), true);
  assert.equal(await passwordMatchesUser(real, 'wrong', counting), false);
  assert.equal(verified.length, 3);
});
