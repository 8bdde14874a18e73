import * as Y from 'yjs';
import { syncUpdateMessage } from './messages.js';

/**
 * Shortest time between two update broadcasts of one room. The first update after a quiet frame goes
 * out at the end of its turn; under load, updates wait at most one frame, so a peer reads at most 200
 * update messages a second from a room however many people write to it.
 */
export const UPDATE_FRAME_MS = 5;

/**
 * Gathers the updates a room stored and broadcasts them as one merged update per frame, encoded once
 * for every peer (`Y.mergeUpdates`, which the y-websocket protocol allows: a client applies one update
 * message as it would the updates it merges). Sent one by one, 50 writers on one board made every
 * peer read 5,000 messages a second and the server write 250,000. An update alone in its frame goes
 * out as it came. When every update of a frame came from one peer, that peer is left out as before;
 * otherwise each contributor also gets its own changes back, which Yjs skips as known (the standard
 * y-websocket server echoes every update to its sender).
 */
export class UpdateBatch {
  private updates: Uint8Array[] = [];
  private readonly origins = new Set<unknown>();
  /** Cancels the scheduled flush; set while one is scheduled. */
  private cancelFlush: (() => void) | undefined;
  private lastFlush = Number.NEGATIVE_INFINITY;

  constructor(private readonly broadcast: (message: Uint8Array, exceptOrigin?: unknown) => void) {}

  /** Queues a stored update; updates go out in the order they are added in. */
  add(update: Uint8Array, origin: unknown): void {
    this.updates.push(update);
    this.origins.add(origin);
    if (this.cancelFlush) return;
    const wait = this.lastFlush + UPDATE_FRAME_MS - performance.now();
    if (wait <= 0) {
      const immediate = setImmediate(this.flush);
      this.cancelFlush = () => clearImmediate(immediate);
    } else {
      const timer = setTimeout(this.flush, wait);
      this.cancelFlush = () => clearTimeout(timer);
    }
  }

  /** Sends what is queued now. */
  readonly flush = (): void => {
    this.cancel();
    if (this.updates.length === 0) return;
    const updates = this.updates;
    const [first] = this.origins;
    const exceptOrigin = this.origins.size === 1 ? first : undefined;
    this.updates = [];
    this.origins.clear();
    this.lastFlush = performance.now();
    this.broadcast(
      syncUpdateMessage(updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates)),
      exceptOrigin,
    );
  };

  /** Drops what is queued, for a room that is going away. */
  clear(): void {
    this.cancel();
    this.updates = [];
    this.origins.clear();
  }

  private cancel(): void {
    this.cancelFlush?.();
    this.cancelFlush = undefined;
  }
}
