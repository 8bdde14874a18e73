import { Connection } from '../../src/collab/connection.js';
import type { Peer } from '../../src/collab/peer.js';
import { Room } from '../../src/collab/room.js';
import { SqliteBoardStore } from '../../src/storage/sqlite/sqlite-board-store.js';
import { summarizeSamples, type LatencySummary } from '../lib/histogram.js';
import type { LagWindow } from '../lib/lag-sampler.js';

/*
 * P4's durability window, measured inside our server for the bench only: from a peer's message
 * reaching the server's JavaScript to the store's `appendUpdate` resolving for the update it carried.
 * A room applies the updates that reached it in one turn together and appends them as one entry, so
 * each update's arrival is noted against its board, and the board's next append carries every update
 * noted since (also an update that changed nothing, such as a joining peer's step 2: P3's joins are
 * all before its window). The production server carries none of this: the bench child swaps in this
 * store and wraps the handlers.
 */

let arrival: number | undefined;
const arrivalsByBoard = new Map<string, number[]>();
const at: number[] = [];
const windowMs: number[] = [];

/** Notes when each message reaches a connection's handler, and the boards its updates are for. */
export function watchArrivals(): void {
  const handleMessage = Connection.prototype.handleMessage;
  Connection.prototype.handleMessage = function (this: Connection, data: Uint8Array) {
    arrival = performance.now();
    try {
      handleMessage.call(this, data);
    } finally {
      arrival = undefined;
    }
  };
  const receiveUpdate = Room.prototype.receiveUpdate;
  Room.prototype.receiveUpdate = function (this: Room, peer: Peer, update: Uint8Array) {
    receiveUpdate.call(this, peer, update);
    if (arrival === undefined) return;
    const arrivals = arrivalsByBoard.get(this.boardId) ?? [];
    arrivals.push(arrival);
    arrivalsByBoard.set(this.boardId, arrivals);
  };
}

/** Our SQLite store, timing every append against the arrivals of the updates it carries. */
export class TimedBoardStore extends SqliteBoardStore {
  override async appendUpdate(id: string, update: Uint8Array): Promise<number> {
    const arrivals = arrivalsByBoard.get(id) ?? [];
    arrivalsByBoard.delete(id);
    const seq = await super.appendUpdate(id, update);
    const now = performance.now();
    for (const arrived of arrivals) {
      at.push(Date.now());
      windowMs.push(now - arrived);
    }
    return seq;
  }
}

export function readDurability({ from, to }: LagWindow): LatencySummary {
  return summarizeSamples(windowMs.filter((_, i) => at[i]! >= from && at[i]! <= to));
}
