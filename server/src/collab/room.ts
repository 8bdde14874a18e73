import { Awareness, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { CLOSE_CODES, initBoardDoc, isBoardDoc, migrateBoardDoc, systemOrigin } from '@werkplaats/shared';
import type { Logger } from '../log.js';
import type { BoardStore } from '../storage/board-store.js';
import { applyGuardedAwareness } from './awareness-guard.js';
import { awarenessMessage, syncStep1Message, syncUpdateMessage } from './messages.js';
import type { Peer } from './peer.js';
import { gateUpdate, type UpdateCheck } from './update-gate.js';

export interface RoomOptions {
  store: BoardStore;
  log: Logger;
  checks: readonly UpdateCheck[];
  compactAfterUpdates: number;
}

const LOAD_ORIGIN = systemOrigin('load');

/** Thrown when bytes from a peer cannot be read; the caller closes that connection. */
export class MalformedMessageError extends Error {
  override name = 'MalformedMessageError';
}

function isEmptyUpdate(update: Uint8Array): boolean {
  const decoded = Y.decodeUpdate(update);
  return decoded.structs.length === 0 && decoded.ds.clients.size === 0;
}

/**
 * One open board: the authoritative `Y.Doc`, its awareness, and the peers connected to it. Every
 * update from a peer passes the gate; an accepted one is applied, appended to storage, and only then
 * broadcast, in arrival order.
 */
export class Room {
  readonly awareness: Awareness;
  readonly peers = new Set<Peer>();
  private readonly awarenessOwners = new Map<number, Peer>();
  /** Resolves when every update so far is stored and broadcast; broadcasts chain on it to keep order. */
  private tail: Promise<void> = Promise.resolve();
  private lastSeq: number;
  private compactedSeq: number;
  private compaction: Promise<void> | undefined;
  private failed = false;

  private constructor(
    readonly boardId: string,
    readonly doc: Y.Doc,
    lastSeq: number,
    private readonly options: RoomOptions,
  ) {
    this.lastSeq = lastSeq;
    this.compactedSeq = lastSeq === 0 ? 0 : -1;
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
    const doc = new Y.Doc();
    try {
      doc.transact(() => {
        for (const update of stored.updates) Y.applyUpdate(doc, update, LOAD_ORIGIN);
      }, LOAD_ORIGIN);
      if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) {
        throw new Error('stored updates are incomplete: some depend on changes that are missing');
      }
      const before = Y.encodeStateVector(doc);
      if (!isBoardDoc(doc)) initBoardDoc(doc);
      migrateBoardDoc(doc, systemOrigin('migrate'));
      const upgrade = Y.encodeStateAsUpdate(doc, before);
      const room = new Room(boardId, doc, stored.lastSeq, options);
      if (!isEmptyUpdate(upgrade)) room.lastSeq = await options.store.appendUpdate(boardId, upgrade);
      return room;
    } catch (error) {
      doc.destroy();
      throw error;
    }
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
    for (const id of peer.awarenessIds) this.awarenessOwners.delete(id);
    if (peer.awarenessIds.size > 0) removeAwarenessStates(this.awareness, [...peer.awarenessIds], null);
  }

  /** A sync step 2 or update from a peer: validated, gated, then applied. */
  receiveUpdate(peer: Peer, update: Uint8Array): void {
    if (this.failed) return;
    try {
      // Decoding first means a truncated or garbage update is rejected whole, never half applied.
      Y.decodeUpdate(update);
    } catch (error) {
      throw new MalformedMessageError(`invalid update: ${(error as Error).message}`);
    }
    const decision = gateUpdate(this.options.checks, peer.identity, this.doc, update);
    if (!decision.ok) {
      this.options.log.info('update.refused', {
        boardId: this.boardId,
        peer: peer.id,
        reason: decision.reason,
      });
      peer.refuse(decision.reason);
      return;
    }
    try {
      Y.applyUpdate(this.doc, update, peer);
    } catch (error) {
      throw new MalformedMessageError(`update could not be applied: ${(error as Error).message}`);
    }
  }

  receiveAwareness(peer: Peer, update: Uint8Array): void {
    try {
      applyGuardedAwareness(this.awareness, this.awarenessOwners, peer, update);
    } catch (error) {
      throw new MalformedMessageError(`invalid awareness update: ${(error as Error).message}`);
    }
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    const append = this.options.store.appendUpdate(this.boardId, update).then((seq) => {
      this.lastSeq = Math.max(this.lastSeq, seq);
    });
    const message = syncUpdateMessage(update);
    this.tail = Promise.all([this.tail, append]).then(
      () => this.broadcast(message, origin),
      (error: unknown) => this.fail(error),
    );
    if (this.lastSeq - Math.max(this.compactedSeq, 0) >= this.options.compactAfterUpdates)
      this.scheduleCompaction();
  };

  private readonly onAwarenessUpdate = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const clients = [...change.added, ...change.updated, ...change.removed];
    if (clients.length > 0) this.broadcast(awarenessMessage(this.awareness, clients), origin);
  };

  private broadcast(message: Uint8Array, except: unknown): void {
    for (const peer of this.peers) if (peer !== except) peer.send(message);
  }

  /** Storage refused an update: stop taking changes rather than acknowledge what is not stored. */
  private fail(error: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.options.log.error('room.storage-failed', { boardId: this.boardId, error: String(error) });
    for (const peer of this.peers)
      peer.close(CLOSE_CODES.loadFailed, 'storage failure; your changes are kept locally');
  }

  private scheduleCompaction(): void {
    this.compaction ??= new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.compact())
      .catch((error: unknown) =>
        this.options.log.error('room.compact-failed', { boardId: this.boardId, error: String(error) }),
      )
      .finally(() => {
        this.compaction = undefined;
      });
  }

  /** Writes a snapshot of the whole document and drops the log entries it covers. */
  async compact(): Promise<void> {
    await this.tail;
    if (this.failed || this.lastSeq <= this.compactedSeq) return;
    const upToSeq = this.lastSeq;
    const snapshot = Y.encodeStateAsUpdate(this.doc);
    await this.options.store.compact(this.boardId, snapshot, upToSeq);
    this.compactedSeq = upToSeq;
  }

  /** Waits for pending writes, compacts, closes every peer with `code`, and frees the document. */
  async shutdown(code: number, reason: string): Promise<void> {
    await this.compaction;
    await this.compact().catch((error: unknown) =>
      this.options.log.error('room.compact-failed', { boardId: this.boardId, error: String(error) }),
    );
    for (const peer of this.peers) peer.close(code, reason);
    this.peers.clear();
    this.awareness.destroy();
    this.doc.destroy();
  }
}
