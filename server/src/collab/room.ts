import { Awareness, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { CLOSE_CODES, initBoardDoc, isBoardDoc, migrateBoardDoc, systemOrigin } from '@werkplaats/shared';
import type { Logger } from '../log.js';
import type { BoardStore } from '../storage/board-store.js';
import type { PrivateNoteStore } from '../storage/private-note-store.js';
import { AwarenessBatch } from './awareness-batch.js';
import { applyGuardedAwareness } from './awareness-guard.js';
import { encodeIntegratedState, hasPendingUpdates } from './integrated-state.js';
import { awarenessMessage, syncStep1Message, syncStep2Message, syncUpdateMessage } from './messages.js';
import type { Peer } from './peer.js';
import { PrivateNotes } from './private-notes.js';
import { unionStateVectors } from './state-vector.js';
import { EMPTY_SYNC_STEP2, holdsLittleOf, StoredParts } from './stored-parts.js';
import { gateUpdate, type UpdateCheck } from './update-gate.js';
import type { DecodedUpdate } from './update-scope.js';

export interface RoomOptions {
  store: BoardStore;
  /** Private-mode notes, one document per person; see `PrivateNotes`. */
  privateStore: PrivateNoteStore;
  log: Logger;
  checks: readonly UpdateCheck[];
  /** Log entries after which the room folds the log into a new snapshot (see `COMPACT_LOG_SHARE`). */
  compactAfterUpdates: number;
}

/**
 * Called with a board's stored updates (snapshot first, then log) as soon as they are read, before the
 * document is rebuilt from them; the load waits for what it returns. See `RoomManager.acquire`.
 */
export type StoredStateListener = (updates: readonly Uint8Array[]) => Promise<void> | void;

const LOAD_ORIGIN = systemOrigin('load');
/**
 * Besides `compactAfterUpdates` entries, the log must hold at least this share of the last snapshot's
 * bytes before the snapshot is rewritten. Encoding a board takes time in proportion to its size, and a
 * note moved 100,000 times leaves 200,000 structs behind, so compacting after a fixed count would take
 * a growing part of the server's time (most of it, under heavy writing) and hold the event loop longer
 * each time; tied to the size, compaction costs the same per stored byte whatever the board.
 */
const COMPACT_LOG_SHARE = 0.25;
/**
 * A compaction holds the event loop while it encodes the board (about 100 ms for a board 50 people
 * have been moving notes on for a minute), so after one, the room waits this many times as long
 * before the next: compaction takes at most about 1 % of a busy room's time, and a burst of edits
 * meets one such pause, not one every second or two. A board that is compacted quickly is compacted
 * as soon as its log has grown, as before; one that grows during the pause is compacted when it ends.
 * The wait lasts at most `COMPACT_PAUSE_MAX_MS`, so what a large board's log holds beyond its snapshot
 * is at most that long's writing.
 */
const COMPACT_PAUSE_FACTOR = 100;
const COMPACT_PAUSE_MAX_MS = 30_000;
const MIGRATE_ORIGIN = systemOrigin('migrate');
/** Origin of the transaction that applies a turn's updates from peers; see `applyArrivals`. */
const ARRIVALS_ORIGIN = systemOrigin('arrivals');

interface StoredState {
  lastSeq: number;
  logEntries: number;
  logBytes: number;
  snapshotBytes: number;
  /** What the stored updates held when the room loaded. */
  stateVector: Uint8Array;
  /** The stored updates themselves, with the upgrade loading wrote. */
  updates: readonly Uint8Array[];
}

/** Thrown when bytes from a peer cannot be read; the caller closes that connection. */
export class MalformedMessageError extends Error {
  override name = 'MalformedMessageError';
}

/**
 * Rebuilds a board from its stored updates and brings it up to the current schema. Returns the
 * document and the update that upgrade made, if any. Throws when the stored updates do not make a
 * whole document; the caller then writes nothing for that board.
 */
function rebuild(updates: readonly Uint8Array[]): {
  doc: Y.Doc;
  upgrade: Uint8Array | undefined;
  storedStateVector: Uint8Array;
} {
  const doc = new Y.Doc();
  try {
    doc.transact(() => {
      for (const update of updates) Y.applyUpdate(doc, update, LOAD_ORIGIN);
    }, LOAD_ORIGIN);
    if (hasPendingUpdates(doc)) {
      throw new Error('stored updates are incomplete: some depend on changes that are missing');
    }
    const storedStateVector = Y.encodeStateVector(doc);
    // Collect what init and migration change from the update events: a diff against the earlier state
    // vector would repeat the whole delete set and write a log entry on every load.
    const changes: Uint8Array[] = [];
    const collect = (update: Uint8Array) => changes.push(update);
    doc.on('update', collect);
    if (!isBoardDoc(doc)) initBoardDoc(doc);
    migrateBoardDoc(doc, MIGRATE_ORIGIN);
    doc.off('update', collect);
    return { doc, upgrade: changes.length > 0 ? Y.mergeUpdates(changes) : undefined, storedStateVector };
  } catch (error) {
    doc.destroy();
    throw error;
  }
}

/**
 * One open board: the authoritative `Y.Doc`, its awareness, and the peers connected to it. Every
 * update from a peer passes the gate; an accepted one is applied, appended to storage, and only then
 * broadcast, in arrival order (the updates that arrive in one turn together, see `applyArrivals`). A
 * peer is never sent document state that is not stored yet.
 */
export class Room {
  readonly awareness: Awareness;
  readonly peers = new Set<Peer>();
  /** Set once in `load`; a room never exists without its private notes. */
  privateNotes!: PrivateNotes;
  private readonly awarenessOwners = new Map<number, Peer>();
  /** Resolves when every update so far is stored and sent on; see `enqueue`. */
  private tail: Promise<void> = Promise.resolve();
  private lastSeq: number;
  /** Log entries not yet folded into the snapshot, and their bytes. */
  private logEntries: number;
  private logBytes: number;
  /** Size of the last snapshot, written or loaded. */
  private snapshotBytes: number;
  /** Compactions run one at a time, so an older snapshot can never replace a newer one. */
  private compacting: Promise<void> = Promise.resolve();
  /** A compaction waiting for its turn: after this message, and after the pause that followed the last. */
  private compactionDue: NodeJS.Timeout | undefined;
  /** When the next compaction may start (`performance.now()`); see `COMPACT_PAUSE_FACTOR`. */
  private compactableAt = 0;
  private failed = false;
  private closing = false;
  private readonly awarenessBatch: AwarenessBatch;
  /** What the stored updates held when the room loaded: peers sent them directly already have it. */
  private readonly storedStateVector: Uint8Array;
  /**
   * The last sync step 2 encoded, by the state vector it answers. People joining a board all send
   * the same step 1, and encoding a large board for each of them would hold the event loop every time.
   * Any document change clears it.
   */
  private syncReply: { stateVector: string; message: Uint8Array } | undefined;
  private readonly storedParts: StoredParts;
  /** Updates received in this turn, waiting for `applyArrivals`. */
  private arrivals: { peer: Peer; update: Uint8Array; decoded: DecodedUpdate }[] = [];
  private arrivalsDue: NodeJS.Immediate | undefined;
  /** While `applyArrivals` runs: the origins of the peers whose updates it applied. */
  private applying: Set<unknown> | undefined;

  private constructor(
    readonly boardId: string,
    readonly doc: Y.Doc,
    stored: StoredState,
    private readonly options: RoomOptions,
  ) {
    this.lastSeq = stored.lastSeq;
    this.logEntries = stored.logEntries;
    this.logBytes = stored.logBytes;
    this.snapshotBytes = stored.snapshotBytes;
    this.storedStateVector = stored.stateVector;
    this.storedParts = new StoredParts(stored.updates);
    this.awareness = new Awareness(doc);
    this.awarenessBatch = new AwarenessBatch(this.awareness, (message) => this.broadcast(message));
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onAwarenessUpdate);
    doc.on('update', this.onDocUpdate);
  }

  /**
   * Loads a board from storage. Throws if the stored updates do not make a whole document; then the
   * room never exists and nothing is written for that board.
   */
  static async load(boardId: string, options: RoomOptions, onStored?: StoredStateListener): Promise<Room> {
    const stored = await options.store.loadBoard(boardId);
    await onStored?.(stored.updates);
    const { doc, upgrade, storedStateVector } = rebuild(stored.updates);
    // The store returns its snapshot first; everything after it is log.
    let logEntries = Math.max(0, stored.updates.length - 1);
    let logBytes = stored.updates.slice(1).reduce((sum, update) => sum + update.byteLength, 0);
    let lastSeq = stored.lastSeq;
    if (upgrade) {
      try {
        lastSeq = await options.store.appendUpdate(boardId, upgrade);
      } catch (error) {
        doc.destroy();
        throw error;
      }
      logEntries++;
      logBytes += upgrade.byteLength;
    }
    const snapshotBytes = stored.updates[0]?.byteLength ?? 0;
    const updates = upgrade ? [...stored.updates, upgrade] : stored.updates;
    const state = { lastSeq, logEntries, logBytes, snapshotBytes, stateVector: storedStateVector, updates };
    const room = new Room(boardId, doc, state, options);
    try {
      room.privateNotes = await PrivateNotes.load(room, options.privateStore, options.log);
    } catch (error) {
      room.awareness.destroy();
      doc.destroy();
      throw error;
    }
    return room;
  }

  /**
   * Resolves once every update made so far is stored (and broadcast); rejects if storage failed, so a
   * caller that wrote to the doc never reports success for a change that was not kept.
   */
  async flushed(): Promise<void> {
    await this.tail;
    if (this.failed) throw new Error('storage failed for this board');
  }

  get isFailed(): boolean {
    return this.failed;
  }

  /** Adds a peer and starts the y-websocket handshake: our step 1, then everyone's presence. */
  addPeer(peer: Peer): void {
    this.peers.add(peer);
    peer.send(syncStep1Message(this.doc));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) peer.send(awarenessMessage(this.awareness, states));
  }

  removePeer(peer: Peer): void {
    if (!this.peers.delete(peer)) return;
    this.privateNotes.removePeer(peer);
    for (const id of peer.awarenessIds) this.awarenessOwners.delete(id);
    if (peer.awarenessIds.size > 0 && !this.closing) {
      removeAwarenessStates(this.awareness, [...peer.awarenessIds], null);
    }
  }

  /**
   * Answers a peer's sync step 1 with what it lacks. The answer is taken now but sent after every
   * earlier update is stored, so a store that acknowledges asynchronously never leaks unstored state.
   */
  replyToSyncStep1(peer: Peer, stateVector: Uint8Array): void {
    if (!peer.hasStoredState && holdsLittleOf(this.doc, stateVector)) {
      // Taken when sent: every update stored by then is in the parts (and was broadcast to this peer
      // too, if it joined first), and the document's other changes are not stored yet.
      this.enqueue(() => {
        if (!this.failed) peer.send(...this.storedParts.messages, EMPTY_SYNC_STEP2);
      });
      return;
    }
    const has = peer.hasStoredState ? unionStateVectors(stateVector, this.storedStateVector) : stateVector;
    const key = Buffer.from(has).toString('base64');
    if (this.syncReply?.stateVector !== key) {
      this.syncReply = { stateVector: key, message: syncStep2Message(this.doc, has) };
    }
    const reply = this.syncReply.message;
    this.enqueue(() => {
      if (!this.failed) peer.send(reply);
    });
  }

  /**
   * A sync step 2 or update from a peer: decoded now, then gated and applied with the turn's other
   * arrivals (see `applyArrivals`).
   */
  receiveUpdate(peer: Peer, update: Uint8Array): void {
    // While closing, the final snapshot is being taken: the sender still has its change and sends it
    // again on its next sync, because the server's state vector does not include it.
    if (this.failed || this.closing) return;
    let decoded;
    try {
      // Decoding first means a truncated or garbage update is rejected whole, never half applied; the
      // gate reads this decoded form instead of decoding the update again.
      decoded = Y.decodeUpdate(update);
    } catch (error) {
      throw new MalformedMessageError(`invalid update: ${(error as Error).message}`);
    }
    this.arrivals.push({ peer, update, decoded });
    this.arrivalsDue ??= setImmediate(this.applyArrivals);
  }

  /**
   * Gates and applies, in arrival order, the updates that reached the room in this event-loop turn, in
   * one transaction: the turn is stored as one log entry and broadcast as one message, encoded by Yjs
   * from the transaction. Applied one by one, each update paid for its own transaction (two state
   * vectors over every client that ever wrote to the board), its own append and a merge of the turn's
   * updates afterwards; with 50 writers on one board that was a fifth of the server's time. Each update
   * is gated against the document with the earlier ones of the turn applied, as before.
   */
  private readonly applyArrivals = (): void => {
    clearImmediate(this.arrivalsDue);
    this.arrivalsDue = undefined;
    const arrivals = this.arrivals;
    this.arrivals = [];
    if (arrivals.length === 0 || this.failed) return;
    const contributors = new Set<unknown>();
    const dropped = new Set<Peer>();
    this.applying = contributors;
    try {
      this.doc.transact(() => {
        for (const { peer, update, decoded } of arrivals) {
          // A peer dropped for an earlier update of this turn is gone: its later ones are not applied.
          if (dropped.has(peer)) continue;
          try {
            this.applyArrival(peer, update, decoded, contributors);
          } catch (error) {
            // Only this connection goes; the turn's other updates are applied as usual.
            this.options.log.warn('connection.malformed', {
              boardId: this.boardId,
              peer: peer.id,
              error: `update could not be applied: ${(error as Error).message}`,
            });
            dropped.add(peer);
            peer.close(CLOSE_CODES.malformed, 'malformed message');
          }
        }
      }, ARRIVALS_ORIGIN);
    } finally {
      this.applying = undefined;
    }
  };

  private applyArrival(
    peer: Peer,
    update: Uint8Array,
    decoded: DecodedUpdate,
    contributors: Set<unknown>,
  ): void {
    const decision = gateUpdate(this.options.checks, peer.identity, this.doc, update, decoded);
    if (!decision.ok) {
      this.options.log.debug('update.refused', {
        boardId: this.boardId,
        peer: peer.id,
        reason: decision.reason,
      });
      peer.refuse(decision.reason);
      return;
    }
    // Counted before applying: an update that fails half way leaves what it integrated in the
    // transaction, and the others must be sent that too.
    contributors.add(peer.origin);
    Y.applyUpdate(this.doc, update, peer.origin);
  }

  receiveAwareness(peer: Peer, update: Uint8Array): void {
    if (this.closing) return;
    try {
      applyGuardedAwareness(this.awareness, this.awarenessOwners, peer, update);
    } catch (error) {
      throw new MalformedMessageError(`invalid awareness update: ${(error as Error).message}`);
    }
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    const origins: ReadonlySet<unknown> =
      origin === ARRIVALS_ORIGIN && this.applying ? this.applying : new Set([origin]);
    this.syncReply = undefined;
    const stored = this.options.store.appendUpdate(this.boardId, update);
    // Handled in order below; this only keeps an early rejection from counting as unhandled.
    stored.catch(() => undefined);
    this.enqueue(async () => {
      let seq: number;
      try {
        seq = await stored;
      } catch (error) {
        this.fail(error);
        return;
      }
      if (this.failed) return;
      this.lastSeq = Math.max(this.lastSeq, seq);
      this.logEntries++;
      this.logBytes += update.byteLength;
      this.storedParts.add(update);
      // Someone whose own changes are all there is gets nothing back; in a turn with several writers,
      // each gets its own changes along with the others', which Yjs skips as known.
      const [only] = origins;
      this.broadcast(syncUpdateMessage(update), origins.size === 1 ? only : undefined);
      if (
        this.logEntries >= this.options.compactAfterUpdates &&
        this.logBytes >= COMPACT_LOG_SHARE * this.snapshotBytes
      ) {
        this.scheduleCompaction();
      }
    });
  };

  /** Runs `step` after every earlier one. The chain never rejects: compaction and shutdown wait on it. */
  private enqueue(step: () => void | Promise<void>): void {
    this.tail = this.tail.then(step).catch((error: unknown) => {
      this.options.log.error('room.send-failed', { boardId: this.boardId, error: String(error) });
    });
  }

  /**
   * Presence goes to every peer, the sender included: y-websocket clients drop a connection that has
   * been silent for 30 s, and for someone alone on a board the echo of their own presence renewal
   * (every 15 s) is the only traffic. The echo changes nothing at the sender (same clock).
   */
  private readonly onAwarenessUpdate = (change: {
    added: number[];
    updated: number[];
    removed: number[];
  }): void => {
    this.awarenessBatch.add([...change.added, ...change.updated, ...change.removed]);
  };

  private broadcast(message: Uint8Array, exceptOrigin?: unknown): void {
    for (const peer of this.peers) if (peer.origin !== exceptOrigin) peer.send(message);
  }

  /** Storage refused an update: stop taking changes rather than acknowledge what is not stored. */
  private fail(error: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.options.log.error('room.storage-failed', { boardId: this.boardId, error: String(error) });
    for (const peer of this.peers) peer.close(CLOSE_CODES.loadFailed, 'storage failure');
  }

  /** Compacts soon, outside the message that crossed the threshold, once the last one's pause is over. */
  private scheduleCompaction(): void {
    if (this.compactionDue) return;
    this.compactionDue = setTimeout(
      () => {
        void this.compact().finally(() => {
          this.compactionDue = undefined;
        });
      },
      Math.max(0, this.compactableAt - performance.now()),
    );
  }

  /** Writes a snapshot of the whole document and drops the log entries it covers. Never rejects. */
  compact(): Promise<void> {
    this.compacting = this.compacting.then(async () => {
      await this.tail;
      if (this.failed || this.logEntries === 0 || this.doc.isDestroyed) return;
      // Entries stored from here on have higher sequence numbers and stay in the log; the snapshot may
      // already contain some of them, which is harmless because applying an update twice is a no-op.
      const covered = this.logEntries;
      const coveredBytes = this.logBytes;
      const upToSeq = this.lastSeq;
      const started = performance.now();
      try {
        const snapshot = encodeIntegratedState(this.doc);
        this.storedParts.beginRebase();
        await this.options.store.compact(this.boardId, snapshot, upToSeq);
        this.storedParts.rebase(snapshot);
        this.logEntries -= covered;
        this.logBytes -= coveredBytes;
        this.snapshotBytes = snapshot.byteLength;
        this.options.log.debug('room.compacted', { boardId: this.boardId, upToSeq });
      } catch (error) {
        this.storedParts.cancelRebase();
        this.options.log.error('room.compact-failed', { boardId: this.boardId, error: String(error) });
      }
      // After a failure too, so a failing store is not asked again on every append.
      const now = performance.now();
      this.compactableAt = now + Math.min((now - started) * COMPACT_PAUSE_FACTOR, COMPACT_PAUSE_MAX_MS);
    });
    return this.compacting;
  }

  /** Stops taking changes, stores and compacts what is pending, closes every peer, frees the document. */
  async shutdown(code: number, reason: string): Promise<void> {
    // What reached the room before it began closing is kept like any other update.
    this.applyArrivals();
    this.closing = true;
    clearTimeout(this.compactionDue);
    await this.compact();
    for (const peer of this.peers) peer.close(code, reason);
    this.peers.clear();
    this.awarenessBatch.destroy();
    this.syncReply = undefined;
    this.awareness.destroy();
    this.privateNotes.destroy();
    this.doc.destroy();
  }
}
