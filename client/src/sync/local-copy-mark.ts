import { readStored, removeStored, writeStored } from '../lib/storage';

// Apart from the local copy itself (local-store.ts), which needs Yjs: the page's first script reads
// this before any of the app's code has loaded.

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

export function forgetSyncedLocalCopy(boardId: string): void {
  removeStored(syncedKey(boardId));
}
