import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { createBoardDoc, getItemsMap } from '../doc/board-doc.js';
import { createLocalOrigin } from '../doc/origins.js';
import { readItems } from '../doc/read.js';
import { createItems } from './create-items.js';
import { deleteItems } from './delete-items.js';
import { setItemsLocked } from './update-items.js';

const ann = { userId: 'ann', name: 'Ann' };
const origin = createLocalOrigin('ann');

describe('deleteItems', () => {
  it('deletes unlocked items and skips locked and missing ones, in one transaction', () => {
    const doc = createBoardDoc();
    createItems(
      doc,
      ['a', 'b', 'c'].map((id) => ({ type: 'sticky' as const, id, x: 0, y: 0 })),
      ann,
      origin,
    );
    setItemsLocked(doc, ['b'], true, origin);
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));

    expect(deleteItems(doc, ['a', 'b', 'missing', 'c'], origin)).toEqual(['a', 'c']);

    expect(origins).toEqual([origin]);
    expect(readItems(doc).items.map((item) => item.id)).toEqual(['b']);
  });

  it('clears a corrupt entry that is not a map', () => {
    const doc = createBoardDoc();
    (getItemsMap(doc) as Y.Map<unknown>).set('junk', 'not a map');
    expect(deleteItems(doc, ['junk'], origin)).toEqual(['junk']);
    expect(readItems(doc)).toEqual({ items: [], invalid: [] });
  });
});
