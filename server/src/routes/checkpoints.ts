import { Hono } from 'hono';
import { z } from 'zod';
import {
  carryForward,
  diffBoards,
  isValidId,
  newId,
  systemOrigin,
  translate,
  type CarryForwardResult,
  type CheckpointView,
  type Item,
} from '@werkplaats/shared';
import { itemsOfState, readBoardItems, readBoardState } from '../export/board-items.js';
import type { CheckpointStore } from '../storage/checkpoint-store.js';
import { readBody, requireFacilitator, type ApiDeps, type ApiEnv } from './api-context.js';
import { apiError } from './errors.js';

const checkpointBody = z.object({ name: z.string().trim().min(1).max(120) });

const carryBody = z.object({
  itemIds: z.array(z.string().min(1).max(64)).min(1).max(100),
  /** Defaults to the board of the next session of the same network. */
  targetBoardId: z.string().min(1).max(64).optional(),
});

/** How a checkpoint's items differ from the board now: ids and fields only, the items are listed once. */
function changesSince(before: Item[], now: Item[]): CheckpointView['changesSince'] {
  const diff = diffBoards(before, now);
  return {
    added: diff.added,
    removed: diff.removed.map((item) => item.id),
    changed: diff.changed.map(({ item, fields }) => ({ id: item.id, fields })),
  };
}

/**
 * Closing a session: `createCheckpoint`, `listCheckpoints`, `getCheckpoint` (its items read-only, and
 * what changed on the board since) and `carryForward` (copies of picked items into the next session's
 * board, linked to their origin). Facilitators only; an unknown board is 404.
 */
export function checkpointRoutes(deps: ApiDeps, checkpoints: CheckpointStore): Hono<ApiEnv> {
  const { store, rooms, directory } = deps;
  const board = async (boardId: string) => (isValidId(boardId) ? store.getBoard(boardId) : undefined);

  return new Hono<ApiEnv>()
    .post('/:boardId/checkpoints', requireFacilitator, async (c) => {
      const boardId = c.req.param('boardId');
      if (!(await board(boardId))) return apiError(c, 404, 'board_not_found', 'No such board.');
      const body = await readBody(c, checkpointBody);
      if (!body.ok) return body.response;
      const record = {
        id: newId(),
        boardId,
        name: body.data.name,
        createdBy: c.get('viewer').facilitator!.id,
        createdAt: Date.now(),
      };
      await checkpoints.createCheckpoint(record, await readBoardState(store, rooms, boardId));
      return c.json(record, 201);
    })
    .get('/:boardId/checkpoints', requireFacilitator, async (c) => {
      const boardId = c.req.param('boardId');
      if (!(await board(boardId))) return apiError(c, 404, 'board_not_found', 'No such board.');
      return c.json(await checkpoints.listCheckpoints(boardId));
    })
    .get('/:boardId/checkpoints/:checkpointId', requireFacilitator, async (c) => {
      const boardId = c.req.param('boardId');
      const found = await checkpoints.checkpoint(c.req.param('checkpointId'));
      if (!found || found.boardId !== boardId) {
        return apiError(c, 404, 'checkpoint_not_found', 'No such checkpoint on this board.');
      }
      const { state, ...record } = found;
      const items = itemsOfState(state);
      const now = await readBoardItems(store, rooms, boardId);
      const view: CheckpointView = { checkpoint: record, items, changesSince: changesSince(items, now) };
      return c.json(view);
    })
    .post('/:boardId/carry-forward', requireFacilitator, async (c) => {
      const boardId = c.req.param('boardId');
      if (!(await board(boardId))) return apiError(c, 404, 'board_not_found', 'No such board.');
      const body = await readBody(c, carryBody);
      if (!body.ok) return body.response;
      const session = await directory.sessionByBoard(boardId);
      const network = session && (await directory.network(session.networkId));
      let targetBoardId = body.data.targetBoardId;
      if (!targetBoardId) {
        const sessions = session ? await directory.listSessions(session.networkId) : [];
        const next = sessions
          .filter((candidate) => candidate.position > (session?.position ?? Infinity))
          .sort((a, b) => a.position - b.position)[0];
        if (!next) {
          return apiError(c, 409, 'no_next_session', 'This is the last session: there is no next board.');
        }
        targetBoardId = next.boardId;
      }
      if (targetBoardId === boardId || !(await board(targetBoardId))) {
        return apiError(c, 404, 'target_not_found', 'No such board to carry the items into.');
      }
      // In the order given: the facilitator's picks are ranked, best first, and land that way.
      const onBoard = new Map((await readBoardItems(store, rooms, boardId)).map((item) => [item.id, item]));
      const items = [...new Set(body.data.itemIds)].flatMap((id) => onBoard.get(id) ?? []);
      if (items.length === 0) {
        return apiError(c, 400, 'nothing_to_carry', 'None of the chosen items is on this board.');
      }
      const facilitator = c.get('viewer').facilitator!;
      const frameTitle = translate(network?.language ?? 'nl', 'carry.frameTitle', {
        session: session?.title ?? '',
      });
      const result = await rooms.change(targetBoardId, 'carry-forward', (doc) =>
        carryForward(
          doc,
          { items, sourceBoardId: boardId, frameTitle },
          { userId: facilitator.id, name: facilitator.name },
          systemOrigin('carry-forward'),
        ),
      );
      const carried: CarryForwardResult = { targetBoardId, ...result };
      return c.json(carried, 201);
    });
}
