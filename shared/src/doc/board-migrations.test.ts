import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createBoardDoc, getMetaMap } from './board-doc.js';
import {
  BOARD_MIGRATIONS,
  boardSchemaVersion,
  migrateBoardDoc,
  type BoardMigration,
} from './board-migrations.js';
import { systemOrigin } from './origins.js';

const origin = systemOrigin('load');

function syntheticMigrations() {
  const toV2 = vi.fn((doc: Y.Doc) => getMetaMap(doc).set('title', 'migrated'));
  const toV3 = vi.fn();
  const migrations: BoardMigration[] = [
    { to: 2, up: toV2 },
    { to: 3, up: toV3 },
  ];
  return { migrations, toV2, toV3 };
}

describe('migrateBoardDoc', () => {
  it('runs each pending step once, up to the target, in one transaction with the given origin', () => {
    const doc = createBoardDoc();
    const { migrations, toV2, toV3 } = syntheticMigrations();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));

    expect(migrateBoardDoc(doc, origin, migrations, 2)).toEqual({ from: 1, to: 2 });

    expect(toV2).toHaveBeenCalledTimes(1);
    expect(toV3).not.toHaveBeenCalled();
    expect(boardSchemaVersion(doc)).toBe(2);
    expect(getMetaMap(doc).get('title')).toBe('migrated');
    expect(origins).toEqual([origin]);
  });

  it('is a no-op for a document already at the target', () => {
    const doc = createBoardDoc();
    const { migrations, toV2 } = syntheticMigrations();
    migrateBoardDoc(doc, origin, migrations, 2);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));

    expect(migrateBoardDoc(doc, origin, migrations, 2)).toEqual({ from: 2, to: 2 });

    expect(toV2).toHaveBeenCalledTimes(1);
    expect(updates).toEqual([]);
  });

  it('skips steps already applied when resuming from a middle version', () => {
    const doc = createBoardDoc();
    const { migrations, toV2, toV3 } = syntheticMigrations();
    getMetaMap(doc).set('schemaVersion', 2);
    expect(migrateBoardDoc(doc, origin, migrations, 3)).toEqual({ from: 2, to: 3 });
    expect(toV2).not.toHaveBeenCalled();
    expect(toV3).toHaveBeenCalledTimes(1);
  });

  it('refuses a document written by a newer version and leaves it untouched', () => {
    const doc = createBoardDoc();
    getMetaMap(doc).set('schemaVersion', 5);
    const before = Y.encodeStateAsUpdate(doc);
    const { migrations, toV2 } = syntheticMigrations();

    expect(() => migrateBoardDoc(doc, origin, migrations, 2)).toThrow(
      'board schema v5 is newer than this server (v2)',
    );

    expect(toV2).not.toHaveBeenCalled();
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('leaves a new board alone with the built-in list', () => {
    const doc = createBoardDoc();
    const before = Y.encodeStateAsUpdate(doc);
    expect(migrateBoardDoc(doc, origin)).toEqual({ from: 1, to: 1 });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    expect(BOARD_MIGRATIONS.every((migration, i) => migration.to === i + 2)).toBe(true);
  });

  it('reads a missing or corrupt schemaVersion as 1', () => {
    const doc = createBoardDoc();
    getMetaMap(doc).set('schemaVersion', 'two');
    expect(boardSchemaVersion(doc)).toBe(1);
    getMetaMap(doc).delete('schemaVersion');
    expect(boardSchemaVersion(doc)).toBe(1);
  });
});
