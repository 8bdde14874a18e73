import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { createBoardDoc } from '../doc/board-doc.js';
import { createLocalOrigin } from '../doc/origins.js';
import { readItems } from '../doc/read.js';
import { createItems } from './create-items.js';
import { bringToFront, sendToBack, shiftItems } from './reorder-items.js';
import { setItemsLocked } from './update-items.js';

const ann = { userId: 'ann', name: 'Ann' };
const origin = createLocalOrigin('ann');

function boardOf(ids: string[]): Y.Doc {
  const doc = createBoardDoc();
  createItems(
    doc,
    ids.map((id) => ({ type: 'sticky' as const, id, x: 0, y: 0 })),
    ann,
    origin,
  );
  return doc;
}

const paintOrder = (doc: Y.Doc) => readItems(doc).items.map((item) => item.id);

describe('bringToFront', () => {
  it('moves items above all others, keeping their order among themselves', () => {
    const doc = boardOf(['a', 'b', 'c', 'd', 'e']);
    // Passed out of order on purpose: the result follows paint order, not argument order.
    expect(bringToFront(doc, ['c', 'a'], origin)).toEqual(['a', 'c']);
    expect(paintOrder(doc)).toEqual(['b', 'd', 'e', 'a', 'c']);
  });

  it('is one transaction with the given origin, and skips locked and missing items', () => {
    const doc = boardOf(['a', 'b', 'c']);
    setItemsLocked(doc, ['a'], true, origin);
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    expect(bringToFront(doc, ['a', 'b', 'missing'], origin)).toEqual(['b']);
    expect(origins).toEqual([origin]);
    expect(paintOrder(doc)).toEqual(['a', 'c', 'b']);
  });
});

describe('sendToBack', () => {
  it('moves items below all others, keeping their order among themselves', () => {
    const doc = boardOf(['a', 'b', 'c', 'd', 'e']);
    expect(sendToBack(doc, ['e', 'c'], origin)).toEqual(['c', 'e']);
    expect(paintOrder(doc)).toEqual(['c', 'e', 'a', 'b', 'd']);
  });

  it('does nothing for an empty selection', () => {
    const doc = boardOf(['a', 'b']);
    expect(sendToBack(doc, [], origin)).toEqual([]);
    expect(bringToFront(doc, [], origin)).toEqual([]);
    expect(paintOrder(doc)).toEqual(['a', 'b']);
  });
});

describe('shiftItems', () => {
  it('moves items one step up past the next item, a block together', () => {
    const doc = boardOf(['a', 'b', 'c', 'd', 'e']);
    expect(shiftItems(doc, ['b', 'c'], 1, origin)).toEqual(['b', 'c']);
    expect(paintOrder(doc)).toEqual(['a', 'd', 'b', 'c', 'e']);
    shiftItems(doc, ['e'], 1, origin);
    expect(paintOrder(doc)).toEqual(['a', 'd', 'b', 'c', 'e']);
  });

  it('moves items one step down', () => {
    const doc = boardOf(['a', 'b', 'c', 'd']);
    shiftItems(doc, ['d', 'b'], -1, origin);
    expect(paintOrder(doc)).toEqual(['b', 'a', 'd', 'c']);
    shiftItems(doc, ['b'], -1, origin);
    expect(paintOrder(doc)).toEqual(['b', 'a', 'd', 'c']);
  });
});
