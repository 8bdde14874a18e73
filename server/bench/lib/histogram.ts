import { build, encodeIntoCompressedBase64, type Histogram } from 'hdr-histogram-js';

/** A latency distribution in milliseconds, plus the HDR histogram itself for later analysis. */
export interface LatencySummary {
  count: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  p999Ms: number;
  maxMs: number;
  /** The full histogram (microseconds), HdrHistogram compressed base64. */
  hdrBase64: string;
}

/** Microsecond latencies from 1 µs to 60 s at 3 significant digits. */
export function createLatencyHistogram(): Histogram {
  return build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 60_000_000,
    numberOfSignificantValueDigits: 3,
    autoResize: false,
  });
}

/** Records a latency given in milliseconds (clamped to the histogram's range). */
export function recordMs(histogram: Histogram, ms: number): void {
  histogram.recordValue(Math.min(60_000_000, Math.max(1, Math.round(ms * 1000))));
}

export function summarize(histogram: Histogram): LatencySummary {
  const ms = (microseconds: number) => microseconds / 1000;
  return {
    count: histogram.totalCount,
    meanMs: ms(histogram.mean),
    p50Ms: ms(histogram.getValueAtPercentile(50)),
    p95Ms: ms(histogram.getValueAtPercentile(95)),
    p99Ms: ms(histogram.getValueAtPercentile(99)),
    p999Ms: ms(histogram.getValueAtPercentile(99.9)),
    maxMs: ms(histogram.maxValue),
    hdrBase64: encodeIntoCompressedBase64(histogram),
  };
}

/** Summary of a handful of samples (P5 runs tens, not thousands), without histogram bucketing. */
export function summarizeSamples(samplesMs: number[]): LatencySummary {
  const histogram = createLatencyHistogram();
  for (const sample of samplesMs) recordMs(histogram, sample);
  const sorted = [...samplesMs].sort((a, b) => a - b);
  // Nearest-rank percentiles: with 40 samples, p95 is the 38th smallest.
  const rank = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  return {
    ...summarize(histogram),
    meanMs: sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length),
    p50Ms: rank(50),
    p95Ms: rank(95),
    p99Ms: rank(99),
    p999Ms: rank(99.9),
    maxMs: sorted.at(-1) ?? 0,
  };
}
