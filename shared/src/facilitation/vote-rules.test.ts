import { describe, expect, it } from 'vitest';
import { createBoardDoc } from '../doc/board-doc.js';
import { createLocalOrigin } from '../doc/origins.js';
import { createItem } from '../ops/create-items.js';
import type { VoteRecord } from './vote-record.js';
import { votableItemIds, voteIsOpen } from './vote-rules.js';

const base: VoteRecord = { id: 'v1', title: '', budget: 3, maxPerItem: 1, startedAt: 10 };

describe('vote rules', () => {
  it('is open until closed, revealed or past its end time', () => {
    expect(voteIsOpen(base, 100)).toBe(true);
    expect(voteIsOpen({ ...base, endsAt: 100 }, 99)).toBe(true);
    expect(voteIsOpen({ ...base, endsAt: 100 }, 100)).toBe(false);
    expect(voteIsOpen({ ...base, closedAt: 50 }, 60)).toBe(false);
    expect(voteIsOpen({ ...base, revealedAt: 50 }, 60)).toBe(false);
  });

  it('takes dots on the content inside the frame, not the frame, connectors or drawings', () => {
    const doc = createBoardDoc();
    const author = { userId: 'u', name: 'U' };
    const origin = createLocalOrigin('u');
    const frame = createItem(doc, { type: 'frame', x: 0, y: 0, w: 500, h: 500 }, author, origin);
    const inside = createItem(doc, { type: 'sticky', x: 10, y: 10 }, author, origin);
    const shape = createItem(doc, { type: 'shape', x: 200, y: 10, w: 50, h: 50 }, author, origin);
    const outside = createItem(doc, { type: 'sticky', x: 900, y: 900 }, author, origin);
    createItem(doc, { type: 'pen', x: 20, y: 20, w: 10, h: 10, points: [0, 0, 10, 10] }, author, origin);
    expect(votableItemIds(doc, { frameId: frame.id })).toEqual(new Set([inside.id, shape.id]));
    expect(votableItemIds(doc, {})).toEqual(new Set([inside.id, shape.id, outside.id]));
    expect(votableItemIds(doc, { frameId: inside.id })).toEqual(new Set());
  });
});
