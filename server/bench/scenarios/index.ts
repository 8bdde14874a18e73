import { p1 } from './p1-edit-propagation.js';
import { p3 } from './p3-write-throughput.js';
import { p5 } from './p5-cold-load.js';
import type { Scenario } from './types.js';

/** Every figure `pnpm bench` measures, in the order it runs them. */
export const SCENARIOS: readonly Scenario[] = [p1, p3, p5];
