import type { Database } from 'better-sqlite3';

/**
 * Schema migrations, numbered by their position (1-based) and recorded in `PRAGMA user_version`.
 * Append new steps; never edit a step that has shipped.
 */
export const MIGRATIONS: string[] = [
  `CREATE TABLE boards (
     id TEXT PRIMARY KEY,
     title TEXT NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE board_snapshots (
     board_id TEXT PRIMARY KEY REFERENCES boards(id),
     data BLOB NOT NULL,
     up_to_seq INTEGER NOT NULL
   );
   CREATE TABLE board_updates (
     board_id TEXT NOT NULL REFERENCES boards(id),
     seq INTEGER NOT NULL,
     data BLOB NOT NULL,
     PRIMARY KEY (board_id, seq)
   ) WITHOUT ROWID;`,
];

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies the missing migrations, each in its own transaction. Refuses a database from a newer version. */
export function migrate(db: Database, migrations: string[] = MIGRATIONS): { from: number; to: number } {
  const from = schemaVersion(db);
  if (from > migrations.length) {
    throw new Error(`database schema v${from} is newer than this server (v${migrations.length})`);
  }
  for (let version = from + 1; version <= migrations.length; version++) {
    db.transaction(() => {
      db.exec(migrations[version - 1]!);
      db.pragma(`user_version = ${version}`);
    })();
  }
  return { from, to: migrations.length };
}
