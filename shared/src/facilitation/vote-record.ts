import type * as Y from 'yjs';
import { z } from 'zod';
import { getContainer } from '../doc/board-doc.js';

/**
 * One dot vote as the board document holds it, in the `votes` container keyed by id. Only the server
 * writes it: the facilitator's commands open and close it, and at reveal the server adds the totals.
 * Individual ballots never enter the document; they stay on the server.
 */
export const voteRecordSchema = z.object({
  id: z.string().min(1).max(64),
  title: z.string().max(200),
  /** The frame the vote is limited to; absent when the whole board is voted on. */
  frameId: z.string().min(1).max(64).optional(),
  /** Dots each person may place. */
  budget: z.number().int().min(1).max(100),
  /** Dots one person may put on one item (1 = one vote per item). */
  maxPerItem: z.number().int().min(1).max(100),
  startedAt: z.number().int().nonnegative(),
  /** Server time at which the vote closes by itself, if the facilitator set one. */
  endsAt: z.number().int().nonnegative().optional(),
  closedAt: z.number().int().nonnegative().optional(),
  revealedAt: z.number().int().nonnegative().optional(),
  /** Dots per item id, written at reveal; absent before. */
  totals: z.record(z.string(), z.number().int().nonnegative()).optional(),
  /** How many people placed at least one dot, written at reveal. */
  voters: z.number().int().nonnegative().optional(),
});

export type VoteRecord = z.infer<typeof voteRecordSchema>;

/** The valid vote records of a board, oldest first; invalid ones are skipped. */
export function readVoteRecords(doc: Y.Doc): VoteRecord[] {
  const records: VoteRecord[] = [];
  for (const value of getContainer(doc, 'votes').values()) {
    const parsed = voteRecordSchema.safeParse(value);
    if (parsed.success) records.push(parsed.data);
  }
  return records.sort((a, b) => a.startedAt - b.startedAt || a.id.localeCompare(b.id));
}

/** Item ids ranked by dots received (ties by id, so every reader ranks alike); empty before reveal. */
export function rankVoteTotals(record: VoteRecord): { itemId: string; dots: number; rank: number }[] {
  const entries = Object.entries(record.totals ?? {})
    .filter(([, dots]) => dots > 0)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  let rank = 0;
  let previous = Number.NaN;
  return entries.map(([itemId, dots], index) => {
    if (dots !== previous) rank = index + 1;
    previous = dots;
    return { itemId, dots, rank };
  });
}
