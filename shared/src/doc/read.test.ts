import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createItems } from '../ops/create-items.js';
import { updateItems } from '../ops/update-items.js';
import { createBoardDoc, getItemsMap } from './board-doc.js';
import { createLocalOrigin } from './origins.js';
import { compareZ, readItem, readItems } from './read.js';

const ann = { userId: 'ann', name: 'Ann' };
const origin = createLocalOrigin('ann');

/** Writes a raw entry straight into the items map, as a buggy or newer peer could. */
function writeRaw(doc: Y.Doc, id: string, value: unknown): void {
  doc.transact(() => {
    if (value !== null && typeof value === 'object' && !(value instanceof Y.AbstractType)) {
      const map = new Y.Map<unknown>();
      for (const [key, field] of Object.entries(value)) map.set(key, field);
      (getItemsMap(doc) as Y.Map<unknown>).set(id, map);
    } else {
      (getItemsMap(doc) as Y.Map<unknown>).set(id, value);
    }
  });
}

describe('readItems', () => {
  it('returns an empty board as empty', () => {
    expect(readItems(createBoardDoc())).toEqual({ items: [], invalid: [] });
  });

  it('reads text fields as strings', () => {
    const doc = createBoardDoc();
    const [item] = createItems(doc, [{ type: 'sticky', x: 0, y: 0, text: 'hallo' }], ann, origin);
    expect(getItemsMap(doc).get(item!.id)!.get('text')).toBeInstanceOf(Y.Text);
    expect(readItems(doc).items[0]).toEqual(item);
  });

  it('skips and reports invalid entries rather than failing the board', () => {
    const doc = createBoardDoc();
    const [good] = createItems(doc, [{ type: 'sticky', x: 0, y: 0 }], ann, origin);
    writeRaw(doc, 'garbage', { type: 'sticky', x: 'left', w: -1, colour: 'teal' });
    writeRaw(doc, 'scalar', 42);
    writeRaw(doc, 'alien', { ...good, id: 'alien', type: 'hologram' });
    writeRaw(doc, 'future', { ...good, id: 'future', v: 99 });

    const { items, invalid } = readItems(doc);

    expect(items).toEqual([good]);
    expect(invalid.sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: 'alien', error: 'unknown item type "hologram"' },
      { id: 'future', error: 'sticky v99 is newer than this app (v2)' },
      { id: 'garbage', error: expect.stringMatching(/^x: /) },
      { id: 'scalar', error: 'item is not a map' },
    ]);
    expect(readItem(doc, 'garbage')).toBeUndefined();
    expect(readItem(doc, 'missing')).toBeUndefined();
    expect(readItem(doc, good!.id)).toEqual(good);
  });

  it('takes the id from the map key, not from a field that claims another', () => {
    const doc = createBoardDoc();
    const [item] = createItems(doc, [{ type: 'sticky', x: 0, y: 0 }], ann, origin);
    getItemsMap(doc).get(item!.id)!.set('id', 'impostor');
    expect(readItems(doc).items.map((read) => read.id)).toEqual([item!.id]);
  });

  it('sorts by z, then by id for equal keys', () => {
    const doc = createBoardDoc();
    createItems(
      doc,
      ['d', 'c', 'b', 'a'].map((id) => ({ type: 'sticky' as const, id, x: 0, y: 0 })),
      ann,
      origin,
    );
    // Two peers can pick the same key concurrently; the id then breaks the tie the same way everywhere.
    updateItems(
      doc,
      [
        { id: 'a', patch: { z: 'a5' } },
        { id: 'b', patch: { z: 'a1' } },
        { id: 'c', patch: { z: 'a1' } },
        { id: 'd', patch: { z: 'Zz' } },
      ],
      origin,
    );
    expect(readItems(doc).items.map((item) => item.id)).toEqual(['d', 'b', 'c', 'a']);
  });
});

describe('compareZ', () => {
  it('orders by code unit, as fractional-indexing keys require, not by locale', () => {
    const sorted = [
      { z: 'a1', id: 'x' },
      { z: 'Zz', id: 'x' },
      { z: 'a0V', id: 'x' },
      { z: 'a0', id: 'y' },
      { z: 'a0', id: 'x' },
    ].sort(compareZ);
    expect(sorted.map((entry) => `${entry.z}/${entry.id}`)).toEqual([
      'Zz/x',
      'a0/x',
      'a0/y',
      'a0V/x',
      'a1/x',
    ]);
  });
});
