import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { CLOSE_CODES, isValidId } from '@werkplaats/shared';
import { Connection } from '../collab/connection.js';
import type { RoomManager } from '../collab/room-manager.js';
import type { IdentityResolver } from '../identity/identity.js';
import type { Logger } from '../log.js';
import type { BoardStore } from '../storage/board-store.js';

const SYNC_PATH = /^\/sync\/([^/]+)$/;
/** Messages a client may send before its connection is set up; a flood before that is cut off. */
const MAX_QUEUED_MESSAGES = 64;

export interface SyncEndpointOptions {
  rooms: RoomManager;
  store: BoardStore;
  identities: IdentityResolver;
  maxFrameBytes: number;
  log: Logger;
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  return data instanceof ArrayBuffer
    ? new Uint8Array(data)
    : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * The y-websocket endpoint `/sync/:boardId`. Frames over `maxFrameBytes` (also after decompression)
 * close that socket with 1009, which `ws` enforces before any byte reaches us.
 */
export function attachSyncEndpoint(server: Server, options: SyncEndpointOptions): { close(): void } {
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxFrameBytes });
  const sockets = new Set<WebSocket>();

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const match = SYNC_PATH.exec(path);
    if (!match) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      sockets.add(ws);
      ws.once('close', () => sockets.delete(ws));
      void accept(ws, request, decodeURIComponent(match[1]!));
    });
  };

  async function accept(ws: WebSocket, request: IncomingMessage, boardId: string): Promise<void> {
    // The client speaks first (sync step 1) as soon as the socket opens: hold its messages until the
    // room is ready instead of losing them.
    const queue: Uint8Array[] = [];
    let connection: Connection | undefined = undefined;
    ws.on('error', (error) => options.log.debug('socket.error', { boardId, error: String(error) }));
    ws.on('message', (data) => {
      if (connection) connection.handleMessage(toBytes(data));
      else if (queue.push(toBytes(data)) > MAX_QUEUED_MESSAGES)
        ws.close(CLOSE_CODES.malformed, 'too many messages');
    });

    if (!isValidId(boardId)) return ws.close(CLOSE_CODES.notFound, 'no such board');
    const who = await options.identities.resolve(request, boardId);
    if (!who.ok) return ws.close(CLOSE_CODES.unauthorized, who.reason.slice(0, 120));
    if (!(await options.store.getBoard(boardId))) return ws.close(CLOSE_CODES.notFound, 'no such board');
    let room;
    try {
      room = await options.rooms.acquire(boardId);
    } catch {
      return ws.close(CLOSE_CODES.loadFailed, 'board could not be loaded');
    }
    if (ws.readyState !== ws.OPEN) {
      options.rooms.release(room);
      return;
    }
    const ready = new Connection(ws, who.identity, room, options.log);
    room.addPeer(ready);
    ws.once('close', () => {
      room.removePeer(ready);
      options.rooms.release(room);
    });
    connection = ready;
    for (const message of queue.splice(0)) ready.handleMessage(message);
  }

  server.on('upgrade', onUpgrade);
  return {
    close() {
      server.off('upgrade', onUpgrade);
      for (const ws of sockets) ws.terminate();
      wss.close();
    },
  };
}
