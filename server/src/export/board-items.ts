import * as Y from 'yjs';
import { readItems, type Item } from '@werkplaats/shared';
import type { RoomManager } from '../collab/room-manager.js';
import type { BoardStore } from '../storage/board-store.js';

/**
 * A board's whole state as one Yjs update: the open room's document when loaded, else the stored
 * snapshot and log merged, without opening a room. Never writes anything.
 */
export async function readBoardState(
  store: BoardStore,
  rooms: RoomManager,
  boardId: string,
): Promise<Uint8Array> {
  const room = await rooms.loaded(boardId);
  if (room) return Y.encodeStateAsUpdate(room.doc);
  const stored = await store.loadBoard(boardId);
  return Y.mergeUpdates(stored.updates);
}

/** The valid items of a board state (a full Yjs update), in paint order. */
export function itemsOfState(state: Uint8Array): Item[] {
  const doc = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(doc, state);
    return readItems(doc).items;
  } finally {
    doc.destroy();
  }
}

/**
 * A board's valid items in paint order, for read-only views such as thumbnails. Reads the open room's
 * document when the board is loaded; otherwise rebuilds a throwaway document from storage without
 * opening a room. Never writes anything.
 */
export async function readBoardItems(
  store: BoardStore,
  rooms: RoomManager,
  boardId: string,
): Promise<Item[]> {
  const room = await rooms.loaded(boardId);
  if (room) return readItems(room.doc).items;
  const stored = await store.loadBoard(boardId);
  const doc = new Y.Doc({ gc: false });
  try {
    doc.transact(() => {
      for (const update of stored.updates) Y.applyUpdate(doc, update);
    });
    return readItems(doc).items;
  } finally {
    doc.destroy();
  }
}
