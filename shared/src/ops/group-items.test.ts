import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoardDoc, getItemsMap } from '../doc/board-doc.js';
import { createLocalOrigin } from '../doc/origins.js';
import { readItems } from '../doc/read.js';
import { cloneItems } from './clone-items.js';
import { createItems } from './create-items.js';
import { expandToGroups, groupItems, ungroupItems } from './group-items.js';
import { setItemsLocked } from './update-items.js';

const ann = { userId: 'ann', name: 'Ann' };
const origin = createLocalOrigin('ann');

function boardOf(ids: string[]): Y.Doc {
  const doc = createBoardDoc();
  createItems(
    doc,
    ids.map((id, i) => ({ type: 'sticky' as const, id, x: i * 300, y: 0 })),
    ann,
    origin,
  );
  return doc;
}

const groupsOf = (doc: Y.Doc) =>
  Object.fromEntries(readItems(doc).items.map((item) => [item.id, item.groupId]));

describe('groupItems', () => {
  it('gives the items one new group id in one transaction with the given origin', () => {
    const doc = boardOf(['a', 'b', 'c']);
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    const groupId = groupItems(doc, ['a', 'b'], origin);
    expect(groupId).toEqual(expect.any(String));
    expect(groupsOf(doc)).toEqual({ a: groupId, b: groupId, c: undefined });
    expect(origins).toEqual([origin]);
  });

  it('merges the groups it touches into one flat group', () => {
    const doc = boardOf(['a', 'b', 'c', 'd']);
    const first = groupItems(doc, ['a', 'b'], origin);
    const merged = groupItems(doc, ['b', 'c'], origin);
    expect(merged).not.toBe(first);
    expect(groupsOf(doc)).toEqual({ a: merged, b: merged, c: merged, d: undefined });
  });

  it('leaves locked and missing items out, and makes no group of fewer than two', () => {
    const doc = boardOf(['a', 'b', 'c']);
    setItemsLocked(doc, ['c'], true, origin);
    expect(groupItems(doc, ['a', 'c', 'missing'], origin)).toBeUndefined();
    expect(groupsOf(doc)).toEqual({ a: undefined, b: undefined, c: undefined });
    const groupId = groupItems(doc, ['a', 'b', 'c'], origin);
    expect(groupsOf(doc)).toEqual({ a: groupId, b: groupId, c: undefined });
  });
});

describe('ungroupItems', () => {
  it('dissolves the whole group of any member given, and no other group', () => {
    const doc = boardOf(['a', 'b', 'c', 'd']);
    groupItems(doc, ['a', 'b'], origin);
    const other = groupItems(doc, ['c', 'd'], origin);
    expect(ungroupItems(doc, ['a'], origin).sort()).toEqual(['a', 'b']);
    expect(groupsOf(doc)).toEqual({ a: undefined, b: undefined, c: other, d: other });
    expect(getItemsMap(doc).get('a')?.has('groupId')).toBe(false);
  });

  it('changes nothing for items without a group', () => {
    const doc = boardOf(['a', 'b']);
    expect(ungroupItems(doc, ['a', 'b'], origin)).toEqual([]);
  });

  it('is one undo step, as grouping is', () => {
    const doc = boardOf(['a', 'b']);
    const undo = new Y.UndoManager(getItemsMap(doc), { trackedOrigins: new Set([origin]) });
    const groupId = groupItems(doc, ['a', 'b'], origin);
    undo.stopCapturing();
    ungroupItems(doc, ['a'], origin);
    undo.stopCapturing();
    undo.undo();
    expect(groupsOf(doc)).toEqual({ a: groupId, b: groupId });
    undo.undo();
    expect(groupsOf(doc)).toEqual({ a: undefined, b: undefined });
  });
});

describe('expandToGroups', () => {
  const items = [
    { id: 'a', groupId: 'g' },
    { id: 'b' },
    { id: 'c', groupId: 'g' },
    { id: 'd', groupId: 'h' },
  ];

  it('adds the other members of every group touched', () => {
    expect(expandToGroups(items, ['c', 'b'])).toEqual(['c', 'b', 'a']);
    expect(expandToGroups(items, ['d'])).toEqual(['d']);
    expect(expandToGroups(items, [])).toEqual([]);
  });
});

describe('copies of a group', () => {
  it('form a group of their own instead of joining the original', () => {
    const doc = boardOf(['a', 'b']);
    const groupId = groupItems(doc, ['a', 'b'], origin);
    const copies = cloneItems(readItems(doc).items, { x: 10, y: 10 });
    const copyGroups = new Set(copies.map((copy) => copy.groupId));
    expect(copyGroups.size).toBe(1);
    expect([...copyGroups][0]).toEqual(expect.any(String));
    expect(copyGroups.has(groupId)).toBe(false);
  });
});
