import type * as Y from 'yjs';
import { z } from 'zod';
import { readItems } from '../doc/read.js';
import { itemsInsideFrame } from '../geometry/frames.js';
import type { ItemType } from '../schema/registry.js';
import type { VoteRecord } from './vote-record.js';

/** What people put dots on: the content of a board, not its frames, connectors or drawings. */
export const VOTABLE_TYPES: ReadonlySet<ItemType> = new Set<ItemType>(['sticky', 'text', 'shape', 'image']);

/** Whether dots may still be placed or removed at server time `now`. */
export function voteIsOpen(record: VoteRecord, now: number): boolean {
  return (
    record.closedAt === undefined &&
    record.revealedAt === undefined &&
    (record.endsAt === undefined || now < record.endsAt)
  );
}

/** The vote people see now: the latest one started, whatever its state; undefined before any vote. */
export function latestVote(records: readonly VoteRecord[]): VoteRecord | undefined {
  return records.at(-1);
}

/**
 * The items of `doc` a vote takes dots on: every votable item of the board, or those lying wholly
 * inside the vote's frame (worked out when asked, as frames hold their contents by geometry).
 */
export function votableItemIds(doc: Y.Doc, record: Pick<VoteRecord, 'frameId'>): Set<string> {
  const items = readItems(doc).items;
  const votable = items.filter((item) => VOTABLE_TYPES.has(item.type));
  if (record.frameId === undefined) return new Set(votable.map((item) => item.id));
  const frame = items.find((item) => item.id === record.frameId && item.type === 'frame');
  return new Set(frame ? itemsInsideFrame(frame, votable) : []);
}

/** The body of `startVote`. */
export const startVoteRequestSchema = z.object({
  title: z.string().trim().max(200).default(''),
  frameId: z.string().min(1).max(64).optional(),
  budget: z.number().int().min(1).max(100),
  maxPerItem: z.number().int().min(1).max(100).default(1),
  /** Server time (ms) at which the vote closes by itself. */
  endsAt: z.number().int().nonnegative().optional(),
});

export type StartVoteRequest = z.input<typeof startVoteRequestSchema>;

/** The body of `castVote` and `removeVote`: the vote is named, so a dot never lands on a newer vote. */
export const dotRequestSchema = z.object({
  voteId: z.string().min(1).max(64),
  itemId: z.string().min(1).max(64),
});

/** The body of `closeVote` and `revealVote`. */
export const voteIdRequestSchema = z.object({ voteId: z.string().min(1).max(64) });

/** One person's own dots in one vote, as the server tells that person (and nobody else). */
export interface Ballot {
  voteId: string;
  /** Dots per item id; items without dots are left out. */
  dots: Record<string, number>;
  used: number;
  left: number;
}

/** Per person, how many dots they used in the open vote: counts only, for the facilitator. */
export interface VoteParticipation {
  voteId: string | null;
  people: { userId: string; name: string; used: number; left: number; connected: boolean }[];
}
