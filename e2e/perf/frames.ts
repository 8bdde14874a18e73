import type { Page } from '@playwright/test';

export interface Quantiles {
  p50: number;
  p95: number;
  p99: number;
}

export interface FrameStats {
  frames: number;
  /** Main-thread time of each frame: its rAF callbacks, drawing, style, layout and paint. */
  work: Quantiles;
  /** Time from one frame to the next. */
  interval: Quantiles;
}

export function quantiles(values: number[]): Quantiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

export function frameStats(samples: { work: number[]; intervals: number[] }): FrameStats {
  return {
    frames: samples.work.length,
    work: quantiles(samples.work),
    interval: quantiles(samples.intervals),
  };
}

/**
 * Times every frame in the page while `act` runs. A frame's work is measured from its rAF callback to
 * the first task after it, which the browser runs only once the frame's drawing, style, layout and
 * paint are done (a message posted from rAF lands after the frame).
 */
export async function recordFrames(
  page: Page,
  act: () => Promise<void>,
): Promise<{ work: number[]; intervals: number[] }> {
  // Source text, not a function: the TypeScript loader would wrap named functions in a helper the page
  // does not have.
  await page.evaluate(`(() => {
    const state = { work: [], intervals: [], last: 0, running: true };
    const channel = new MessageChannel();
    let frameStart = 0;
    channel.port1.onmessage = () => state.work.push(performance.now() - frameStart);
    const tick = (now) => {
      if (!state.running) return;
      if (state.last > 0) state.intervals.push(now - state.last);
      state.last = now;
      frameStart = performance.now();
      channel.port2.postMessage(null);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    window.__frames = state;
  })()`);
  await act();
  return page.evaluate<{ work: number[]; intervals: number[] }>(`(() => {
    const state = window.__frames;
    state.running = false;
    return { work: state.work, intervals: state.intervals };
  })()`);
}
