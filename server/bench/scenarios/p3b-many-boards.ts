import {
  attempt,
  harnessNotes,
  measureEdits,
  pick,
  withFloor,
  type EditMeasurement,
  type EditShape,
  type Outcome,
} from './harness.js';
import { serverRows } from './server-rows.js';
import type { Row, Scenario } from './types.js';

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
    context.log('  floor: raw Yjs in-process');
    const floor = await withFloor(context, (child) => child.call('floor.writeThroughput', WRITERS_PER_BOARD));
    const ours: Outcome<EditMeasurement> = await attempt('ours', context, () =>
      measureEdits('ours', context, SHAPE),
    );
    const reference: Outcome<EditMeasurement> = await attempt('reference', context, () =>
      measureEdits('reference', context, SHAPE),
    );

    const delivered = pick(ours, (m) => m.load.deliveredPerSecond);
    const p99 = pick(ours, (m) => m.load.edits.p99Ms);
    const rows: Row[] = [
      {
        figure: 'P3b updates/s delivered to all others',
        unit: 'per-second',
        ours: delivered,
        reference: pick(reference, (m) => m.load.deliveredPerSecond),
        floor: floor.perSecond,
        target: `≥ ${TARGET_PER_SECOND.toLocaleString('en-US')}/s`,
        met: delivered !== null && delivered >= TARGET_PER_SECOND,
      },
      {
        figure: 'P3b update propagation p99',
        unit: 'ms',
        ours: p99,
        reference: pick(reference, (m) => m.load.edits.p99Ms),
        floor: floor.latency.p99Ms,
        target: `≤ ${TARGET_P99_MS} ms`,
        met: p99 !== null && p99 <= TARGET_P99_MS,
      },
      {
        figure: 'P3b update propagation p50',
        unit: 'ms',
        ours: pick(ours, (m) => m.load.edits.p50Ms),
        reference: pick(reference, (m) => m.load.edits.p50Ms),
        floor: floor.latency.p50Ms,
        target: null,
        met: null,
      },
      ...serverRows('P3b', ours, reference, TARGET_LAG_MS),
    ];
    return {
      name: this.name,
      title: this.title,
      rows,
      notes: [...harnessNotes('ours', ours), ...harnessNotes('reference', reference)],
      raw: { shape: SHAPE, floor, ours, reference },
    };
  },
};
