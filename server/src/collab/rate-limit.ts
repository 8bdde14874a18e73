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

/** What a `Pacer` needs of a socket: to stop and restart reading it. */
export interface Pausable {
  pause(): void;
  resume(): void;
}

/**
 * Hands a connection's messages on at the bucket's pace. A message over the limit waits here, in
 * order, and the socket stops being read until the queue is empty, so the sender's later messages
 * wait in TCP buffers and in its own send buffer: a flood is slowed, nothing is dropped, and other
 * connections are not held up. What waits here is at most what was already read from the socket.
 */
export class Pacer {
  private readonly queue: { bytes: Uint8Array; due: number }[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly bucket: TokenBucket,
    private readonly socket: Pausable,
    private readonly handle: (bytes: Uint8Array) => void,
  ) {}

  push(bytes: Uint8Array): void {
    const wait = this.bucket.take();
    if (wait === 0 && this.queue.length === 0) {
      this.handle(bytes);
      return;
    }
    this.queue.push({ bytes, due: performance.now() + wait });
    this.socket.pause();
    this.schedule();
  }

  /** Drops what waits, for a closed connection. */
  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.queue.length = 0;
  }

  private schedule(): void {
    if (this.timer || this.queue.length === 0) return;
    this.timer = setTimeout(this.drain, Math.max(0, this.queue[0]!.due - performance.now()));
  }

  private readonly drain = (): void => {
    this.timer = undefined;
    const now = performance.now();
    while (this.queue.length > 0 && this.queue[0]!.due <= now + 1) this.handle(this.queue.shift()!.bytes);
    if (this.queue.length > 0) this.schedule();
    else this.socket.resume();
  };
}
