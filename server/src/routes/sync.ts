import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { CLOSE_CODES, isValidId } from '@werkplaats/shared';
import { Connection } from '../collab/connection.js';
import { storedStateMessages } from '../collab/messages.js';
import { DEFAULT_RATE_LIMIT, Pacer, TokenBucket, type RateLimit } from '../collab/rate-limit.js';
import { RoomUnavailableError, type RoomManager } from '../collab/room-manager.js';
import { TurnBatch } from '../collab/turn-batch.js';
import type { Identity, IdentityResolver } from '../identity/identity.js';
import type { Logger } from '../log.js';
import type { BoardStore } from '../storage/board-store.js';
import { isSameOrigin } from './csrf.js';

/** Board ids are plain ASCII (`isValidId`), so the path segment is matched as is, never URI-decoded. */
const SYNC_PATH = /^\/sync\/([^/?]+)(\?|$)/;
/**
 * Messages, and bytes, a client may send before its identity is known and its room loaded; a flood
 * before that is cut off instead of buffered (a real client sends about four: sync step 1, presence,
 * private sync, clock).
 */
const MAX_QUEUED_MESSAGES = 64;
const MAX_QUEUED_FRAMES_OF_BYTES = 4;
/** How long closing waits for clients to acknowledge the close before dropping their sockets. */
const CLOSE_GRACE_MS = 1_000;
/** Ping interval; a socket that has not answered the previous ping by the next one is dropped. */
export const DEFAULT_HEARTBEAT_MS = 30_000;
const CLOSE_INTERNAL_ERROR = 1011;

export interface SyncEndpointOptions {
  rooms: RoomManager;
  store: BoardStore;
  identities: IdentityResolver;
  maxFrameBytes: number;
  heartbeatMs?: number;
  /** Pace of messages per connection once it is set up; see `DEFAULT_RATE_LIMIT`. */
  rateLimit?: RateLimit;
  /** Bytes a connection may have waiting beyond its largest answer; see `DEFAULT_MAX_BUFFERED_BYTES`. */
  maxBufferedBytes?: number | undefined;
  log: Logger;
  /** Told of every refused update or malformed message (metrics). */
  onRefused?: (reason: string) => void;
  /** Told about every connection once it has joined its room (attendance). */
  onConnected?: (boardId: string, identity: Identity) => void;
}

export interface SyncEndpoint {
  /** Open sync sockets. */
  readonly connectionCount: number;
  /** Refuses new sync connections; open ones carry on. */
  stopAccepting(): void;
  /** Closes every remaining socket with 1012, waits briefly for the clients' replies, then drops them. */
  close(): Promise<void>;
}

/** Sends `messages` in order; resolves once the socket has taken the last of them. */
function sendAll(ws: WebSocket, messages: Uint8Array[]): Promise<void> {
  return new Promise((resolve, reject) => {
    messages.forEach((message, i) => {
      const last = i === messages.length - 1;
      ws.send(message, last ? (error) => (error ? reject(error) : resolve()) : undefined);
    });
  });
}

/**
 * A message in a buffer of its own. `ws` hands out views into the chunk read from the socket, and
 * lib0's `readVarUint8Array` trusts a length prefix without checking it against the view, so a lying
 * prefix would read on into the bytes behind the message.
 */
function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  return data instanceof ArrayBuffer ? new Uint8Array(data) : Uint8Array.prototype.slice.call(data);
}

/**
 * The y-websocket endpoint `/sync/:boardId`; who connects comes from their cookies (see the identity
 * resolver), and a page from another origin is refused at the upgrade.
 * Frames over `maxFrameBytes` close that socket with 1009, which `ws` enforces before any byte reaches
 * us, also for compressed frames that inflate past the limit.
 */
export function attachSyncEndpoint(server: Server, options: SyncEndpointOptions): SyncEndpoint {
  const { log } = options;
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxFrameBytes,
    // Sync step 2 of a big board is large and compresses well; presence messages stay below the threshold.
    perMessageDeflate: { threshold: 1024 },
  });
  const sockets = new Set<WebSocket>();
  const awaitingPong = new Set<WebSocket>();
  const turns = new TurnBatch();
  let accepting = true;

  // Drops sockets whose peer vanished without closing (sleeping laptop, lost Wi-Fi), so their presence
  // and their room do not linger.
  const heartbeat = setInterval(() => {
    for (const ws of sockets) {
      if (awaitingPong.has(ws)) {
        ws.terminate();
        continue;
      }
      awaitingPong.add(ws);
      ws.ping();
    }
  }, options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS);
  heartbeat.unref();

  // A throw in an 'upgrade' listener would take the whole process down: nothing here may throw.
  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    try {
      upgrade(request, socket, head);
    } catch (error) {
      log.warn('upgrade.failed', { error: String(error) });
      socket.destroy();
    }
  };

  const upgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    // The raw request target, matched without URL parsing, which throws on some targets.
    const match = SYNC_PATH.exec(request.url ?? '');
    // Browsers always send Origin on a WebSocket; another site's page must not ride on our cookies.
    const { origin, host } = request.headers;
    if (!isSameOrigin(origin, [host, request.headers['x-forwarded-host'] as string | undefined])) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    if (!match || !accepting) {
      socket.end(
        `HTTP/1.1 ${accepting ? '404 Not Found' : '503 Service Unavailable'}\r\nConnection: close\r\n\r\n`,
      );
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('pong', () => awaitingPong.delete(ws));
      ws.once('close', () => {
        sockets.delete(ws);
        awaitingPong.delete(ws);
      });
      const boardId = match[1]!;
      accept(ws, socket, request, boardId).catch((error: unknown) => {
        log.error('connection.setup-failed', { boardId, error: String(error) });
        ws.close(CLOSE_INTERNAL_ERROR, 'internal error');
      });
    });
  };

  async function accept(
    ws: WebSocket,
    socket: Duplex,
    request: IncomingMessage,
    boardId: string,
  ): Promise<void> {
    // The client speaks first (sync step 1) as soon as the socket opens: hold its messages until the
    // room is ready instead of losing them.
    const queue: Uint8Array[] = [];
    let queuedBytes = 0;
    let pacer: Pacer | undefined = undefined;
    ws.on('error', (error) => log.debug('socket.error', { boardId, error: String(error) }));
    ws.on('message', (data) => {
      const bytes = toBytes(data);
      if (pacer) {
        pacer.push(bytes);
        return;
      }
      queuedBytes += bytes.byteLength;
      if (
        queue.push(bytes) > MAX_QUEUED_MESSAGES ||
        queuedBytes > MAX_QUEUED_FRAMES_OF_BYTES * options.maxFrameBytes
      ) {
        queue.length = 0;
        ws.close(CLOSE_CODES.malformed, 'too many messages');
      }
    });

    if (!isValidId(boardId)) return ws.close(CLOSE_CODES.notFound, 'no such board');
    const who = await options.identities.resolve(request, boardId);
    if (!who.ok) return ws.close(CLOSE_CODES.unauthorized, who.reason);
    if (!(await options.store.getBoard(boardId))) return ws.close(CLOSE_CODES.notFound, 'no such board');
    let room;
    let sentStoredState = false;
    try {
      // On a cold load the client gets the stored board while the server is still rebuilding it.
      room = await options.rooms.acquire(boardId, (updates) => {
        if (ws.readyState !== ws.OPEN) return;
        sentStoredState = true;
        return sendAll(ws, storedStateMessages(updates));
      });
    } catch (error) {
      if (error instanceof RoomUnavailableError && !accepting) {
        return ws.close(CLOSE_CODES.serviceRestart, 'server restarting');
      }
      return ws.close(CLOSE_CODES.loadFailed, 'board could not be loaded');
    }
    if (ws.readyState !== ws.OPEN) {
      options.rooms.release(room);
      return;
    }
    // `ws` writes its frames to the socket the upgrade came on, so holding that socket holds them.
    const ready = new Connection(ws, who.identity, room, log, {
      hasStoredState: sentStoredState,
      ...(options.maxBufferedBytes ? { maxBufferedBytes: options.maxBufferedBytes } : {}),
      ...(options.onRefused ? { onRefused: options.onRefused } : {}),
      batch: { turns, socket },
    });
    room.addPeer(ready);
    const { userId, role } = who.identity;
    log.info('connection.opened', { boardId, connection: ready.id, userId, role });
    options.onConnected?.(boardId, who.identity);
    ws.once('close', (code) => {
      pacer?.stop();
      room.removePeer(ready);
      options.rooms.release(room);
      log.info('connection.closed', { boardId, connection: ready.id, code });
    });
    pacer = new Pacer(new TokenBucket(options.rateLimit ?? DEFAULT_RATE_LIMIT), ws, (bytes) =>
      ready.handleMessage(bytes),
    );
    for (const message of queue.splice(0)) pacer.push(message);
  }

  server.on('upgrade', onUpgrade);
  return {
    get connectionCount() {
      return sockets.size;
    },
    stopAccepting() {
      accepting = false;
    },
    async close() {
      accepting = false;
      clearInterval(heartbeat);
      const closed = [...sockets].map((ws) => new Promise((resolve) => ws.once('close', resolve)));
      for (const ws of sockets) {
        if (ws.readyState === ws.OPEN) ws.close(CLOSE_CODES.serviceRestart, 'server restarting');
      }
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.all(closed),
        new Promise((resolve) => (timer = setTimeout(resolve, CLOSE_GRACE_MS))),
      ]);
      clearTimeout(timer);
      for (const ws of sockets) ws.terminate();
      server.off('upgrade', onUpgrade);
      wss.close();
    },
  };
}
