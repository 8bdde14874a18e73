// Child process for the crash and storm tests: the server configured from the environment exactly as
// `src/index.ts` does, plus test-only instruments that leave the server's code untouched, reported
// as JSON lines on stdout (see server-process.ts):
//  - the durability window: from the moment a message reaches the connection's handler to the moment
//    the update it carried is committed by `appendUpdate`;
//  - board loads per board (a wrapper around `loadBoard`), event-loop lag and CPU time used;
//  - `CRASH_AT_COMPACTION=k`: a SIGKILL of this very process inside the k-th compaction's SQLite
//    transaction after SIGUSR2 arms it, after the new snapshot is written and before the log it covers
//    is deleted. Armed, it also asks every open room to compact a few times a second.
import { watchArrivals } from '../../src/collab/arrival-times.test-helpers.js';
import { Room } from '../../src/collab/room.js';
import { loadConfig } from '../../src/config.js';
import { startServer } from '../../src/server.js';
import type { SqliteBoardStore } from '../../src/storage/sqlite/sqlite-board-store.js';

// Rooms as they load, for the compactions an armed crash asks for.
const rooms = new Set<Room>();
const loadRoom = Room.load.bind(Room);
Room.load = async (...args) => {
  const room = await loadRoom(...args);
  rooms.add(room);
  return room;
};

const server = await startServer(loadConfig());
const store = server.store as SqliteBoardStore;

const arrivals = watchArrivals();
let windows: number[] = [];
const appendUpdate = store.appendUpdate.bind(store);
// The store commits the appends of a turn together at the end of the turn; the promise resolves then.
store.appendUpdate = (id, update) => {
  const carried = arrivals.take(id);
  const stored = appendUpdate(id, update);
  stored.then(
    () => {
      const now = performance.now();
      for (const arrived of carried) windows.push(now - arrived);
    },
    () => undefined,
  );
  return stored;
};
const loads: Record<string, number> = {};
const loadBoard = store.loadBoard.bind(store);
store.loadBoard = (id) => {
  loads[id] = (loads[id] ?? 0) + 1;
  return loadBoard(id);
};
// How late a 10 ms timer fires, one sample per firing, as the bench's lag sampler measures it.
let lagMs: number[] = [];
let expected = performance.now() + 10;
const probe = () => {
  const now = performance.now();
  lagMs.push(Math.max(0, now - expected));
  expected = now + 10;
  setTimeout(probe, 10).unref();
};
setTimeout(probe, 10).unref();

setInterval(() => {
  const report = {
    durabilityMs: windows.map((ms) => Math.round(ms * 1000) / 1000),
    loads,
    lagMs: lagMs.map((ms) => Math.round(ms * 10) / 10),
    cpuMs: process.cpuUsage().user / 1000 + process.cpuUsage().system / 1000,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
  windows = [];
  lagMs = [];
}, 200);

const FORCED_COMPACTION_MS = 300;
const crashAt = Number(process.env.CRASH_AT_COMPACTION ?? 0);
if (crashAt > 0) {
  // Counted only once the test arms it (SIGUSR2) at the start of its run: compactions while the
  // clients of the previous run resync must not kill the server before they have converged.
  let armed = false;
  process.on('SIGUSR2', () => {
    armed = true;
    // A room compacts once its log holds a share of its snapshot: on a board grown over many runs,
    // minutes apart. Asking for compactions keeps the wait for the k-th one short on any board.
    setInterval(() => {
      for (const room of rooms) void room.compact();
    }, FORCED_COMPACTION_MS).unref();
  });
  let compactions = 0;
  store.db.function('reliability_compaction', () => {
    if (armed && ++compactions >= crashAt) process.kill(process.pid, 'SIGKILL');
    return 0;
  });
  // A TEMP trigger lives in this connection only: the database file itself is not changed by it.
  store.db.exec(`CREATE TEMP TRIGGER reliability_crash AFTER UPDATE ON main.board_snapshots
                 BEGIN SELECT reliability_compaction(); END`);
}

// Ends without storing anything, like a kill, but lets a CPU profile (RELIABILITY_CPU_PROF) be written.
process.once('SIGTERM', () => process.exit(0));
process.stdout.write(
  `${JSON.stringify({ ready: { port: server.port, setupUrl: server.setupUrl ?? null } })}\n`,
);
