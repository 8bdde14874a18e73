import { Hono, type Context } from 'hono';
import {
  addCommentBodySchema,
  commentRecordSchema,
  getContainer,
  getItemsMap,
  newId,
  reactionKey,
  toggleReactionBodySchema,
  type CommentRecord,
  type ReactionRecord,
} from '@werkplaats/shared';
import type { BoardAccess } from '../auth/access.js';
import type { RoomManager } from '../collab/room-manager.js';
import type { BoardStore } from '../storage/board-store.js';
import type { DirectoryStore } from '../storage/directory-store.js';
import { readBody, type ApiEnv } from './api-context.js';
import { findBoard } from './board-lookup.js';
import { apiError } from './errors.js';

const ITEM_GONE = 'item_not_found';

/**
 * Comments and reactions: `POST /api/boards/:id/comments`, `DELETE /api/boards/:id/comments/:commentId`
 * and `POST /api/boards/:id/reactions`. The board's `comments` and `reactions` containers refuse
 * client updates, so these routes are the only way in: the server writes the author and the time.
 * Everyone but observers may comment and react (comment-only experts included: that is what they are
 * invited for); a comment is deleted by its author or a facilitator.
 */
export function commentRoutes(
  store: BoardStore,
  directory: DirectoryStore,
  rooms: RoomManager,
): Hono<ApiEnv> {
  const commenter = async (c: Context<ApiEnv>): Promise<BoardAccess | Response> => {
    const found = await findBoard(store, directory, c.get('viewer'), c.req.param('boardId') ?? '');
    if (!found) return apiError(c, 404, 'board_not_found', 'No such board, or no access to it.');
    if (found.access.identity.role === 'observer') {
      return apiError(c, 403, 'observer', 'Observers can read comments but not write or react.');
    }
    return found.access;
  };
  const itemGone = (c: Context) => apiError(c, 404, ITEM_GONE, 'That item is no longer on the board.');

  return new Hono<ApiEnv>()
    .post('/:boardId/comments', async (c) => {
      const access = await commenter(c);
      if (access instanceof Response) return access;
      const body = await readBody(c, addCommentBodySchema);
      if (!body.ok) return body.response;
      const { identity } = access;
      const comment: CommentRecord = {
        id: newId(),
        itemId: body.data.itemId,
        authorId: identity.userId,
        authorName: identity.name,
        text: body.data.text,
        createdAt: Date.now(),
      };
      const added = await rooms.change(c.req.param('boardId'), 'comment', (doc) => {
        if (!getItemsMap(doc).has(comment.itemId)) return false;
        getContainer(doc, 'comments').set(comment.id, comment);
        return true;
      });
      return added ? c.json(comment, 201) : itemGone(c);
    })
    .delete('/:boardId/comments/:commentId', async (c) => {
      const access = await commenter(c);
      if (access instanceof Response) return access;
      const { identity } = access;
      const commentId = c.req.param('commentId');
      const outcome = await rooms.change(c.req.param('boardId'), 'comment-delete', (doc) => {
        const comments = getContainer(doc, 'comments');
        const parsed = commentRecordSchema.safeParse(comments.get(commentId));
        if (!parsed.success) return 'missing';
        if (parsed.data.authorId !== identity.userId && identity.role !== 'facilitator') return 'not-yours';
        comments.delete(commentId);
        return 'deleted';
      });
      if (outcome === 'missing') return apiError(c, 404, 'comment_not_found', 'No such comment.');
      if (outcome === 'not-yours') {
        return apiError(c, 403, 'not_your_comment', 'Only its author or a facilitator can delete a comment.');
      }
      return c.body(null, 204);
    })
    .post('/:boardId/reactions', async (c) => {
      const access = await commenter(c);
      if (access instanceof Response) return access;
      const body = await readBody(c, toggleReactionBodySchema);
      if (!body.ok) return body.response;
      const { identity } = access;
      const { itemId, emoji } = body.data;
      const key = reactionKey(itemId, emoji, identity.userId);
      const outcome = await rooms.change(c.req.param('boardId'), 'reaction', (doc) => {
        if (!getItemsMap(doc).has(itemId)) return 'missing';
        const reactions = getContainer(doc, 'reactions');
        if (reactions.has(key)) {
          reactions.delete(key);
          return 'removed';
        }
        const reaction: ReactionRecord = {
          itemId,
          emoji,
          userId: identity.userId,
          userName: identity.name,
          at: Date.now(),
        };
        reactions.set(key, reaction);
        return 'added';
      });
      if (outcome === 'missing') return itemGone(c);
      return c.json({ itemId, emoji, reacted: outcome === 'added' });
    });
}
