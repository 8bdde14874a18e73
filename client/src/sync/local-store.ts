import * as idb from 'lib0/indexeddb';
import { forgetSyncedLocalCopy } from './local-copy-mark';

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
