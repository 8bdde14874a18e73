import type { Locale, Role } from '@werkplaats/shared';
import { ApiError, readAnswer, send } from './http';

/** Who this browser is on a board, as the server decided it. */
export interface BoardAccess {
  board: { id: string; title: string };
  user: { id: string; name: string; role: Role; commentOnly: boolean; color: string };
  network: { id: string; title: string; language: Locale; timeZone: string } | null;
  session: { id: string; title: string; position: number } | null;
}

export type BoardLookup =
  | { kind: 'found'; access: BoardAccess }
  /** Unknown board, or one this browser has no access to: the server does not say which. */
  | { kind: 'noAccess' }
  /** No answer (offline, server restarting). */
  | { kind: 'unreachable' };

const accessPath = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}/access`;

let earlyAccess: { boardId: string; answer: Promise<Response> } | undefined;

/**
 * Asks who this browser is on a board as the page starts (see early.ts), so the answer is there when
 * the board's code has loaded; `fetchBoardAccess` takes it, once.
 */
export function prefetchBoardAccess(boardId: string): void {
  const answer = send('GET', accessPath(boardId));
  // Whoever takes the answer handles a failure; one nobody takes must not be reported as unhandled.
  answer.catch(() => undefined);
  earlyAccess = { boardId, answer };
}

export async function fetchBoardAccess(boardId: string, signal?: AbortSignal): Promise<BoardLookup> {
  const early = earlyAccess?.boardId === boardId ? earlyAccess.answer : undefined;
  earlyAccess = undefined;
  let access: BoardAccess;
  try {
    access = await readAnswer<BoardAccess>(
      await (early ?? send('GET', accessPath(boardId), undefined, signal)),
    );
  } catch (error) {
    if (signal?.aborted) throw error;
    if (error instanceof ApiError && (error.status === 404 || error.status === 401))
      return { kind: 'noAccess' };
    return { kind: 'unreachable' };
  }
  // The early request cannot be cancelled: a caller that gave up must not get its answer.
  signal?.throwIfAborted();
  return { kind: 'found', access };
}

/** A small SVG picture of the board (shapes and colours, no text), for lists of sessions. */
export function boardThumbnailUrl(boardId: string): string {
  return `/api/boards/${encodeURIComponent(boardId)}/thumbnail.svg`;
}
