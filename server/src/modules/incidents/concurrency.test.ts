import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, json, type TestApp } from '../../test/api.js';

// Issue 13 item 14: the human reference is allocated atomically, so concurrent call handlers never collide.
let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(async () => t.close());

test('100 concurrent incident creates: 100 × 201 with 100 distinct references', async () => {
  await t.as('calltaker', { method: 'GET', url: '/api/v1/auth/me' }); // one sign-in, cached for the 100 requests
  const creates = await Promise.all(
    Array.from({ length: 100 }, (_, i) =>
      t.as('calltaker', { method: 'POST', url: '/api/v1/incidents', payload: { source: '999', type: 'CRIME_THEFT', summary: `Concurrent call ${i}` } }),
    ),
  );
  assert.deepEqual(creates.map((r) => r.statusCode).filter((s) => s !== 201), [], creates.find((r) => r.statusCode !== 201)?.body);
  const references = creates.map((r) => json(r).reference as string);
  assert.equal(new Set(references).size, 100);
  const numbers = references.map((r) => Number(r.split('/').at(-1))).sort((a, b) => a - b);
  assert.deepEqual(numbers, Array.from({ length: 100 }, (_, i) => i + 1), 'a gap-free daily series');
});
