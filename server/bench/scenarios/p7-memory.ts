import type { ChildHandle } from '../lib/children.js';
import type { HeapUsage } from '../lib/heap.js';
import type { LoadMethods } from '../load/main.js';
import type { CycleResult } from '../load/memory.js';
import type { RunningServer, Target } from '../servers/launch.js';
import {
  attempt,
  neighbourNotes,
  openWindow,
  pick,
  withFloor,
  withLoad,
  withServer,
  type Outcome,
} from './harness.js';
import type { BenchContext, Row, Scenario } from './types.js';

const NOTES = 5_000;
const BOARDS = 1_000;
const CYCLES = 10_000;
const WARMUP_CYCLES = 1_000;
/** Cycles per call to the load generator, so no single call runs into the bench's call timeout. */
const CYCLES_PER_CALL = 2_000;
const CONCURRENCY = 20;
const TARGET_BOARD_HEAP_MB = 15;
const TARGET_UNLOAD_S = 30;
const TARGET_GROWTH_PERCENT = 5;
const UNLOAD_LIMIT_MS = 60_000;

interface BoardMemory {
  empty: HeapUsage;
  loaded: HeapUsage;
  /** From the last client leaving to the board being out of memory, with the default grace period. */
  unloadMs: number | null;
}

interface Churn {
  before: HeapUsage;
  after: HeapUsage;
  cycles: CycleResult[];
  othersCpuPercent: number | undefined;
}

async function waitUnloaded(load: ChildHandle<LoadMethods>, target: Target): Promise<number> {
  const ms = await load.call('memory.timeUnload', { target, limitMs: UNLOAD_LIMIT_MS });
  if (ms === null || ms === undefined) throw new Error(`boards still open after ${UNLOAD_LIMIT_MS / 1000} s`);
  return ms;
}

/** A 5,000-note board's heap in a server with default settings, and how soon it leaves when idle. */
function measureBoard(context: BenchContext): Promise<BoardMemory> {
  return withServer('ours', context, {}, (server) =>
    withLoad(context, async (load) => {
      const target = { kind: server.kind, port: server.port };
      const boardId = await server.child.call('board.create');
      context.log(`  ours: writing ${NOTES} notes, then waiting for the idle board to be unloaded`);
      await load.call('memory.writeBoard', { target, boardId, notes: NOTES });
      const unloadMs = await load.call('memory.timeUnload', { target, limitMs: UNLOAD_LIMIT_MS });
      const empty = await server.child.call('heap.read');
      await load.call('memory.hold', { target, boardId });
      const loaded = await server.child.call('heap.read');
      await load.call('memory.release');
      return { empty, loaded, unloadMs: unloadMs ?? null };
    }),
  );
}

async function runCycles(load: ChildHandle<LoadMethods>, target: Target, boardIds: string[], cycles: number) {
  const results: CycleResult[] = [];
  for (let done = 0; done < cycles; done += CYCLES_PER_CALL) {
    const count = Math.min(CYCLES_PER_CALL, cycles - done);
    results.push(
      await load.call('memory.cycle', { target, boardIds, cycles: count, concurrency: CONCURRENCY }),
    );
  }
  await waitUnloaded(load, target);
  return results;
}

/** Open/close cycles over many boards; every close unloads its board, the path a leak would be on. */
function measureChurn(context: BenchContext): Promise<Churn> {
  return withServer('ours', context, { UNLOAD_GRACE_MS: '0' }, (server: RunningServer) =>
    withLoad(context, async (load) => {
      const target = { kind: server.kind, port: server.port };
      const boardIds = await server.child.call('board.createMany', BOARDS);
      context.log(`  ours: ${WARMUP_CYCLES} warm-up then ${CYCLES} open/close cycles over ${BOARDS} boards`);
      await runCycles(load, target, boardIds, WARMUP_CYCLES);
      const before = await server.child.call('heap.read');
      const window = openWindow(server.child, load);
      const cycles = await runCycles(load, target, boardIds, CYCLES);
      const { othersCpuPercent } = await window.close()();
      const after = await server.child.call('heap.read');
      return { before, after, cycles, othersCpuPercent };
    }),
  );
}

/** P7: memory of a large board, unloading of idle boards, and heap after many open/close cycles. */
export const p7: Scenario = {
  name: 'p7',
  title: 'P7 memory: a 5,000-note board, idle unload, 10,000 open/close cycles over 1,000 boards',
  async run(context) {
    context.log('  floor: raw Yjs in-process');
    const floorMb = await withFloor(context, (child) => child.call('floor.boardHeap', NOTES));
    const board: Outcome<BoardMemory> = await attempt('ours', context, () => measureBoard(context));
    const churn: Outcome<Churn> = await attempt('ours', context, () => measureChurn(context));

    const boardMb = pick(board, (m) => m.loaded.heapUsedMb - m.empty.heapUsedMb);
    const unloadS = pick(board, (m) => (m.unloadMs === null ? null : m.unloadMs / 1000));
    const growth = pick(
      churn,
      (m) => ((m.after.heapUsedMb - m.before.heapUsedMb) / m.before.heapUsedMb) * 100,
    );
    const rows: Row[] = [
      {
        figure: 'P7 heap of a loaded 5,000-note board',
        unit: 'MB',
        ours: boardMb,
        reference: null,
        floor: floorMb,
        target: `≤ ${TARGET_BOARD_HEAP_MB} MB`,
        met: boardMb !== null && boardMb <= TARGET_BOARD_HEAP_MB,
      },
      {
        figure: 'P7 idle board unloaded after',
        unit: 's',
        ours: unloadS,
        reference: null,
        floor: null,
        target: `≤ ${TARGET_UNLOAD_S} s`,
        met: unloadS !== null && unloadS <= TARGET_UNLOAD_S,
      },
      {
        figure: `P7 heap growth over ${CYCLES.toLocaleString('en-US')} cycles`,
        unit: 'percent',
        ours: growth,
        reference: null,
        floor: null,
        target: `≤ ${TARGET_GROWTH_PERCENT} %`,
        met: growth !== null && growth <= TARGET_GROWTH_PERCENT,
      },
    ];
    const notes = [
      'reference: not measured; y-websocket drops a document as soon as its last client leaves and has ' +
        'no way to ask it for its heap or open documents',
    ];
    if (board.ok) {
      const { empty, loaded } = board.value;
      notes.push(
        `ours: heap ${empty.heapUsedMb.toFixed(1)} MB with no board open, ${loaded.heapUsedMb.toFixed(1)} MB ` +
          `with the board open to one client; buffers outside the heap ${empty.externalMb.toFixed(1)} → ` +
          `${loaded.externalMb.toFixed(1)} MB`,
      );
    }
    if (churn.ok) {
      const { before, after, cycles, othersCpuPercent } = churn.value;
      const seconds = cycles.reduce((sum, result) => sum + result.seconds, 0);
      const failures = cycles.reduce((sum, result) => sum + result.failures, 0);
      notes.push(
        `ours: heap ${before.heapUsedMb.toFixed(1)} MB after ${WARMUP_CYCLES} warm-up cycles, ` +
          `${after.heapUsedMb.toFixed(1)} MB after ${CYCLES} more (${CONCURRENCY} at a time, ` +
          `${(CYCLES / seconds).toFixed(0)} cycles/s, ${failures} failed), both with every board unloaded ` +
          '(UNLOAD_GRACE_MS=0, so each cycle loads and unloads its board)',
        ...neighbourNotes('ours', othersCpuPercent),
      );
    }
    return { name: this.name, title: this.title, rows, notes, raw: { floorMb, board, churn } };
  },
};
