import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { getRoot } from '@werkplaats/shared';
import { hasPendingUpdates } from '../../src/collab/integrated-state.js';
import { DATABASE_FILE } from '../../src/storage/sqlite/sqlite-board-store.js';

export interface StoredState {
  /** `PRAGMA integrity_check`'s answer: `ok` when the file is sound. */
  integrity: string;
  doc: Y.Doc;
  /** Log entries after the snapshot. */
  logEntries: number;
}

/**
 * What the database file holds for one board, read straight from the tables as the server would load it,
 * while no server runs. Opened read-write, as the next server start would, so SQLite recovers its WAL.
 * Throws when the stored updates do not make a whole document.
 */
export function readStoredBoard(dataDir: string, boardId: string): StoredState {
  const db = new Database(join(dataDir, DATABASE_FILE));
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((row) => row.integrity_check)
      .join('; ');
    const snapshot = db
      .prepare<[string], { data: Buffer; up_to_seq: number }>(
        'SELECT data, up_to_seq FROM board_snapshots WHERE board_id = ?',
      )
      .get(boardId);
    const log = db
      .prepare<[string, number], { data: Buffer }>(
        'SELECT data FROM board_updates WHERE board_id = ? AND seq > ? ORDER BY seq',
      )
      .all(boardId, snapshot?.up_to_seq ?? 0);
    const doc = new Y.Doc();
    if (snapshot) Y.applyUpdate(doc, new Uint8Array(snapshot.data));
    for (const row of log) Y.applyUpdate(doc, new Uint8Array(row.data));
    if (hasPendingUpdates(doc)) throw new Error('stored updates do not make a whole document');
    return { integrity, doc, logEntries: log.length };
  } finally {
    db.close();
  }
}

/** Whether `outer` holds every insertion and deletion of `inner`. */
export function contains(outer: Y.Doc, inner: Y.Doc): boolean {
  const merged = new Y.Doc();
  Y.applyUpdate(merged, Y.encodeStateAsUpdate(outer));
  const before = Y.snapshot(merged);
  Y.applyUpdate(merged, Y.encodeStateAsUpdate(inner));
  // Something of `inner` that depends on what `outer` lacks stays pending instead of changing the snapshot.
  const same = !hasPendingUpdates(merged) && Y.equalSnapshots(before, Y.snapshot(merged));
  merged.destroy();
  return same;
}

/** Everything the given documents made, in one document. */
export function unionOf(docs: readonly Y.Doc[]): Y.Doc {
  const union = new Y.Doc();
  for (const doc of docs) Y.applyUpdate(union, Y.encodeStateAsUpdate(doc));
  return union;
}

/** JSON with object keys sorted: two documents may hold a map's keys in different orders. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Uint8Array)) {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** The board as a string that two documents with the same content print alike. */
export function boardJson(doc: Y.Doc): string {
  return stableJson(getRoot(doc).toJSON());
}

/** Same insertions, same deletions, and the same board when read. */
export function sameBoard(a: Y.Doc, b: Y.Doc): boolean {
  return Y.equalSnapshots(Y.snapshot(a), Y.snapshot(b)) && boardJson(a) === boardJson(b);
}
