import type { CorePlan } from '../lib/machine.js';

export type Unit = 'ms' | 'per-second' | 'MB' | 'KB' | 'percent' | 'count' | 's';

/** One line of the results table. `null` where a column does not apply. */
export interface Row {
  figure: string;
  unit: Unit;
  ours: number | null;
  reference: number | null;
  /** Raw in-process Yjs doing the same work: the lower bound for any server. */
  floor: number | null;
  target: string | null;
  met: boolean | null;
}

export interface ScenarioReport {
  name: string;
  title: string;
  rows: Row[];
  /** Harness health and anything that qualifies the figures. */
  notes: string[];
  /** Everything measured, for the JSON results. */
  raw: Record<string, unknown>;
}

export interface BenchContext {
  cores: CorePlan;
  log(message: string): void;
}

export interface Scenario {
  name: string;
  title: string;
  run(context: BenchContext): Promise<ScenarioReport>;
}
