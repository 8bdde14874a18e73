import type Database from 'better-sqlite3';
import type { BallotChange, BallotLimits, VoteStore } from '../vote-store.js';

type Row = { itemId: string; dots: number };

/** Ballots in the same SQLite file as everything else, on the board store's connection. */
export class SqliteVoteStore implements VoteStore {
  private readonly statements;
  private readonly add;
  private readonly remove;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      ballot: db.prepare<[string, string], Row>(
        'SELECT item_id AS itemId, dots FROM vote_dots WHERE vote_id = ? AND voter_id = ? ORDER BY item_id',
      ),
      upsert: db.prepare(
        `INSERT INTO vote_dots (vote_id, voter_id, item_id, dots) VALUES (?, ?, ?, 1)
         ON CONFLICT (vote_id, voter_id, item_id) DO UPDATE SET dots = dots + 1`,
      ),
      decrement: db.prepare(
        'UPDATE vote_dots SET dots = dots - 1 WHERE vote_id = ? AND voter_id = ? AND item_id = ? AND dots > 0',
      ),
      prune: db.prepare(
        'DELETE FROM vote_dots WHERE vote_id = ? AND voter_id = ? AND item_id = ? AND dots = 0',
      ),
      usage: db.prepare<[string], { voterId: string; used: number }>(
        'SELECT voter_id AS voterId, SUM(dots) AS used FROM vote_dots WHERE vote_id = ? GROUP BY voter_id',
      ),
      totals: db.prepare<[string], Row>(
        'SELECT item_id AS itemId, SUM(dots) AS dots FROM vote_dots WHERE vote_id = ? GROUP BY item_id',
      ),
      voters: db.prepare<[string], { voters: number }>(
        'SELECT COUNT(DISTINCT voter_id) AS voters FROM vote_dots WHERE vote_id = ? AND dots > 0',
      ),
    };
    // The check and the write are one transaction (BEGIN IMMEDIATE), so they cannot interleave with
    // another request's, in this process or another one holding the file.
    this.add = db.transaction(
      (voteId: string, voterId: string, itemId: string, limits: BallotLimits): BallotChange => {
        const dots = this.read(voteId, voterId);
        const used = Object.values(dots).reduce((sum, n) => sum + n, 0);
        if (used >= limits.budget) return { ok: false, reason: 'budget' };
        if ((dots[itemId] ?? 0) >= limits.maxPerItem) return { ok: false, reason: 'perItem' };
        this.statements.upsert.run(voteId, voterId, itemId);
        return { ok: true, dots: { ...dots, [itemId]: (dots[itemId] ?? 0) + 1 } };
      },
    );
    this.remove = db.transaction((voteId: string, voterId: string, itemId: string): BallotChange => {
      if (this.statements.decrement.run(voteId, voterId, itemId).changes === 0)
        return { ok: false, reason: 'noDot' };
      this.statements.prune.run(voteId, voterId, itemId);
      return { ok: true, dots: this.read(voteId, voterId) };
    });
  }

  private read(voteId: string, voterId: string): Record<string, number> {
    const dots: Record<string, number> = {};
    for (const row of this.statements.ballot.all(voteId, voterId)) dots[row.itemId] = row.dots;
    return dots;
  }

  async addDot(voteId: string, voterId: string, itemId: string, limits: BallotLimits): Promise<BallotChange> {
    return this.add.immediate(voteId, voterId, itemId, limits);
  }

  async removeDot(voteId: string, voterId: string, itemId: string): Promise<BallotChange> {
    return this.remove.immediate(voteId, voterId, itemId);
  }

  async ballot(voteId: string, voterId: string): Promise<Record<string, number>> {
    return this.read(voteId, voterId);
  }

  async usage(voteId: string): Promise<Map<string, number>> {
    return new Map(this.statements.usage.all(voteId).map((row) => [row.voterId, row.used]));
  }

  async totals(voteId: string): Promise<{ totals: Record<string, number>; voters: number }> {
    const totals: Record<string, number> = {};
    for (const row of this.statements.totals.all(voteId)) if (row.dots > 0) totals[row.itemId] = row.dots;
    return { totals, voters: this.statements.voters.get(voteId)?.voters ?? 0 };
  }
}
