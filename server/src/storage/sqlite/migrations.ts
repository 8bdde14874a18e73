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
  // Accounts, learning networks, their sessions, invites, people and attendance. Tokens are stored as
  // sha256 hashes only: a copy of the database does not let anyone log in or join.
  `CREATE TABLE facilitators (
     id TEXT PRIMARY KEY,
     email TEXT NOT NULL UNIQUE COLLATE NOCASE,
     name TEXT NOT NULL,
     password_hash TEXT NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE facilitator_invites (
     token_hash TEXT PRIMARY KEY,
     email TEXT NOT NULL,
     created_by TEXT NOT NULL REFERENCES facilitators(id),
     expires_at INTEGER NOT NULL,
     used_at INTEGER
   );
   CREATE TABLE auth_sessions (
     token_hash TEXT PRIMARY KEY,
     kind TEXT NOT NULL CHECK (kind IN ('facilitator', 'device')),
     subject_id TEXT NOT NULL,
     expires_at INTEGER NOT NULL
   );
   CREATE TABLE networks (
     id TEXT PRIMARY KEY,
     title TEXT NOT NULL,
     theme TEXT NOT NULL,
     description TEXT NOT NULL,
     language TEXT NOT NULL,
     capacity INTEGER NOT NULL,
     start_date TEXT NOT NULL,
     archived_at INTEGER,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE network_sessions (
     id TEXT PRIMARY KEY,
     network_id TEXT NOT NULL REFERENCES networks(id),
     position INTEGER NOT NULL,
     title TEXT NOT NULL,
     date TEXT NOT NULL,
     time TEXT NOT NULL,
     duration_minutes INTEGER NOT NULL,
     board_id TEXT NOT NULL UNIQUE
   );
   CREATE INDEX network_sessions_by_network ON network_sessions (network_id, position);
   CREATE TABLE invites (
     id TEXT PRIMARY KEY,
     network_id TEXT NOT NULL REFERENCES networks(id),
     token_hash TEXT NOT NULL UNIQUE,
     role TEXT NOT NULL,
     comment_only INTEGER NOT NULL,
     expires_at INTEGER,
     max_uses INTEGER,
     uses INTEGER NOT NULL DEFAULT 0,
     revoked_at INTEGER,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE people (
     id TEXT PRIMARY KEY,
     network_id TEXT NOT NULL REFERENCES networks(id),
     device_id TEXT NOT NULL,
     invite_id TEXT NOT NULL REFERENCES invites(id),
     name TEXT NOT NULL,
     organisation TEXT,
     role TEXT NOT NULL,
     comment_only INTEGER NOT NULL,
     joined_at INTEGER NOT NULL,
     removed_at INTEGER
   );
   CREATE INDEX people_by_device ON people (device_id);
   CREATE TABLE attendance (
     session_id TEXT NOT NULL REFERENCES network_sessions(id) ON DELETE CASCADE,
     user_id TEXT NOT NULL,
     name TEXT NOT NULL,
     role TEXT NOT NULL,
     first_seen INTEGER NOT NULL,
     last_seen INTEGER NOT NULL,
     PRIMARY KEY (session_id, user_id)
   ) WITHOUT ROWID;`,
  // Networks meet in a time zone of their own; session dates and times are wall times there.
  `ALTER TABLE networks ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'Europe/Brussels';`,
  // Templates facilitators save for the organisation: the validated template document as JSON text.
  `CREATE TABLE templates (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     scope TEXT NOT NULL CHECK (scope IN ('session', 'frame')),
     body TEXT NOT NULL,
     created_by TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   );`,
  // Checkpoints: a named, frozen copy of a board's whole state, taken when a session is closed.
  `CREATE TABLE board_checkpoints (
     id TEXT PRIMARY KEY,
     board_id TEXT NOT NULL REFERENCES boards(id),
     name TEXT NOT NULL,
     created_by TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     state BLOB NOT NULL
   );
   CREATE INDEX board_checkpoints_by_board ON board_checkpoints (board_id, created_at);`,
  // Private mode: each person's unrevealed notes, one Yjs document per board and person, kept out of
  // the board's own log so no export or snapshot of the board can contain them.
  `CREATE TABLE private_docs (
     board_id TEXT NOT NULL REFERENCES boards(id),
     user_id TEXT NOT NULL,
     name TEXT NOT NULL,
     state BLOB NOT NULL,
     PRIMARY KEY (board_id, user_id)
   ) WITHOUT ROWID;`,
  // Dot-vote ballots: one row per person and item with its number of dots. The board document only
  // ever gets the totals, at reveal.
  `CREATE TABLE vote_dots (
     vote_id TEXT NOT NULL,
     voter_id TEXT NOT NULL,
     item_id TEXT NOT NULL,
     dots INTEGER NOT NULL CHECK (dots >= 0),
     PRIMARY KEY (vote_id, voter_id, item_id)
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
