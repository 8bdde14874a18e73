import type { CommentRecord, ReactionEmoji } from '@werkplaats/shared';
import { request } from './http';

const base = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}`;

/** Adds a comment; it reaches everyone (this person too) through the board document. */
export function addComment(boardId: string, itemId: string, text: string): Promise<CommentRecord> {
  return request('POST', `${base(boardId)}/comments`, { itemId, text });
}

export function deleteComment(boardId: string, commentId: string): Promise<void> {
  return request('DELETE', `${base(boardId)}/comments/${encodeURIComponent(commentId)}`);
}

export function toggleReaction(boardId: string, itemId: string, emoji: ReactionEmoji): Promise<unknown> {
  return request('POST', `${base(boardId)}/reactions`, { itemId, emoji });
}
