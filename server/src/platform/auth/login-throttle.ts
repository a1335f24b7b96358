/** Failed sign-ins per user name and per address inside a sliding window; past the limit, 429 until the window passes. */
export class LoginThrottle {
  private failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs = 15 * 60 * 1000,
  ) {}

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
    this.failures.set(key, list);
    return list;
  }

  /** Seconds until another attempt is allowed, or 0. */
  retryAfter(keys: string[], now: Date): number {
    let wait = 0;
    for (const key of keys) {
      const list = this.recent(key, now.getTime());
      if (list.length >= this.maxFailures) wait = Math.max(wait, Math.ceil((list[0] + this.windowMs - now.getTime()) / 1000));
    }
    return wait;
  }

  fail(keys: string[], now: Date) {
    for (const key of keys) this.recent(key, now.getTime()).push(now.getTime());
  }

  succeed(keys: string[]) {
    for (const key of keys) this.failures.delete(key);
  }
}
