import * as idb from 'lib0/indexeddb';
import { readStored, removeStored, writeStored } from '../lib/storage';

/** The IndexedDB database holding a board's local copy, so edits survive going offline and reloads. */
export function localStoreName(boardId: string): string {
  return `werkplaats-board-${boardId}`;
}

/** The object stores y-indexeddb keeps in that database. */
const STORES = ['updates', 'custom'];

/**
 * Empties a board's local copy. The stores are cleared through a connection of our own rather than by
 * deleting the database: a delete waits for every other tab with the board open to let go, and the
 * next session would wait with it.
 */
export async function clearLocalCopy(boardId: string): Promise<void> {
  forgetSyncedLocalCopy(boardId);
  const db = await idb.openDB(localStoreName(boardId), (fresh) =>
    idb.createStores(fresh, [['updates', { autoIncrement: true }], ['custom']]),
  );
  try {
    await Promise.all(idb.transact(db, STORES, 'readwrite').map((store) => idb.rtop(store.clear())));
  } finally {
    db.close();
  }
}

const syncedKey = (boardId: string) => `werkplaats.localCopy.${boardId}`;

/**
 * Whether this browser's local copy holds a synced state of the board, so a new visit need not ask
 * the server for all of it (see `openEarlySocket`). A hint only: a copy that is gone after all just
 * means the whole board comes from the server.
 */
export function hasSyncedLocalCopy(boardId: string): boolean {
  return readStored(syncedKey(boardId)) !== null;
}

export function markSyncedLocalCopy(boardId: string): void {
  writeStored(syncedKey(boardId), '1');
}

function forgetSyncedLocalCopy(boardId: string): void {
  removeStored(syncedKey(boardId));
}
