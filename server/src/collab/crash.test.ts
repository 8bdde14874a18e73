import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { createItem, createLocalOrigin, getItemsMap, isBoardDoc } from '@werkplaats/shared';
import { DATABASE_FILE } from '../storage/sqlite/sqlite-board-store.js';
import {
  connectClient,
  createBoard,
  removeDir,
  tempDataDir,
  waitFor,
  waitForSync,
  type TestClient,
} from '../server.test-helpers.js';

const serverDir = fileURLToPath(new URL('../..', import.meta.url));

interface Child {
  process: ChildProcess;
  port: number;
  url: string;
}

/** The real server entry point in its own process, so it can be killed like a crashed machine. */
async function spawnServer(dataDir: string): Promise<Child> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'src/index.ts'], {
    cwd: serverDir,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      COMPACT_AFTER_UPDATES: '25',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) {
        const port = Number(match[1]);
        resolve({ process: child, port, url: `http://127.0.0.1:${port}` });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${output}`)));
  });
}

function ids(doc: Y.Doc): string[] {
  return isBoardDoc(doc) ? [...getItemsMap(doc).keys()] : [];
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

describe('kill -9 of the server', () => {
  it.each([1, 2, 3])('loses no update it had accepted (run %i)', async (run) => {
    const dataDir = tempDataDir();
    cleanups.push(() => removeDir(dataDir));
    const first = await spawnServer(dataDir);
    cleanups.push(() => first.process.kill('SIGKILL'));
    const boardId = await createBoard(first.url);

    const writer = connectClient(first, boardId, { name: 'Writer' });
    const observer = connectClient(first, boardId, { name: 'Observer' });
    const clients: TestClient[] = [writer, observer];
    cleanups.push(() => clients.forEach((c) => c.destroy()));
    await Promise.all([waitForSync(writer), waitForSync(observer)]);

    // The observer only ever sees what the server broadcast, and the server broadcasts only what it
    // has stored: every id it saw must survive the crash.
    const seen = new Set<string>();
    getItemsMap(observer.doc).observe((event) => event.keysChanged.forEach((key) => seen.add(key)));
    const origin = createLocalOrigin('writer');
    let written = 0;
    const stream = setInterval(() => {
      for (let i = 0; i < 5; i++) {
        createItem(
          writer.doc,
          { type: 'sticky', x: written, y: 0, text: `n${written++}` },
          { userId: 'w', name: 'W' },
          origin,
        );
      }
    }, 5);
    await waitFor(() => seen.size >= 100 + run * 37, 'a stream of accepted notes', 10_000);
    first.process.kill('SIGKILL');
    clearInterval(stream);
    await new Promise((resolve) => first.process.once('exit', resolve));
    const accepted = [...seen];
    expect(written).toBeGreaterThan(accepted.length - 1);

    const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();

    const second = await spawnServer(dataDir);
    cleanups.push(() => second.process.kill('SIGKILL'));
    const reader = connectClient(second, boardId, { name: 'Reader' });
    clients.push(reader);
    await waitForSync(reader);
    const present = new Set(ids(reader.doc));
    expect(accepted.filter((id) => !present.has(id))).toEqual([]);

    // The writer still holds what the server never acknowledged; on reconnect nothing is lost.
    writer.provider.disconnect();
    writer.provider.serverUrl = `ws://127.0.0.1:${second.port}/sync`;
    writer.provider.connect();
    await waitFor(
      () => ids(reader.doc).length === written,
      'the writer’s unacknowledged notes after reconnect',
      10_000,
    );
  });
});
