import { itemText } from '../schema/registry.js';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createItem } from '../ops/create-items.js';
import { syncPair } from '../testing/sim-network.js';
import {
  ROOT_KEY,
  boardInitUpdate,
  getContainer,
  createBoardDoc,
  getItemsMap,
  getMetaMap,
  getRoot,
  initBoardDoc,
  isBoardDoc,
} from './board-doc.js';
import { createLocalOrigin } from './origins.js';
import { readItems } from './read.js';

const ann = { userId: 'ann', name: 'Ann' };
const bo = { userId: 'bo', name: 'Bo' };

describe('createBoardDoc', () => {
  it('builds the items and meta containers', () => {
    const doc = createBoardDoc();
    expect(isBoardDoc(doc)).toBe(true);
    expect(getItemsMap(doc).size).toBe(0);
    expect(getMetaMap(doc).get('schemaVersion')).toBe(1);
  });

  it('keeps every item when two separately created boards meet', () => {
    const a = createBoardDoc();
    const b = createBoardDoc();
    const fromA = createItem(
      a,
      { type: 'sticky', x: 0, y: 0, text: 'from a' },
      ann,
      createLocalOrigin('ann'),
    );
    const fromB = createItem(b, { type: 'sticky', x: 9, y: 9, text: 'from b' }, bo, createLocalOrigin('bo'));

    syncPair(a, b);

    for (const doc of [a, b]) {
      expect(readItems(doc).items.map(itemText).sort()).toEqual(['from a', 'from b']);
      expect(getItemsMap(doc).has(fromA.id) && getItemsMap(doc).has(fromB.id)).toBe(true);
    }
    expect(Y.encodeStateAsUpdate(a)).toEqual(Y.encodeStateAsUpdate(b));
  });

  // Why the init update exists: containers created independently are rivals, and one side's
  // items vanish when they meet. If this ever stops failing, Yjs changed and the design can relax.
  it('is needed: naively created containers lose one side of the board', () => {
    const naive = () => {
      const doc = new Y.Doc();
      doc.getMap(ROOT_KEY).set('items', new Y.Map());
      return doc;
    };
    const a = naive();
    const b = naive();
    (a.getMap(ROOT_KEY).get('items') as Y.Map<string>).set('x', 'from a');
    (b.getMap(ROOT_KEY).get('items') as Y.Map<string>).set('y', 'from b');
    syncPair(a, b);
    expect((a.getMap(ROOT_KEY).get('items') as Y.Map<string>).size).toBe(1);
  });

  it('honours the gc option', () => {
    expect(createBoardDoc().gc).toBe(true);
    expect(createBoardDoc({ gc: false }).gc).toBe(false);
  });
});

describe('boardInitUpdate', () => {
  it('is the same bytes every time, written by the reserved client 0 only', () => {
    const update = boardInitUpdate();
    expect(boardInitUpdate()).toEqual(update);
    expect([...Y.decodeStateVector(Y.encodeStateVectorFromUpdate(update)).keys()]).toEqual([0]);
  });

  it('gives a board doc a state vector that holds only the init structs', () => {
    const doc = createBoardDoc();
    expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVectorFromUpdate(boardInitUpdate()));
  });
});

describe('initBoardDoc', () => {
  it('is harmless on a doc that already has the structure and items', () => {
    const doc = createBoardDoc();
    const item = createItem(doc, { type: 'sticky', x: 0, y: 0 }, ann, createLocalOrigin('ann'));
    const before = Y.encodeStateAsUpdate(doc);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));

    initBoardDoc(doc);
    initBoardDoc(doc);

    expect(updates).toEqual([]);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    expect(readItems(doc).items.map((read) => read.id)).toEqual([item.id]);
  });

  it('makes a doc that received the board from a peer no different from the peer', () => {
    const server = createBoardDoc();
    createItem(server, { type: 'sticky', x: 0, y: 0 }, ann, createLocalOrigin('ann'));
    const client = new Y.Doc();
    syncPair(server, client);
    initBoardDoc(client);
    expect(Y.encodeStateAsUpdate(client)).toEqual(Y.encodeStateAsUpdate(server));
  });
});

describe('getContainer', () => {
  it('gives every board its facilitation, vote, comment and reaction containers', () => {
    const doc = createBoardDoc();
    for (const name of ['meta', 'session', 'votes', 'comments', 'reactions'] as const) {
      expect(getContainer(doc, name)).toBeInstanceOf(Y.Map);
    }
    expect(() => getContainer(new Y.Doc(), 'votes')).toThrow('board document is not initialised');
  });

  it('adds the later containers to a board stored before they existed, keeping its items', () => {
    // A board written when the first init step was the only one.
    const old = new Y.Doc();
    old.clientID = 0;
    old.transact(() => {
      const meta = new Y.Map<unknown>();
      getRoot(old).set('meta', meta);
      meta.set('schemaVersion', 1);
      getRoot(old).set('items', new Y.Map());
    });
    old.clientID = 42;
    createItem(old, { type: 'sticky', x: 0, y: 0 }, ann, createLocalOrigin('ann'));

    const upgraded = new Y.Doc();
    Y.applyUpdate(upgraded, Y.encodeStateAsUpdate(old));
    initBoardDoc(upgraded);

    expect(readItems(upgraded).items).toHaveLength(1);
    expect(getContainer(upgraded, 'comments')).toBeInstanceOf(Y.Map);
  });
});

describe('isBoardDoc', () => {
  it('is false for an empty doc, whose accessors refuse to guess', () => {
    const doc = new Y.Doc();
    expect(isBoardDoc(doc)).toBe(false);
    expect(() => getItemsMap(doc)).toThrow('board document is not initialised');
    expect(() => getMetaMap(doc)).toThrow('board document is not initialised');
  });

  it('is false when items holds something other than a map', () => {
    const doc = new Y.Doc();
    getRoot(doc).set('items', 'not a map');
    expect(isBoardDoc(doc)).toBe(false);
  });

  it('becomes true once the doc syncs with a board', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, boardInitUpdate());
    expect(isBoardDoc(doc)).toBe(true);
  });
});
