import {
  createBoardDoc,
  createItems,
  createLocalOrigin,
  getItemsMap,
  type NewItem,
} from '@werkplaats/shared';
import { describe, expect, it } from 'vitest';
import { ItemsIndex } from '../sync/items-index';
import { liftedIds } from './drag-lift';

const note = (id: string, x: number): NewItem => ({ id, type: 'sticky', x, y: 0, w: 100, h: 100 });
const connector = (id: string, from: string, to: string): NewItem => ({
  id,
  type: 'connector',
  x: 0,
  y: 0,
  w: 10,
  h: 10,
  start: { kind: 'item', itemId: from, anchor: 'auto' },
  end: { kind: 'item', itemId: to, anchor: 'auto' },
});

function board(items: NewItem[]): ItemsIndex {
  const doc = createBoardDoc();
  createItems(doc, items, { userId: 'u1', name: 'Ana' }, createLocalOrigin('u1'));
  return new ItemsIndex(getItemsMap(doc));
}

describe('liftedIds', () => {
  it('lifts the moving items and the connectors attached to any of them, and nothing else', () => {
    const index = board([
      note('a', 0),
      note('b', 200),
      note('c', 400),
      connector('a-c', 'a', 'c'),
      connector('c-b', 'c', 'b'),
      connector('c-c', 'c', 'c'),
    ]);
    const lifted = liftedIds(index, ['a', 'b']);
    expect([...lifted.moving].sort()).toEqual(['a', 'b']);
    expect([...lifted.connectors].sort()).toEqual(['a-c', 'c-b']);
  });

  it('redraws a selected connector on every frame: one of its ends may stay behind', () => {
    const index = board([note('a', 0), note('b', 200), connector('a-b', 'a', 'b')]);
    const lifted = liftedIds(index, ['a', 'a-b']);
    expect([...lifted.moving]).toEqual(['a']);
    expect([...lifted.connectors]).toEqual(['a-b']);
  });
});
