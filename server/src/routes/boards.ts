import { Hono } from 'hono';
import * as Y from 'yjs';
import { z } from 'zod';
import { createBoardDoc, isValidId, newId } from '@werkplaats/shared';
import type { BoardStore } from '../storage/board-store.js';
import { apiError } from './errors.js';

export const createBoardBody = z.object({
  title: z.string().trim().min(1).max(120).optional(),
});

/** `POST /api/boards` (createBoard) and `GET /api/boards/:boardId` (getBoard). */
export function boardRoutes(store: BoardStore): Hono {
  return new Hono()
    .post('/', async (c) => {
      let body: unknown;
      try {
        const text = await c.req.text();
        body = text.trim() === '' ? {} : JSON.parse(text);
      } catch {
        return apiError(c, 400, 'invalid_json', 'The request body is not valid JSON.');
      }
      const parsed = createBoardBody.safeParse(body);
      if (!parsed.success) {
        return apiError(c, 400, 'invalid_request', parsed.error.issues[0]?.message ?? 'Invalid request.');
      }
      const board = { id: newId(), title: parsed.data.title ?? 'Untitled board', createdAt: Date.now() };
      // The board's document is created with its structure in place, so every client starts from the
      // same containers.
      const doc = createBoardDoc();
      await store.createBoard(board, Y.encodeStateAsUpdate(doc));
      doc.destroy();
      return c.json(board, 201);
    })
    .get('/:boardId', async (c) => {
      const boardId = c.req.param('boardId');
      const board = isValidId(boardId) ? await store.getBoard(boardId) : undefined;
      if (!board) return apiError(c, 404, 'board_not_found', 'There is no board with this id.');
      return c.json(board);
    });
}
