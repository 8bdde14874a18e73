import { createBoardDoc, getContainer, reactionKey } from '@werkplaats/shared';
import { describe, expect, it } from 'vitest';
import { FeedbackState } from './feedback-state';

describe('FeedbackState', () => {
  it('groups comments and reactions per item and keeps an untouched item’s snapshot', () => {
    const doc = createBoardDoc();
    const feedback = new FeedbackState(doc);
    let changes = 0;
    feedback.subscribe(() => changes++);
    const comment = (id: string, itemId: string) => ({
      id,
      itemId,
      authorId: 'u',
      authorName: 'An',
      text: id,
      createdAt: 1,
    });
    getContainer(doc, 'comments').set('c1', comment('c1', 'a'));
    getContainer(doc, 'comments').set('c2', comment('c2', 'b'));
    const before = feedback.get('a');
    expect(before.comments.map((c) => c.id)).toEqual(['c1']);

    getContainer(doc, 'reactions').set(reactionKey('b', '👍', 'u'), {
      itemId: 'b',
      emoji: '👍',
      userId: 'u',
      userName: 'An',
      at: 2,
    });
    expect(feedback.get('b')).toMatchObject({ comments: [{ id: 'c2' }], reactions: [{ emoji: '👍' }] });
    expect(feedback.get('a')).toBe(before);
    expect(feedback.get('nothing')).toEqual({ comments: [], reactions: [] });
    expect(changes).toBe(3);

    feedback.destroy();
    getContainer(doc, 'comments').delete('c1');
    expect(changes).toBe(3);
  });
});
