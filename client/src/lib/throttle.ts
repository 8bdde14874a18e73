export interface Throttled<A extends unknown[]> {
  (...args: A): void;
  /** Runs a pending call now. */
  flush(): void;
  /** Drops a pending call. */
  cancel(): void;
}

/**
 * Calls `fn` at most once per `interval` ms and always delivers the last call (trailing edge), so the
 * final value of a burst — where the pointer stopped, the last keystroke — is never lost.
 */
export function throttle<A extends unknown[]>(fn: (...args: A) => void, interval: number): Throttled<A> {
  let last = -Infinity;
  let pending: A | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = () => {
    timer = undefined;
    if (!pending) return;
    const args = pending;
    pending = undefined;
    last = Date.now();
    fn(...args);
  };

  const throttled = (...args: A) => {
    pending = args;
    const wait = interval - (Date.now() - last);
    if (wait <= 0) {
      if (timer !== undefined) clearTimeout(timer);
      run();
    } else if (timer === undefined) {
      timer = setTimeout(run, wait);
    }
  };
  throttled.flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    run();
  };
  throttled.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pending = undefined;
  };
  return throttled;
}
