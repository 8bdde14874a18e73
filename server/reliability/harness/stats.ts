/** Nearest-rank percentile of `values` (unsorted); 0 for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** `p50 / p99 / max` in ms with two decimals, for the lines a test prints. */
export function summarize(values: readonly number[]): string {
  const ms = (value: number) => value.toFixed(2);
  return `n=${values.length} p50=${ms(percentile(values, 50))} ms p99=${ms(percentile(values, 99))} ms max=${ms(values.reduce((a, b) => Math.max(a, b), 0))} ms`;
}

/** An integer from the environment, or `fallback` when unset or empty. */
export function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name}=${raw}: expected a whole number`);
  return value;
}

/** Whether the long (nightly) variants were asked for. */
export const LONG = process.env.RELIABILITY_LONG === '1';
