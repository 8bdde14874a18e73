/** What a vote allows one person: dots in all, and dots on one item. */
export interface BallotLimits {
  budget: number;
  maxPerItem: number;
}

/** A change to one ballot: the ballot after it (dots per item), or why it was refused, changing nothing. */
export type BallotChange =
  { ok: true; dots: Record<string, number> } | { ok: false; reason: 'budget' | 'perItem' | 'noDot' };

/**
 * Individual ballots of dot votes. They live on the server only, never in a board document; the
 * document gets the totals at reveal. Each change is one transaction over the person's whole ballot,
 * so two tabs of one person placing dots at once cannot exceed the budget together.
 */
export interface VoteStore {
  /** Adds one dot for `voterId` on `itemId`, if the budget and the per-item limit allow it. */
  addDot(voteId: string, voterId: string, itemId: string, limits: BallotLimits): Promise<BallotChange>;
  /** Takes one of `voterId`'s dots off `itemId`. */
  removeDot(voteId: string, voterId: string, itemId: string): Promise<BallotChange>;
  /** One person's dots per item. */
  ballot(voteId: string, voterId: string): Promise<Record<string, number>>;
  /** Dots per voter (counts only). */
  usage(voteId: string): Promise<Map<string, number>>;
  /** Dots per item over every ballot, and how many people placed at least one. */
  totals(voteId: string): Promise<{ totals: Record<string, number>; voters: number }>;
}
