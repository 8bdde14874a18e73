import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import {
  canEditBoard,
  MAX_PRIVATE_NOTES,
  PRIVATE_MESSAGE,
  privateNotesMap,
  REFUSAL_REASONS,
  removeRevealedNotes,
  revealPrivateNotes,
  SESSION_KEYS,
  getContainer,
  systemOrigin,
  type PrivateCount,
} from '@werkplaats/shared';
import type { Logger } from '../log.js';
import type { PrivateNoteStore } from '../storage/private-note-store.js';
import {
  privateCountsMessage,
  privateSyncStep1Message,
  privateSyncStep2Message,
  privateUpdateMessage,
} from './messages.js';
import type { Peer } from './peer.js';
import { MalformedMessageError } from './room.js';
import { assertBoundedUpdate } from './update-bounds.js';

const LOAD_ORIGIN = systemOrigin('private-load');
const REVEAL_ORIGIN = systemOrigin('private-reveal');

interface PrivateDoc {
  doc: Y.Doc;
  name: string;
}

/** What the private notes need of their room: the board document and a way to wait until it is stored. */
export interface BoardHandle {
  readonly boardId: string;
  readonly doc: Y.Doc;
  flushed(): Promise<void>;
}

const isFacilitator = (peer: Peer) => peer.identity.role === 'facilitator';

/**
 * The private-mode documents of one board, one per person. Each is synced only with its author's own
 * connections: its text and ids go nowhere else until the facilitator reveals. The facilitator may ask
 * for counts per person, never for content. Changes are stored, then sent on, in arrival order.
 */
export class PrivateNotes {
  private readonly docs = new Map<string, PrivateDoc>();
  /** Connections that speak private mode (sent us a private message): only they are ever sent one. */
  private readonly members = new Set<Peer>();
  private readonly watchers = new Set<Peer>();
  private tail: Promise<void> = Promise.resolve();

  private constructor(
    private readonly board: BoardHandle,
    private readonly store: PrivateNoteStore,
    private readonly log: Logger,
  ) {}

  static async load(board: BoardHandle, store: PrivateNoteStore, log: Logger): Promise<PrivateNotes> {
    const notes = new PrivateNotes(board, store, log);
    for (const stored of await store.loadPrivateDocs(board.boardId)) {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, stored.state, LOAD_ORIGIN);
      notes.docs.set(stored.userId, { doc, name: stored.name });
    }
    return notes;
  }

  /** One `[101, …]` message from `peer`. Throws `MalformedMessageError` on bytes it cannot read. */
  handle(peer: Peer, decoder: decoding.Decoder): void {
    const kind = decoding.readVarUint(decoder);
    if (kind === PRIVATE_MESSAGE.sync) this.sync(peer, decoder);
    else if (kind === PRIVATE_MESSAGE.watchCounts) this.watch(peer);
    else if (kind === PRIVATE_MESSAGE.reveal) this.requestReveal(peer, decoding.readVarUint(decoder) === 1);
    else throw new MalformedMessageError(`unknown private message ${kind}`);
  }

  removePeer(peer: Peer): void {
    this.members.delete(peer);
    this.watchers.delete(peer);
  }

  counts(): PrivateCount[] {
    return [...this.docs]
      .map(([userId, { doc, name }]) => ({ userId, name, count: privateNotesMap(doc).size }))
      .filter((entry) => entry.count > 0);
  }

  private docOf(peer: Peer): PrivateDoc {
    let entry = this.docs.get(peer.identity.userId);
    if (!entry) {
      entry = { doc: new Y.Doc(), name: peer.identity.name };
      this.docs.set(peer.identity.userId, entry);
    }
    return entry;
  }

  private sync(peer: Peer, decoder: decoding.Decoder): void {
    this.members.add(peer);
    const type = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    const mayWrite = canEditBoard(peer.identity.role, peer.identity.commentOnly);
    if (type === syncProtocol.messageYjsSyncStep1) {
      const { doc } = this.docOf(peer);
      const reply = privateSyncStep2Message(doc, payload);
      // Someone who may not write has nothing to send back, so is not asked for it.
      const ask = mayWrite ? privateSyncStep1Message(doc) : undefined;
      this.enqueue(() => {
        peer.send(reply);
        if (ask) peer.send(ask);
      });
      return;
    }
    if (type !== syncProtocol.messageYjsSyncStep2 && type !== syncProtocol.messageYjsUpdate) {
      throw new MalformedMessageError(`unknown private sync message ${type}`);
    }
    assertBoundedUpdate(payload);
    if (!mayWrite) {
      // An empty answer changes nothing and is no attempt to write; anything else is refused.
      if (!updateAddsAnything(this.docOf(peer).doc, payload)) return;
      peer.refuse(REFUSAL_REASONS.readOnly);
      return;
    }
    this.receiveUpdate(peer, payload);
  }

  /**
   * Tries the update on a copy first: Yjs cannot take a change back, and a private document must stay
   * one map of at most `MAX_PRIVATE_NOTES` notes.
   */
  private receiveUpdate(peer: Peer, update: Uint8Array): void {
    const entry = this.docOf(peer);
    const trial = new Y.Doc();
    try {
      Y.applyUpdate(trial, Y.encodeStateAsUpdate(entry.doc));
      Y.applyUpdate(trial, update);
    } catch (error) {
      throw new MalformedMessageError(`invalid private update: ${(error as Error).message}`);
    }
    const fits =
      [...trial.share.keys()].every((key) => key === 'notes') &&
      privateNotesMap(trial).size <= MAX_PRIVATE_NOTES;
    trial.destroy();
    if (!fits) {
      peer.refuse(REFUSAL_REASONS.invalidUpdate);
      return;
    }
    const before = Y.encodeStateVector(entry.doc);
    Y.applyUpdate(entry.doc, update, peer.origin);
    const change = Y.encodeStateAsUpdate(entry.doc, before);
    if (change.length <= 2) return;
    this.persistAndSend(peer.identity.userId, change, peer);
  }

  /** Stores the author's document, then sends `change` to their other connections and new counts to watchers. */
  private persistAndSend(userId: string, change: Uint8Array, except?: Peer): void {
    const entry = this.docs.get(userId);
    if (!entry) return;
    const state = Y.encodeStateAsUpdate(entry.doc);
    const saved = this.store.savePrivateDoc(this.board.boardId, { userId, name: entry.name, state });
    saved.catch(() => undefined);
    const message = privateUpdateMessage(change);
    this.enqueue(async () => {
      await saved;
      for (const member of this.members) {
        if (member !== except && member.identity.userId === userId) member.send(message);
      }
      this.sendCounts();
    });
  }

  private watch(peer: Peer): void {
    if (!isFacilitator(peer)) {
      peer.refuse(REFUSAL_REASONS.facilitatorOnly);
      return;
    }
    this.watchers.add(peer);
    const message = privateCountsMessage(this.counts());
    this.enqueue(() => peer.send(message));
  }

  private sendCounts(): void {
    if (this.watchers.size === 0) return;
    const message = privateCountsMessage(this.counts());
    for (const watcher of this.watchers) watcher.send(message);
  }

  private requestReveal(peer: Peer, anonymous: boolean): void {
    if (!isFacilitator(peer)) {
      peer.refuse(REFUSAL_REASONS.facilitatorOnly);
      return;
    }
    this.enqueue(async () => {
      try {
        await this.reveal(anonymous);
      } catch (error) {
        this.log.error('private.reveal-failed', { boardId: this.board.boardId, error: String(error) });
      }
    });
  }

  /**
   * Copies every private note onto the board and ends private mode in one transaction; only once that
   * is stored are the revealed notes taken out of the private documents, so a failed reveal loses nothing. Returns the number
   * of notes revealed.
   */
  async reveal(anonymous: boolean): Promise<number> {
    const sources = [...this.docs].map(([userId, { doc, name }]) => ({ author: { userId, name }, doc }));
    const written = this.board.doc.transact(() => {
      const ids = revealPrivateNotes(this.board.doc, sources, anonymous, REVEAL_ORIGIN);
      getContainer(this.board.doc, 'session').delete(SESSION_KEYS.private);
      return ids;
    }, REVEAL_ORIGIN);
    await this.board.flushed();
    for (const [userId, { doc }] of this.docs) {
      const before = Y.encodeStateVector(doc);
      removeRevealedNotes(doc, this.board.doc, REVEAL_ORIGIN);
      const change = Y.encodeStateAsUpdate(doc, before);
      if (change.length > 2) this.persistAndSend(userId, change);
    }
    this.log.info('private.revealed', { boardId: this.board.boardId, notes: written.length, anonymous });
    return written.length;
  }

  private enqueue(step: () => void | Promise<void>): void {
    this.tail = this.tail.then(step).catch((error: unknown) => {
      this.log.error('private.send-failed', { boardId: this.board.boardId, error: String(error) });
    });
  }

  destroy(): void {
    for (const { doc } of this.docs.values()) doc.destroy();
    this.docs.clear();
    this.members.clear();
    this.watchers.clear();
  }
}

/** Whether `update` holds structs or deletions `doc` does not have; malformed bytes count as adding. */
function updateAddsAnything(doc: Y.Doc, update: Uint8Array): boolean {
  try {
    const fresh = Y.decodeUpdate(Y.diffUpdate(update, Y.encodeStateVector(doc)));
    return fresh.structs.length > 0 || fresh.ds.clients.size > 0;
  } catch {
    return true;
  }
}
