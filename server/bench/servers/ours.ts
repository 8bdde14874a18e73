// Child process: the Werkplaats server from source, configured from the environment as `src/index.ts`
// does (real SQLite in the DATA_DIR the runner made), plus stats and board creation over IPC.
import { boardInitUpdate, newId } from '@werkplaats/shared';
import { loadConfig } from '../../src/config.js';
import { startServer } from '../../src/server.js';
import { heapAfterGc } from '../lib/heap.js';
import { startLagSampler } from '../lib/lag-sampler.js';
import { serveMethods } from '../lib/rpc.js';
import { BenchIdentityResolver } from './bench-identity.js';
import { readDurability, TimedBoardStore, watchArrivals } from './durability.js';
import type { ServerMethods } from './launch.js';

const config = loadConfig();
watchArrivals();
const server = await startServer(config, {
  identities: new BenchIdentityResolver(),
  store: new TimedBoardStore(config.dataDir, { synchronous: config.sqliteSynchronous }),
});
const lag = startLagSampler();

// Straight into the store, as `POST /api/boards` does: creating boards is not what is measured.
async function createBoard(): Promise<string> {
  const board = { id: newId(), title: 'Bench board', createdAt: Date.now() };
  await server.store.createBoard(board, boardInitUpdate());
  return board.id;
}

const methods: ServerMethods = {
  'board.create': createBoard,
  'board.createMany': async (count) => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) ids.push(await createBoard());
    return ids;
  },
  'lag.read': (window) => lag.read(window),
  'durability.read': (window) => readDurability(window),
  'heap.read': () => heapAfterGc(),
  close: () => server.close(),
};

serveMethods(methods, { port: server.port });
