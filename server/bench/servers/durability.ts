import {
  watchArrivals as watchArrivalTimes,
  type ArrivalTimes,
} from '../../src/collab/arrival-times.test-helpers.js';
import { SqliteBoardStore } from '../../src/storage/sqlite/sqlite-board-store.js';
import { summarizeSamples, type LatencySummary } from '../lib/histogram.js';
import type { LagWindow } from '../lib/lag-sampler.js';

/*
 * P4's durability window, measured inside our server for the bench only: from a peer's message
 * reaching the server's JavaScript to the store's `appendUpdate` resolving for the updates it carries
 * (see `watchArrivals` in `arrival-times.test-helpers.ts`; P3's joins are all before its window). The
 * production server carries none of this: the bench child swaps in this store and wraps the handlers.
 */

let arrivals: ArrivalTimes | undefined;
const at: number[] = [];
const windowMs: number[] = [];

/** Notes when each message reaches a connection's handler, and the boards its updates are for. */
export function watchArrivals(): void {
  arrivals = watchArrivalTimes();
}

/** Our SQLite store, timing every append against the arrivals of the updates it carries. */
export class TimedBoardStore extends SqliteBoardStore {
  override async appendUpdate(id: string, update: Uint8Array): Promise<number> {
    const carried = arrivals?.take(id) ?? [];
    const seq = await super.appendUpdate(id, update);
    const now = performance.now();
    for (const arrived of carried) {
      at.push(Date.now());
      windowMs.push(now - arrived);
    }
    return seq;
  }
}

export function readDurability({ from, to }: LagWindow): LatencySummary {
  return summarizeSamples(windowMs.filter((_, i) => at[i]! >= from && at[i]! <= to));
}
