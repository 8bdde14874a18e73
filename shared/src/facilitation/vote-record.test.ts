import { describe, expect, it } from 'vitest';
import { createBoardDoc, getContainer } from '../doc/board-doc.js';
import { rankVoteTotals, readVoteRecords, voteRecordSchema, type VoteRecord } from './vote-record.js';

const base: VoteRecord = { id: 'v1', title: 'HMW', budget: 3, maxPerItem: 1, startedAt: 10 };

describe('vote records', () => {
  it('reads valid records oldest first and skips invalid ones', () => {
    const doc = createBoardDoc();
    const votes = getContainer(doc, 'votes');
    votes.set('v2', { ...base, id: 'v2', startedAt: 20 });
    votes.set('v1', base);
    votes.set('bad', { ...base, id: 'bad', budget: 0 });
    votes.set('junk', 'not a record');
    expect(readVoteRecords(doc).map((record) => record.id)).toEqual(['v1', 'v2']);
  });

  it('refuses negative totals and fractional budgets', () => {
    expect(voteRecordSchema.safeParse({ ...base, totals: { a: -1 } }).success).toBe(false);
    expect(voteRecordSchema.safeParse({ ...base, budget: 2.5 }).success).toBe(false);
  });

  it('ranks by dots with shared ranks for ties and leaves out items without dots', () => {
    const ranked = rankVoteTotals({ ...base, totals: { b: 3, a: 3, c: 1, d: 0, e: 5 } });
    expect(ranked).toEqual([
      { itemId: 'e', dots: 5, rank: 1 },
      { itemId: 'a', dots: 3, rank: 2 },
      { itemId: 'b', dots: 3, rank: 2 },
      { itemId: 'c', dots: 1, rank: 4 },
    ]);
    expect(rankVoteTotals(base)).toEqual([]);
  });
});
