import { once } from 'node:events';
import { connect } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  CLOSE_CODES,
  createBoardDoc,
  createItem,
  createLocalOrigin,
  getItemsMap,
  isBoardDoc,
  readItems,
} from '@werkplaats/shared';
import type { RunningServer } from '../server.js';
import {
  connectClient,
  createBoard,
  facilitatorCookie,
  rawSocket,
  removeDir,
  sleep,
  startTestServer,
  tempDataDir,
  waitFor,
  waitForSync,
  type TestClient,
  type Who,
} from '../server.test-helpers.js';
import { syncUpdateMessage } from './messages.js';

let dataDir: string;
let server: RunningServer;
let boardId: string;
const clients: TestClient[] = [];

function client(params: Who): TestClient {
  const c = connectClient(server, boardId, params);
  clients.push(c);
  return c;
}

function texts(doc: Y.Doc): string[] {
  return isBoardDoc(doc)
    ? readItems(doc).items.flatMap((item) => (item.type === 'sticky' ? [item.text] : []))
    : [];
}

function addNote(doc: Y.Doc, text: string): void {
  createItem(doc, { type: 'sticky', x: 0, y: 0, text }, { userId: 'u', name: 'U' }, createLocalOrigin('u'));
}

async function health(): Promise<{ status: string; openBoards: number }> {
  return (await (await fetch(`${server.url}/api/health`)).json()) as { status: string; openBoards: number };
}

beforeEach(async () => {
  dataDir = tempDataDir();
  server = await startTestServer(
    dataDir,
    { unloadGraceMs: 50, maxFrameBytes: 64 * 1024 },
    { heartbeatMs: 100 },
  );
  boardId = await createBoard(server);
});

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await server.close();
  removeDir(dataDir);
});

describe('the board survives what clients send', () => {
  it('stays loadable after an update whose dependencies never arrived', async () => {
    // Two notes by one client; the server gets only the second, which Yjs must hold back as pending.
    const sender = createBoardDoc();
    addNote(sender, 'first');
    const before = Y.encodeStateVector(sender);
    addNote(sender, 'second');
    const raw = await rawSocket(server, boardId);
    raw.ws.send(syncUpdateMessage(Y.encodeStateAsUpdate(sender, before)));
    const ana = client({ name: 'Ana' });
    await waitForSync(ana);
    addNote(ana.doc, 'legit');
    await waitFor(() => texts(ana.doc).includes('legit'), 'Ana’s own note');
    await sleep(100);
    for (const c of clients.splice(0)) c.destroy();
    raw.ws.close();
    // Shutdown compacts: the snapshot must hold the integrated state only.
    await server.close();

    server = await startTestServer(dataDir);
    const later = client({ name: 'Later' });
    await waitForSync(later);
    expect(texts(later.doc)).toEqual(['legit']);
    expect(later.provider.wsconnected).toBe(true);
  });

  it.each([
    ['a plain frame', { perMessageDeflate: false }],
    ['a compressed frame that inflates past the limit', { perMessageDeflate: true }],
  ])('closes only the sender of %s with 1009', async (_name, options) => {
    const ana = client({ name: 'Ana' });
    await waitForSync(ana);
    addNote(ana.doc, 'kept');
    const raw = await rawSocket(server, boardId, { name: 'Big' }, options);
    expect(raw.ws.extensions.includes('permessage-deflate')).toBe(options.perMessageDeflate);
    // 65 KiB of zeros deflates to a few hundred bytes, so only the inflated size can trip the limit.
    raw.ws.send(new Uint8Array(65 * 1024));
    expect((await raw.closed).code).toBe(CLOSE_CODES.messageTooBig);
    const ben = client({ name: 'Ben' });
    await waitForSync(ben);
    await waitFor(() => texts(ben.doc).length === 1, 'the note at Ben');
    expect(texts(ben.doc)).toEqual(['kept']);
    expect(ana.provider.wsconnected).toBe(true);
  });

  it('stays up after sync requests with a badly encoded or unparseable target', async () => {
    // The board path is checked before identity, so no credentials are needed to reach that check.
    const raw = await rawSocket(server, '%E0%A4%A', null);
    expect((await raw.closed).code).toBe(CLOSE_CODES.notFound);
    const socket = connect(server.port, '127.0.0.1');
    socket.on('error', () => undefined);
    // Read (and drop) the answer: a paused socket never sees the server's end, so it would never close.
    socket.resume();
    socket.write(
      'GET http://[bad/sync/abcd1234 HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
    );
    await once(socket, 'close');
    expect((await health()).status).toBe('ok');
  });

  it.each([
    ['no cookie', async () => ''],
    ['an unknown session', async () => `wp_device=${'A'.repeat(43)}`],
    ['a malformed session', async () => 'wp_session=no!; wp_device=%00'],
    // A real login token presented as a device session must not pass as one.
    [
      'a login token in the wrong cookie',
      async () => (await facilitatorCookie(server)).replace('wp_session', 'wp_device'),
    ],
  ])('refuses a connection with %s (4401)', async (_name, cookieOf) => {
    const cookie = await cookieOf();
    const raw = await rawSocket(server, boardId, null, { headers: cookie ? { cookie } : {} });
    expect((await raw.closed).code).toBe(CLOSE_CODES.unauthorized);
  });
});

describe('liveness', () => {
  it('drops a socket that stops answering pings, and frees its board', async () => {
    const silent = await rawSocket(server, boardId, { name: 'Gone' }, { autoPong: false });
    const alive = await rawSocket(server, boardId, { name: 'Here' });
    await silent.closed;
    expect(alive.ws.readyState).toBe(alive.ws.OPEN);
    alive.ws.close();
    await alive.closed;
    await sleep(200);
    expect((await health()).openBoards).toBe(0);
  });

  it('echoes presence to its sender, so a client alone on a board keeps hearing from the server', async () => {
    // y-websocket closes a connection that has received nothing for 30 s; alone on a board, the echo
    // of its own 15-second presence renewal is all it receives.
    const alone = client({ name: 'Alone' });
    await waitForSync(alone);
    await sleep(20);
    const lastHeard = alone.provider.wsLastMessageReceived;
    alone.provider.awareness.setLocalStateField('cursor', { x: 1, y: 1 });
    await waitFor(() => alone.provider.wsLastMessageReceived > lastHeard, 'the echo of its presence');
  });

  it('converges when two clients edit at the same time', async () => {
    const ana = client({ name: 'Ana' });
    const ben = client({ name: 'Ben' });
    await Promise.all([waitForSync(ana), waitForSync(ben)]);
    for (let i = 0; i < 20; i++) {
      addNote(ana.doc, `a${i}`);
      addNote(ben.doc, `b${i}`);
    }
    const ids = (doc: Y.Doc) => [...getItemsMap(doc).keys()].sort();
    await waitFor(() => ids(ana.doc).length === 40 && ids(ben.doc).length === 40, 'all notes on both');
    expect(ids(ana.doc)).toEqual(ids(ben.doc));
  });
});
