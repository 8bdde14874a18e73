import type * as Y from 'yjs';
import { z } from 'zod';
import { getContainer } from '../doc/board-doc.js';

/** The longest comment the server takes; a thread is for remarks, not documents. */
export const MAX_COMMENT_LENGTH = 2000;

/**
 * One comment as the board document holds it, in the `comments` container keyed by its id. Only the
 * server writes it (on the author's HTTP request), so the author and time are the server's word.
 */
export const commentRecordSchema = z.object({
  id: z.string().min(1).max(64),
  itemId: z.string().min(1).max(64),
  authorId: z.string().min(1).max(64),
  authorName: z.string().max(120),
  text: z.string().min(1).max(MAX_COMMENT_LENGTH),
  createdAt: z.number().int().nonnegative(),
});

export type CommentRecord = z.infer<typeof commentRecordSchema>;

/** What a person sends to add a comment; the server fills in the rest. */
export const addCommentBodySchema = z.object({
  itemId: z.string().min(1).max(64),
  text: z.string().trim().min(1).max(MAX_COMMENT_LENGTH),
});

/** The valid comments of a board, oldest first (ties by id, so every reader orders alike). */
export function readComments(doc: Y.Doc): CommentRecord[] {
  const records: CommentRecord[] = [];
  for (const value of getContainer(doc, 'comments').values()) {
    const parsed = commentRecordSchema.safeParse(value);
    if (parsed.success) records.push(parsed.data);
  }
  return records.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/** One item's thread, oldest first. */
export function readItemComments(doc: Y.Doc, itemId: string): CommentRecord[] {
  return readComments(doc).filter((comment) => comment.itemId === itemId);
}

/** How many comments each item has, for the badges on the canvas. */
export function countCommentsByItem(doc: Y.Doc): Map<string, number> {
  const counts = new Map<string, number>();
  for (const comment of readComments(doc)) counts.set(comment.itemId, (counts.get(comment.itemId) ?? 0) + 1);
  return counts;
}
