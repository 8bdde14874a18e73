import { CLOSE_CODES } from '@werkplaats/shared';
import type { Logger } from '../log.js';
import { Room, type RoomOptions } from './room.js';

interface Entry {
  room: Promise<Room>;
  unloadTimer?: NodeJS.Timeout;
}

/**
 * Keeps one `Room` per open board: the first connection loads it (later ones share that load), and it
 * is unloaded a grace period after the last peer leaves, so a quick reload does not pay a cold load.
 */
export class RoomManager {
  private readonly entries = new Map<string, Entry>();
  /** Unloads in progress; a board is not loaded again until its previous room has been written. */
  private readonly unloading = new Map<string, Promise<void>>();

  constructor(private readonly options: RoomOptions & { unloadGraceMs: number; log: Logger }) {}

  get openCount(): number {
    return this.entries.size;
  }

  /** The room for `boardId`, loading it if needed. Rejects if the board cannot be loaded. */
  async acquire(boardId: string): Promise<Room> {
    let entry = this.entries.get(boardId);
    if (entry) {
      clearTimeout(entry.unloadTimer);
      entry.unloadTimer = undefined;
      return entry.room;
    }
    const previous = this.unloading.get(boardId);
    const room = (previous ?? Promise.resolve()).then(() => Room.load(boardId, this.options));
    entry = { room };
    this.entries.set(boardId, entry);
    room.catch((error: unknown) => {
      // A failed load is not cached: the next connection tries again, and nothing was written.
      if (this.entries.get(boardId) === entry) this.entries.delete(boardId);
      this.options.log.error('room.load-failed', { boardId, error: String(error) });
    });
    return room;
  }

  /** Called when a peer leaves; schedules the unload once the room is empty. */
  release(room: Room): void {
    const entry = this.entries.get(room.boardId);
    if (!entry || room.peers.size > 0) return;
    if (room.isFailed) {
      this.entries.delete(room.boardId);
      void room.shutdown(CLOSE_CODES.loadFailed, 'storage failure');
      return;
    }
    clearTimeout(entry.unloadTimer);
    entry.unloadTimer = setTimeout(() => {
      if (room.peers.size > 0 || this.entries.get(room.boardId) !== entry) return;
      this.entries.delete(room.boardId);
      const done = room
        .shutdown(CLOSE_CODES.serviceRestart, 'board unloaded')
        .finally(() => this.unloading.delete(room.boardId));
      this.unloading.set(room.boardId, done);
      this.options.log.debug('room.unloaded', { boardId: room.boardId });
    }, this.options.unloadGraceMs);
    entry.unloadTimer.unref();
  }

  /** Flushes and closes every room (graceful shutdown). */
  async closeAll(code: number, reason: string): Promise<void> {
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
