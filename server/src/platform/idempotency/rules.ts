/** How long a response is kept for replay (Stripe, IETF draft-ietf-httpapi-idempotency-key-header). */
export const IDEMPOTENCY_TTL_HOURS = 24;
/** A request still unanswered after this long is taken to have died with its process; its key may be used again. */
export const ABANDONED_AFTER_MS = 60_000;

export const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,255}$/;

export type StoredRequest = { requestHash: string; statusCode: number | null; createdAt: Date };

export type IdempotencyDecision =
  | { kind: 'proceed' }
  | { kind: 'replay' }
  | { kind: 'in-progress' }
  | { kind: 'different-request' };

/** What to do with a request whose key was seen before (`stored`), or not (`undefined`). */
export function idempotencyDecision(stored: StoredRequest | undefined, requestHash: string, now: Date): IdempotencyDecision {
  if (!stored) return { kind: 'proceed' };
  if (stored.requestHash !== requestHash) return { kind: 'different-request' };
  if (stored.statusCode !== null) return { kind: 'replay' };
  return now.getTime() - stored.createdAt.getTime() > ABANDONED_AFTER_MS ? { kind: 'proceed' } : { kind: 'in-progress' };
}
