/** How often the event loop is probed. */
const INTERVAL_MS = 10;
/** Samples older than this are dropped (a run's windows are far shorter). */
const KEEP_MS = 10 * 60 * 1000;

/** Event-loop lag over a window: how late a 10 ms timer fired, in ms. */
export interface LagStats {
  samples: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface LagWindow {
  /** Wall-clock bounds (Date.now()) of the window, as the bench runner saw them. */
  from: number;
  to: number;
}

/**
 * Probes this process's event loop every 10 ms and keeps timestamped samples, so the runner can ask
 * afterwards for any window. Asking afterwards matters: a server drowning in work answers late, and
 * a reset sent at the start of a window would land long after the window began.
 */
export function startLagSampler(): { read(window: LagWindow): LagStats } {
  const at: number[] = [];
  const lag: number[] = [];
  let expected = performance.now() + INTERVAL_MS;
  const probe = () => {
    const now = performance.now();
    at.push(Date.now());
    lag.push(Math.max(0, now - expected));
    if (at[0]! < Date.now() - KEEP_MS) {
      at.shift();
      lag.shift();
    }
    expected = now + INTERVAL_MS;
    setTimeout(probe, INTERVAL_MS).unref();
  };
  setTimeout(probe, INTERVAL_MS).unref();

  return {
    read({ from, to }) {
      // A sample ends a stall that began `lag` ms before it fired: count it if the stall overlaps the
      // window, so a loop stuck past the window's end still shows (its sample comes later).
      const values = lag
        .filter((value, i) => at[i]! >= from && at[i]! - value - INTERVAL_MS <= to)
        .sort((a, b) => a - b);
      const rank = (p: number) =>
        values[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)] ?? 0;
      return { samples: values.length, p50Ms: rank(50), p99Ms: rank(99), maxMs: values.at(-1) ?? 0 };
    },
  };
}
