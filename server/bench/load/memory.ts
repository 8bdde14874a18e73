import { createBoardDoc } from '@werkplaats/shared';
import { sleep } from '../lib/sleep.js';
import type { Target } from '../servers/launch.js';
import { BenchClient } from './client.js';

/** P7's clients: hold a board open, time how long an idle board stays in memory, churn many boards. */

let held: BenchClient | undefined;

function connect(target: Target, boardId: string, name: string): BenchClient {
  return new BenchClient({ port: target.port, boardId, doc: createBoardDoc(), mode: 'lean', name });
}

/** Opens `boardId` with one client that stays connected until `release`. */
export async function hold(target: Target, boardId: string): Promise<void> {
  held = connect(target, boardId, 'Holder');
  await held.synced;
}

export async function release(): Promise<void> {
  await held?.close();
  held?.doc.destroy();
  held = undefined;
}

async function openBoards(target: Target): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${target.port}/api/health`);
  return ((await response.json()) as { openBoards: number }).openBoards;
}

/** Time from now until the server holds no board in memory; undefined if that takes over `limitMs`. */
export async function timeUnload(target: Target, limitMs: number): Promise<number | undefined> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    if ((await openBoards(target)) === 0) return performance.now() - started;
    await sleep(100);
  }
  return undefined;
}

export interface CycleResult {
  cycles: number;
  seconds: number;
  failures: number;
}

/**
 * `cycles` opens and closes spread round-robin over `boardIds`, `concurrency` at a time: each client
 * syncs, shows its presence, and leaves.
 */
export async function cycle(
  target: Target,
  boardIds: readonly string[],
  cycles: number,
  concurrency: number,
): Promise<CycleResult> {
  const started = performance.now();
  let next = 0;
  let failures = 0;
  const worker = async () => {
    while (next < cycles) {
      const boardId = boardIds[next++ % boardIds.length]!;
      const client = connect(target, boardId, 'Visitor');
      try {
        await client.synced;
        client.awareness.setLocalStateField('cursor', { x: next, y: next });
      } catch {
        failures++;
      }
      await client.close();
      client.doc.destroy();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { cycles, seconds: (performance.now() - started) / 1000, failures };
}
