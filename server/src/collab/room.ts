import { Awareness, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { CLOSE_CODES, initBoardDoc, isBoardDoc, migrateBoardDoc, systemOrigin } from '@werkplaats/shared';
import type { Logger } from '../log.js';
import type { BoardStore } from '../storage/board-store.js';
import type { PrivateNoteStore } from '../storage/private-note-store.js';
import { applyGuardedAwareness } from './awareness-guard.js';
import { encodeIntegratedState, hasPendingUpdates } from './integrated-state.js';
import { awarenessMessage, syncStep1Message, syncStep2Message, syncUpdateMessage } from './messages.js';
import type { Peer } from './peer.js';
import { PrivateNotes } from './private-notes.js';
import { gateUpdate, type UpdateCheck } from './update-gate.js';

export interface RoomOptions {
  store: BoardStore;
  /** Private-mode notes, one document per person; see `PrivateNotes`. */
  privateStore: PrivateNoteStore;
  log: Logger;
  checks: readonly UpdateCheck[];
  /** Log entries after which the room folds the log into a new snapshot. */
  compactAfterUpdates: number;
}

const LOAD_ORIGIN = systemOrigin('load');
const MIGRATE_ORIGIN = systemOrigin('migrate');

/** Thrown when bytes from a peer cannot be read; the caller closes that connection. */
export class MalformedMessageError extends Error {
  override name = 'MalformedMessageError';
}

/**
 * Rebuilds a board from its stored updates and brings it up to the current schema. Returns the
 * document and the update that upgrade made, if any. Throws when the stored updates do not make a
 * whole document; the caller then writes nothing for that board.
 */
function rebuild(updates: readonly Uint8Array[]): { doc: Y.Doc; upgrade: Uint8Array | undefined } {
  const doc = new Y.Doc();
  try {
    doc.transact(() => {
      for (const update of updates) Y.applyUpdate(doc, update, LOAD_ORIGIN);
    }, LOAD_ORIGIN);
    if (hasPendingUpdates(doc)) {
      throw new Error('stored updates are incomplete: some depend on changes that are missing');
    }
    // Collect what init and migration change from the update events: a diff against the earlier state
    // vector would repeat the whole delete set and write a log entry on every load.
    const changes: Uint8Array[] = [];
    const collect = (update: Uint8Array) => changes.push(update);
    doc.on('update', collect);
    if (!isBoardDoc(doc)) initBoardDoc(doc);
    migrateBoardDoc(doc, MIGRATE_ORIGIN);
    doc.off('update', collect);
    return { doc, upgrade: changes.length > 0 ? Y.mergeUpdates(changes) : undefined };
  } catch (error) {
    doc.destroy();
    throw error;
  }
}

/**
 * One open board: the authoritative `Y.Doc`, its awareness, and the peers connected to it. Every
 * update from a peer passes the gate; an accepted one is applied, appended to storage, and only then
 * broadcast, in arrival order. A peer is never sent document state that is not stored yet.
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
  /** Log entries not yet folded into the snapshot. */
  private logEntries: number;
  /** Compactions run one at a time, so an older snapshot can never replace a newer one. */
  private compacting: Promise<void> = Promise.resolve();
  private compactionQueued = false;
  private failed = false;
  private closing = false;

  private constructor(
    readonly boardId: string,
    readonly doc: Y.Doc,
    stored: { lastSeq: number; logEntries: number },
    private readonly options: RoomOptions,
  ) {
    this.lastSeq = stored.lastSeq;
    this.logEntries = stored.logEntries;
    this.awareness = new Awareness(doc);
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onAwarenessUpdate);
    doc.on('update', this.onDocUpdate);
  }

  /**
   * Loads a board from storage. Throws if the stored updates do not make a whole document; then the
   * room never exists and nothing is written for that board.
   */
  static async load(boardId: string, options: RoomOptions): Promise<Room> {
    const stored = await options.store.loadBoard(boardId);
    const { doc, upgrade } = rebuild(stored.updates);
    // The store returns its snapshot first; everything after it is log.
    let logEntries = Math.max(0, stored.updates.length - 1);
    let lastSeq = stored.lastSeq;
    if (upgrade) {
      try {
        lastSeq = await options.store.appendUpdate(boardId, upgrade);
      } catch (error) {
        doc.destroy();
        throw error;
      }
      logEntries++;
    }
    const room = new Room(boardId, doc, { lastSeq, logEntries }, options);
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
    const reply = syncStep2Message(this.doc, stateVector);
    this.enqueue(() => {
      if (!this.failed) peer.send(reply);
    });
  }

  /** A sync step 2 or update from a peer: validated, gated, then applied. */
  receiveUpdate(peer: Peer, update: Uint8Array): void {
    // While closing, the final snapshot is being taken: the sender still has its change and sends it
    // again on its next sync, because the server's state vector does not include it.
    if (this.failed || this.closing) return;
    try {
      // Decoding first means a truncated or garbage update is rejected whole, never half applied.
      Y.decodeUpdate(update);
    } catch (error) {
      throw new MalformedMessageError(`invalid update: ${(error as Error).message}`);
    }
    const decision = gateUpdate(this.options.checks, peer.identity, this.doc, update);
    if (!decision.ok) {
      this.options.log.debug('update.refused', {
        boardId: this.boardId,
        peer: peer.id,
        reason: decision.reason,
      });
      peer.refuse(decision.reason);
      return;
    }
    try {
      Y.applyUpdate(this.doc, update, peer.origin);
    } catch (error) {
      throw new MalformedMessageError(`update could not be applied: ${(error as Error).message}`);
    }
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
    const stored = this.options.store.appendUpdate(this.boardId, update);
    // Handled in order below; this only keeps an early rejection from counting as unhandled.
    stored.catch(() => undefined);
    const message = syncUpdateMessage(update);
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
      this.broadcast(message, origin);
      if (this.logEntries >= this.options.compactAfterUpdates) this.scheduleCompaction();
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
    const clients = [...change.added, ...change.updated, ...change.removed];
    if (clients.length > 0) this.broadcast(awarenessMessage(this.awareness, clients));
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

  /** Compacts soon, outside the message that crossed the threshold. */
  private scheduleCompaction(): void {
    if (this.compactionQueued) return;
    this.compactionQueued = true;
    setImmediate(() => {
      void this.compact().finally(() => {
        this.compactionQueued = false;
      });
    });
  }

  /** Writes a snapshot of the whole document and drops the log entries it covers. Never rejects. */
  compact(): Promise<void> {
    this.compacting = this.compacting.then(async () => {
      await this.tail;
      if (this.failed || this.logEntries === 0 || this.doc.isDestroyed) return;
      // Entries stored from here on have higher sequence numbers and stay in the log; the snapshot may
      // already contain some of them, which is harmless because applying an update twice is a no-op.
      const covered = this.logEntries;
      const upToSeq = this.lastSeq;
      try {
        await this.options.store.compact(this.boardId, encodeIntegratedState(this.doc), upToSeq);
        this.logEntries -= covered;
        this.options.log.debug('room.compacted', { boardId: this.boardId, upToSeq });
      } catch (error) {
        this.options.log.error('room.compact-failed', { boardId: this.boardId, error: String(error) });
      }
    });
    return this.compacting;
  }

  /** Stops taking changes, stores and compacts what is pending, closes every peer, frees the document. */
  async shutdown(code: number, reason: string): Promise<void> {
    this.closing = true;
    await this.compact();
    for (const peer of this.peers) peer.close(code, reason);
    this.peers.clear();
    this.awareness.destroy();
    this.privateNotes.destroy();
    this.doc.destroy();
  }
}
