import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';
import type { DestinationStream } from 'pino';
import { CLOSE_CODES } from '@werkplaats/shared';
import { createApp } from './app.js';
import type { ApiEnv } from './routes/api-context.js';
import { DEFAULT_CHECKS } from './collab/update-gate.js';
import { RoomManager } from './collab/room-manager.js';
import type { RateLimit } from './collab/rate-limit.js';
import type { Config } from './config.js';
import { AttendanceRecorder } from './attendance/attendance.js';
import { FailureThrottle } from './auth/throttle.js';
import { hashToken, newToken } from './auth/tokens.js';
import { SyncTickets } from './auth/sync-tickets.js';
import { CookieIdentityResolver } from './identity/cookie-identity.js';
import type { IdentityResolver } from './identity/identity.js';
import { createLogger } from './log.js';
import { measuredStore, Metrics, metricsRoutes } from './metrics.js';
import { attachSyncEndpoint } from './routes/sync.js';
import type { BoardStore } from './storage/board-store.js';
import type { DirectoryStore } from './storage/directory-store.js';
import { SqliteBoardStore } from './storage/sqlite/sqlite-board-store.js';
import { SqliteDirectoryStore } from './storage/sqlite/sqlite-directory-store.js';
import { SqliteImportStore } from './storage/sqlite/sqlite-import-store.js';
import type { ImportStore } from './storage/import-store.js';
import { SqliteCheckpointStore } from './storage/sqlite/sqlite-checkpoint-store.js';
import { SqlitePrivateNoteStore } from './storage/sqlite/sqlite-private-note-store.js';
import type { PrivateNoteStore } from './storage/private-note-store.js';
import { SqliteTemplateStore } from './storage/sqlite/sqlite-template-store.js';
import type { CheckpointStore } from './storage/checkpoint-store.js';
import type { TemplateStore } from './storage/template-store.js';
import { FsImageStore } from './uploads/fs-image-store.js';
import type { ImageStore } from './uploads/image-store.js';
import { SqliteVoteStore } from './storage/sqlite/sqlite-vote-store.js';
import type { VoteStore } from './storage/vote-store.js';

export interface RunningServer {
  /** The port actually bound (useful with port 0). */
  port: number;
  /** Base URL for HTTP; the sync endpoint is the same origin with `ws:` and `/sync/:boardId`. */
  url: string;
  store: BoardStore;
  directory: DirectoryStore;
  /** The open boards; server-side changes to a board go through `rooms.change`. */
  rooms: RoomManager;
  /**
   * The one-time link that creates the first facilitator account, while there is none; printed at start.
   * A new one is made at each start, so an old log line is worthless.
   */
  setupUrl: string | undefined;
  /**
   * Graceful stop: refuses new connections, stores and compacts every open board, closes sockets with
   * 1012 (clients reconnect), then closes the database. Safe to call more than once.
   */
  close(): Promise<void>;
}

/** Replaceable parts, for tests and for deployments that bring their own storage or accounts. */
export interface ServerOverrides {
  /** A `SqliteBoardStore` also hosts the directory, in the same database file. */
  store?: BoardStore;
  directory?: DirectoryStore;
  templates?: TemplateStore;
  imports?: ImportStore;
  checkpoints?: CheckpointStore;
  privateNotes?: PrivateNoteStore;
  votes?: VoteStore;
  identities?: IdentityResolver;
  /** Uploaded pictures; by default files under `DATA_DIR/uploads`. */
  images?: ImageStore;
  /** How often attendance notes who is connected; see `DEFAULT_ATTENDANCE_INTERVAL_MS`. */
  attendanceIntervalMs?: number;
  /** WebSocket ping interval; see `DEFAULT_HEARTBEAT_MS`. */
  heartbeatMs?: number;
  /** Messages per connection; see `DEFAULT_RATE_LIMIT`. */
  rateLimit?: RateLimit;
  /** Bytes a connection may have waiting beyond its largest answer; see `DEFAULT_MAX_BUFFERED_BYTES`. */
  maxBufferedBytes?: number;
  /** Where log lines go instead of stderr. */
  logDestination?: DestinationStream;
}

function listen(app: Hono<ApiEnv>, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createAdaptorServer({ fetch: app.fetch, hostname: host }) as Server;
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

function baseUrl(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;
}

/**
 * Starts HTTP and sync on one port. Port 0 picks a free port (tests). Rejects when the port cannot be
 * bound or the database cannot be opened.
 */
export async function startServer(config: Config, overrides: ServerOverrides = {}): Promise<RunningServer> {
  const log = createLogger(config.logLevel, overrides.logDestination);
  const store =
    overrides.store ?? new SqliteBoardStore(config.dataDir, { synchronous: config.sqliteSynchronous });
  if (
    overrides.store &&
    !(overrides.store instanceof SqliteBoardStore) &&
    (!overrides.directory ||
      !overrides.templates ||
      !overrides.privateNotes ||
      !overrides.checkpoints ||
      !overrides.imports ||
      !overrides.votes)
  ) {
    throw new Error('a custom BoardStore needs every other store as well (directory, templates, …)');
  }
  const directory = overrides.directory ?? new SqliteDirectoryStore((store as SqliteBoardStore).db);
  const templates = overrides.templates ?? new SqliteTemplateStore((store as SqliteBoardStore).db);
  const privateStore = overrides.privateNotes ?? new SqlitePrivateNoteStore((store as SqliteBoardStore).db);
  const checkpoints = overrides.checkpoints ?? new SqliteCheckpointStore((store as SqliteBoardStore).db);
  const imports = overrides.imports ?? new SqliteImportStore((store as SqliteBoardStore).db);
  const metrics: Metrics = new Metrics({
    connections: (): number => sync.connectionCount,
    boardsLoaded: (): number => rooms.openCount,
  });
  if (config.metricsToken) metrics.collectProcessMetrics();
  const rooms = new RoomManager({
    store: measuredStore(store, metrics),
    privateStore,
    log,
    checks: DEFAULT_CHECKS,
    compactAfterUpdates: config.compactAfterUpdates,
    unloadGraceMs: config.unloadGraceMs,
  });
  const votes = overrides.votes ?? new SqliteVoteStore((store as SqliteBoardStore).db);
  const setupToken = (await directory.countFacilitators()) === 0 ? newToken() : undefined;
  const setup = { tokenHash: setupToken && hashToken(setupToken) };
  const attendance = new AttendanceRecorder(directory, rooms, log, overrides.attendanceIntervalMs);
  const syncTickets = new SyncTickets();
  const app = createApp({
    store,
    directory,
    templates,
    imports,
    checkpoints,
    images: overrides.images ?? new FsImageStore(join(config.dataDir, 'uploads')),
    votes,
    rooms,
    throttle: new FailureThrottle(),
    syncTickets,
    setup,
    log,
    clientDir: config.clientDir,
    openBoards: () => rooms.openCount,
    metrics: metricsRoutes(metrics, config.metricsToken),
  });

  let server: Server;
  try {
    server = await listen(app, config.port, config.host);
  } catch (error) {
    attendance.stop();
    await store.close();
    throw error;
  }
  const sync = attachSyncEndpoint(server, {
    rooms,
    store,
    identities: overrides.identities ?? new CookieIdentityResolver(directory, syncTickets),
    onConnected: (boardId, identity) => void attendance.record(boardId, identity),
    maxFrameBytes: config.maxFrameBytes,
    heartbeatMs: overrides.heartbeatMs,
    rateLimit: overrides.rateLimit,
    maxBufferedBytes: overrides.maxBufferedBytes,
    onRefused: (reason) => metrics.updatesRefused.inc({ reason }),
    log,
  });
  const port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  const close = async () => {
    sync.stopAccepting();
    attendance.stop();
    const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    await rooms.closeAll(CLOSE_CODES.serviceRestart, 'server restarting');
    await sync.close();
    server.closeAllConnections();
    await stopped;
    await directory.close();
    await store.close();
    log.info('server.stopped');
  };
  const url = baseUrl(config.host, port);
  return {
    port,
    url,
    store,
    directory,
    rooms,
    // In the fragment, so the token never reaches a server log or a Referer header.
    get setupUrl() {
      return setup.tokenHash === undefined || !setupToken ? undefined : `${url}/setup#${setupToken}`;
    },
    close: () => (closing ??= close()),
  };
}
