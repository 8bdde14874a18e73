import type { ColdLoadConfig, ColdLoadResult } from '../load/cold-load.js';
import type { ServerKind } from '../servers/launch.js';
import {
  attempt,
  outcomeNotes,
  openWindow,
  pick,
  withFloor,
  withLoad,
  withServer,
  type Outcome,
  type WindowStats,
} from './harness.js';
import type { BenchContext, Row, Scenario } from './types.js';

const NOTES = 5_000;
const TARGET_P95_MS = 150;
const SHAPE: Omit<ColdLoadConfig, 'target' | 'boardId'> = {
  notes: NOTES,
  warmup: 2,
  samples: 30,
  settleMs: 200,
};
/** Ours unloads a board as soon as its last client leaves, so every open is cold. */
const OUR_SETTINGS = { UNLOAD_GRACE_MS: '0' };

type ColdLoadMeasurement = ColdLoadResult & WindowStats;

function measureColdLoad(kind: ServerKind, context: BenchContext): Promise<ColdLoadMeasurement> {
  context.log(`  ${kind}: writing ${NOTES} notes, then ${SHAPE.warmup} + ${SHAPE.samples} cold opens`);
  return withServer(kind, context, kind === 'ours' ? OUR_SETTINGS : {}, (server) =>
    withLoad(context, async (load) => {
      const boardId = await server.child.call('board.create');
      const window = openWindow(server.child, load);
      const result = await load.call('coldload.run', {
        ...SHAPE,
        boardId,
        target: { kind, port: server.port },
      });
      const stats = await window.close()();
      return { ...result, ...stats };
    }),
  );
}

/** P5: a 5,000-note board that is not in memory, opened by a new client. */
export const p5: Scenario = {
  name: 'p5',
  title: 'P5 cold load: a 5,000-note board, server load + first sync',
  async run(context) {
    context.log('  floor: raw Yjs in-process');
    const floor = await withFloor(context, (child) => child.call('floor.coldLoad', NOTES));
    const ours: Outcome<ColdLoadMeasurement> = await attempt('ours', context, () =>
      measureColdLoad('ours', context),
    );
    const reference: Outcome<ColdLoadMeasurement> = await attempt('reference', context, () =>
      measureColdLoad('reference', context),
    );

    const p95 = pick(ours, (m) => m.opens.p95Ms);
    const rows: Row[] = [
      {
        figure: 'P5 cold load + first sync p95',
        unit: 'ms',
        ours: p95,
        reference: pick(reference, (m) => m.opens.p95Ms),
        floor: floor.p95Ms,
        target: `≤ ${TARGET_P95_MS} ms`,
        met: p95 !== null && p95 <= TARGET_P95_MS,
      },
      {
        figure: 'P5 cold load + first sync p50',
        unit: 'ms',
        ours: pick(ours, (m) => m.opens.p50Ms),
        reference: pick(reference, (m) => m.opens.p50Ms),
        floor: floor.p50Ms,
        target: null,
        met: null,
      },
    ];
    const notes = outcomeNotes(
      { ours, reference },
      (m) =>
        `board state ${Math.round(m.stateBytes / 1024).toLocaleString('en-US')} KiB; ` +
        `${SHAPE.samples} measured opens after ${SHAPE.warmup} warm-up opens; client-side apply ` +
        `(not in the figure) p50 ${m.clientApply.p50Ms.toFixed(0)} ms`,
    );
    return { name: this.name, title: this.title, rows, notes, raw: { shape: SHAPE, floor, ours, reference } };
  },
};
