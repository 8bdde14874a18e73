import type Database from 'better-sqlite3';
import type { CheckpointRecord, CheckpointStore } from '../checkpoint-store.js';

const RECORD = `SELECT id, board_id AS boardId, name, created_by AS createdBy, created_at AS createdAt
  FROM board_checkpoints`;

/** Checkpoints in the same SQLite file as everything else, on the board store's connection. */
export class SqliteCheckpointStore implements CheckpointStore {
  constructor(private readonly db: Database.Database) {}

  async createCheckpoint(record: CheckpointRecord, state: Uint8Array): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO board_checkpoints (id, board_id, name, created_by, created_at, state)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(record.id, record.boardId, record.name, record.createdBy, record.createdAt, Buffer.from(state));
  }

  async listCheckpoints(boardId: string): Promise<CheckpointRecord[]> {
    return this.db
      .prepare<[string], CheckpointRecord>(`${RECORD} WHERE board_id = ? ORDER BY created_at, id`)
      .all(boardId);
  }

  async checkpoint(id: string): Promise<(CheckpointRecord & { state: Uint8Array }) | undefined> {
    const row = this.db
      .prepare<[string], CheckpointRecord & { state: Buffer }>(
        `SELECT id, board_id AS boardId, name, created_by AS createdBy, created_at AS createdAt, state
         FROM board_checkpoints WHERE id = ?`,
      )
      .get(id);
    return row && { ...row, state: new Uint8Array(row.state) };
  }
}
