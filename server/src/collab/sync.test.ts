import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import {
  CLOSE_CODES,
  createBoardDoc,
  createItem,
  createLocalOrigin,
  isBoardDoc,
  MESSAGE_AUTH,
  MESSAGE_AWARENESS,
  MESSAGE_SYNC,
  moveItems,
  readItems,
  REFUSAL_REASONS,
  setItemText,
  type PresenceState,
} from '@werkplaats/shared';
import type { RunningServer } from '../server.js';
import {
  connectClient,
  createBoard,
  rawSocket,
  removeDir,
  startTestServer,
  tempDataDir,
  waitFor,
  waitForSync,
  type TestClient,
  type Who,
} from '../server.test-helpers.js';

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

function syncUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** An update that adds one note to a board document, as a client would send it. */
function noteUpdate(text: string): Uint8Array {
  const doc = createBoardDoc();
  const before = Y.encodeStateVector(doc);
  createItem(doc, { type: 'sticky', x: 0, y: 0, text }, { userId: 'u', name: 'U' }, createLocalOrigin('u'));
  return Y.encodeStateAsUpdate(doc, before);
}

beforeEach(async () => {
  dataDir = tempDataDir();
  server = await startTestServer(dataDir, { unloadGraceMs: 50 });
  boardId = await createBoard(server);
});

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await server.close();
  removeDir(dataDir);
});

describe('sync between y-websocket clients', () => {
  it('shares creates, moves and text edits live', async () => {
    const ana = client({ name: 'Ana' });
    const ben = client({ name: 'Ben' });
    await Promise.all([waitForSync(ana), waitForSync(ben)]);
    const origin = createLocalOrigin('ana');
    const note = createItem(
      ana.doc,
      { type: 'sticky', x: 10, y: 20, text: 'hallo' },
      { userId: 'ana', name: 'Ana' },
      origin,
    );
    await waitFor(() => texts(ben.doc).includes('hallo'), 'the note at Ben');
    moveItems(ben.doc, [{ id: note.id, x: 300, y: 400 }], createLocalOrigin('ben'));
    setItemText(ben.doc, note.id, 'hallo allemaal', createLocalOrigin('ben'));
    await waitFor(
      () => readItems(ana.doc).items[0]?.x === 300 && texts(ana.doc)[0] === 'hallo allemaal',
      'Ben’s edits at Ana',
    );
    expect(readItems(ana.doc).items[0]).toMatchObject({ x: 300, y: 400, authorName: 'Ana' });
  });

  it('keeps everything across a server restart', async () => {
    const ana = client({ name: 'Ana' });
    await waitForSync(ana);
    for (let i = 0; i < 20; i++) {
      createItem(
        ana.doc,
        { type: 'sticky', x: i * 10, y: 0, text: `note ${i}` },
        { userId: 'ana', name: 'Ana' },
        createLocalOrigin('ana'),
      );
    }
    const probe = client({ name: 'Probe' });
    await waitFor(() => texts(probe.doc).length === 20, 'all notes at the probe');
    for (const c of clients.splice(0)) c.destroy();
    await server.close();

    server = await startTestServer(dataDir);
    const later = client({ name: 'Later' });
    await waitForSync(later);
    expect(texts(later.doc).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `note ${i}`).sort());
  });
});

describe('hostile and mistaken input', () => {
  it.each([
    ['garbage', new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01])],
    ['a truncated sync message', new Uint8Array([MESSAGE_SYNC, 2, 50, 1, 2])],
    ['an unknown sync type', new Uint8Array([MESSAGE_SYNC, 9, 0])],
    ['an invalid update', syncUpdateMessage(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))],
    ['a truncated real update', syncUpdateMessage(noteUpdate('half').slice(0, 30))],
    ['an invalid awareness update', new Uint8Array([MESSAGE_AWARENESS, 3, 1, 200, 1])],
  ])('closes the connection that sends %s and leaves the board unchanged', async (_name, bytes) => {
    const ana = client({ name: 'Ana' });
    await waitForSync(ana);
    createItem(
      ana.doc,
      { type: 'sticky', x: 0, y: 0, text: 'intact' },
      { userId: 'ana', name: 'Ana' },
      createLocalOrigin('ana'),
    );
    const raw = await rawSocket(server, boardId);
    raw.ws.send(bytes);
    expect((await raw.closed).code).toBe(CLOSE_CODES.malformed);

    const ben = client({ name: 'Ben' });
    await waitForSync(ben);
    await waitFor(() => texts(ben.doc).length === 1, 'the note at Ben');
    expect(texts(ben.doc)).toEqual(['intact']);
    expect(ana.provider.wsconnected).toBe(true);
    const health = (await (await fetch(`${server.url}/api/health`)).json()) as { status: string };
    expect(health.status).toBe('ok');
  });

  it('refuses a read-only connection’s update: it reaches no document, client or storage', async () => {
    const ana = client({ name: 'Ana' });
    await waitForSync(ana);
    const raw = await rawSocket(server, boardId, { name: 'Olga', role: 'observer' });
    raw.ws.send(syncUpdateMessage(noteUpdate('sneaky')));
    await waitFor(() => raw.messages.some((m) => m[0] === MESSAGE_AUTH), 'the refusal');
    const refusal = decoding.createDecoder(raw.messages.find((m) => m[0] === MESSAGE_AUTH)!);
    decoding.readVarUint(refusal);
    expect(decoding.readVarUint(refusal)).toBe(0); // y-protocols auth: permission denied
    expect(decoding.readVarString(refusal)).toBe(REFUSAL_REASONS.readOnly);
    expect(raw.ws.readyState).toBe(raw.ws.OPEN);

    // A y-websocket observer that edits locally is refused the same way, and stays connected to read.
    const olga = client({ name: 'Olga', role: 'observer' });
    await waitForSync(olga);
    createItem(
      olga.doc,
      { type: 'sticky', x: 0, y: 0, text: 'also sneaky' },
      { userId: 'o', name: 'Olga' },
      createLocalOrigin('o'),
    );
    createItem(
      ana.doc,
      { type: 'sticky', x: 0, y: 0, text: 'legit' },
      { userId: 'ana', name: 'Ana' },
      createLocalOrigin('ana'),
    );
    await waitFor(() => texts(olga.doc).includes('legit'), 'Ana’s note at the observer');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(texts(ana.doc)).toEqual(['legit']);

    for (const c of clients.splice(0)) c.destroy();
    raw.ws.close();
    await server.close();
    server = await startTestServer(dataDir);
    const later = client({ name: 'Later' });
    await waitForSync(later);
    expect(texts(later.doc)).toEqual(['legit']);
  });

  it('ties presence to its connection and to the server’s identity', async () => {
    const ana = client({ name: 'Ana', role: 'participant' });
    const watcher = client({ name: 'Watcher' });
    await Promise.all([waitForSync(ana), waitForSync(watcher)]);
    ana.provider.awareness.setLocalStateField('cursor', { x: 1, y: 2 });
    const anaId = ana.doc.clientID;
    const stateOf = (id: number) =>
      watcher.provider.awareness.getStates().get(id) as PresenceState | undefined;
    await waitFor(() => stateOf(anaId)?.cursor?.x === 1, 'Ana’s cursor at the watcher');
    expect(stateOf(anaId)?.user).toMatchObject({ name: 'Ana', role: 'participant' });

    const raw = await rawSocket(server, boardId, { name: 'Mallory' });
    const forged = (entries: [number, number, unknown][]) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
      const inner = encoding.createEncoder();
      encoding.writeVarUint(inner, entries.length);
      for (const [id, clock, state] of entries) {
        encoding.writeVarUint(inner, id);
        encoding.writeVarUint(inner, clock);
        encoding.writeVarString(inner, JSON.stringify(state));
      }
      encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
      return encoding.toUint8Array(encoder);
    };
    // Move Ana's cursor, clear her presence, and pose as a facilitator named Ana.
    raw.ws.send(forged([[anaId, 999, { user: { name: 'Ana' }, cursor: { x: 666, y: 666 } }]]));
    raw.ws.send(forged([[anaId, 1000, null]]));
    raw.ws.send(
      forged([
        [4242, 1, { user: { name: 'Ana', role: 'facilitator', color: '#000' }, cursor: { x: 5, y: 5 } }],
      ]),
    );
    await waitFor(() => stateOf(4242) !== undefined, 'Mallory’s own presence');
    expect(stateOf(4242)?.user).toMatchObject({ name: 'Mallory', role: 'participant' });
    expect(stateOf(anaId)).toMatchObject({ user: { name: 'Ana' }, cursor: { x: 1, y: 2 } });

    raw.ws.close();
    await waitFor(() => stateOf(4242) === undefined, 'Mallory’s presence removed when she leaves');
  });

  it('closes with 4404 for an unknown board and 4401 without credentials', async () => {
    const unknown = await rawSocket(server, 'noSuchBoard123');
    expect((await unknown.closed).code).toBe(CLOSE_CODES.notFound);
    const anonymous = await rawSocket(server, boardId, null);
    expect((await anonymous.closed).code).toBe(CLOSE_CODES.unauthorized);
  });
});

describe('lifecycle', () => {
  it('unloads a board after its last client leaves, and serves it again after', async () => {
    const ana = client({ name: 'Ana' });
    await waitForSync(ana);
    createItem(
      ana.doc,
      { type: 'sticky', x: 0, y: 0, text: 'stays' },
      { userId: 'ana', name: 'Ana' },
      createLocalOrigin('ana'),
    );
    const openBoards = async () =>
      ((await (await fetch(`${server.url}/api/health`)).json()) as { openBoards: number }).openBoards;
    expect(await openBoards()).toBe(1);
    clients.splice(0).forEach((c) => c.destroy());
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await openBoards()).toBe(0);
    const ben = client({ name: 'Ben' });
    await waitFor(() => texts(ben.doc).includes('stays'), 'the note after a reload from storage');
  });

  it('closes sockets with 1012 on shutdown so clients reconnect', async () => {
    const raw = await rawSocket(server, boardId);
    await waitFor(() => raw.messages.length > 0, 'the server’s sync step 1');
    await server.close();
    expect((await raw.closed).code).toBe(CLOSE_CODES.serviceRestart);
    server = await startTestServer(dataDir);
  });
});
