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

const SHAPE: EditShape = { clients: 50, movesPerSecond: 5, cursorHz: 30, warmupMs: 5_000, windowMs: 15_000 };
const TARGET_P99_MS = 15;
const TARGET_RATIO = 0.5;

function p99Met(ours: number | null, reference: number | null): boolean | null {
  if (ours === null || ours > TARGET_P99_MS) return false;
  return reference === null ? null : ours <= TARGET_RATIO * reference;
}

/** P1: 50 clients on one board, each moving a note 5 times a second and its cursor at 30 Hz. */
export const p1: Scenario = {
  name: 'p1',
  title: 'P1 edit propagation: 50 clients, 5 moves/s each, cursors at 30 Hz',
  async run(context) {
    context.log('  floor: raw Yjs in-process');
    const floor = await withFloor(context, (child) => child.call('floor.editPropagation'));
    const ours: Outcome<EditMeasurement> = await attempt('ours', context, () =>
      measureEdits('ours', context, SHAPE),
    );
    const reference: Outcome<EditMeasurement> = await attempt('reference', context, () =>
      measureEdits('reference', context, SHAPE),
    );

    const oursP99 = pick(ours, (m) => m.load.edits.p99Ms);
    const referenceP99 = pick(reference, (m) => m.load.edits.p99Ms);
    const rows: Row[] = [
      {
        figure: 'P1 edit propagation p99',
        unit: 'ms',
        ours: oursP99,
        reference: referenceP99,
        floor: floor.p99Ms,
        target: `≤ ${TARGET_P99_MS} ms and ≤ ${TARGET_RATIO}× ref`,
        met: p99Met(oursP99, referenceP99),
      },
      {
        figure: 'P1 edit propagation p50',
        unit: 'ms',
        ours: pick(ours, (m) => m.load.edits.p50Ms),
        reference: pick(reference, (m) => m.load.edits.p50Ms),
        floor: floor.p50Ms,
        target: null,
        met: null,
      },
      {
        figure: 'P1 cursor propagation p99',
        unit: 'ms',
        ours: pick(ours, (m) => m.load.cursors?.p99Ms),
        reference: pick(reference, (m) => m.load.cursors?.p99Ms),
        floor: null,
        target: null,
        met: null,
      },
      ...serverRows('P1', ours, reference),
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
