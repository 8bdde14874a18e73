import type { Database } from 'better-sqlite3';
import type { PrivateNoteStore, StoredPrivateDoc } from '../private-note-store.js';

/** Private-mode documents in the server's SQLite file (table `private_docs`). */
export class SqlitePrivateNoteStore implements PrivateNoteStore {
  private readonly statements;

  constructor(db: Database) {
    this.statements = {
      load: db.prepare<[string], { user_id: string; name: string; state: Buffer }>(
        'SELECT user_id, name, state FROM private_docs WHERE board_id = ? ORDER BY user_id',
      ),
      save: db.prepare(
        `INSERT INTO private_docs (board_id, user_id, name, state) VALUES (?, ?, ?, ?)
         ON CONFLICT (board_id, user_id) DO UPDATE SET name = excluded.name, state = excluded.state`,
      ),
    };
  }

  async loadPrivateDocs(boardId: string): Promise<StoredPrivateDoc[]> {
    return this.statements.load
      .all(boardId)
      .map((row) => ({ userId: row.user_id, name: row.name, state: new Uint8Array(row.state) }));
  }

  async savePrivateDoc(boardId: string, doc: StoredPrivateDoc): Promise<void> {
    this.statements.save.run(boardId, doc.userId, doc.name, Buffer.from(doc.state));
  }
}
