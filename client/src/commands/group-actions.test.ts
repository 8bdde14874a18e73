import { createBoardDoc, createItems, createLocalOrigin, getItemsMap, groupItems } from '@werkplaats/shared';
import { describe, expect, it } from 'vitest';
import { ItemsIndex } from '../sync/items-index';
import { withGroups } from './group-actions';

function board() {
  const doc = createBoardDoc();
  const origin = createLocalOrigin('u1');
  createItems(
    doc,
    ['a', 'b', 'c', 'd'].map((id, i) => ({ type: 'sticky' as const, id, x: i * 250, y: 0 })),
    { userId: 'u1', name: 'Ana' },
    origin,
  );
  const groupId = groupItems(doc, ['a', 'b'], origin)!;
  return { index: new ItemsIndex(getItemsMap(doc)), groupId };
}

describe('withGroups', () => {
  it('picks a whole group for one of its members, and lone items alone', () => {
    const { index } = board();
    expect(withGroups(index, ['b'], null).sort()).toEqual(['a', 'b']);
    expect(withGroups(index, ['c'], null)).toEqual(['c']);
    expect(withGroups(index, ['a', 'd'], null).sort()).toEqual(['a', 'b', 'd']);
  });

  it('picks items one by one inside the group that was entered', () => {
    const { index, groupId } = board();
    expect(withGroups(index, ['b'], groupId)).toEqual(['b']);
    expect(withGroups(index, ['b'], 'another group').sort()).toEqual(['a', 'b']);
  });
});
