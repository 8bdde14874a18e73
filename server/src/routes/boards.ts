import { Hono } from 'hono';
import { z } from 'zod';
import { boardInitUpdate, isValidId, newId } from '@werkplaats/shared';
import { boardAccess } from '../auth/access.js';
import type { SyncTickets } from '../auth/sync-tickets.js';
import type { RoomManager } from '../collab/room-manager.js';
import { readBoardItems } from '../export/board-items.js';
import { renderBoardThumbnail } from '../export/board-thumbnail.js';
import type { BoardRecord, BoardStore } from '../storage/board-store.js';
import type { DirectoryStore } from '../storage/directory-store.js';
import { readBody, requireFacilitator, type ApiEnv } from './api-context.js';
import { apiError } from './errors.js';

const createBoardBody = z.object({
  title: z.string().trim().min(1).max(120).optional(),
});

/**
 * The one way a board comes to exist: from the canonical structure (or an update built on it, such as
 * a session template), so every client meets the same containers.
 */
export async function createBoardRecord(
  store: BoardStore,
  title: string | undefined,
  initialUpdate: Uint8Array = boardInitUpdate(),
): Promise<BoardRecord> {
  const board = { id: newId(), title: title ?? 'Untitled board', createdAt: Date.now() };
  await store.createBoard(board, initialUpdate);
  return board;
}

/**
 * `POST /api/boards` (a loose board, for facilitators), `GET /api/boards/:id`,
 * `GET /api/boards/:id/access` (who the caller is on that board) and `POST /api/boards/:id/sync-ticket`
 * (a single-use ticket for non-browser sync clients) and `GET /api/boards/:id/thumbnail.svg` (a small
 * picture of the board for the dashboard). Without access a board is 404, so
 * ids cannot be probed.
 */
export function boardRoutes(
  store: BoardStore,
  directory: DirectoryStore,
  syncTickets: SyncTickets,
  rooms: RoomManager,
): Hono<ApiEnv> {
  const lookup = async (viewer: ApiEnv['Variables']['viewer'], boardId: string) => {
    if (!isValidId(boardId)) return undefined;
    const board = await store.getBoard(boardId);
    const access = board && (await boardAccess(directory, viewer, boardId));
    return board && access ? { board, access } : undefined;
  };
  return new Hono<ApiEnv>()
    .post('/', requireFacilitator, async (c) => {
      const body = await readBody(c, createBoardBody);
      if (!body.ok) return body.response;
      return c.json(await createBoardRecord(store, body.data.title), 201);
    })
    .get('/:boardId', async (c) => {
      const found = await lookup(c.get('viewer'), c.req.param('boardId'));
      if (!found) return apiError(c, 404, 'board_not_found', 'No such board.');
      return c.json(found.board);
    })
    .post('/:boardId/sync-ticket', async (c) => {
      const boardId = c.req.param('boardId');
      const found = await lookup(c.get('viewer'), boardId);
      if (!found) return apiError(c, 404, 'board_not_found', 'No such board, or no access to it.');
      const { ticket, expiresAt } = syncTickets.issue(boardId, c.get('viewer'));
      return c.json({ ticket, expiresAt, path: `/sync/${boardId}?ticket=${ticket}` }, 201);
    })
    .get('/:boardId/thumbnail.svg', async (c) => {
      const boardId = c.req.param('boardId');
      const found = await lookup(c.get('viewer'), boardId);
      if (!found) return apiError(c, 404, 'board_not_found', 'No such board, or no access to it.');
      const svg = renderBoardThumbnail(await readBoardItems(store, rooms, boardId));
      return c.body(svg, 200, {
        'content-type': 'image/svg+xml',
        'cache-control': 'private, max-age=30',
        'x-content-type-options': 'nosniff',
      });
    })
    .get('/:boardId/access', async (c) => {
      const found = await lookup(c.get('viewer'), c.req.param('boardId'));
      if (!found) return apiError(c, 404, 'board_not_found', 'No such board, or no access to it.');
      const { identity, network, session } = found.access;
      return c.json({
        board: found.board,
        user: {
          id: identity.userId,
          name: identity.name,
          role: identity.role,
          commentOnly: identity.commentOnly ?? false,
          color: identity.color,
        },
        network: network
          ? { id: network.id, title: network.title, language: network.language, timeZone: network.timeZone }
          : null,
        session: session ? { id: session.id, title: session.title, position: session.position } : null,
      });
    });
}
