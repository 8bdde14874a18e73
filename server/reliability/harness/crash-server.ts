// Child process for the crash test: the server configured from the environment exactly as
// `src/index.ts` does, plus two test-only instruments that leave the server's code untouched:
//  - the durability window: from the moment a message reaches the connection's handler to the moment
//    the update it carried is committed by `appendUpdate`, printed to stdout in batches;
//  - `CRASH_AT_COMPACTION=k`: a SIGKILL of this very process inside the k-th compaction's SQLite
//    transaction, after the new snapshot is written and before the log it covers is deleted.
import { Connection } from '../../src/collab/connection.js';
import { loadConfig } from '../../src/config.js';
import { startServer } from '../../src/server.js';
import type { SqliteBoardStore } from '../../src/storage/sqlite/sqlite-board-store.js';

const server = await startServer(loadConfig());
const store = server.store as SqliteBoardStore;

let arrivedAt: number | undefined;
let windows: number[] = [];
const handleMessage = Connection.prototype.handleMessage;
Connection.prototype.handleMessage = function (this: Connection, data: Uint8Array) {
  arrivedAt = performance.now();
  try {
    handleMessage.call(this, data);
  } finally {
    arrivedAt = undefined;
  }
};
const appendUpdate = store.appendUpdate.bind(store);
// better-sqlite3 commits inside the call, before the promise is even returned.
store.appendUpdate = (id, update) => {
  const arrived = arrivedAt;
  const stored = appendUpdate(id, update);
  if (arrived !== undefined) windows.push(performance.now() - arrived);
  return stored;
};
setInterval(() => {
  if (windows.length === 0) return;
  process.stdout.write(
    `${JSON.stringify({ durabilityMs: windows.map((ms) => Math.round(ms * 1000) / 1000) })}\n`,
  );
  windows = [];
}, 200);

const crashAt = Number(process.env.CRASH_AT_COMPACTION ?? 0);
if (crashAt > 0) {
  let compactions = 0;
  store.db.function('reliability_compaction', () => {
    if (++compactions >= crashAt) process.kill(process.pid, 'SIGKILL');
    return 0;
  });
  // A TEMP trigger lives in this connection only: the database file itself is not changed by it.
  store.db.exec(`CREATE TEMP TRIGGER reliability_crash AFTER UPDATE ON main.board_snapshots
                 BEGIN SELECT reliability_compaction(); END`);
}

process.stdout.write(
  `${JSON.stringify({ ready: { port: server.port, setupUrl: server.setupUrl ?? null } })}\n`,
);
