import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { MESSAGE_SYNC } from '@werkplaats/shared';

/** One stored update, framed once as the y-websocket update message that carries it. */
interface Part {
  message: Uint8Array;
  /** The update itself: a view into `message`. */
  update: Uint8Array;
}

/**
 * Parts are merged (`Y.mergeUpdates`, on the event loop) only while the merge stays this small, so a
 * merge never holds the loop for long. Larger parts stay as they are; there are few of them, as each
 * one holds at least half this many bytes.
 */
const MERGE_LIMIT_BYTES = 256 * 1024;

/** A peer holding at most this share of a board (in clock ticks) is sent the stored parts whole. */
const WHOLE_ANSWER_SHARE = 0.5;

/** Answers a step 1 whose peer was sent the stored parts: the parts already carry everything stored. */
export const EMPTY_SYNC_STEP2: Uint8Array = (() => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
  encoding.writeVarUint8Array(encoder, Y.mergeUpdates([]));
  return encoding.toUint8Array(encoder);
})();

/**
 * Whether a peer whose sync step 1 says `stateVector` holds little of `doc`: a new visitor, who is
 * better sent the stored parts (what it holds comes along again, and Yjs skips it) than an answer
 * encoded for it. Costs one pass over the state vectors, never over the document.
 */
export function holdsLittleOf(doc: Y.Doc, stateVector: Uint8Array): boolean {
  let total = 0;
  for (const client of doc.store.clients.keys()) total += Y.getState(doc.store, client);
  let held = 0;
  for (const [client, clock] of Y.decodeStateVector(stateVector)) {
    held += Math.min(clock, Y.getState(doc.store, client));
  }
  return held <= WHOLE_ANSWER_SHARE * total;
}

function frame(update: Uint8Array): Part {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, syncProtocol.messageYjsUpdate);
  encoding.writeVarUint(encoder, update.byteLength);
  const header = encoding.toUint8Array(encoder);
  const message = new Uint8Array(header.byteLength + update.byteLength);
  message.set(header);
  message.set(update, header.byteLength);
  return { message, update: message.subarray(header.byteLength) };
}

/**
 * What a board has stored, kept as a few encoded updates (the snapshot, then the log merged into
 * ever larger parts), so a new peer's sync step 1 is answered by sending bytes that exist already
 * instead of encoding the whole document on the event loop: for a 50,000-note board that encoding
 * took about a second, and every change to the board made the next one pay it again.
 *
 * Holds only stored updates (the room adds each one once it is stored), so whatever it sends is
 * kept. Compaction replaces the parts by the snapshot it wrote, plus what was added in the meantime.
 */
export class StoredParts {
  private parts: Part[] = [];
  /** Updates added while a compaction is writing its snapshot; see `beginRebase`. */
  private sinceSnapshot: Uint8Array[] | undefined;

  constructor(stored: readonly Uint8Array[]) {
    for (const update of stored) this.add(update);
  }

  /** The messages that carry every stored update, in order. */
  get messages(): Uint8Array[] {
    return this.parts.map((part) => part.message);
  }

  /** Adds an update that is stored now. */
  add(update: Uint8Array): void {
    this.sinceSnapshot?.push(update);
    this.parts.push(frame(update));
    // A binary counter: a part is merged into the one before it while that one is not larger, so n
    // updates cost O(n log n) bytes of merging and leave O(log n) small parts.
    for (;;) {
      const last = this.parts.at(-1)!;
      const before = this.parts.at(-2);
      if (!before) return;
      const bytes = before.update.byteLength + last.update.byteLength;
      if (before.update.byteLength > last.update.byteLength || bytes > MERGE_LIMIT_BYTES) return;
      this.parts.splice(-2, 2, frame(Y.mergeUpdates([before.update, last.update])));
    }
  }

  /** A compaction has encoded its snapshot: from now on, updates are also kept for `rebase`. */
  beginRebase(): void {
    this.sinceSnapshot = [];
  }

  /** The snapshot is stored: it replaces every part, followed by what was added since it was encoded. */
  rebase(snapshot: Uint8Array): void {
    const since = this.sinceSnapshot ?? [];
    this.sinceSnapshot = undefined;
    this.parts = [frame(snapshot)];
    for (const update of since) this.add(update);
  }

  /** The compaction failed: the parts stay as they are. */
  cancelRebase(): void {
    this.sinceSnapshot = undefined;
  }
}
