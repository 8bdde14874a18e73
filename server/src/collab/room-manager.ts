import type * as Y from 'yjs';
import { CLOSE_CODES, systemOrigin } from '@werkplaats/shared';
import type { Identity } from '../identity/identity.js';
import type { Logger } from '../log.js';
import { Room, type RoomOptions, type StoredStateListener } from './room.js';

interface Entry {
  room: Promise<Room>;
  unloadTimer?: NodeJS.Timeout;
  /** Who wants the stored updates while they have not been read yet; undefined once they have. */
  waiting?: StoredStateListener[];
}

/**
 * Longest a load waits for the stored updates to be handed to the socket before it rebuilds the
 * document, which holds the event loop. A slow reader must not hold up the board for everyone.
 */
const SEND_STORED_WAIT_MS = 100;

/**
 * A cold load reads a large board in milliseconds but rebuilds it for much longer: whoever asked for
 * the stored updates gets them first, then the load waits (briefly) for them to be sent on.
 */
async function handOut(entry: Entry, updates: readonly Uint8Array[]): Promise<void> {
  const listeners = entry.waiting ?? [];
  entry.waiting = undefined;
  if (listeners.length === 0) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    // A listener that fails (its socket went away) must not fail the load for everyone else.
    Promise.all(
      listeners.map(async (listener) => listener(updates)).map((sent) => sent.catch(() => undefined)),
    ),
    new Promise((resolve) => (timer = setTimeout(resolve, SEND_STORED_WAIT_MS))),
  ]);
  clearTimeout(timer);
}

/** The board cannot be served now: its storage failed, or the server is shutting down. */
export class RoomUnavailableError extends Error {
  override name = 'RoomUnavailableError';
}

/**
 * Keeps one `Room` per open board: the first connection loads it (later ones share that load), and it
 * is unloaded a grace period after the last peer leaves, so a quick reload does not pay a cold load.
 */
export class RoomManager {
  private readonly entries = new Map<string, Entry>();
  /** Unloads in progress; a board is not loaded again until its previous room has been written. */
  private readonly unloading = new Map<string, Promise<void>>();
  private closed = false;

  constructor(private readonly options: RoomOptions & { unloadGraceMs: number; log: Logger }) {}

  get openCount(): number {
    return this.entries.size;
  }

  /**
   * The room for `boardId`, loading it if needed. Rejects if the board cannot be loaded (a failed load
   * is not cached: the next connection tries again, and nothing was written) or cannot be served.
   * `onStored` is called with the board's stored updates if this call is in time for a load that has
   * not read them yet: a connection can send them on before the document is rebuilt.
   */
  async acquire(boardId: string, onStored?: StoredStateListener): Promise<Room> {
    if (this.closed) throw new RoomUnavailableError('the server is shutting down');
    const entry = this.entries.get(boardId) ?? this.load(boardId);
    if (onStored) entry.waiting?.push(onStored);
    clearTimeout(entry.unloadTimer);
    entry.unloadTimer = undefined;
    const room = await entry.room;
    if (room.isFailed) {
      this.release(room);
      throw new RoomUnavailableError('storage failed for this board');
    }
    return room;
  }

  private load(boardId: string): Entry {
    const started = Date.now();
    const previous = this.unloading.get(boardId) ?? Promise.resolve();
    const entry: Entry = {
      room: previous.then(() => Room.load(boardId, this.options, (updates) => handOut(entry, updates))),
      waiting: [],
    };
    this.entries.set(boardId, entry);
    entry.room.then(
      () => this.options.log.info('room.loaded', { boardId, ms: Date.now() - started }),
      (error: unknown) => {
        if (this.entries.get(boardId) === entry) this.entries.delete(boardId);
        this.options.log.error('room.load-failed', { boardId, error: String(error) });
      },
    );
    return entry;
  }

  /**
   * A change the server makes to a board on someone's behalf (a comment, a reveal, a seeded template):
   * `mutate` runs in one transaction with a system origin, on the live room when the board is open
   * (so every peer sees it at once) or on a freshly loaded one. Resolves with `mutate`'s result once
   * the change is stored. Yjs transactions do not roll back, so `mutate` validates before it writes.
   */
  async change<T>(boardId: string, reason: string, mutate: (doc: Y.Doc) => T): Promise<T> {
    const room = await this.acquire(boardId);
    try {
      const result = room.doc.transact(() => mutate(room.doc), systemOrigin(reason));
      await room.flushed();
      return result;
    } finally {
      this.release(room);
    }
  }

  /** Called when a peer leaves; schedules the unload once the room is empty. */
  release(room: Room): void {
    const entry = this.entries.get(room.boardId);
    if (!entry || room.peers.size > 0) return;
    clearTimeout(entry.unloadTimer);
    // A room whose storage failed is dropped at once, so the next connection loads the board afresh.
    const delay = room.isFailed ? 0 : this.options.unloadGraceMs;
    entry.unloadTimer = setTimeout(() => {
      if (room.peers.size > 0 || this.entries.get(room.boardId) !== entry) return;
      this.entries.delete(room.boardId);
      const done = room
        .shutdown(CLOSE_CODES.serviceRestart, 'board unloaded')
        .finally(() => this.unloading.delete(room.boardId));
      this.unloading.set(room.boardId, done);
      this.options.log.info('room.unloaded', { boardId: room.boardId });
    }, delay);
    entry.unloadTimer.unref();
  }

  /**
   * Closes, in every open room, the connections `matches` picks: someone was removed or their invite
   * revoked, and the identity a connection was opened with must not outlive that.
   */
  closePeers(matches: (boardId: string, identity: Identity) => boolean, code: number, reason: string): void {
    for (const [boardId, entry] of this.entries) {
      entry.room.then(
        (room) => {
          for (const peer of room.peers) if (matches(boardId, peer.identity)) peer.close(code, reason);
        },
        () => undefined,
      );
    }
  }

  /**
   * The room for `boardId` if it is loaded (or loading) now, without acquiring it: the caller only reads
   * its document and the unload schedule stays as it was. Undefined when the board is not open.
   */
  async loaded(boardId: string): Promise<Room | undefined> {
    const entry = this.entries.get(boardId);
    const room = entry && (await entry.room.catch(() => undefined));
    return room && !room.isFailed ? room : undefined;
  }

  /** Who is connected where, for attendance. */
  async connectedPeers(): Promise<{ boardId: string; identity: Identity }[]> {
    const found: { boardId: string; identity: Identity }[] = [];
    for (const [boardId, entry] of this.entries) {
      const room = await entry.room.catch(() => undefined);
      for (const peer of room?.peers ?? []) found.push({ boardId, identity: peer.identity });
    }
    return found;
  }

  /** Stops loading boards, then stores, compacts and closes every room (graceful shutdown). */
  async closeAll(code: number, reason: string): Promise<void> {
    this.closed = true;
    const entries = [...this.entries.values()];
    this.entries.clear();
    await Promise.all([
      ...entries.map(async (entry) => {
        clearTimeout(entry.unloadTimer);
        const room = await entry.room.catch(() => undefined);
        await room?.shutdown(code, reason);
      }),
      ...this.unloading.values(),
    ]);
  }
}
