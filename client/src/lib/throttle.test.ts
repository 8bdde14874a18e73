import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttle } from './throttle';

describe('throttle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the first call at once and the last call of a burst after the interval', () => {
    const calls: number[] = [];
    const throttled = throttle((n: number) => calls.push(n), 100);
    throttled(1);
    throttled(2);
    throttled(3);
    expect(calls).toEqual([1]);
    vi.advanceTimersByTime(100);
    expect(calls).toEqual([1, 3]);
  });

  it('flush delivers the pending call immediately and cancel drops it', () => {
    const calls: number[] = [];
    const throttled = throttle((n: number) => calls.push(n), 100);
    throttled(1);
    throttled(2);
    throttled.flush();
    expect(calls).toEqual([1, 2]);
    throttled(3);
    throttled.cancel();
    vi.advanceTimersByTime(200);
    expect(calls).toEqual([1, 2]);
  });
});
