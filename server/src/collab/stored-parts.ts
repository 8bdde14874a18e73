import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { MESSAGE_SYNC } from '@werkplaats/shared';
import { syncUpdateMessage } from './messages.js';

/** One stored update, or several merged. */
interface Part {
  update: Uint8Array;
  /** The message carrying `update`, made when first sent (`update` then points into it). */
  message: Uint8Array | undefined;
  /** How many rounds of merging made it; `SEALED` when it is merged no further. */
  level: number;
}

/**
 * Stored updates wait unmerged until there are this many, or this many bytes, or a peer is sent them;
 * then they are merged (`Y.mergeUpdates`) into one part. A board taking thousands of updates a second
 * thus merges each once, in large batches, and only a few parts of a board are small.
 */
const FRESH_LIMIT = { updates: 1024, bytes: 64 * 1024 } as const;
/** Parts of one level are merged this many at a time. */
const FANOUT = 8;
/**
 * A merge never takes more than this, so it never holds the event loop for long (a few ms). Parts
 * that would merge into more stay as they are: a board's log holds few of them, as each is large.
 */
const MERGE_LIMIT_BYTES = 512 * 1024;
const SEALED = Number.POSITIVE_INFINITY;

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

/**
 * What a board has stored, kept as a few encoded updates (the snapshot, then the log merged into
 * larger parts), so a new peer's sync step 1 is answered by sending bytes that exist already
 * instead of encoding the whole document on the event loop: for a 50,000-note board that encoding
 * took about a second, and every change to the board made the next one pay it again.
 *
 * Holds only stored updates (the room adds each one once it is stored), so whatever it sends is
 * kept. Compaction replaces the parts by the snapshot it wrote, plus what was added in the meantime.
 */
export class StoredParts {
  private parts: Part[] = [];
  /** Stored updates not merged into a part yet, and their bytes. */
  private fresh: Uint8Array[] = [];
  private freshBytes = 0;
  /** Updates added while a compaction is writing its snapshot; see `beginRebase`. */
  private sinceSnapshot: Uint8Array[] | undefined;

  /** `stored`: the snapshot first, then the log, as the store returns them. */
  constructor(stored: readonly Uint8Array[]) {
    const [snapshot, ...log] = stored;
    if (snapshot) this.parts.push({ update: snapshot, message: undefined, level: SEALED });
    for (const update of log) this.add(update);
  }

  /** The messages that carry every stored update, in order. */
  get messages(): Uint8Array[] {
    this.mergeFresh();
    return this.parts.map((part) => {
      if (!part.message) {
        part.message = syncUpdateMessage(part.update);
        part.update = part.message.subarray(part.message.byteLength - part.update.byteLength);
      }
      return part.message;
    });
  }

  /** Adds an update that is stored now. */
  add(update: Uint8Array): void {
    this.sinceSnapshot?.push(update);
    this.fresh.push(update);
    this.freshBytes += update.byteLength;
    if (this.fresh.length >= FRESH_LIMIT.updates || this.freshBytes >= FRESH_LIMIT.bytes) this.mergeFresh();
  }

  private mergeFresh(): void {
    const { fresh } = this;
    if (fresh.length === 0) return;
    this.fresh = [];
    this.freshBytes = 0;
    const update = fresh.length === 1 ? fresh[0]! : Y.mergeUpdates(fresh);
    this.parts.push({ update, message: undefined, level: 0 });
    for (;;) {
      const group = this.parts.slice(-FANOUT);
      const { level } = group[0]!;
      if (level === SEALED || group.length < FANOUT || group.some((part) => part.level !== level)) return;
      if (group.reduce((sum, part) => sum + part.update.byteLength, 0) > MERGE_LIMIT_BYTES) {
        for (const part of group) part.level = SEALED;
        return;
      }
      const merged = Y.mergeUpdates(group.map((part) => part.update));
      this.parts.splice(-FANOUT, FANOUT, { update: merged, message: undefined, level: level + 1 });
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
    this.parts = [{ update: snapshot, message: undefined, level: SEALED }];
    this.fresh = [];
    this.freshBytes = 0;
    for (const update of since) this.add(update);
  }

  /** The compaction failed: the parts stay as they are. */
  cancelRebase(): void {
    this.sinceSnapshot = undefined;
  }
}
