import { pick, type Outcome, type WindowStats } from './harness.js';
import type { Row } from './types.js';

/** Event-loop lag, CPU and memory of each server during the window (informative unless targeted). */
export function serverRows(
  prefix: string,
  ours: Outcome<WindowStats>,
  reference: Outcome<WindowStats>,
  lagTargetMs?: number,
): Row[] {
  // No sample at all would mean the sampler never ran: unknown, not zero.
  const lagOf = (m: WindowStats) => (m.server.lag.samples > 0 ? m.server.lag.p99Ms : null);
  const oursLag = pick(ours, lagOf);
  return [
    {
      figure: `${prefix} server event-loop lag p99`,
      unit: 'ms',
      ours: oursLag,
      reference: pick(reference, lagOf),
      floor: null,
      target: lagTargetMs === undefined ? null : `≤ ${lagTargetMs} ms`,
      met: lagTargetMs === undefined ? null : oursLag !== null && oursLag <= lagTargetMs,
    },
    {
      figure: `${prefix} server CPU (one core = 100)`,
      unit: 'percent',
      ours: pick(ours, (m) => m.server.cpuPercent),
      reference: pick(reference, (m) => m.server.cpuPercent),
      floor: null,
      target: null,
      met: null,
    },
    {
      figure: `${prefix} server RSS peak`,
      unit: 'MB',
      ours: pick(ours, (m) => m.server.rssPeakMb),
      reference: pick(reference, (m) => m.server.rssPeakMb),
      floor: null,
      target: null,
      met: null,
    },
  ];
}
