/** How fast one connection may send: `burst` messages at once, then `perSecond` on average. */
export interface RateLimit {
  burst: number;
  perSecond: number;
}

/**
 * Room for a facilitator dragging a frame of 40 notes (one update per frame of the drag) plus cursor
 * presence, with a wide margin; a script sending thousands a second is paced down to this.
 */
export const DEFAULT_RATE_LIMIT: RateLimit = { burst: 300, perSecond: 150 };

/** A token bucket: `take` spends one token and says how long to wait before the next is due. */
export class TokenBucket {
  private tokens: number;
  private at: number;

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = limit.burst;
    this.at = now();
  }

  /** Spends a token; returns 0 while tokens remain, else the milliseconds until one is back. */
  take(): number {
    const now = this.now();
    this.tokens = Math.min(this.limit.burst, this.tokens + ((now - this.at) * this.limit.perSecond) / 1000);
    this.at = now;
    this.tokens -= 1;
    return this.tokens >= 0 ? 0 : (-this.tokens * 1000) / this.limit.perSecond;
  }
}
