import { Connection } from './connection.js';
import type { Peer } from './peer.js';
import { Room } from './room.js';

export interface ArrivalTimes {
  /** The arrivals noted for `boardId` since the last call: the updates its next append carries. */
  take(boardId: string): number[];
}

/**
 * For measuring the durability window from outside the server's code (the bench's P4, the crash
 * test): notes when each update reached its connection's handler (`performance.now()`), per board. A
 * room applies the updates of one turn together and appends them as one entry, so the board's next
 * append carries every arrival noted since (also an update that changed nothing, such as a joining
 * peer's step 2). Wraps the handlers' prototypes; call it once per process.
 */
export function watchArrivals(): ArrivalTimes {
  const byBoard = new Map<string, number[]>();
  let arrival: number | undefined;
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
    const arrivals = byBoard.get(this.boardId) ?? [];
    arrivals.push(arrival);
    byBoard.set(this.boardId, arrivals);
  };
  return {
    take(boardId) {
      const arrivals = byBoard.get(boardId) ?? [];
      byBoard.delete(boardId);
      return arrivals;
    },
  };
}
