// Child process: the standard y-websocket server (`@y/websocket-server` 0.1.1, the code its bin runs)
// on `/sync/:boardId`, so the same clients reach it unchanged. Persistence is the standard y-leveldb
// one, switched on by YPERSISTENCE as with the bin. The transport is the same `ws` 8 as ours, so the
// comparison is between the sync servers, not between WebSocket libraries.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { setupWSConnection } from '@y/websocket-server/utils';
import { newId } from '@werkplaats/shared';
import { heapAfterGc } from '../lib/heap.js';
import { startLagSampler } from '../lib/lag-sampler.js';
import { serveMethods } from '../lib/rpc.js';
import type { ServerMethods } from './launch.js';

const SYNC_PATH = /^\/sync\/([^/]+)$/;

const http = createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/plain' });
  response.end('okay');
});
const wss = new WebSocketServer({ noServer: true });
http.on('upgrade', (request, socket, head) => {
  const match = SYNC_PATH.exec(new URL(request.url ?? '/', 'http://localhost').pathname);
  if (!match) {
    socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
    return;
  }
  wss.handleUpgrade(request, socket, head, (ws) => {
    setupWSConnection(ws, request, { docName: decodeURIComponent(match[1]!) });
  });
});
await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
const lag = startLagSampler();

const methods: ServerMethods = {
  // Any name is a document; the first client's sync gives it the board structure (every bench client
  // starts from `createBoardDoc()`, whose structure is the same bytes everywhere).
  'board.create': async () => newId(),
  'board.createMany': async (count) => Array.from({ length: count }, () => newId()),
  'lag.read': (window) => lag.read(window),
  // The reference stores after broadcasting; there is no commit to time before the broadcast.
  'durability.read': () => null,
  'heap.read': () => heapAfterGc(),
  close: async () => {
    for (const ws of wss.clients) ws.terminate();
    await new Promise<void>((resolve) => http.close(() => resolve()));
  },
};

serveMethods(methods, { port: (http.address() as AddressInfo).port });
