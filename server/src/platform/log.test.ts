import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { logSafeError } from './log.js';
import { loggedPath } from './http/request-log.js';

// Issue 13 item 12: personal data never goes to logs.
test('a failed query logs its SQL, SQLSTATE and constraint, never its parameters or quoted values', () => {
  const cause = Object.assign(new Error('invalid input syntax for type date: "Jane Doe 1990"'), { code: '22007', column: 'date_of_birth' });
  const error = new DrizzleQueryError('insert into persons (forenames, surname) values ($1, $2)', ['Jane', 'Doe, WEAPONS marker: knife'], cause);
  const logged = JSON.stringify(logSafeError(error));
  assert.doesNotMatch(logged, /Jane|Doe|knife/);
  assert.match(logged, /insert into persons \(forenames, surname\) values \(\$1, \$2\)/);
  assert.match(logged, /"code":"22007"/);
  assert.match(logged, /"column":"date_of_birth"/);
});

test('request lines keep the path and drop the query string (searched names, phones, dates of birth)', () => {
  assert.equal(loggedPath('/api/v1/persons?q=jane%20doe%201990'), '/api/v1/persons');
  assert.equal(loggedPath('/api/v1/health'), '/api/v1/health');
});
