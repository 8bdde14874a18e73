import { isValidId } from '@werkplaats/shared';
import { boardAccess, type BoardAccess } from '../auth/access.js';
import type { Viewer } from '../auth/viewer.js';
import type { BoardRecord, BoardStore } from '../storage/board-store.js';
import type { DirectoryStore } from '../storage/directory-store.js';

/** A board and who the caller is on it, or undefined when it does not exist or the caller has no access. */
export async function findBoard(
  store: BoardStore,
  directory: DirectoryStore,
  viewer: Viewer,
  boardId: string,
): Promise<{ board: BoardRecord; access: BoardAccess } | undefined> {
  if (!isValidId(boardId)) return undefined;
  const board = await store.getBoard(boardId);
  const access = board && (await boardAccess(directory, viewer, boardId));
  return board && access ? { board, access } : undefined;
}
