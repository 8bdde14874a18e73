import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createItem,
  createLocalOrigin,
  deleteItems,
  getContainer,
  getItemsMap,
  isBoardDoc,
  setItemText,
} from '@werkplaats/shared';
import type { RunningServer } from '../server.js';
import {
  connectClient,
  createBoard,
  rawSocket,
  removeDir,
  sleep,
  startTestServer,
  storedRows,
  tempDataDir,
  waitFor,
  waitForSync,
  type TestClient,
} from '../server.test-helpers.js';
import { SqliteBoardStore } from '../storage/sqlite/sqlite-board-store.js';

const GRACE_MS = 50;
let dataDir: string;
let server: RunningServer;
let loads: number;
const clients: TestClient[] = [];

function client(boardId: string, name: string): TestClient {
  const c = connectClient(server, boardId, { name });
  clients.push(c);
  return c;
}

function ids(doc: Y.Doc): string[] {
  return isBoardDoc(doc) ? [...getItemsMap(doc).keys()] : [];
}

async function openBoards(): Promise<number> {
  return ((await (await fetch(`${server.url}/api/health`)).json()) as { openBoards: number }).openBoards;
}

/** Disconnects every client and waits until the board has been written and unloaded. */
async function leaveAndUnload(): Promise<void> {
  for (const c of clients.splice(0)) c.destroy();
  await sleep(GRACE_MS);
  for (let i = 0; i < 50 && (await openBoards()) > 0; i++) await sleep(20);
  expect(await openBoards()).toBe(0);
}

async function start(compactAfterUpdates = 500): Promise<void> {
  const store = new SqliteBoardStore(dataDir);
  const loadBoard = store.loadBoard.bind(store);
  store.loadBoard = (id) => {
    loads++;
    return loadBoard(id);
  };
  server = await startTestServer(dataDir, { unloadGraceMs: GRACE_MS, compactAfterUpdates }, { store });
}

beforeEach(async () => {
  dataDir = tempDataDir();
  loads = 0;
  await start();
});

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await server.close();
  removeDir(dataDir);
});

describe('loading and unloading boards', () => {
  it('shares one load between concurrent first connections', async () => {
    const boardId = await createBoard(server);
    const sockets = await Promise.all(Array.from({ length: 5 }, () => rawSocket(server, boardId)));
    await waitFor(() => sockets.every((s) => s.messages.length > 0), 'every socket greeted');
    expect(loads).toBe(1);
    sockets.forEach((s) => s.ws.close());
  });

  it('writes nothing when a board is only opened', async () => {
    const boardId = await createBoard(server);
    const ana = client(boardId, 'Ana');
    await waitForSync(ana);
    // A deletion and a text edit leave a delete set, which a careless load would write out again.
    const origin = createLocalOrigin('ana');
    const author = { userId: 'ana', name: 'Ana' };
    const gone = createItem(ana.doc, { type: 'sticky', x: 0, y: 0, text: 'gone' }, author, origin);
    const kept = createItem(ana.doc, { type: 'sticky', x: 0, y: 0, text: 'draft' }, author, origin);
    setItemText(ana.doc, kept.id, 'final', origin);
    deleteItems(ana.doc, [gone.id], origin);
    const watcher = client(boardId, 'Watcher');
    await waitFor(() => ids(watcher.doc).length === 1, 'the edits at the watcher');
    await leaveAndUnload();
    const stored = storedRows(dataDir, boardId);
    expect(stored.updates).toBe(0);

    for (let visit = 0; visit < 3; visit++) {
      const visitor = client(boardId, 'Visitor');
      await waitForSync(visitor);
      expect(ids(visitor.doc)).toEqual([kept.id]);
      await leaveAndUnload();
    }
    expect(storedRows(dataDir, boardId)).toEqual(stored);
  });

  it('gives a stored document without the board structure that structure, once', async () => {
    const board = { id: 'legacyBoard1', title: 'Old', createdAt: Date.now() };
    await server.store.createBoard(board, Y.encodeStateAsUpdate(new Y.Doc()));
    const [ana, ben] = [client(board.id, 'Ana'), client(board.id, 'Ben')];
    await Promise.all([waitForSync(ana), waitForSync(ben)]);
    expect(isBoardDoc(ana.doc) && isBoardDoc(ben.doc)).toBe(true);
    expect(storedRows(dataDir, board.id).updates).toBe(1);
    await leaveAndUnload();
    const stored = storedRows(dataDir, board.id);
    const again = client(board.id, 'Again');
    await waitForSync(again);
    expect(isBoardDoc(again.doc)).toBe(true);
    await leaveAndUnload();
    expect(storedRows(dataDir, board.id)).toEqual(stored);
  });

  it('folds the log into a snapshot after the configured number of updates', async () => {
    await server.close();
    await start(10);
    const boardId = await createBoard(server);
    const ana = client(boardId, 'Ana');
    const watcher = client(boardId, 'Watcher');
    await Promise.all([waitForSync(ana), waitForSync(watcher)]);
    const author = { userId: 'ana', name: 'Ana' };
    // One at a time: updates that reach the room in one turn are stored as one log entry.
    for (let i = 0; i < 35; i++) {
      createItem(ana.doc, { type: 'sticky', x: i, y: 0, text: `n${i}` }, author, createLocalOrigin('ana'));
      await waitFor(() => ids(watcher.doc).length === i + 1, `note ${i} at the watcher`);
    }
    await waitFor(() => storedRows(dataDir, boardId).upToSeq >= 30, 'a compaction');
    expect(storedRows(dataDir, boardId).updates).toBeLessThan(10);

    for (const c of clients.splice(0)) c.destroy();
    await server.close();
    await start();
    const later = client(boardId, 'Later');
    await waitForSync(later);
    expect(ids(later.doc).sort()).toEqual(ids(ana.doc).sort());
  });
});

describe('changes made by the server', () => {
  it('reach the peers of an open board live and are stored before they resolve', async () => {
    const boardId = await createBoard(server);
    const ana = client(boardId, 'Ana');
    await waitForSync(ana);
    const result = await server.rooms.change(boardId, 'test', (doc) => {
      getContainer(doc, 'comments').set('c1', { text: 'from the server' });
      return 'done';
    });
    expect(result).toBe('done');
    await waitFor(() => getContainer(ana.doc, 'comments').has('c1'), 'the change at Ana');
    expect(storedRows(dataDir, boardId).updates).toBeGreaterThan(0);
  });

  it('load a closed board, keep the change and unload it again', async () => {
    const boardId = await createBoard(server);
    await server.rooms.change(boardId, 'test', (doc) => getContainer(doc, 'votes').set('v1', { n: 1 }));
    await leaveAndUnload();
    await server.close();
    await start();
    const later = client(boardId, 'Later');
    await waitForSync(later);
    expect(getContainer(later.doc, 'votes').get('v1')).toEqual({ n: 1 });
  });
});
