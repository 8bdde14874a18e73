import { harnessNotes, type EditShape } from './harness.js';
import type { Scenario } from './types.js';
import { runWriteThroughput, writeThroughputRows } from './write-throughput.js';

const BOARDS = 100;
const WRITERS_PER_BOARD = 3;
const TARGET_PER_SECOND = 20_000;
const TARGET_P99_MS = 50;
const TARGET_LAG_MS = 20;
/**
 * 100 boards × 3 writers × 70 moves/s = 21,000 updates/s offered, a little above the target so that
 * counting noise cannot decide it; each update goes to the board's 2 other clients. A writer stays
 * below the server's rate limit per connection (150 messages/s).
 */
const SHAPE: EditShape = {
  boards: BOARDS,
  clients: BOARDS * WRITERS_PER_BOARD,
  movesPerSecond: 70,
  // The warm-up and the window, with room to spare: the load generator then only sends and reads.
  preparedSeconds: 20,
  cursorHz: 0,
  warmupMs: 5_000,
  windowMs: 12_000,
};

/** P3's second target: the same writing spread over 100 boards of 3 writers each. */
export const p3b: Scenario = {
  name: 'p3b',
  title: 'P3b write throughput across boards: 100 boards × 3 writers, 21,000 updates/s offered',
  async run(context) {
    const run = await runWriteThroughput(context, SHAPE, WRITERS_PER_BOARD);
    const { ours, reference } = run;
    const rows = writeThroughputRows('P3b', run, {
      perSecond: TARGET_PER_SECOND,
      p99Ms: TARGET_P99_MS,
      lagMs: TARGET_LAG_MS,
    });
    return {
      name: this.name,
      title: this.title,
      rows,
      notes: [...harnessNotes('ours', ours), ...harnessNotes('reference', reference)],
      raw: { shape: SHAPE, ...run },
    };
  },
};
