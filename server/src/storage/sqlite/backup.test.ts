import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { createItem, createLocalOrigin, getItemsMap } from '@werkplaats/shared';
import type { RunningServer } from '../../server.js';
import {
  connectClient,
  createBoard,
  removeDir,
  sleep,
  startTestServer,
  tempDataDir,
  waitFor,
  waitForSync,
  type TestClient,
} from '../../server.test-helpers.js';
import { backupDataDir, restoreDataDir } from './backup.js';

const dirs: string[] = [];
const servers: RunningServer[] = [];
const clients: TestClient[] = [];

function dir(): string {
  const made = tempDataDir();
  dirs.push(made);
  return made;
}

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const s of servers.splice(0)) await s.close();
  for (const d of dirs.splice(0)) removeDir(d);
});

function ids(doc: Y.Doc): Set<string> {
  return new Set(getItemsMap(doc).keys());
}

describe('online backup and restore', () => {
  it('copies a server under writes; the restored copy serves every note acknowledged before the backup', async () => {
    const dataDir = dir();
    const server = await startTestServer(dataDir);
    servers.push(server);
    const boardId = await createBoard(server);
    mkdirSync(join(dataDir, 'uploads', boardId), { recursive: true });
    writeFileSync(join(dataDir, 'uploads', boardId, 'picture.png'), 'bytes');
    const ana = connectClient(server, boardId, { name: 'Ana' });
    clients.push(ana);
    await waitForSync(ana);
    // Ana writes a note every 5 ms throughout; the watcher hears what the server stored.
    const watcher = connectClient(server, boardId, { name: 'Watcher' });
    clients.push(watcher);
    await waitForSync(watcher);
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing; i++) {
        createItem(
          ana.doc,
          { type: 'sticky', x: i, y: 0, text: `n${i}` },
          { userId: 'a', name: 'A' },
          createLocalOrigin('a'),
        );
        await sleep(5);
      }
    })();
    await waitFor(() => ids(watcher.doc).size >= 50, 'some notes stored');
    // The server broadcasts only what it stored, so what the watcher has is in the database.
    const storedBefore = ids(watcher.doc);
    const backup = join(dir(), 'backup');
    const { pages } = await backupDataDir(dataDir, backup);
    const seenMeanwhile = ids(watcher.doc).size;
    await sleep(100);
    writing = false;
    await writer;
    expect(pages).toBeGreaterThan(0);
    expect(ids(watcher.doc).size, 'writes went on during the backup').toBeGreaterThan(storedBefore.size);
    expect(seenMeanwhile).toBeGreaterThanOrEqual(storedBefore.size);

    const restored = dir();
    restoreDataDir(backup, restored);
    expect(() => restoreDataDir(backup, restored)).toThrow(/already holds a database/);
    const second = await startTestServer(restored);
    servers.push(second);
    const reader = connectClient(second, boardId, { name: 'Reader', role: 'facilitator' });
    clients.push(reader);
    await waitForSync(reader);
    const after = ids(reader.doc);
    for (const id of storedBefore) expect(after.has(id), `note ${id}`).toBe(true);
    expect(readFileSync(join(restored, 'uploads', boardId, 'picture.png'), 'utf8')).toBe('bytes');
  });

  it('refuses to write over an existing folder', async () => {
    const dataDir = dir();
    const server = await startTestServer(dataDir);
    servers.push(server);
    await expect(backupDataDir(dataDir, dataDir)).rejects.toThrow(/already exists/);
  });
});
