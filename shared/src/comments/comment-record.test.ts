import { describe, expect, it } from 'vitest';
import { createBoardDoc, getContainer } from '../doc/board-doc.js';
import { countCommentsByItem, readComments, readItemComments } from './comment-record.js';

const comment = (id: string, itemId: string, createdAt: number) => ({
  id,
  itemId,
  authorId: 'u1',
  authorName: 'An',
  text: `comment ${id}`,
  createdAt,
});

describe('comment records', () => {
  it('reads valid comments oldest first, per item, and counts them; skips invalid ones', () => {
    const doc = createBoardDoc();
    const comments = getContainer(doc, 'comments');
    comments.set('b', comment('b', 'item-1', 20));
    comments.set('a', comment('a', 'item-1', 10));
    comments.set('c', comment('c', 'item-2', 15));
    comments.set('bad', { id: 'bad', itemId: 'item-1', text: '' });
    expect(readComments(doc).map((c) => c.id)).toEqual(['a', 'c', 'b']);
    expect(readItemComments(doc, 'item-1').map((c) => c.id)).toEqual(['a', 'b']);
    expect(countCommentsByItem(doc)).toEqual(
      new Map([
        ['item-1', 2],
        ['item-2', 1],
      ]),
    );
  });
});
