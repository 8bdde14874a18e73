import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { CLOSE_CODES } from '@werkplaats/shared';
import { createApp } from './app.js';
import { DEFAULT_CHECKS } from './collab/update-gate.js';
import { RoomManager } from './collab/room-manager.js';
import type { Config } from './config.js';
import { DevIdentityResolver } from './identity/dev-identity.js';
import type { IdentityResolver } from './identity/identity.js';
import { createLogger } from './log.js';
import { attachSyncEndpoint } from './routes/sync.js';
import type { BoardStore } from './storage/board-store.js';
import { SqliteBoardStore } from './storage/sqlite/sqlite-board-store.js';

export interface RunningServer {
  port: number;
  url: string;
  store: BoardStore;
  /** Stops accepting, writes every open board, closes sockets with 1012 and the database. */
  close(): Promise<void>;
}

export interface ServerOverrides {
  store?: BoardStore;
  identities?: IdentityResolver;
}

/** Starts HTTP and sync on one port. Port 0 picks a free port (tests). */
export async function startServer(config: Config, overrides: ServerOverrides = {}): Promise<RunningServer> {
  const log = createLogger(config.logLevel);
  const store =
    overrides.store ?? new SqliteBoardStore(config.dataDir, { synchronous: config.sqliteSynchronous });
  const rooms = new RoomManager({
    store,
    log,
    checks: DEFAULT_CHECKS,
    compactAfterUpdates: config.compactAfterUpdates,
    unloadGraceMs: config.unloadGraceMs,
  });
  const app = createApp({ store, clientDir: config.clientDir, openBoards: () => rooms.openCount, log });

  const server = await new Promise<Server>((resolve) => {
    const started = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
      resolve(started as Server),
    ) as Server;
  });
  const sync = attachSyncEndpoint(server, {
    rooms,
    store,
    identities: overrides.identities ?? new DevIdentityResolver(),
    maxFrameBytes: config.maxFrameBytes,
    log,
  });
  const port = (server.address() as AddressInfo).port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;

  let closing: Promise<void> | undefined;
  return {
    port,
    url: `http://${host}:${port}`,
    store,
    close: () =>
      (closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        await rooms.closeAll(CLOSE_CODES.serviceRestart, 'server restarting');
        sync.close();
        server.closeAllConnections();
        await stopped;
        await store.close();
      })()),
  };
}
