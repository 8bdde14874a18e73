import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { createItems, createLocalOrigin, getItemsMap, isBoardDoc, MESSAGE_SYNC } from '@werkplaats/shared';
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

const GRACE_MS = 50;
const NOTES = 100;
let dataDir: string;
let server: RunningServer;
const clients: TestClient[] = [];

function client(boardId: string, name: string): TestClient {
  const c = connectClient(server, boardId, { name });
  clients.push(c);
  return c;
}

async function openBoards(): Promise<number> {
  return ((await (await fetch(`${server.url}/api/health`)).json()) as { openBoards: number }).openBoards;
}

/** A stored board of `NOTES` notes, out of memory. */
async function storedBoard(): Promise<string> {
  const boardId = await createBoard(server);
  const writer = client(boardId, 'Writer');
  await waitForSync(writer);
  const notes = Array.from({ length: NOTES }, (_, i) => ({
    type: 'sticky' as const,
    x: i,
    y: 0,
    text: `n${i}`,
  }));
  createItems(writer.doc, notes, { userId: 'writer', name: 'Writer' }, createLocalOrigin('writer'));
  const watcher = client(boardId, 'Watcher');
  await waitFor(() => isBoardDoc(watcher.doc) && getItemsMap(watcher.doc).size === NOTES, 'the notes stored');
  for (const c of clients.splice(0)) c.destroy();
  await sleep(GRACE_MS);
  for (let i = 0; i < 100 && (await openBoards()) > 0; i++) await sleep(20);
  expect(await openBoards()).toBe(0);
  return boardId;
}

/** Sync type and payload of a y-websocket sync message, or undefined for other messages. */
function syncPayload(message: Uint8Array): { type: number; update: Uint8Array } | undefined {
  const decoder = decoding.createDecoder(message);
  if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return undefined;
  const type = decoding.readVarUint(decoder);
  return {
    type,
    update:
      type === syncProtocol.messageYjsSyncStep1 ? new Uint8Array() : decoding.readVarUint8Array(decoder),
  };
}

beforeEach(async () => {
  dataDir = tempDataDir();
  server = await startTestServer(dataDir, { unloadGraceMs: GRACE_MS });
});

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await server.close();
  removeDir(dataDir);
});

describe('first sync', () => {
  it('sends a cold board as stored before its first sync, then answers the step 1 with only what the client still lacks', async () => {
    const boardId = await storedBoard();
    const visitor = await rawSocket(server, boardId);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(encoder, new Y.Doc());
    visitor.ws.send(encoding.toUint8Array(encoder));
    const syncs = () => visitor.messages.map(syncPayload).filter((sync) => sync !== undefined);
    const isAnswer = (sync: { type: number }) => sync.type === syncProtocol.messageYjsSyncStep2;
    await waitFor(() => syncs().some(isAnswer), 'the answer to step 1');

    const answerAt = syncs().findIndex(isAnswer);
    const stored = syncs()
      .slice(0, answerAt)
      .filter((sync) => sync.type === syncProtocol.messageYjsUpdate);
    const answer = syncs()[answerAt]!;
    const doc = new Y.Doc();
    for (const sync of stored) Y.applyUpdate(doc, sync.update);
    expect(getItemsMap(doc).size).toBe(NOTES);
    // Everything the answer holds was already in the stored board: applying it changes nothing.
    const storedBytes = stored.reduce((sum, sync) => sum + sync.update.byteLength, 0);
    expect(answer.update.byteLength).toBeLessThan(storedBytes / 20);
    const before = Y.encodeStateVector(doc);
    Y.applyUpdate(doc, answer.update);
    expect(Y.encodeStateVector(doc)).toEqual(before);
    visitor.ws.close();
  });

  it('gives a client joining a loaded board the whole board', async () => {
    const boardId = await storedBoard();
    const first = client(boardId, 'First');
    const second = client(boardId, 'Second');
    await Promise.all([waitForSync(first), waitForSync(second)]);
    const third = client(boardId, 'Third');
    await waitFor(
      () => isBoardDoc(third.doc) && getItemsMap(third.doc).size === NOTES,
      'the board at a late joiner',
    );
    expect(getItemsMap(first.doc).size).toBe(NOTES);
    expect(getItemsMap(second.doc).size).toBe(NOTES);
  });

  it('sends presence that changes within a frame as one message with the latest state', async () => {
    const boardId = await createBoard(server);
    const ana = client(boardId, 'Ana');
    const watcher = client(boardId, 'Watcher');
    await Promise.all([waitForSync(ana), waitForSync(watcher)]);
    const anaId = ana.doc.clientID;
    await waitFor(() => watcher.provider.awareness.getStates().has(anaId), "Ana's presence at the watcher");
    let messages = 0;
    watcher.provider.awareness.on('update', (change: { updated: number[] }) => {
      if (change.updated.includes(anaId)) messages++;
    });
    for (let x = 1; x <= 20; x++) ana.provider.awareness.setLocalStateField('cursor', { x, y: 0 });
    const cursorAtWatcher = () =>
      (watcher.provider.awareness.getStates().get(anaId) as { cursor?: { x: number } } | undefined)?.cursor
        ?.x;
    await waitFor(() => cursorAtWatcher() === 20, 'the last cursor at the watcher');
    expect(messages).toBeLessThanOrEqual(10);
  });
});
