import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoardDoc, createItem, createLocalOrigin, readItems } from '@werkplaats/shared';
import { removeDir, tempDataDir } from '../../server.test-helpers.js';
import { migrate, MIGRATIONS, schemaVersion } from './migrations.js';
import { DATABASE_FILE, SqliteBoardStore } from './sqlite-board-store.js';

let dir: string;
let store: SqliteBoardStore;
const board = { id: 'board0001', title: 'Week 1', createdAt: 1_700_000_000_000 };

function rebuild(updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc;
}

beforeEach(async () => {
  dir = tempDataDir();
  store = new SqliteBoardStore(dir);
  await store.createBoard(board, Y.encodeStateAsUpdate(createBoardDoc()));
});

afterEach(async () => {
  await store.close();
  removeDir(dir);
});

describe('SqliteBoardStore', () => {
  it('stores board metadata', async () => {
    expect(await store.getBoard(board.id)).toEqual(board);
    expect(await store.getBoard('missing0')).toBeUndefined();
  });

  it('appends updates in order and loads snapshot then log', async () => {
    const doc = createBoardDoc();
    Y.applyUpdate(doc, (await store.loadBoard(board.id)).updates[0]!);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    for (let i = 0; i < 5; i++) {
      createItem(
        doc,
        { type: 'sticky', x: i, y: 0, text: `n${i}` },
        { userId: 'u', name: 'U' },
        createLocalOrigin('u'),
      );
    }
    const seqs = [];
    for (const update of updates) seqs.push(await store.appendUpdate(board.id, update));
    expect(seqs).toEqual([1, 2, 3, 4, 5]);
    const loaded = await store.loadBoard(board.id);
    expect(loaded.lastSeq).toBe(5);
    expect(loaded.updates).toHaveLength(6);
    expect(
      readItems(rebuild(loaded.updates)).items.map((i) => (i.type === 'sticky' ? i.text : i.type)),
    ).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
  });

  it('compacts into a snapshot atomically and keeps later log entries', async () => {
    const doc = rebuild((await store.loadBoard(board.id)).updates);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    const author = { userId: 'u', name: 'U' };
    createItem(doc, { type: 'sticky', x: 0, y: 0, text: 'a' }, author, createLocalOrigin('u'));
    createItem(doc, { type: 'sticky', x: 0, y: 0, text: 'b' }, author, createLocalOrigin('u'));
    await store.appendUpdate(board.id, updates[0]!);
    await store.appendUpdate(board.id, updates[1]!);
    const snapshot = Y.encodeStateAsUpdate(doc);
    createItem(doc, { type: 'sticky', x: 0, y: 0, text: 'c' }, author, createLocalOrigin('u'));
    await store.appendUpdate(board.id, updates[2]!);
    await store.compact(board.id, snapshot, 2);

    const loaded = await store.loadBoard(board.id);
    expect(loaded.updates).toHaveLength(2);
    expect(loaded.lastSeq).toBe(3);
    expect(
      readItems(rebuild(loaded.updates)).items.map((i) => (i.type === 'sticky' ? i.text : i.type)),
    ).toEqual(['a', 'b', 'c']);
    // Sequence numbers keep counting after compaction, also for a fresh store on the same file.
    await store.close();
    store = new SqliteBoardStore(dir);
    expect(await store.appendUpdate(board.id, updates[2]!)).toBe(4);
  });

  it('leaves snapshot and log untouched when compaction fails halfway', async () => {
    const doc = rebuild((await store.loadBoard(board.id)).updates);
    const appends: Promise<number>[] = [];
    doc.on('update', (update: Uint8Array) => appends.push(store.appendUpdate(board.id, update)));
    createItem(
      doc,
      { type: 'sticky', x: 0, y: 0, text: 'a' },
      { userId: 'u', name: 'U' },
      createLocalOrigin('u'),
    );
    await Promise.all(appends);
    const before = await store.loadBoard(board.id);
    // The snapshot is written first; failing the deletion that follows must undo it as well.
    store.db.exec(`CREATE TRIGGER fail_delete BEFORE DELETE ON board_updates
                   BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`);
    await expect(store.compact(board.id, Y.encodeStateAsUpdate(doc), before.lastSeq)).rejects.toThrow(
      /disk trouble/,
    );
    expect(await store.loadBoard(board.id)).toEqual(before);
  });

  it('runs in WAL mode with the configured synchronous level', async () => {
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    const fullDir = tempDataDir();
    const full = new SqliteBoardStore(fullDir, { synchronous: 'full' });
    expect(full.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    await full.close();
    removeDir(fullDir);
  });

  it('refuses an update for a board that does not exist', async () => {
    await expect(store.appendUpdate('nosuchboard', new Uint8Array([0, 0]))).rejects.toThrow();
  });

  it('commits the appends of one turn together, and fails only the one that cannot be stored', async () => {
    const doc = createBoardDoc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    for (let i = 0; i < 3; i++) {
      createItem(
        doc,
        { type: 'sticky', x: i, y: 0, text: `n${i}` },
        { userId: 'u', name: 'U' },
        createLocalOrigin('u'),
      );
    }
    const appends = updates.map((update) => store.appendUpdate(board.id, update));
    const refused = store.appendUpdate('nosuchboard', new Uint8Array([0, 0]));
    // Nothing is committed, and nothing resolves, before the turn ends.
    expect((await store.loadBoard(board.id)).updates).toHaveLength(1);
    const [settled, failed] = await Promise.all([
      Promise.all(appends),
      refused.catch((error: unknown) => error),
    ]);
    expect(settled).toEqual([1, 2, 3]);
    expect(failed).toBeInstanceOf(Error);
    const loaded = await store.loadBoard(board.id);
    expect(loaded.lastSeq).toBe(3);
    expect(
      readItems(rebuild(loaded.updates)).items.map((item) => item.type === 'sticky' && item.text),
    ).toEqual(['n0', 'n1', 'n2']);
  });
});

describe('schema migrations', () => {
  it('records the schema version and applies only missing steps', () => {
    const db = new Database(join(dir, DATABASE_FILE));
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    const extra = [...MIGRATIONS, 'CREATE TABLE extra (id INTEGER)'];
    expect(migrate(db, extra)).toEqual({ from: MIGRATIONS.length, to: extra.length });
    expect(migrate(db, extra)).toEqual({ from: extra.length, to: extra.length });
    expect(() => migrate(db, MIGRATIONS)).toThrow(/newer than this server/);
    db.close();
  });

  it('rolls back a failing step entirely', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, ['CREATE TABLE a (id INTEGER); CREATE TABLE a (id INTEGER);'])).toThrow();
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'a'").get()).toEqual({ n: 0 });
    db.close();
  });
});
