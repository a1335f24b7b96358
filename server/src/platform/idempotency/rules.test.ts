import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ABANDONED_AFTER_MS, idempotencyDecision } from './rules.js';

const at = new Date('2026-12-01T10:00:00Z');
const later = (ms: number) => new Date(at.getTime() + ms);

test('a new key proceeds; the same request replays once answered; another request with the key is refused', () => {
  assert.deepEqual(idempotencyDecision(undefined, 'h1', at), { kind: 'proceed' });
  assert.deepEqual(idempotencyDecision({ requestHash: 'h1', statusCode: 201, createdAt: at }, 'h1', later(1000)), { kind: 'replay' });
  assert.deepEqual(idempotencyDecision({ requestHash: 'h1', statusCode: 201, createdAt: at }, 'h2', later(1000)), { kind: 'different-request' });
});

test('a retry while the first request runs waits; one abandoned by a dead process may proceed', () => {
  assert.deepEqual(idempotencyDecision({ requestHash: 'h1', statusCode: null, createdAt: at }, 'h1', later(5000)), { kind: 'in-progress' });
  assert.deepEqual(idempotencyDecision({ requestHash: 'h1', statusCode: null, createdAt: at }, 'h1', later(ABANDONED_AFTER_MS + 1)), { kind: 'proceed' });
});
