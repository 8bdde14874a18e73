import {
  attempt,
  harnessNotes,
  measureEdits,
  pick,
  type EditMeasurement,
  type EditShape,
  type Outcome,
} from './harness.js';
import { serverRows } from './server-rows.js';
import type { Row, Scenario } from './types.js';

/**
 * 300 cursors at 30 Hz; 10 of the clients time every cursor they receive (the others only take
 * their messages), and 10 more clients join one by one during the window.
 */
const SHAPE: EditShape = {
  clients: 300,
  movesPerSecond: 0,
  cursorHz: 30,
  cursorObservers: 10,
  joinProbes: 10,
  warmupMs: 4_000,
  windowMs: 10_000,
};
const TARGET_RSS_MB = 500;
const TARGET_CURSOR_P99_MS = 60;
const TARGET_JOIN_P95_MS = 100;

const atMost = (value: number | null, limit: number) => value !== null && value <= limit;

/** P2: 300 clients on one board, moving their cursors at 30 Hz. */
export const p2: Scenario = {
  name: 'p2',
  title: 'P2 presence: 300 clients on one board, cursors at 30 Hz',
  async run(context) {
    const ours: Outcome<EditMeasurement> = await attempt('ours', context, () =>
      measureEdits('ours', context, SHAPE),
    );
    const reference: Outcome<EditMeasurement> = await attempt('reference', context, () =>
      measureEdits('reference', context, SHAPE),
    );
    const cursorP99 = pick(ours, (m) => m.load.cursors?.p99Ms);
    const joinP95 = pick(ours, (m) => m.load.joins?.p95Ms);
    const rss = pick(ours, (m) => m.server.rssPeakMb);
    const dropped = pick(ours, (m) => m.load.disconnects);
    const [serverLag, serverCpu] = serverRows('P2', ours, reference);
    const rows: Row[] = [
      {
        figure: 'P2 cursor propagation p99',
        unit: 'ms',
        ours: cursorP99,
        reference: pick(reference, (m) => m.load.cursors?.p99Ms),
        floor: null,
        target: `≤ ${TARGET_CURSOR_P99_MS} ms`,
        met: atMost(cursorP99, TARGET_CURSOR_P99_MS),
      },
      {
        figure: 'P2 cursor propagation p50',
        unit: 'ms',
        ours: pick(ours, (m) => m.load.cursors?.p50Ms),
        reference: pick(reference, (m) => m.load.cursors?.p50Ms),
        floor: null,
        target: null,
        met: null,
      },
      {
        figure: 'P2 join under load p95',
        unit: 'ms',
        ours: joinP95,
        reference: pick(reference, (m) => m.load.joins?.p95Ms),
        floor: null,
        target: `≤ ${TARGET_JOIN_P95_MS} ms`,
        met: atMost(joinP95, TARGET_JOIN_P95_MS),
      },
      {
        figure: 'P2 dropped connections',
        unit: 'count',
        ours: dropped,
        reference: pick(reference, (m) => m.load.disconnects),
        floor: null,
        target: '0',
        met: dropped === 0,
      },
      {
        figure: 'P2 server RSS peak',
        unit: 'MB',
        ours: rss,
        reference: pick(reference, (m) => m.server.rssPeakMb),
        floor: null,
        target: `≤ ${TARGET_RSS_MB} MB`,
        met: atMost(rss, TARGET_RSS_MB),
      },
      serverLag!,
      serverCpu!,
    ];
    return {
      name: this.name,
      title: this.title,
      rows,
      notes: [
        'floor: none, presence is a server relay with no Yjs document work to compare against',
        ...harnessNotes('ours', ours),
        ...harnessNotes('reference', reference),
      ],
      raw: { shape: SHAPE, ours, reference },
    };
  },
};
