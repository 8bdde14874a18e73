import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CLOSE_CODES, createItem, createLocalOrigin, getItemsMap, isBoardDoc } from '@werkplaats/shared';
import type { RunningServer } from '../server.js';
import {
  api,
  connectClient,
  createBoard,
  facilitatorCookie,
  removeDir,
  startTestServer,
  tempDataDir,
  waitFor,
  waitForSync,
} from '../server.test-helpers.js';
import { SYNC_TICKET_TTL_MS, SyncTickets } from './sync-tickets.js';

describe('SyncTickets', () => {
  it('redeems a ticket once, for its own board, before it expires', () => {
    let now = 1_000;
    const tickets = new SyncTickets(() => now);
    const viewer = { deviceId: 'device1' };
    const a = tickets.issue('boardA', viewer);
    expect(tickets.redeem(a.ticket, 'boardB')).toBeUndefined();
    const b = tickets.issue('boardA', viewer);
    expect(tickets.redeem(b.ticket, 'boardA')).toBe(viewer);
    expect(tickets.redeem(b.ticket, 'boardA')).toBeUndefined();
    const c = tickets.issue('boardA', viewer);
    now += SYNC_TICKET_TTL_MS;
    expect(tickets.redeem(c.ticket, 'boardA')).toBeUndefined();
    expect(tickets.redeem('not-a-ticket', 'boardA')).toBeUndefined();
  });
});

/** A cookie-less socket to the sync endpoint with a ticket, as a non-browser integration opens it. */
async function ticketSocket(port: number, boardId: string, ticket: string) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/sync/${boardId}?ticket=${ticket}`);
  const messages: Uint8Array[] = [];
  ws.on('message', (data: Buffer) => messages.push(new Uint8Array(data)));
  ws.on('error', () => undefined);
  const closed = new Promise<{ code: number }>((resolve) => ws.on('close', (code) => resolve({ code })));
  return { ws, messages, closed };
}

describe('createSyncTicket: y-websocket clients without cookies', () => {
  let dataDir: string;
  let server: RunningServer;
  let boardId: string;

  beforeAll(async () => {
    dataDir = tempDataDir();
    server = await startTestServer(dataDir);
    boardId = await createBoard(server);
  });

  afterAll(async () => {
    await server.close();
    removeDir(dataDir);
  });

  async function ticket(cookie: string, board = boardId): Promise<Response> {
    return api(server.url, 'POST', `/api/boards/${board}/sync-ticket`, { cookie });
  }

  it('lets a WebsocketProvider with params { ticket } sync the board', async () => {
    const response = await ticket(await facilitatorCookie(server));
    expect(response.status).toBe(201);
    const body = (await response.json()) as { ticket: string; expiresAt: number; path: string };
    expect(body.path).toBe(`/sync/${boardId}?ticket=${body.ticket}`);

    const doc = new Y.Doc();
    const provider = new WebsocketProvider(`ws://127.0.0.1:${server.port}/sync`, boardId, doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      params: { ticket: body.ticket },
      disableBc: true,
    });
    const browser = connectClient(server, boardId, { name: 'Ana', role: 'participant' });
    await waitForSync(browser);
    createItem(
      browser.doc,
      { type: 'sticky', x: 0, y: 0, text: 'via cookie' },
      { userId: 'a', name: 'Ana' },
      createLocalOrigin('a'),
    );
    await waitFor(() => isBoardDoc(doc) && getItemsMap(doc).size === 1, 'the note at the ticket client');
    provider.destroy();
    browser.destroy();
    doc.destroy();
  });

  it('refuses a used, foreign or made-up ticket with 4401', async () => {
    const cookie = await facilitatorCookie(server);
    const { ticket: used } = (await (await ticket(cookie)).json()) as { ticket: string };
    const first = await ticketSocket(server.port, boardId, used);
    await waitFor(() => first.messages.length > 0, 'the first connection to sync');
    first.ws.close();
    const again = await ticketSocket(server.port, boardId, used);
    expect((await again.closed).code).toBe(CLOSE_CODES.unauthorized);

    const otherBoard = await createBoard(server, 'Other');
    const { ticket: foreign } = (await (await ticket(cookie, otherBoard)).json()) as { ticket: string };
    const wrong = await ticketSocket(server.port, boardId, foreign);
    expect((await wrong.closed).code).toBe(CLOSE_CODES.unauthorized);

    const madeUp = await ticketSocket(server.port, boardId, 'x'.repeat(43));
    expect((await madeUp.closed).code).toBe(CLOSE_CODES.unauthorized);
  });

  it('gives no ticket without access to the board', async () => {
    expect((await ticket('')).status).toBe(404);
  });
});
