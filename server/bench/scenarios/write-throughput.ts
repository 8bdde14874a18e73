import type { writeThroughputFloor } from '../floor/edits.js';
import {
  attempt,
  measureEdits,
  pick,
  withFloor,
  type EditMeasurement,
  type EditShape,
  type Outcome,
} from './harness.js';
import { serverRows } from './server-rows.js';
import type { BenchContext, Row } from './types.js';

/** One write-throughput run: raw Yjs in-process, then our server, then the reference, same shape. */
export interface WriteThroughputRun {
  floor: ReturnType<typeof writeThroughputFloor>;
  ours: Outcome<EditMeasurement>;
  reference: Outcome<EditMeasurement>;
}

export async function runWriteThroughput(
  context: BenchContext,
  shape: EditShape,
  writersPerBoard?: number,
): Promise<WriteThroughputRun> {
  context.log('  floor: raw Yjs in-process');
  const floor = await withFloor(context, (child) => child.call('floor.writeThroughput', writersPerBoard));
  const ours = await attempt('ours', context, () => measureEdits('ours', context, shape));
  const reference = await attempt('reference', context, () => measureEdits('reference', context, shape));
  return { floor, ours, reference };
}

export interface WriteThroughputTargets {
  perSecond: number;
  p99Ms: number;
  lagMs: number;
}

/** Delivered rate, propagation p99 and p50, and the servers' lag, CPU and memory, each against the targets. */
export function writeThroughputRows(
  prefix: string,
  { floor, ours, reference }: WriteThroughputRun,
  targets: WriteThroughputTargets,
): Row[] {
  const delivered = pick(ours, (m) => m.load.deliveredPerSecond);
  const p99 = pick(ours, (m) => m.load.edits.p99Ms);
  return [
    {
      figure: `${prefix} updates/s delivered to all others`,
      unit: 'per-second',
      ours: delivered,
      reference: pick(reference, (m) => m.load.deliveredPerSecond),
      floor: floor.perSecond,
      target: `≥ ${targets.perSecond.toLocaleString('en-US')}/s`,
      met: delivered !== null && delivered >= targets.perSecond,
    },
    {
      figure: `${prefix} update propagation p99`,
      unit: 'ms',
      ours: p99,
      reference: pick(reference, (m) => m.load.edits.p99Ms),
      floor: floor.latency.p99Ms,
      target: `≤ ${targets.p99Ms} ms`,
      met: p99 !== null && p99 <= targets.p99Ms,
    },
    {
      figure: `${prefix} update propagation p50`,
      unit: 'ms',
      ours: pick(ours, (m) => m.load.edits.p50Ms),
      reference: pick(reference, (m) => m.load.edits.p50Ms),
      floor: floor.latency.p50Ms,
      target: null,
      met: null,
    },
    ...serverRows(prefix, ours, reference, targets.lagMs),
  ];
}
