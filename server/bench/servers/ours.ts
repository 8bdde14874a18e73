// Child process: the Werkplaats server from source, configured from the environment as `src/index.ts`
// does (real SQLite in the DATA_DIR the runner made), plus stats and board creation over IPC.
import { boardInitUpdate, newId } from '@werkplaats/shared';
import { loadConfig } from '../../src/config.js';
import { startServer } from '../../src/server.js';
import { startLagSampler } from '../lib/lag-sampler.js';
import { serveMethods } from '../lib/rpc.js';
import { BenchIdentityResolver } from './bench-identity.js';
import type { ServerMethods } from './launch.js';

const server = await startServer(loadConfig(), { identities: new BenchIdentityResolver() });
const lag = startLagSampler();

const methods: ServerMethods = {
  // Straight into the store, as `POST /api/boards` does: creating boards is not what is measured.
  'board.create': async () => {
    const board = { id: newId(), title: 'Bench board', createdAt: Date.now() };
    await server.store.createBoard(board, boardInitUpdate());
    return board.id;
  },
  'lag.read': (window) => lag.read(window),
  close: () => server.close(),
};

serveMethods(methods, { port: server.port });
