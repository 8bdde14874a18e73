import type { Locale, Role } from '@werkplaats/shared';
import { ApiError, request } from './http';

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

export async function fetchBoardAccess(boardId: string, signal?: AbortSignal): Promise<BoardLookup> {
  try {
    const access = await request<BoardAccess>(
      'GET',
      `/api/boards/${encodeURIComponent(boardId)}/access`,
      undefined,
      signal,
    );
    return { kind: 'found', access };
  } catch (error) {
    if (signal?.aborted) throw error;
    if (error instanceof ApiError && (error.status === 404 || error.status === 401))
      return { kind: 'noAccess' };
    return { kind: 'unreachable' };
  }
}

/** A small SVG picture of the board (shapes and colours, no text), for lists of sessions. */
export function boardThumbnailUrl(boardId: string): string {
  return `/api/boards/${encodeURIComponent(boardId)}/thumbnail.svg`;
}
