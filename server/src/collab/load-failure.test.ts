import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { CLOSE_CODES } from '@werkplaats/shared';
import type { RunningServer } from '../server.js';
import { createBoard, rawSocket, removeDir, startTestServer, tempDataDir } from '../server.test-helpers.js';
import { DATABASE_FILE } from '../storage/sqlite/sqlite-board-store.js';

let dataDir: string;
let server: RunningServer;

beforeEach(async () => {
  dataDir = tempDataDir();
  server = await startTestServer(dataDir);
});

afterEach(async () => {
  await server.close();
  removeDir(dataDir);
});

function counts(boardId: string) {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  const row = db
    .prepare(
      `SELECT (SELECT COUNT(*) FROM board_updates WHERE board_id = ?) AS updates,
              (SELECT hex(data) FROM board_snapshots WHERE board_id = ?) AS snapshot`,
    )
    .get(boardId, boardId);
  db.close();
  return row;
}

it('never writes to a board whose stored document fails to load', async () => {
  const boardId = await createBoard(server);
  const db = new Database(join(dataDir, DATABASE_FILE));
  // Bytes that claim structs which are not there: a damaged snapshot.
  db.prepare('UPDATE board_snapshots SET data = ? WHERE board_id = ?').run(
    Buffer.from([1, 5, 200, 1, 0, 7, 3]),
    boardId,
  );
  db.close();
  const before = counts(boardId);

  for (let attempt = 0; attempt < 3; attempt++) {
    const raw = await rawSocket(server, boardId);
    raw.ws.send(new Uint8Array([0, 0, 1, 0]));
    expect((await raw.closed).code).toBe(CLOSE_CODES.loadFailed);
  }
  expect(counts(boardId)).toEqual(before);
  const health = (await (await fetch(`${server.url}/api/health`)).json()) as { openBoards: number };
  expect(health.openBoards).toBe(0);
});
