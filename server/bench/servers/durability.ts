import { Connection } from '../../src/collab/connection.js';
import { SqliteBoardStore } from '../../src/storage/sqlite/sqlite-board-store.js';
import { summarizeSamples, type LatencySummary } from '../lib/histogram.js';
import type { LagWindow } from '../lib/lag-sampler.js';

/*
 * P4's durability window, measured inside our server for the bench only: from a peer's message
 * reaching the server's JavaScript to the store's `appendUpdate` resolving for the update it carried.
 * A room gates, applies and hands an update to the store synchronously within the message's handler,
 * so the arrival of the message being handled is the arrival of every update it appends. The
 * production server carries none of this: the bench child swaps in this store and wraps the handler.
 */

let arrival: number | undefined;
const at: number[] = [];
const windowMs: number[] = [];

/** Notes when each message reaches a connection's handler. */
export function watchArrivals(): void {
  const original = Connection.prototype.handleMessage;
  Connection.prototype.handleMessage = function (this: Connection, data: Uint8Array) {
    arrival = performance.now();
    try {
      original.call(this, data);
    } finally {
      arrival = undefined;
    }
  };
}

/** Our SQLite store, timing every append against the arrival being handled. */
export class TimedBoardStore extends SqliteBoardStore {
  override async appendUpdate(id: string, update: Uint8Array): Promise<number> {
    const arrived = arrival;
    const seq = await super.appendUpdate(id, update);
    if (arrived !== undefined) {
      at.push(Date.now());
      windowMs.push(performance.now() - arrived);
    }
    return seq;
  }
}

export function readDurability({ from, to }: LagWindow): LatencySummary {
  return summarizeSamples(windowMs.filter((_, i) => at[i]! >= from && at[i]! <= to));
}
