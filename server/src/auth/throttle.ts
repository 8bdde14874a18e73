/**
 * A token bucket per key (an IP address): `burst` failures at once, then one more every `refillMs`.
 * Only failures take tokens, so people who type their link or password right are never slowed down.
 */
export class FailureThrottle {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly burst = 10,
    private readonly refillMs = 6_000,
    private readonly now: () => number = Date.now,
  ) {}

  private bucket(key: string) {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, at: now };
    const refilled = Math.min(this.burst, bucket.tokens + (now - bucket.at) / this.refillMs);
    const current = { tokens: refilled, at: now };
    this.buckets.set(key, current);
    // Full buckets carry no information; dropping them keeps the map as small as the active attackers.
    if (refilled >= this.burst) this.buckets.delete(key);
    return current;
  }

  /** Whether `key` may try now. */
  allows(key: string): boolean {
    return this.bucket(key).tokens >= 1;
  }

  failed(key: string): void {
    const bucket = this.bucket(key);
    this.buckets.set(key, { tokens: Math.max(0, bucket.tokens - 1), at: bucket.at });
  }

  /**
   * Gives back a token taken up front. Slow checks (a password hash) take their token before checking,
   * so many requests sent at once cannot all pass `allows` before the first failure is counted.
   */
  refund(key: string): void {
    const bucket = this.bucket(key);
    const tokens = Math.min(this.burst, bucket.tokens + 1);
    if (tokens >= this.burst) this.buckets.delete(key);
    else this.buckets.set(key, { tokens, at: bucket.at });
  }
}
