import { p1 } from './p1-edit-propagation.js';
import { p2 } from './p2-presence.js';
import { p3 } from './p3-write-throughput.js';
import { p3b } from './p3b-many-boards.js';
import { p5 } from './p5-cold-load.js';
import { p6 } from './p6-isolation.js';
import { p7 } from './p7-memory.js';
import { p8 } from './p8-bundle.js';
import type { Scenario } from './types.js';

/** Every figure `pnpm bench` measures, in the order it runs them. */
export const SCENARIOS: readonly Scenario[] = [p1, p2, p3, p3b, p5, p6, p7, p8];
