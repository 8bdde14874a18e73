import { generateKeyBetween } from 'fractional-indexing';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createItem, createItems } from '../ops/create-items.js';
import { bringToFront, sendToBack } from '../ops/reorder-items.js';
import { createPrng } from '../testing/prng.js';
import { createBoardDoc, getItemsMap } from './board-doc.js';
import { createLocalOrigin } from './origins.js';
import { readItem, readItems } from './read.js';
import { isOrderKey, keysAtBottom, keysOnTop, zBounds } from './zorder.js';

const ann = { userId: 'ann', name: 'Ann' };
const origin = createLocalOrigin('ann');

function isAscending(keys: string[]): boolean {
  return keys.every((key, i) => i === 0 || keys[i - 1]! < key);
}

function boardWithItems(count: number): Y.Doc {
  const doc = createBoardDoc();
  createItems(
    doc,
    Array.from({ length: count }, () => ({ type: 'sticky' as const, x: 0, y: 0 })),
    ann,
    origin,
  );
  return doc;
}

describe('keysOnTop and keysAtBottom', () => {
  it('start an empty board with ascending keys', () => {
    const doc = createBoardDoc();
    expect(zBounds(doc)).toEqual({ min: null, max: null });
    expect(isAscending(keysOnTop(doc, 5))).toBe(true);
    expect(isAscending(keysAtBottom(doc, 5))).toBe(true);
    expect(keysOnTop(doc, 0)).toEqual([]);
    expect(keysAtBottom(doc, 0)).toEqual([]);
  });

  it('give ascending keys above, respectively below, every item', () => {
    const doc = boardWithItems(4);
    const { min, max } = zBounds(doc);
    const top = keysOnTop(doc, 3);
    const bottom = keysAtBottom(doc, 3);
    expect(isAscending(top) && isAscending(bottom)).toBe(true);
    expect(top[0]! > max!).toBe(true);
    expect(bottom[2]! < min!).toBe(true);
  });

  it('keep working after many trips to the back', () => {
    const doc = boardWithItems(2);
    const [first] = readItems(doc).items;
    for (let i = 0; i < 200; i++)
      sendToBack(doc, [i % 2 === 0 ? first!.id : readItems(doc).items[1]!.id], origin);
    expect(isAscending(readItems(doc).items.map((item) => item.z))).toBe(true);
  });
});

describe('isOrderKey', () => {
  it('accepts every key the library generates', () => {
    const prng = createPrng(7);
    const doc = boardWithItems(1);
    const keys = new Set<string>([...keysOnTop(doc, 50), ...keysAtBottom(doc, 50)]);
    let a: string | null = null;
    let b: string | null = null;
    for (let i = 0; i < 300; i++) {
      const key = generateKeyBetween(a, b);
      keys.add(key);
      if (prng.chance(0.5)) a = key;
      else b = key;
    }
    for (const key of keys) expect(isOrderKey(key), key).toBe(true);
  });

  it.each(['', 'a', 'b0', 'a00', 'a1!', 'a~', '0a', 'Zz0', 'é0', 'A' + '0'.repeat(26)])(
    'rejects the malformed key %j',
    (key) => {
      expect(isOrderKey(key)).toBe(false);
    },
  );

  it('agrees with the library on keys made of valid digits', () => {
    const prng = createPrng(11);
    const digits = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
    for (let i = 0; i < 2000; i++) {
      let key = '';
      const length = 1 + prng.int(6);
      for (let j = 0; j < length; j++) key += digits[prng.int(digits.length)];
      let libraryAccepts = true;
      try {
        generateKeyBetween(key, null);
        generateKeyBetween(null, key);
      } catch {
        libraryAccepts = false;
      }
      expect(isOrderKey(key), key).toBe(libraryAccepts);
    }
  });
});

describe('a corrupt entry', () => {
  it('that is not a map does not stop creating and reordering items', () => {
    const doc = boardWithItems(2);
    (getItemsMap(doc) as Y.Map<unknown>).set('junk', 42);
    const created = createItem(doc, { type: 'sticky', x: 0, y: 0 }, ann, origin);
    const [bottom] = readItems(doc).items;
    expect(readItems(doc).items.at(-1)!.id).toBe(created.id);
    expect(bringToFront(doc, [bottom!.id, 'junk'], origin)).toEqual([bottom!.id]);
    expect(sendToBack(doc, [created.id, 'junk'], origin)).toEqual([created.id]);
    expect(readItems(doc).items[0]!.id).toBe(created.id);
  });

  it.each(['b0', 'a~', 'zzz'])(
    'with the malformed z key %j is ignored for placement and repaired by a reorder',
    (z) => {
      const doc = boardWithItems(2);
      const [bottom, top] = readItems(doc).items;
      const copy = new Y.Map<unknown>();
      for (const [key, value] of getItemsMap(doc).get(top!.id)!.entries()) {
        copy.set(key, value instanceof Y.Text ? value.toString() : value);
      }
      copy.set('z', z);
      getItemsMap(doc).set('corrupt', copy);

      const created = createItem(doc, { type: 'sticky', x: 0, y: 0 }, ann, origin);
      expect(created.z > top!.z).toBe(true);
      expect(sendToBack(doc, [created.id], origin)).toEqual([created.id]);
      expect(readItems(doc).items[0]!.id).toBe(created.id);
      expect(readItem(doc, created.id)!.z < bottom!.z).toBe(true);

      bringToFront(doc, ['corrupt'], origin);
      const repaired = readItems(doc).items.at(-1)!;
      expect(repaired.id).toBe('corrupt');
      expect(isOrderKey(repaired.z)).toBe(true);
    },
  );
});
