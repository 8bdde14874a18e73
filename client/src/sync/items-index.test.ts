import {
  bringToFront,
  createBoardDoc,
  createItem,
  createLocalOrigin,
  deleteItems,
  getItemsMap,
  moveItems,
  setItemText,
} from '@werkplaats/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ItemsIndex } from './items-index';

const author = { userId: 'u1', name: 'Ana' };

function setup() {
  const doc = createBoardDoc();
  const origin = createLocalOrigin('u1');
  const index = new ItemsIndex(getItemsMap(doc));
  const add = (x: number) => createItem(doc, { type: 'sticky', x, y: 0 }, author, origin).id;
  return { doc, origin, index, add };
}

function count(subscribe: (listener: () => void) => () => void): { calls: number } {
  const counter = { calls: 0 };
  subscribe(() => counter.calls++);
  return counter;
}

describe('ItemsIndex', () => {
  it('lists the items stored as one type, kept as items come and go', () => {
    const { doc, origin, index, add } = setup();
    const a = add(0);
    const b = add(300);
    const line = createItem(
      doc,
      {
        type: 'connector',
        x: 0,
        y: 0,
        start: { kind: 'item', itemId: a, anchor: 'auto' },
        end: { kind: 'item', itemId: b, anchor: 'auto' },
      },
      author,
      origin,
    ).id;
    expect([...index.idsOfType('connector')]).toEqual([line]);
    expect(new Set(index.idsOfType('sticky'))).toEqual(new Set([a, b]));
    deleteItems(doc, [line, a], origin);
    expect([...index.idsOfType('connector')]).toEqual([]);
    expect([...index.idsOfType('sticky')]).toEqual([b]);
  });

  it('keeps ids in paint order and changes the order only on add, delete and restack', () => {
    const { doc, origin, index, add } = setup();
    const a = add(0);
    const b = add(300);
    expect(index.getOrder()).toEqual([a, b]);
    const order = count(index.orderChanged.subscribe);
    const layout = count(index.layoutChanged.subscribe);

    moveItems(doc, [{ id: a, x: 50, y: 50 }], origin);
    setItemText(doc, a, 'hello', origin);
    expect(order.calls).toBe(0);
    expect(layout.calls).toBe(1);
    expect(index.rectOf(a)).toMatchObject({ x: 50, y: 50 });

    bringToFront(doc, [a], origin);
    expect(index.getOrder()).toEqual([b, a]);
    deleteItems(doc, [b], origin);
    expect(index.getOrder()).toEqual([a]);
    expect(order.calls).toBe(2);
    expect(index.contentBounds()).toEqual({ x: 50, y: 50, w: 200, h: 200 });
  });

  it('notifies only the changed item and keeps snapshots stable between changes', () => {
    const { doc, origin, index, add } = setup();
    const a = add(0);
    const b = add(300);
    const aCalls = count((l) => index.subscribeItem(a, l));
    const bCalls = count((l) => index.subscribeItem(b, l));
    const before = index.getItem(a);
    expect(index.getItem(a)).toBe(before);
    setItemText(doc, a, 'typed', origin);
    expect(aCalls.calls).toBe(1);
    expect(bCalls.calls).toBe(0);
    expect(index.getItem(a)).toMatchObject({ text: 'typed' });
    expect(index.getItem(a)).not.toBe(before);
  });

  it('follows an item brought back by undo under the same id', () => {
    const { doc, origin, index, add } = setup();
    const a = add(0);
    const undo = new Y.UndoManager(getItemsMap(doc), { trackedOrigins: new Set([origin]) });
    const calls = count((l) => index.subscribeItem(a, l));
    deleteItems(doc, [a], origin);
    expect(index.getItem(a)).toBeUndefined();
    undo.undo();
    expect(index.getItem(a)?.id).toBe(a);
    expect(index.getOrder()).toEqual([a]);
    moveItems(doc, [{ id: a, x: 10, y: 20 }], origin);
    expect(index.getItem(a)).toMatchObject({ x: 10, y: 20 });
    expect(calls.calls).toBe(3);
  });
});
