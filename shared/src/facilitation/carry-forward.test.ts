import { describe, expect, it } from 'vitest';
import { createBoardDoc, getContainer } from '../doc/board-doc.js';
import { createLocalOrigin } from '../doc/origins.js';
import { readItems } from '../doc/read.js';
import { createItems } from '../ops/create-items.js';
import type { Item } from '../schema/registry.js';
import type { Sticky } from '../schema/sticky.js';
import { carryForward, defaultCarryPicks } from './carry-forward.js';
import { diffBoards } from './board-diff.js';

const ana = { userId: 'u-ana', name: 'Ana' };
const fien = { userId: 'u-fien', name: 'Fien' };
const origin = createLocalOrigin('u-fien');

function weekWithNotes() {
  const doc = createBoardDoc();
  const notes = createItems(
    doc,
    ['cash flow first', 'shared office', 'crowdfunding', 'patrons'].map((text, i) => ({
      type: 'sticky' as const,
      x: i * 250,
      y: 0,
      text,
    })),
    ana,
    origin,
  );
  const [frame] = createItems(
    doc,
    [{ type: 'frame', x: -50, y: -50, w: 1200, h: 400, title: 'Vote' }],
    ana,
    origin,
  );
  return { doc, notes, frame: frame! };
}

describe('carry forward', () => {
  it('offers the top three of the last revealed vote, carriable items only', () => {
    const { doc, notes, frame } = weekWithNotes();
    const votes = getContainer(doc, 'votes');
    votes.set('old', {
      id: 'old',
      title: 'old',
      budget: 3,
      maxPerItem: 1,
      startedAt: 1,
      totals: { [notes[0]!.id]: 9 },
    });
    expect(defaultCarryPicks(doc)).toEqual([notes[0]!.id]);
    votes.set('new', {
      id: 'new',
      title: 'HMW',
      budget: 3,
      maxPerItem: 1,
      startedAt: 2,
      totals: { [notes[1]!.id]: 4, [frame.id]: 7, [notes[2]!.id]: 2, [notes[3]!.id]: 3, [notes[0]!.id]: 1 },
    });
    expect(defaultCarryPicks(doc)).toEqual([notes[1]!.id, notes[3]!.id, notes[2]!.id]);
    votes.set('open', { id: 'open', title: 'open', budget: 3, maxPerItem: 1, startedAt: 3 });
    expect(defaultCarryPicks(doc)).toEqual([notes[1]!.id, notes[3]!.id, notes[2]!.id]);
  });

  it('offers nothing before any vote was revealed', () => {
    expect(defaultCarryPicks(weekWithNotes().doc)).toEqual([]);
  });

  it('copies into a new frame right of the next board, linked to their origin, crediting the author', () => {
    const week3 = weekWithNotes();
    const week4 = createBoardDoc();
    createItems(
      week4,
      [{ type: 'frame', x: 0, y: 100, w: 800, h: 600, title: 'Prototype', locked: true }],
      fien,
      origin,
    );
    const picked = [week3.notes[2]!, week3.notes[0]!];
    const result = carryForward(
      week4,
      { items: [...picked, week3.frame], sourceBoardId: 'board-3', frameTitle: 'From week 3' },
      fien,
      origin,
    );
    const items = readItems(week4).items;
    const frame = items.find((item) => item.id === result.frameId)!;
    expect(frame).toMatchObject({ type: 'frame', title: 'From week 3', locked: false, y: 100 });
    expect(frame.x).toBeGreaterThanOrEqual(800);
    const copies = result.itemIds.map((id) => items.find((item) => item.id === id) as Sticky);
    expect(copies.map((copy) => copy.text)).toEqual(['crowdfunding', 'cash flow first']);
    expect(copies.map((copy) => copy.origin)).toEqual(
      picked.map((note) => ({ boardId: 'board-3', itemId: note.id })),
    );
    for (const copy of copies) {
      expect(copy.parentId).toBe(frame.id);
      expect(copy.authorName).toBe('Ana');
      expect(copy.x).toBeGreaterThanOrEqual(frame.x);
      expect(copy.x + copy.w).toBeLessThanOrEqual(frame.x + frame.w);
      expect(copy.y + copy.h).toBeLessThanOrEqual(frame.y + frame.h);
    }
    // The source frame itself is structure, not something to carry.
    expect(items.filter((item) => item.type === 'frame')).toHaveLength(2);
  });
});

describe('board diff', () => {
  it('reports added, removed and changed items with the fields that changed', () => {
    const { doc, notes } = weekWithNotes();
    const before = readItems(doc).items;
    const after: Item[] = before
      .filter((item) => item.id !== notes[3]!.id)
      .map((item) =>
        item.id === notes[0]!.id ? { ...item, text: 'cash flow, first!', x: item.x + 5 } : item,
      )
      .map((item) => (item.id === notes[1]!.id ? { ...item, z: 'zz', updatedAt: 99 } : item));
    const extra = { ...before[0]!, id: 'new-note' };
    const diff = diffBoards(before, [...after, extra]);
    expect(diff.added.map((item) => item.id)).toEqual(['new-note']);
    expect(diff.removed.map((item) => item.id)).toEqual([notes[3]!.id]);
    expect(diff.changed).toEqual([
      { item: expect.objectContaining({ id: notes[0]!.id }), fields: ['x', 'text'] },
    ]);
  });
});
