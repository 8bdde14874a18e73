import { Hono, type Context } from 'hono';
import {
  canEditBoard,
  dotRequestSchema,
  getContainer,
  isValidId,
  latestVote,
  newId,
  readItem,
  readVoteRecords,
  startVoteRequestSchema,
  voteIdRequestSchema,
  voteIsOpen,
  votableItemIds,
  type Ballot,
  type VoteParticipation,
  type VoteRecord,
} from '@werkplaats/shared';
import type * as Y from 'yjs';
import { boardAccess, type BoardAccess } from '../auth/access.js';
import { ballotMessage } from '../collab/messages.js';
import type { Room } from '../collab/room.js';
import type { BallotChange } from '../storage/vote-store.js';
import { readBody, requireFacilitator, type ApiDeps, type ApiEnv } from './api-context.js';
import { apiError } from './errors.js';

type Deps = Pick<ApiDeps, 'store' | 'directory' | 'rooms' | 'votes'>;

const REFUSALS: Record<Exclude<BallotChange, { ok: true }>['reason'], [string, string]> = {
  budget: ['budget_spent', 'You have used all your dots. Remove one to place it elsewhere.'],
  perItem: ['item_limit', 'You cannot place more dots on this item.'],
  noDot: ['no_dot', 'You have no dot on this item.'],
};

function toBallot(record: VoteRecord, dots: Record<string, number>): Ballot {
  const used = Object.values(dots).reduce((sum, n) => sum + n, 0);
  return { voteId: record.id, dots, used, left: Math.max(0, record.budget - used) };
}

const findVote = (doc: Y.Doc, voteId: string) => readVoteRecords(doc).find((record) => record.id === voteId);

/**
 * Dot voting over HTTP. The facilitator starts, closes and reveals a vote (written into the board's
 * `votes` container by the server); people place and remove their own dots, which stay in the vote
 * store. A changed ballot goes to its owner's own connections on the board, so their other tabs follow.
 */
export function voteRoutes({ store, directory, rooms, votes }: Deps): Hono<ApiEnv> {
  const lookup = async (c: Context<ApiEnv>): Promise<{ boardId: string; access: BoardAccess } | Response> => {
    const boardId = c.req.param('boardId') ?? '';
    const access =
      isValidId(boardId) && (await store.getBoard(boardId))
        ? await boardAccess(directory, c.get('viewer'), boardId)
        : undefined;
    if (!access) return apiError(c, 404, 'board_not_found', 'No such board, or no access to it.');
    return { boardId, access };
  };

  /** Runs `use` on the board's live room, loading it if nobody has it open. */
  const withRoom = async <T>(boardId: string, use: (room: Room) => Promise<T>): Promise<T> => {
    const room = await rooms.acquire(boardId);
    try {
      return await use(room);
    } finally {
      rooms.release(room);
    }
  };

  const sendToOwner = (room: Room, userId: string, ballot: Ballot) => {
    const message = ballotMessage(ballot);
    for (const peer of room.peers) if (peer.identity.userId === userId) peer.send(message);
  };

  const changeDot = async (c: Context<ApiEnv>, direction: 'add' | 'remove') => {
    const found = await lookup(c);
    if (found instanceof Response) return found;
    const body = await readBody(c, dotRequestSchema);
    if (!body.ok) return body.response;
    const { identity } = found.access;
    if (!canEditBoard(identity.role, identity.commentOnly))
      return apiError(c, 403, 'vote_not_allowed', 'Your role on this board does not include voting.');
    const { voteId, itemId } = body.data;
    return withRoom(found.boardId, async (room) => {
      // From reading the vote to writing the dot nothing awaits: a close or reveal cannot slip between.
      const record = findVote(room.doc, voteId);
      if (!record) return apiError(c, 404, 'vote_not_found', 'No such vote on this board.');
      if (!voteIsOpen(record, Date.now()))
        return apiError(c, 409, 'vote_closed', 'This vote is closed: dots can no longer change.');
      if (direction === 'add' && !votableItemIds(room.doc, record).has(itemId))
        return apiError(c, 400, 'item_not_in_vote', 'This item is not part of the vote.');
      const change =
        direction === 'add'
          ? await votes.addDot(voteId, identity.userId, itemId, record)
          : await votes.removeDot(voteId, identity.userId, itemId);
      if (!change.ok) {
        const [code, message] = REFUSALS[change.reason];
        return apiError(c, 409, code, message);
      }
      const ballot = toBallot(record, change.dots);
      sendToOwner(room, identity.userId, ballot);
      return c.json(ballot);
    });
  };

  return new Hono<ApiEnv>()
    .post('/:boardId/votes', requireFacilitator, async (c) => {
      const found = await lookup(c);
      if (found instanceof Response) return found;
      const body = await readBody(c, startVoteRequestSchema);
      if (!body.ok) return body.response;
      const now = Date.now();
      const { title, frameId, budget, maxPerItem, endsAt } = body.data;
      if (endsAt !== undefined && endsAt <= now)
        return apiError(c, 400, 'invalid_request', 'endsAt: the end time has already passed.');
      const started = await rooms.change(found.boardId, 'vote-start', (doc) => {
        if (readVoteRecords(doc).some((record) => voteIsOpen(record, now))) return 'vote_open' as const;
        if (frameId !== undefined && readItem(doc, frameId)?.type !== 'frame') return 'no_frame' as const;
        const record: VoteRecord = {
          id: newId(),
          title,
          ...(frameId === undefined ? {} : { frameId }),
          budget,
          maxPerItem: Math.min(maxPerItem, budget),
          startedAt: now,
          ...(endsAt === undefined ? {} : { endsAt }),
        };
        getContainer(doc, 'votes').set(record.id, record);
        return record;
      });
      if (started === 'vote_open')
        return apiError(c, 409, 'vote_open', 'A vote is already open on this board. Close it first.');
      if (started === 'no_frame') return apiError(c, 400, 'frame_not_found', 'No such frame on this board.');
      return c.json(started, 201);
    })
    .post('/:boardId/votes/close', requireFacilitator, async (c) => {
      const found = await lookup(c);
      if (found instanceof Response) return found;
      const body = await readBody(c, voteIdRequestSchema);
      if (!body.ok) return body.response;
      const closed = await rooms.change(found.boardId, 'vote-close', (doc) => {
        const record = findVote(doc, body.data.voteId);
        if (!record || record.closedAt !== undefined) return record;
        const next = { ...record, closedAt: Date.now() };
        getContainer(doc, 'votes').set(record.id, next);
        return next;
      });
      if (!closed) return apiError(c, 404, 'vote_not_found', 'No such vote on this board.');
      return c.json(closed);
    })
    .post('/:boardId/votes/reveal', requireFacilitator, async (c) => {
      const found = await lookup(c);
      if (found instanceof Response) return found;
      const body = await readBody(c, voteIdRequestSchema);
      if (!body.ok) return body.response;
      const { voteId } = body.data;
      // Close first, so no dot lands between counting and writing the totals.
      const closedAt = Date.now();
      const exists = await rooms.change(found.boardId, 'vote-close', (doc) => {
        const record = findVote(doc, voteId);
        if (record && record.closedAt === undefined)
          getContainer(doc, 'votes').set(voteId, { ...record, closedAt });
        return record !== undefined;
      });
      if (!exists) return apiError(c, 404, 'vote_not_found', 'No such vote on this board.');
      const { totals, voters } = await votes.totals(voteId);
      const revealed = await rooms.change(found.boardId, 'vote-reveal', (doc) => {
        const record = findVote(doc, voteId)!;
        if (record.revealedAt !== undefined) return record;
        const next: VoteRecord = { ...record, revealedAt: Date.now(), totals, voters };
        getContainer(doc, 'votes').set(voteId, next);
        return next;
      });
      return c.json(revealed);
    })
    .get('/:boardId/votes/ballot', async (c) => {
      const found = await lookup(c);
      if (found instanceof Response) return found;
      const voteId = c.req.query('voteId');
      const record = await withRoom(found.boardId, async (room) =>
        voteId ? findVote(room.doc, voteId) : latestVote(readVoteRecords(room.doc)),
      );
      if (!record) return voteId ? apiError(c, 404, 'vote_not_found', 'No such vote.') : c.json(null);
      return c.json(toBallot(record, await votes.ballot(record.id, found.access.identity.userId)));
    })
    .post('/:boardId/votes/dots', (c) => changeDot(c, 'add'))
    .post('/:boardId/votes/dots/remove', (c) => changeDot(c, 'remove'))
    .get('/:boardId/votes/participation', requireFacilitator, async (c) => {
      const found = await lookup(c);
      if (found instanceof Response) return found;
      const now = Date.now();
      return withRoom(found.boardId, async (room) => {
        const record = readVoteRecords(room.doc).find((vote) => voteIsOpen(vote, now));
        const empty: VoteParticipation = { voteId: null, people: [] };
        if (!record) return c.json(empty);
        const usage = await votes.usage(record.id);
        const people = new Map<string, { name: string; connected: boolean }>();
        for (const { identity } of room.peers) {
          if (identity.role !== 'facilitator' && canEditBoard(identity.role, identity.commentOnly))
            people.set(identity.userId, { name: identity.name, connected: true });
        }
        for (const userId of usage.keys()) {
          if (!people.has(userId))
            people.set(userId, { name: (await directory.person(userId))?.name ?? '', connected: false });
        }
        const result: VoteParticipation = {
          voteId: record.id,
          people: [...people]
            .map(([userId, { name, connected }]) => {
              const used = usage.get(userId) ?? 0;
              return { userId, name, used, left: Math.max(0, record.budget - used), connected };
            })
            .sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId)),
        };
        return c.json(result);
      });
    });
}
