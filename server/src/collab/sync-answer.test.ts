import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import {
  createItems,
  createLocalOrigin,
  getItemsMap,
  isBoardDoc,
  MESSAGE_SYNC,
  moveItems,
} from '@werkplaats/shared';
import type { RunningServer } from '../server.js';
import {
  connectClient,
  createBoard,
  rawSocket,
  removeDir,
  sleep,
  startTestServer,
  tempDataDir,
  waitFor,
  waitForSync,
  type TestClient,
} from '../server.test-helpers.js';
import { hasPendingUpdates } from './integrated-state.js';

let dataDir: string;
let server: RunningServer;
const clients: TestClient[] = [];

beforeEach(async () => {
  dataDir = tempDataDir();
  // Compacting every few updates makes the stored parts be replaced by snapshots while peers join.
  server = await startTestServer(dataDir, { compactAfterUpdates: 10 });
});

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await server.close();
  removeDir(dataDir);
});

/** The sync messages a raw socket received, in order: kind and the update or state vector carried. */
function syncMessages(messages: readonly Uint8Array[]): { type: number; payload: Uint8Array }[] {
  return messages.flatMap((message) => {
    const decoder = decoding.createDecoder(message);
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return [];
    const type = decoding.readVarUint(decoder);
    return [{ type, payload: decoding.readVarUint8Array(decoder) }];
  });
}

function step1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

/** A joiner that starts from `known` (a copy of what it already holds) and only reads. */
async function join(boardId: string, known: Uint8Array | undefined, name: string) {
  const doc = new Y.Doc();
  if (known) Y.applyUpdate(doc, known);
  const socket = await rawSocket(server, boardId, { name });
  socket.ws.send(step1(doc));
  return { doc, socket };
}

describe('answers to sync step 1', () => {
  it('never leave out an update stored while peers join, whatever they hold, under concurrent writes and compactions', async () => {
    const boardId = await createBoard(server);
    const writers = ['Ana', 'Bo', 'Cas'].map((name) => connectClient(server, boardId, { name }));
    clients.push(...writers);
    await Promise.all(writers.map(waitForSync));

    let writing = true;
    const writes = writers.map(async (writer, w) => {
      const origin = createLocalOrigin(`writer-${w}`);
      const author = { userId: `writer-${w}`, name: `Writer ${w}` };
      for (let n = 0; writing; n++) {
        // One update per step, below the server's rate limit, so nothing waits unread at the end.
        writer.doc.transact(() => {
          const note = { type: 'sticky' as const, x: n, y: w, text: `${w}-${n}` };
          const [item] = createItems(writer.doc, [note], author, origin);
          moveItems(writer.doc, [{ id: item!.id, x: n + 1, y: w + 1 }], origin);
        }, origin);
        await sleep(8 + (n % 3));
      }
    });
    const joiners = [];
    for (let i = 0; i < 24; i++) {
      // Every other joiner already holds what the first writer has now, so its answer is a diff.
      const known = i % 2 === 1 ? Y.encodeStateAsUpdate(writers[0]!.doc) : undefined;
      joiners.push(await join(boardId, known, `Joiner ${i}`));
      await sleep(15);
    }
    writing = false;
    await Promise.all(writes);

    const expected = () => Y.encodeStateVector(writers[0]!.doc);
    await waitFor(
      () => writers.every((writer) => Buffer.from(Y.encodeStateVector(writer.doc)).equals(expected())),
      'the writers to converge',
    );
    const items = getItemsMap(writers[0]!.doc).size;
    expect(items).toBeGreaterThan(30);
    for (const { doc, socket } of joiners) {
      // The joiner applies what it received, in order, as a client would.
      let applied = 0;
      await waitFor(
        () => {
          const received = syncMessages(socket.messages);
          for (const { type, payload } of received.slice(applied)) {
            if (type !== syncProtocol.messageYjsSyncStep1) Y.applyUpdate(doc, payload);
          }
          applied = received.length;
          return !hasPendingUpdates(doc) && isBoardDoc(doc) && getItemsMap(doc).size === items;
        },
        'every update at every joiner',
        5_000,
      );
      expect(syncMessages(socket.messages).some((m) => m.type === syncProtocol.messageYjsSyncStep2)).toBe(
        true,
      );
      expect(Y.encodeStateVector(doc)).toEqual(expected());
      socket.ws.close();
    }
  }, 40_000);

  it('send a new peer the board as stored, then an empty step 2, and a peer holding most of it only what it lacks', async () => {
    const boardId = await createBoard(server);
    const writer = connectClient(server, boardId, { name: 'Ana' });
    clients.push(writer);
    await waitForSync(writer);
    const author = { userId: 'ana', name: 'Ana' };
    for (let i = 0; i < 40; i++) {
      createItems(
        writer.doc,
        [{ type: 'sticky', x: i, y: 0, text: `n${i}` }],
        author,
        createLocalOrigin('ana'),
      );
    }
    const watcher = connectClient(server, boardId, { name: 'Watcher' });
    clients.push(watcher);
    await waitFor(() => isBoardDoc(watcher.doc) && getItemsMap(watcher.doc).size === 40, 'the notes stored');

    const fresh = await join(boardId, undefined, 'New');
    const isAnswer = (m: { type: number }) => m.type === syncProtocol.messageYjsSyncStep2;
    await waitFor(() => syncMessages(fresh.socket.messages).some(isAnswer), 'the answer to a new peer');
    const received = syncMessages(fresh.socket.messages);
    const answerAt = received.findIndex(isAnswer);
    expect(received[answerAt]!.payload).toEqual(Y.mergeUpdates([]));
    const stored = received.slice(0, answerAt).filter((m) => m.type === syncProtocol.messageYjsUpdate);
    expect(stored.length).toBeGreaterThan(0);
    for (const { payload } of stored) Y.applyUpdate(fresh.doc, payload);
    expect(getItemsMap(fresh.doc).size).toBe(40);

    const known = Y.encodeStateAsUpdate(writer.doc);
    createItems(writer.doc, [{ type: 'sticky', x: 0, y: 1, text: 'late' }], author, createLocalOrigin('ana'));
    await waitFor(() => getItemsMap(watcher.doc).size === 41, 'the late note stored');
    const returning = await join(boardId, known, 'Returning');
    await waitFor(
      () => syncMessages(returning.socket.messages).some(isAnswer),
      'the answer to a returning peer',
    );
    const answer = syncMessages(returning.socket.messages).find(isAnswer)!;
    expect(answer.payload.byteLength).toBeLessThan(known.byteLength / 4);
    Y.applyUpdate(returning.doc, answer.payload);
    expect(getItemsMap(returning.doc).size).toBe(41);
    fresh.socket.ws.close();
    returning.socket.ws.close();
  });
});
