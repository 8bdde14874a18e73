import { startChild, type ChildHandle } from '../lib/children.js';
import type { LatencySummary } from '../lib/histogram.js';
import type { LagStats } from '../lib/lag-sampler.js';
import { othersPercent, readCpuCounters } from '../lib/machine-load.js';
import { watchProcess, type ProcessUsage } from '../lib/proc-watch.js';
import { sleep } from '../lib/sleep.js';
import type { FloorMethods } from '../floor/main.js';
import type { EditLoadConfig, EditLoadResult } from '../load/edits.js';
import type { LoadMethods } from '../load/main.js';
import { launchServer, type RunningServer, type ServerKind, type ServerMethods } from '../servers/launch.js';
import type { BenchContext } from './types.js';

export const SERVER_KINDS: readonly ServerKind[] = ['ours', 'reference'];

/** Above this much CPU used by others during a window, the figures are flagged as disturbed. */
export const OTHERS_CPU_LIMIT_PERCENT = 10;

/** A measurement, or why it could not be made (a server that fell over is a result too). */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

export async function attempt<T>(
  kind: ServerKind,
  context: BenchContext,
  run: () => Promise<T>,
): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    context.log(`  ${kind}: FAILED: ${message}`);
    return { ok: false, error: message };
  }
}

/** A number from a measurement, or null when it failed. */
export function pick<T>(outcome: Outcome<T>, read: (value: T) => number | null | undefined): number | null {
  return outcome.ok ? (read(outcome.value) ?? null) : null;
}

export async function withServer<T>(
  kind: ServerKind,
  context: BenchContext,
  settings: Record<string, string>,
  use: (server: RunningServer) => Promise<T>,
): Promise<T> {
  const server = await launchServer(kind, context.cores.server, settings);
  try {
    return await use(server);
  } finally {
    await server.stop();
  }
}

export async function withLoad<T>(
  context: BenchContext,
  use: (load: ChildHandle<LoadMethods>) => Promise<T>,
): Promise<T> {
  const load = await startChild<LoadMethods>({
    role: 'load',
    entry: 'load/main.ts',
    cpu: context.cores.load,
  });
  try {
    return await use(load);
  } finally {
    await load.stop();
  }
}

/** Runs `use` in a floor child pinned where the servers run, so the floor sees the same core. */
export async function withFloor<T>(
  context: BenchContext,
  use: (floor: ChildHandle<FloorMethods>) => Promise<T>,
): Promise<T> {
  const floor = await startChild<FloorMethods>({
    role: 'floor',
    entry: 'floor/main.ts',
    cpu: context.cores.server,
    // The floor collects garbage between samples, outside the timed part (see floor/gc.ts).
    nodeOptions: ['--expose-gc'],
  });
  try {
    return await use(floor);
  } finally {
    await floor.stop();
  }
}

export interface ProcessStats extends ProcessUsage {
  lag: LagStats;
}

/** What the server, the load generator and the rest of the machine did during one window. */
export interface WindowStats {
  server: ProcessStats;
  load: ProcessStats;
  /** CPU used by processes outside the bench, in percent of one core (undefined off Linux). */
  othersCpuPercent: number | undefined;
  /** Arrival to stored per update in the window (P4), where the server measures it. */
  durability: LatencySummary | null;
}

/** The runner's own CPU (it only waits on IPC), counted as the bench's, not a neighbour's. */
function runnerCpu(): () => number {
  const started = performance.now();
  const usage = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(usage);
    return ((used.user + used.system) / 1000 / (performance.now() - started)) * 100;
  };
}

/**
 * Watches the server and the load generator from now until `close()`: CPU and memory from /proc, the
 * machine's CPU from /proc/stat. `close()` returns a function that asks both processes for their
 * event-loop lag in the window; call it after the load stopped, as a swamped server answers late.
 */
export function openWindow(
  server: ChildHandle<ServerMethods>,
  load: ChildHandle<LoadMethods>,
): { close(): () => Promise<WindowStats> } {
  const from = Date.now();
  const serverWatch = watchProcess(server.pid);
  const loadWatch = watchProcess(load.pid);
  const machineStart = readCpuCounters();
  const runner = runnerCpu();
  return {
    close() {
      const to = Date.now();
      const machineEnd = readCpuCounters();
      const serverUsage = serverWatch.stop();
      const loadUsage = loadWatch.stop();
      const bench = serverUsage.cpuPercent + loadUsage.cpuPercent + runner();
      const othersCpuPercent = othersPercent(machineStart, machineEnd, bench);
      return async () => {
        const [serverLag, loadLag, durability] = await Promise.all([
          server.call('lag.read', { from, to }),
          load.call('lag.read', { from, to }),
          server.call('durability.read', { from, to }),
        ]);
        return {
          server: { ...serverUsage, lag: serverLag },
          load: { ...loadUsage, lag: loadLag },
          othersCpuPercent,
          durability,
        };
      };
    },
  };
}

export interface EditShape extends Omit<EditLoadConfig, 'target' | 'boardIds'> {
  /** Boards the clients are spread over; one when unset. */
  boards?: number;
  warmupMs: number;
  windowMs: number;
}

export interface EditMeasurement extends WindowStats {
  load: EditLoadResult & ProcessStats;
}

/** Starts a fresh server and load generator, warms up, measures one window, and reports both sides. */
export function measureEdits(
  kind: ServerKind,
  context: BenchContext,
  shape: EditShape,
): Promise<EditMeasurement> {
  return withServer(kind, context, {}, (server) =>
    withLoad(context, async (load) => {
      const { warmupMs, windowMs, boards = 1, ...config } = shape;
      context.log(`  ${kind}: ${config.clients} clients connecting`);
      const boardIds = await server.child.call('board.createMany', boards);
      await load.call('edits.start', { ...config, boardIds, target: { kind, port: server.port } });
      context.log(`  ${kind}: warm-up ${warmupMs / 1000} s, then a ${windowMs / 1000} s window`);
      await sleep(warmupMs);
      await load.call('edits.measure', windowMs);
      const window = openWindow(server.child, load);
      await sleep(windowMs);
      const collect = window.close();
      await load.call('edits.endWindow');
      const result = await load.call('edits.finish');
      const stats = await collect();
      return { ...stats, load: { ...result, ...stats.load } };
    }),
  );
}

/** Lines that say whether the load generator kept up, whether every update arrived, and who else ran. */
export function harnessNotes(kind: ServerKind, outcome: Outcome<EditMeasurement>): string[] {
  if (!outcome.ok) return [`${kind}: FAILED: ${outcome.error}`];
  const { load, othersCpuPercent } = outcome.value;
  const notes = [
    `${kind}: load generator ${load.cpuPercent.toFixed(0)} % CPU, event-loop lag p99 ` +
      `${load.lag.p99Ms.toFixed(1)} ms, send lateness p99 ${load.lateness.p99Ms.toFixed(1)} ms; ` +
      `sent ${Math.round(load.sentPerSecond).toLocaleString('en-US')}/s; undelivered receptions ${load.undelivered}` +
      (load.cursors ? `, cursors undelivered ${load.cursorsUndelivered}` : '') +
      `; disconnects ${load.disconnects}; refusals ${load.refusals}` +
      (othersCpuPercent === undefined ? '' : `; other processes ${othersCpuPercent.toFixed(0)} % CPU`),
  ];
  notes.push(...neighbourNotes(kind, othersCpuPercent));
  if (load.cpuPercent > 90 || load.lateness.p99Ms > 10) {
    notes.push(
      `${kind}: WARNING the load generator was near saturation; its own queueing is part of these latencies`,
    );
  }
  if (load.undelivered > 0) {
    notes.push(
      `${kind}: WARNING ${load.undelivered} receptions had not arrived 5 s after the load stopped; ` +
        'they are in the latency histogram at their age then, so the percentiles are lower bounds',
    );
  }
  return notes;
}

/**
 * A note per server: `describe`'s summary of what it measured, with the CPU other processes used and a
 * warning when that was enough to matter, or why the measurement failed.
 */
export function outcomeNotes<T extends { othersCpuPercent?: number }>(
  outcomes: Record<ServerKind, Outcome<T>>,
  describe: (value: T) => string,
): string[] {
  return SERVER_KINDS.flatMap((kind) => {
    const outcome = outcomes[kind];
    if (!outcome.ok) return [`${kind}: FAILED: ${outcome.error}`];
    const { othersCpuPercent } = outcome.value;
    return [
      `${kind}: ${describe(outcome.value)}` +
        (othersCpuPercent === undefined ? '' : `; other processes ${othersCpuPercent.toFixed(0)} % CPU`),
      ...neighbourNotes(kind, othersCpuPercent),
    ];
  });
}

/** Warns when other processes took enough CPU during a measurement to matter. */
export function neighbourNotes(kind: ServerKind, othersCpuPercent: number | undefined): string[] {
  if (othersCpuPercent === undefined || othersCpuPercent <= OTHERS_CPU_LIMIT_PERCENT) return [];
  return [
    `${kind}: WARNING other processes used ${othersCpuPercent.toFixed(0)} % of a core during the window; ` +
      'the machine was not quiet, so these figures are disturbed: run again on an idle machine',
  ];
}
