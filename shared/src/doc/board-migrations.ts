import type * as Y from 'yjs';
import { BOARD_SCHEMA_VERSION, getMetaMap } from './board-doc.js';
import type { Origin } from './origins.js';

/** A board-level migration: restructures the document from version `to - 1` to `to`. */
export interface BoardMigration {
  to: number;
  up: (doc: Y.Doc) => void;
}

/**
 * Board-level migrations, in order. Only the server runs them, once, when it loads a board, so two
 * clients never race to restructure the same document. Item-level changes belong in the item type's
 * own migrations instead (see `schema/definition.ts`), which readers apply lazily.
 */
export const BOARD_MIGRATIONS: BoardMigration[] = [];

export function boardSchemaVersion(doc: Y.Doc): number {
  const version = getMetaMap(doc).get('schemaVersion');
  return typeof version === 'number' ? version : 1;
}

/**
 * Brings `doc` up to `target` in one transaction. Refuses a document written by a newer version,
 * because rewriting it could destroy what this version does not understand.
 */
export function migrateBoardDoc(
  doc: Y.Doc,
  origin: Origin,
  migrations: BoardMigration[] = BOARD_MIGRATIONS,
  target = BOARD_SCHEMA_VERSION,
): { from: number; to: number } {
  const from = boardSchemaVersion(doc);
  if (from > target) throw new Error(`board schema v${from} is newer than this server (v${target})`);
  if (from === target) return { from, to: from };
  doc.transact(() => {
    for (const migration of migrations) {
      if (migration.to > from && migration.to <= target) migration.up(doc);
    }
    getMetaMap(doc).set('schemaVersion', target);
  }, origin);
  return { from, to: target };
}
