import type Database from 'better-sqlite3';
import type { TemplateRecord, TemplateStore } from '../template-store.js';

const TEMPLATE = `SELECT id, name, scope, body, created_by AS createdBy, created_at AS createdAt,
  updated_at AS updatedAt FROM templates`;

/** Saved templates in the same SQLite file as everything else, on the board store's connection. */
export class SqliteTemplateStore implements TemplateStore {
  constructor(private readonly db: Database.Database) {}

  async listTemplates(): Promise<TemplateRecord[]> {
    return this.db.prepare<[], TemplateRecord>(`${TEMPLATE} ORDER BY created_at, id`).all();
  }

  async template(id: string): Promise<TemplateRecord | undefined> {
    return this.db.prepare<[string], TemplateRecord>(`${TEMPLATE} WHERE id = ?`).get(id);
  }

  async createTemplate(t: TemplateRecord): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO templates (id, name, scope, body, created_by, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(t.id, t.name, t.scope, t.body, t.createdBy, t.createdAt, t.updatedAt);
  }

  async updateTemplate(t: TemplateRecord): Promise<boolean> {
    const result = this.db
      .prepare('UPDATE templates SET name = ?, body = ?, updated_at = ? WHERE id = ?')
      .run(t.name, t.body, t.updatedAt, t.id);
    return result.changes === 1;
  }

  async deleteTemplate(id: string): Promise<boolean> {
    return this.db.prepare('DELETE FROM templates WHERE id = ?').run(id).changes === 1;
  }
}
