import { itemText } from '../schema/registry.js';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoardDoc, getItemsMap } from '../doc/board-doc.js';
import { createLocalOrigin } from '../doc/origins.js';
import { readItems } from '../doc/read.js';
import { STICKY_SIZE } from '../schema/sticky.js';
import { createItem, createItems, type NewItem } from './create-items.js';
import { InvalidItemError } from './errors.js';

const ann = { userId: 'ann', name: 'Ann' };
const origin = createLocalOrigin('ann');

/** Origins of the transactions run on `doc` from now on. */
function recordTransactions(doc: Y.Doc): unknown[] {
  const origins: unknown[] = [];
  doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
  return origins;
}

describe('createItem', () => {
  it('fills defaults, author and a fresh id, and writes text as Y.Text', () => {
    const doc = createBoardDoc();
    const before = Date.now();
    const item = createItem(doc, { type: 'sticky', x: 5, y: 6 }, ann, origin);

    expect(item).toMatchObject({
      type: 'sticky',
      v: 2,
      x: 5,
      y: 6,
      w: STICKY_SIZE,
      h: STICKY_SIZE,
      rotation: 0,
      locked: false,
      color: 'yellow',
      text: '',
      authorName: 'Ann',
      createdBy: 'ann',
    });
    expect(item.id).toMatch(/^[0-9A-Za-z]{16}$/);
    expect(item.createdAt).toBeGreaterThanOrEqual(before);
    expect(getItemsMap(doc).get(item.id)!.get('text')).toBeInstanceOf(Y.Text);
    expect(readItems(doc).items).toEqual([item]);
  });

  it('stores neither the id (the key holds it) nor fields at their schema default', () => {
    const doc = createBoardDoc();
    const plain = createItem(doc, { type: 'sticky', x: 0, y: 0 }, { userId: 'ann', name: '' }, origin);
    const turned = createItem(doc, { type: 'shape', x: 0, y: 0, rotation: 15, locked: true }, ann, origin);

    const stored = (id: string) => [...getItemsMap(doc).get(id)!.keys()].sort();
    expect(stored(plain.id)).toEqual(
      ['v', 'x', 'y', 'w', 'h', 'z', 'createdBy', 'createdAt', 'type', 'color', 'text'].sort(),
    );
    expect(stored(turned.id)).toEqual(expect.arrayContaining(['rotation', 'locked']));
    expect(stored(turned.id)).not.toContain('id');
    // What a reader sees is the whole record, defaults filled in by the schema.
    expect(readItems(doc).items).toEqual([plain, turned]);
    expect(plain).toMatchObject({ rotation: 0, locked: false, authorName: '' });
  });

  it('lets the caller override props but not identity, version, z or authorship', () => {
    const doc = createBoardDoc();
    const input = {
      type: 'sticky',
      id: 'chosen',
      x: 0,
      y: 0,
      color: 'blue',
      text: 'hi',
      v: 1,
      z: 'zz',
      createdBy: 'mallory',
      createdAt: 1,
      authorName: 'Mallory',
    } as NewItem;
    const item = createItem(doc, input, ann, origin);
    expect(item).toMatchObject({
      id: 'chosen',
      color: 'blue',
      text: 'hi',
      v: 2,
      createdBy: 'ann',
      authorName: 'Ann',
    });
    expect(item.z).not.toBe('zz');
    expect(item.createdAt).not.toBe(1);
  });

  it('is exactly one transaction carrying the given origin', () => {
    const doc = createBoardDoc();
    const origins = recordTransactions(doc);
    createItem(doc, { type: 'sticky', x: 0, y: 0 }, ann, origin);
    expect(origins).toEqual([origin]);
  });
});

describe('createItems', () => {
  it('stacks the batch on top of the board in input order, in one transaction', () => {
    const doc = createBoardDoc();
    const [existing] = createItems(doc, [{ type: 'sticky', x: 0, y: 0 }], ann, origin);
    const origins = recordTransactions(doc);

    const batch = createItems(
      doc,
      ['a', 'b', 'c'].map((text) => ({ type: 'sticky' as const, x: 0, y: 0, text })),
      ann,
      origin,
    );

    expect(origins).toEqual([origin]);
    expect(readItems(doc).items.map(itemText)).toEqual(['', 'a', 'b', 'c']);
    expect(batch.every((item) => item.z > existing!.z)).toBe(true);
    expect(new Set(batch.map((item) => item.id)).size).toBe(3);
  });

  it.each<[string, NewItem[]]>([
    ['a negative width', [{ type: 'sticky', x: 0, y: 0, w: -1 }]],
    ['a non-finite position', [{ type: 'sticky', x: Number.NaN, y: 0 }]],
    ['an unknown colour', [{ type: 'sticky', x: 0, y: 0, color: 'magenta' as 'blue' }]],
    ['an empty id', [{ type: 'sticky', id: '', x: 0, y: 0 }]],
    ['an unknown type', [{ type: 'hologram' as 'sticky', x: 0, y: 0 }]],
    [
      'a valid item followed by an invalid one',
      [
        { type: 'sticky', x: 0, y: 0 },
        { type: 'sticky', x: 0, y: 0, text: 'x'.repeat(10_001) },
      ],
    ],
    [
      'a repeated id within the batch',
      [
        { type: 'sticky', id: 'twin', x: 0, y: 0 },
        { type: 'sticky', id: 'twin', x: 1, y: 1 },
      ],
    ],
  ])('throws InvalidItemError for %s and writes nothing', (_case, inputs) => {
    const doc = createBoardDoc();
    const before = Y.encodeStateAsUpdate(doc);
    const origins = recordTransactions(doc);
    expect(() => createItems(doc, inputs, ann, origin)).toThrow(InvalidItemError);
    expect(origins).toEqual([]);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('refuses an id that is already on the board', () => {
    const doc = createBoardDoc();
    createItem(doc, { type: 'sticky', id: 'taken', x: 0, y: 0, text: 'first' }, ann, origin);
    expect(() => createItem(doc, { type: 'sticky', id: 'taken', x: 0, y: 0 }, ann, origin)).toThrow(
      'item taken already exists',
    );
    expect(readItems(doc).items.map(itemText)).toEqual(['first']);
  });

  it('reports an author name too long for the schema', () => {
    const doc = createBoardDoc();
    expect(() =>
      createItem(doc, { type: 'sticky', x: 0, y: 0 }, { userId: 'u', name: 'n'.repeat(81) }, origin),
    ).toThrow(/^authorName: /);
  });
});
