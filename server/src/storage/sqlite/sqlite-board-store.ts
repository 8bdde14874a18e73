import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { BoardRecord, BoardStore, StoredBoard } from '../board-store.js';
import { migrate } from './migrations.js';

export const DATABASE_FILE = 'werkplaats.db';

export interface SqliteOptions {
  /**
   * `normal`: a committed update survives a crash of the process (kill -9), but an OS crash or power
   * loss can drop the last commits, which WAL mode syncs only at checkpoints. `full`: also survives
   * those, at the cost of an fsync per commit. Set with `SQLITE_SYNCHRONOUS`.
   */
  synchronous: 'normal' | 'full';
}

interface PendingAppend {
  id: string;
  seq: number;
  update: Uint8Array;
  resolve(seq: number): void;
  reject(error: unknown): void;
}

/**
 * The embedded default store: one SQLite file in WAL mode. Appends made in one event-loop turn are
 * committed together in one transaction once the turn's I/O has been handled, and each `appendUpdate`
 * resolves only after that commit, before anyone is told about the update. A commit per update cost
 * more than the rest of an update's handling when 50 people write to one board. One process owns the
 * file: sequence numbers are allocated in memory.
 */
export class SqliteBoardStore implements BoardStore {
  readonly db: Database.Database;
  private readonly statements;

  constructor(dataDir: string, options: SqliteOptions = { synchronous: 'normal' }) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, DATABASE_FILE));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('foreign_keys = ON');
    migrate(this.db);
    this.statements = {
      insertBoard: this.db.prepare('INSERT INTO boards (id, title, created_at) VALUES (?, ?, ?)'),
      getBoard: this.db.prepare<[string], { id: string; title: string; created_at: number }>(
        'SELECT id, title, created_at FROM boards WHERE id = ?',
      ),
      getSnapshot: this.db.prepare<[string], { data: Buffer; up_to_seq: number }>(
        'SELECT data, up_to_seq FROM board_snapshots WHERE board_id = ?',
      ),
      getUpdates: this.db.prepare<[string, number], { seq: number; data: Buffer }>(
        'SELECT seq, data FROM board_updates WHERE board_id = ? AND seq > ? ORDER BY seq',
      ),
      lastSeq: this.db.prepare<[string], { seq: number | null }>(
        'SELECT MAX(seq) AS seq FROM board_updates WHERE board_id = ?',
      ),
      insertUpdate: this.db.prepare('INSERT INTO board_updates (board_id, seq, data) VALUES (?, ?, ?)'),
      upsertSnapshot: this.db.prepare(
        `INSERT INTO board_snapshots (board_id, data, up_to_seq) VALUES (?, ?, ?)
         ON CONFLICT (board_id) DO UPDATE SET data = excluded.data, up_to_seq = excluded.up_to_seq`,
      ),
      deleteUpdatesUpTo: this.db.prepare('DELETE FROM board_updates WHERE board_id = ? AND seq <= ?'),
    };
    this.insertAll = this.db.transaction((appends: readonly PendingAppend[]) => {
      for (const append of appends) this.statements.insertUpdate.run(append.id, append.seq, append.update);
    });
  }

  private readonly insertAll: (appends: readonly PendingAppend[]) => void;
  /** Appends of this turn, waiting for `commitPending`. */
  private pending: PendingAppend[] = [];

  /** Next sequence number per board, cached so an append is a single INSERT. */
  private readonly nextSeq = new Map<string, number>();

  private allocateSeq(id: string): number {
    let next = this.nextSeq.get(id);
    if (next === undefined) {
      const snapshotSeq = this.statements.getSnapshot.get(id)?.up_to_seq ?? 0;
      next = Math.max(snapshotSeq, this.statements.lastSeq.get(id)?.seq ?? 0) + 1;
    }
    this.nextSeq.set(id, next + 1);
    return next;
  }

  async createBoard(board: BoardRecord, initialUpdate: Uint8Array): Promise<void> {
    this.db.transaction(() => {
      this.statements.insertBoard.run(board.id, board.title, board.createdAt);
      this.statements.upsertSnapshot.run(board.id, initialUpdate, 0);
    })();
  }

  async getBoard(id: string): Promise<BoardRecord | undefined> {
    const row = this.statements.getBoard.get(id);
    return row && { id: row.id, title: row.title, createdAt: row.created_at };
  }

  async loadBoard(id: string): Promise<StoredBoard> {
    return this.db.transaction(() => {
      const snapshot = this.statements.getSnapshot.get(id);
      const fromSeq = snapshot?.up_to_seq ?? 0;
      const rows = this.statements.getUpdates.all(id, fromSeq);
      const updates = rows.map((row) => new Uint8Array(row.data));
      if (snapshot) updates.unshift(new Uint8Array(snapshot.data));
      return { updates, lastSeq: rows.at(-1)?.seq ?? fromSeq };
    })();
  }

  appendUpdate(id: string, update: Uint8Array): Promise<number> {
    // A throw in the executor (reading the last sequence number) rejects the promise, as it should.
    return new Promise((resolve, reject) => {
      const seq = this.allocateSeq(id);
      if (this.pending.length === 0) setImmediate(this.commitPending);
      this.pending.push({ id, seq, update, resolve, reject });
    });
  }

  private readonly commitPending = (): void => {
    const appends = this.pending;
    this.pending = [];
    if (appends.length === 0) return;
    try {
      this.insertAll(appends);
    } catch {
      // The transaction was rolled back whole: insert one by one, so only the appends that fail fail.
      for (const append of appends) this.insertOne(append);
      return;
    }
    for (const append of appends) append.resolve(append.seq);
  };

  private insertOne(append: PendingAppend): void {
    try {
      this.statements.insertUpdate.run(append.id, append.seq, append.update);
    } catch (error) {
      this.nextSeq.delete(append.id);
      append.reject(error);
      return;
    }
    append.resolve(append.seq);
  }

  async compact(id: string, snapshot: Uint8Array, upToSeq: number): Promise<void> {
    this.db.transaction(() => {
      this.statements.upsertSnapshot.run(id, snapshot, upToSeq);
      this.statements.deleteUpdatesUpTo.run(id, upToSeq);
    })();
  }

  async close(): Promise<void> {
    if (this.db.open) this.commitPending();
    if (this.db.open) this.db.close();
  }
}
