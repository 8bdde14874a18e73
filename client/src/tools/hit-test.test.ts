import { createBoardDoc, createItems, createLocalOrigin, getItemsMap } from '@werkplaats/shared';
import { describe, expect, it } from 'vitest';
import { withFrameContents } from '../commands/frame-contents';
import { ItemsIndex } from '../sync/items-index';
import { attachableItemAt, itemsInMarquee } from './hit-test';

function board() {
  const doc = createBoardDoc();
  createItems(
    doc,
    [
      { type: 'frame', id: 'frame', x: 0, y: 0, w: 1000, h: 800 },
      { type: 'sticky', id: 'note', x: 100, y: 100 },
      { type: 'pen', id: 'stroke', x: 500, y: 500, w: 100, h: 100, points: [0, 0, 100, 100] },
      { type: 'sticky', id: 'outside', x: 1200, y: 0, locked: true },
      {
        type: 'connector',
        id: 'line',
        x: 0,
        y: 0,
        w: 1,
        h: 1,
        start: { kind: 'item', itemId: 'note', anchor: 'auto' },
        end: { kind: 'item', itemId: 'outside', anchor: 'auto' },
      },
    ],
    { userId: 'u1', name: 'Ana' },
    createLocalOrigin('u1'),
  );
  return new ItemsIndex(getItemsMap(doc));
}

describe('attachableItemAt', () => {
  it('prefers the item over the frame under it, and skips strokes and connectors', () => {
    const index = board();
    expect(attachableItemAt(index, { x: 150, y: 150 })?.id).toBe('note');
    expect(attachableItemAt(index, { x: 550, y: 550 })?.id).toBe('frame');
    expect(attachableItemAt(index, { x: 1100, y: 100 })).toBeUndefined();
    expect(attachableItemAt(index, { x: 1195, y: 100 }, 8)?.id).toBe('outside');
  });
});

describe('itemsInMarquee', () => {
  it('takes what the rectangle touches, including connectors by their drawn line', () => {
    const index = board();
    expect(itemsInMarquee(index, { x: 250, y: 90, w: 10, h: 10 })).toEqual(['note']);
    expect(itemsInMarquee(index, { x: 600, y: 140, w: 20, h: 20 })).toEqual(['line']);
  });

  it('takes a frame only when it encloses it whole', () => {
    const index = board();
    expect(itemsInMarquee(index, { x: -10, y: -10, w: 1020, h: 820 })).toContain('frame');
    expect(itemsInMarquee(index, { x: -10, y: -10, w: 900, h: 820 })).not.toContain('frame');
  });
});

describe('withFrameContents', () => {
  it('adds the unlocked items lying inside selected frames', () => {
    const index = board();
    expect([...withFrameContents(index, ['frame'])].sort()).toEqual(['frame', 'note', 'stroke']);
    expect([...withFrameContents(index, ['note'])]).toEqual(['note']);
  });
});
