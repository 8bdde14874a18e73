import { readSticky } from '../testing/item-records.js';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoardDoc, getItemsMap } from '../doc/board-doc.js';
import { createLocalOrigin } from '../doc/origins.js';
import { readItem } from '../doc/read.js';
import { createPrng } from '../testing/prng.js';
import { syncPair } from '../testing/sim-network.js';
import { createItem } from './create-items.js';
import { InvalidItemError } from './errors.js';
import { moveItems, setItemText, setItemsLocked, updateItems, type ItemPatch } from './update-items.js';

const ann = { userId: 'ann', name: 'Ann' };
const origin = createLocalOrigin('ann');

function boardWithSticky(text = '') {
  const doc = createBoardDoc();
  const item = createItem(doc, { type: 'sticky', id: 'note', x: 0, y: 0, text }, ann, origin);
  return { doc, item };
}

function recordTransactions(doc: Y.Doc): unknown[] {
  const origins: unknown[] = [];
  doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
  return origins;
}

/** Runs `write` and asserts it threw InvalidItemError without touching the document. */
function expectRejected(doc: Y.Doc, write: () => unknown, message?: RegExp): void {
  const before = Y.encodeStateAsUpdate(doc);
  expect(write).toThrow(InvalidItemError);
  if (message) expect(write).toThrow(message);
  expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
}

describe('updateItems', () => {
  it('patches fields and stamps updatedAt in one transaction with the given origin', () => {
    const { doc } = boardWithSticky();
    createItem(doc, { type: 'sticky', id: 'other', x: 0, y: 0 }, ann, origin);
    const origins = recordTransactions(doc);

    const changed = updateItems(
      doc,
      [
        { id: 'note', patch: { color: 'green', w: 300, rotation: 15 } },
        { id: 'other', patch: { text: 'hi' } },
      ],
      origin,
    );

    expect(changed).toEqual(['note', 'other']);
    expect(origins).toEqual([origin]);
    expect(readItem(doc, 'note')).toMatchObject({ color: 'green', w: 300, rotation: 15 });
    expect(readSticky(doc, 'note').updatedAt).toEqual(expect.any(Number));
    expect(readSticky(doc, 'other').text).toBe('hi');
  });

  it('writes no field left at its default, so a concurrent change of it by someone else survives', () => {
    const { doc: a } = boardWithSticky();
    const b = createBoardDoc();
    // The lower client id loses when two peers write one field at once: here, the rotating peer.
    b.clientID = 1;
    syncPair(a, b);

    // A resize ends with the rotation it had (0, not stored) while someone else rotates the note.
    updateItems(a, [{ id: 'note', patch: { w: 300, h: 300, rotation: 0 } }], origin);
    updateItems(b, [{ id: 'note', patch: { rotation: 30 } }], createLocalOrigin('bo'));
    syncPair(a, b);

    for (const doc of [a, b]) expect(readItem(doc, 'note')).toMatchObject({ w: 300, h: 300, rotation: 30 });
  });

  it('removes an optional field patched to undefined', () => {
    const { doc } = boardWithSticky();
    updateItems(doc, [{ id: 'note', patch: { parentId: 'frame' } }], origin);
    expect(readSticky(doc, 'note').parentId).toBe('frame');
    updateItems(doc, [{ id: 'note', patch: { parentId: undefined } }], origin);
    expect(getItemsMap(doc).get('note')!.has('parentId')).toBe(false);
  });

  it.each(['id', 'type', 'v', 'createdBy', 'createdAt'])('rejects a change to the immutable %s', (key) => {
    const { doc } = boardWithSticky();
    const patch = { [key]: key === 'v' || key === 'createdAt' ? 9 : 'changed' } as ItemPatch;
    expectRejected(
      doc,
      () => updateItems(doc, [{ id: 'note', patch }], origin),
      new RegExp(`^${key} cannot be changed`),
    );
    // Also when the item is locked or gone: the mistake is the caller's, whatever peers did meanwhile.
    setItemsLocked(doc, ['note'], true, origin);
    expectRejected(doc, () => updateItems(doc, [{ id: 'note', patch }], origin));
    expectRejected(doc, () => updateItems(doc, [{ id: 'missing', patch }], origin));
  });

  it.each<[string, ItemPatch]>([
    ['a negative width', { w: -10 }],
    ['a non-finite position', { x: Number.POSITIVE_INFINITY }],
    ['an unknown colour', { color: 'magenta' as 'blue' }],
    ['an over-long text', { text: 'x'.repeat(10_001) }],
    ['a missing text', { text: undefined }],
    ['an empty z key', { z: '' }],
  ])('rejects %s and writes nothing, not even the valid patches of the batch', (_case, patch) => {
    const { doc } = boardWithSticky();
    createItem(doc, { type: 'sticky', id: 'other', x: 0, y: 0 }, ann, origin);
    expectRejected(doc, () =>
      updateItems(
        doc,
        [
          { id: 'other', patch: { x: 50 } },
          { id: 'note', patch },
        ],
        origin,
      ),
    );
  });

  it('rejects keys the schema does not know, instead of writing them', () => {
    const { doc } = boardWithSticky();
    const patch = { colour: 'blue' } as ItemPatch;
    expectRejected(
      doc,
      () => updateItems(doc, [{ id: 'note', patch }], origin),
      /colour is not a field of sticky/,
    );
  });

  it('skips missing and locked items, and runs no transaction when nothing is left', () => {
    const { doc } = boardWithSticky();
    setItemsLocked(doc, ['note'], true, origin);
    const origins = recordTransactions(doc);
    expect(
      updateItems(
        doc,
        [
          { id: 'note', patch: { x: 99 } },
          { id: 'missing', patch: { x: 99 } },
        ],
        origin,
      ),
    ).toEqual([]);
    expect(origins).toEqual([]);
    expect(readSticky(doc, 'note').x).toBe(0);
  });

  it('patches locked items when unlockedOnly is false', () => {
    const { doc } = boardWithSticky();
    setItemsLocked(doc, ['note'], true, origin);
    expect(
      updateItems(doc, [{ id: 'note', patch: { color: 'red' } }], origin, { unlockedOnly: false }),
    ).toEqual(['note']);
    expect(readSticky(doc, 'note').color).toBe('red');
  });

  it('accepts a v1 item and leaves its stored version alone', () => {
    const { doc } = boardWithSticky();
    const map = getItemsMap(doc).get('note')!;
    map.set('v', 1);
    map.delete('authorName');
    expect(updateItems(doc, [{ id: 'note', patch: { x: 3 } }], origin)).toEqual(['note']);
    expect(map.get('v')).toBe(1);
    expect(readItem(doc, 'note')).toMatchObject({ v: 2, x: 3, authorName: '' });
  });
});

describe('moveItems', () => {
  it('moves unlocked items to absolute positions in one transaction', () => {
    const { doc } = boardWithSticky();
    createItem(doc, { type: 'sticky', id: 'pinned', x: 1, y: 1 }, ann, origin);
    setItemsLocked(doc, ['pinned'], true, origin);
    const origins = recordTransactions(doc);

    expect(
      moveItems(
        doc,
        [
          { id: 'note', x: 120, y: -40 },
          { id: 'pinned', x: 500, y: 500 },
        ],
        origin,
      ),
    ).toEqual(['note']);

    expect(origins).toEqual([origin]);
    expect(readItem(doc, 'note')).toMatchObject({ x: 120, y: -40 });
    expect(readItem(doc, 'pinned')).toMatchObject({ x: 1, y: 1 });
  });
});

describe('setItemsLocked', () => {
  it('locks and unlocks, one transaction each, and locked items refuse other ops', () => {
    const { doc } = boardWithSticky('keep');
    const origins = recordTransactions(doc);
    expect(setItemsLocked(doc, ['note', 'missing'], true, origin)).toEqual(['note']);
    expect(readSticky(doc, 'note').locked).toBe(true);
    expect(setItemText(doc, 'note', 'changed', origin)).toBe(false);
    expect(updateItems(doc, [{ id: 'note', patch: { color: 'red' } }], origin)).toEqual([]);
    expect(setItemsLocked(doc, ['note'], false, origin)).toEqual(['note']);
    expect(readItem(doc, 'note')).toMatchObject({ locked: false, text: 'keep', color: 'yellow' });
    expect(origins).toEqual([origin, origin]);
  });
});

describe('setItemText', () => {
  it('replaces the text in one transaction with the given origin', () => {
    const { doc } = boardWithSticky('Hello');
    const origins = recordTransactions(doc);
    expect(setItemText(doc, 'note', 'Hello, world', origin)).toBe(true);
    expect(readSticky(doc, 'note').text).toBe('Hello, world');
    expect(origins).toEqual([origin]);
    expect(setItemText(doc, 'missing', 'x', origin)).toBe(false);
  });

  it('merges concurrent edits to different parts of the text', () => {
    const { doc: a } = boardWithSticky('The quick brown fox');
    const b = createBoardDoc();
    syncPair(a, b);

    setItemText(a, 'note', 'The very quick brown fox', createLocalOrigin('ann'));
    setItemText(b, 'note', 'The quick brown fox jumps', createLocalOrigin('bo'));
    syncPair(a, b);

    expect(readSticky(a, 'note').text).toBe('The very quick brown fox jumps');
    expect(readSticky(b, 'note').text).toBe('The very quick brown fox jumps');
  });

  it('keeps the same Y.Text, so a peer holding it keeps receiving edits', () => {
    const { doc } = boardWithSticky('abc');
    const text = getItemsMap(doc).get('note')!.get('text');
    setItemText(doc, 'note', 'xbz', origin);
    expect(getItemsMap(doc).get('note')!.get('text')).toBe(text);
  });

  it('changes one emoji into another without corrupting either', () => {
    // 😀 and 😁 share their first UTF-16 unit; a diff by code unit would split the pair.
    const { doc } = boardWithSticky('I feel 😀 today');
    setItemText(doc, 'note', 'I feel 😁 today', origin);
    expect(readSticky(doc, 'note').text).toBe('I feel 😁 today');
    setItemText(doc, 'note', 'I feel 😁😁 today', origin);
    expect(readSticky(doc, 'note').text).toBe('I feel 😁😁 today');
  });

  it('merges a concurrent emoji change with typing elsewhere', () => {
    const { doc: a } = boardWithSticky('🎉 party');
    const b = createBoardDoc();
    syncPair(a, b);
    setItemText(a, 'note', '🎊 party', createLocalOrigin('ann'));
    setItemText(b, 'note', '🎉 party time', createLocalOrigin('bo'));
    syncPair(a, b);
    expect(readSticky(a, 'note').text).toBe('🎊 party time');
    expect(readSticky(b, 'note').text).toBe('🎊 party time');
  });

  it('always ends up with exactly the requested text (seeded random edits)', () => {
    const prng = createPrng(42);
    const pieces = ['a', 'b', ' ', 'é', '😀', '😁', '🎉', '👍🏽', '\n', 'z'];
    const randomText = () => Array.from({ length: prng.int(8) }, () => prng.pick(pieces)).join('');
    const { doc } = boardWithSticky();
    for (let i = 0; i < 500; i++) {
      const next = randomText();
      setItemText(doc, 'note', next, origin);
      expect(readSticky(doc, 'note').text, `step ${i}`).toBe(next);
    }
  });
});
