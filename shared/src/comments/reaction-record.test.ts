import { describe, expect, it } from 'vitest';
import { createBoardDoc, getContainer } from '../doc/board-doc.js';
import { reactionKey, summarizeReactions, type ReactionEmoji } from './reaction-record.js';

describe('reaction records', () => {
  it('summarises an item’s reactions per emoji in the bar’s order, with names and whether they are mine', () => {
    const doc = createBoardDoc();
    const reactions = getContainer(doc, 'reactions');
    const react = (itemId: string, emoji: ReactionEmoji, userId: string, at: number) =>
      reactions.set(reactionKey(itemId, emoji, userId), { itemId, emoji, userId, userName: userId, at });
    react('item', '💡', 'ann', 1);
    react('item', '👍', 'bo', 2);
    react('item', '👍', 'ann', 3);
    react('other', '👍', 'cas', 4);
    reactions.set('junk', { itemId: 'item', emoji: '💩', userId: 'x', userName: 'x', at: 5 });
    expect(summarizeReactions(doc, 'item', 'ann')).toEqual([
      { emoji: '👍', count: 2, names: ['bo', 'ann'], mine: true },
      { emoji: '💡', count: 1, names: ['ann'], mine: true },
    ]);
    expect(summarizeReactions(doc, 'item', 'bo').map((r) => r.mine)).toEqual([true, false]);
    expect(summarizeReactions(doc, 'nothing', 'ann')).toEqual([]);
  });
});
