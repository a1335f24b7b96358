import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Problem } from '../http/problems.js';
import { MIN_PASSWORD_SCORE, passwordWeakness, requireStrongPassword } from './password-strength.js';

// Issue 13 item 9 / OWASP ASVS 2.1.7: zxcvbn score of at least 3, the reason in words, the user name refused.

describe('passwordWeakness', () => {
  test('the minimum score is 3 of 4', () => assert.equal(MIN_PASSWORD_SCORE, 3));

  test('refuses repeated, sequential, common and blank passwords of any length, with zxcvbn’s reason', () => {
    const table: [string, RegExp][] = [
      ['aaaaaaaaaaaa', /Repeated characters/],
      ['123456789012', /commonly used password/],
      ['password1234', /similar to a commonly used password/],
      [' '.repeat(12), /Repeated characters/],
      ['qwertyuiopasdf', /./],
      ['abcdefghijklmnop', /./],
      ['Password123!', /./],
    ];
    for (const [password, reason] of table) {
      const weakness = passwordWeakness(password);
      assert.ok(weakness, `${JSON.stringify(password)} is refused`);
      assert.match(weakness, /^Too easy to guess\. /);
      assert.match(weakness, reason, JSON.stringify(password));
    }
  });

  test('accepts long passphrases and random strings', () => {
    for (const password of ['a-long-enough-password', 'lantern orchard mosaic tide', 'Tq8#vL2pZr!m', 'watchhouse-demo']) {
      assert.equal(passwordWeakness(password), null, password);
    }
  });

  test('refuses the user name inside the password, whatever its case', () => {
    assert.equal(passwordWeakness('PC.Newcomer-2026!x', { username: 'pc.newcomer' }), 'The password must not contain the user name.');
    assert.equal(passwordWeakness('PC.Newcomer-2026!x', { username: 'someone.else' }), null, 'strong for anyone else');
  });

  test('counts the owner’s own names as easy to guess (zxcvbn user inputs)', () => {
    assert.equal(passwordWeakness('okonkwostevenage'), null, 'strong for a stranger');
    assert.match(passwordWeakness('okonkwostevenage', { username: 'pc.okonkwo', displayName: 'PC 9001 Adaeze Okonkwo' }) ?? '', /^Too easy to guess\./);
  });
});

test('requireStrongPassword throws a 400 naming body.password', () => {
  assert.throws(() => requireStrongPassword('password1234', {}), (error: unknown) => {
    assert.ok(error instanceof Problem);
    assert.equal(error.code, 'validation');
    assert.equal(error.errors?.[0]?.path, 'body.password');
    assert.match(error.errors![0]!.message, /commonly used password/);
    return true;
  });
  assert.doesNotThrow(() => requireStrongPassword('a-long-enough-password', { username: 'pc.newcomer' }));
});
