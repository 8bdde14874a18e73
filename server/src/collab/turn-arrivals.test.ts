import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { createItem, createLocalOrigin, getItemsMap, isBoardDoc, MESSAGE_SYNC } from '@werkplaats/shared';
import type { RunningServer } from '../server.js';
import {
  connectClient,
  createBoard,
  rawSocket,
  removeDir,
  sleep,
  startTestServer,
  storedRows,
  tempDataDir,
  waitFor,
  waitForSync,
  type TestClient,
} from '../server.test-helpers.js';
import { SqliteBoardStore } from '../storage/sqlite/sqlite-board-store.js';

/** Our SQLite store, whose appends can be held back to see what the room sends before they are stored. */
class HeldStore extends SqliteBoardStore {
  private held: (() => void)[] | undefined;

  hold(): void {
    this.held = [];
  }

  get waiting(): number {
    return this.held?.length ?? 0;
  }

  release(): void {
    const waiting = this.held ?? [];
    this.held = undefined;
    for (const resume of waiting) resume();
  }

  override async appendUpdate(id: string, update: Uint8Array): Promise<number> {
    const held = this.held;
    if (held) await new Promise<void>((resume) => held.push(resume));
    return super.appendUpdate(id, update);
  }
}

let dataDir: string;
let server: RunningServer;
let store: HeldStore;
let boardId: string;
const clients: TestClient[] = [];

async function start(): Promise<void> {
  dataDir = tempDataDir();
  store = new HeldStore(dataDir);
  server = await startTestServer(dataDir, {}, { store });
  boardId = await createBoard(server);
}

afterEach(async () => {
  // A failed test may leave appends held; closing waits for them to be stored.
  store.release();
  for (const c of clients.splice(0)) c.destroy();
  await server.close();
  removeDir(dataDir);
});

/**
 * A peer that records every sync message the server sends it and applies them in arrival order to a
 * document of its own, noting whether any of them needed a later one (Yjs then holds structs pending).
 */
async function reader(name: string) {
  const socket = await rawSocket(server, boardId, { name });
  const doc = new Y.Doc();
  const updateMessages: Uint8Array[] = [];
  let synced = false;
  let outOfOrder = false;
  socket.ws.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return;
    const type = syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), doc, 'server');
    // Before the answer to its step 1, a peer joining a cold board is sent the stored board as updates.
    if (type === syncProtocol.messageYjsSyncStep2) synced = true;
    else if (type === syncProtocol.messageYjsUpdate && synced) updateMessages.push(new Uint8Array(data));
    if (doc.store.pendingStructs !== null) outOfOrder = true;
  });
  // Ask for the whole board, then wait for it: from then on this socket is one of the room's peers.
  const step1 = encoding.createEncoder();
  encoding.writeVarUint(step1, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(step1, doc);
  socket.ws.send(encoding.toUint8Array(step1));
  await waitFor(() => synced && isBoardDoc(doc), `${name}'s copy of the board`);
  return {
    ...socket,
    doc,
    updateMessages,
    get outOfOrder() {
      return outOfOrder;
    },
    notes: () => getItemsMap(doc).size,
  };
}

/** A peer that writes `count` notes and sends them back to back from one raw socket. */
async function burstOfNotes(count: number, name = 'Ana'): Promise<void> {
  const writer = await reader(name);
  const before = Y.encodeStateVector(writer.doc);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(writer.doc));
  const origin = createLocalOrigin(name);
  const messages: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => {
    const message = encoding.createEncoder();
    encoding.writeVarUint(message, MESSAGE_SYNC);
    syncProtocol.writeUpdate(message, update);
    messages.push(encoding.toUint8Array(message));
  });
  for (let i = 0; i < count; i++) {
    createItem(
      doc,
      { type: 'sticky', x: i * 10, y: 0, text: `${name} ${i}` },
      { userId: name, name },
      origin,
    );
  }
  expect(Y.encodeStateAsUpdate(doc, before).length).toBeGreaterThan(2);
  for (const message of messages) writer.ws.send(message);
}

describe('applying the updates that arrive in one turn together', () => {
  it('stores and sends them as one update, which applies in order', async () => {
    await start();
    const ben = await reader('Ben');
    const cas = await reader('Cas');
    await reader('Ana');
    const room = (await server.rooms.loaded(boardId))!;
    const ana = [...room.peers].find((peer) => peer.identity.name === 'Ana')!;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(room.doc));
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    for (let i = 0; i < 30; i++) {
      createItem(
        doc,
        { type: 'sticky', x: i * 10, y: 0, text: `Ana ${i}` },
        { userId: 'a', name: 'Ana' },
        createLocalOrigin('a'),
      );
    }
    const before = storedRows(dataDir, boardId).updates;
    // Handed to the room within one turn, as a busy board's sockets are read.
    for (const update of updates) room.receiveUpdate(ana, update);
    await waitFor(() => ben.notes() === 30 && cas.notes() === 30, 'all 30 notes at both readers');
    await sleep(50);
    expect(storedRows(dataDir, boardId).updates).toBe(before + 1);
    for (const peer of [ben, cas]) {
      expect(peer.outOfOrder).toBe(false);
      expect(peer.updateMessages).toHaveLength(1);
    }
  });

  it('sends nothing that is not stored yet, and everything once it is', async () => {
    await start();
    const ben = await reader('Ben');
    const before = storedRows(dataDir, boardId).updates;
    store.hold();
    await burstOfNotes(10);
    await sleep(200);
    expect(ben.updateMessages).toHaveLength(0);
    expect(storedRows(dataDir, boardId).updates).toBe(before);
    store.release();
    await waitFor(() => ben.notes() === 10, 'the 10 notes once stored');
    expect(storedRows(dataDir, boardId).updates).toBeGreaterThan(before);
    expect(ben.outOfOrder).toBe(false);
  });

  it('carries on for everyone else when a peer goes away in the middle of a batch', async () => {
    await start();
    const ben = await reader('Ben');
    const gone = await reader('Gone');
    store.hold();
    await burstOfNotes(20);
    await sleep(100);
    store.release();
    // The server learns of the dropped socket only when it writes to it: that write fails alone.
    gone.ws.terminate();
    await waitFor(() => ben.notes() === 20, 'the 20 notes at the remaining reader');
    await burstOfNotes(5, 'Dirk');
    await waitFor(() => ben.notes() === 25, 'later notes at the remaining reader');
    const late = connectClient(server, boardId, { name: 'Eva' });
    clients.push(late);
    await waitForSync(late);
    await waitFor(() => getItemsMap(late.doc).size === 25, 'every note at a client joining after');
  });

  it('leaves a writer out of a turn made only of its own updates', async () => {
    await start();
    const ben = await reader('Ben');
    const ana = await rawSocket(server, boardId, { name: 'Ana' });
    const received: Uint8Array[] = [];
    ana.ws.on('message', (data: Buffer) => received.push(new Uint8Array(data)));
    await waitFor(() => received.length > 0, 'the server greeting Ana');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(ben.doc));
    const before = Y.encodeStateVector(doc);
    createItem(
      doc,
      { type: 'sticky', x: 0, y: 0, text: 'mine' },
      { userId: 'a', name: 'Ana' },
      createLocalOrigin('a'),
    );
    const message = encoding.createEncoder();
    encoding.writeVarUint(message, MESSAGE_SYNC);
    syncProtocol.writeUpdate(message, Y.encodeStateAsUpdate(doc, before));
    received.length = 0;
    ana.ws.send(encoding.toUint8Array(message));
    await waitFor(() => ben.notes() === 1, 'Ana’s note at Ben');
    await sleep(50);
    const updatesToAna = received.filter((data) => {
      const decoder = decoding.createDecoder(data);
      return (
        decoding.readVarUint(decoder) === MESSAGE_SYNC &&
        decoding.readVarUint(decoder) === syncProtocol.messageYjsUpdate
      );
    });
    expect(updatesToAna).toHaveLength(0);
  });
});
