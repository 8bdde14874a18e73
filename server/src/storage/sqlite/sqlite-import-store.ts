import type Database from 'better-sqlite3';
import type { ImportedBoard, ImportStore, NetworkImport } from '../import-store.js';

/** Imports on the board store's connection, where boards, directory and templates share one database. */
export class SqliteImportStore implements ImportStore {
  constructor(private readonly db: Database.Database) {}

  private insertBoard({ board, update }: ImportedBoard): void {
    this.db
      .prepare('INSERT INTO boards (id, title, created_at) VALUES (?, ?, ?)')
      .run(board.id, board.title, board.createdAt);
    this.db
      .prepare('INSERT INTO board_snapshots (board_id, data, up_to_seq) VALUES (?, ?, 0)')
      .run(board.id, update);
  }

  async importBoard(board: ImportedBoard): Promise<void> {
    this.db.transaction(() => this.insertBoard(board))();
  }

  async importNetwork({ network: n, sessions, boards, templates }: NetworkImport): Promise<void> {
    this.db.transaction(() => {
      for (const board of boards) this.insertBoard(board);
      this.db
        .prepare(
          `INSERT INTO networks (id, title, theme, description, language, time_zone, capacity, start_date,
           archived_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          n.id,
          n.title,
          n.theme,
          n.description,
          n.language,
          n.timeZone,
          n.capacity,
          n.startDate,
          n.archivedAt,
          n.createdAt,
        );
      const session = this.db.prepare(
        `INSERT INTO network_sessions (id, network_id, position, title, date, time, duration_minutes, board_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const s of sessions) {
        session.run(s.id, s.networkId, s.position, s.title, s.date, s.time, s.durationMinutes, s.boardId);
      }
      const template = this.db.prepare(
        `INSERT INTO templates (id, name, scope, body, created_by, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const t of templates) {
        template.run(t.id, t.name, t.scope, t.body, t.createdBy, t.createdAt, t.updatedAt);
      }
    })();
  }
}
