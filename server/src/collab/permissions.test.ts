import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createItem,
  createLocalOrigin,
  deleteItems,
  getContainer,
  getItemsMap,
  MESSAGE_AWARENESS,
  MESSAGE_BALLOT,
  MESSAGE_PRIVATE,
  MESSAGE_SERVER_TIME,
  moveItems,
  PRIVATE_MESSAGE,
  setItemText,
  type BoardContainer,
  type Item,
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
import { syncUpdateMessage } from './messages.js';
import type { Room } from './room.js';

let dataDir: string;
let server: RunningServer;
let boardId: string;
let room: Room;
let facilitator: TestClient;
let victim: TestClient;
let victimNote: Item;
let lockedNote: Item;

const ATTACKERS: Who[] = [
  { name: 'Olga', role: 'observer' },
  { name: 'Eddy', role: 'expert', commentOnly: true },
  { name: 'Mallory', role: 'participant' },
];

/** A raw update made on a copy of the server's own document: no client code stands in between. */
function forge(change: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(room.doc));
  const before = Y.encodeStateVector(doc);
  change(doc);
  return syncUpdateMessage(Y.encodeStateAsUpdate(doc, before));
}

function wrap(...parts: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const part of parts) encoding.writeVarUint(encoder, part);
  return encoding.toUint8Array(encoder);
}

function presence(clientId: number, clock: number, state: unknown): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, 1);
  encoding.writeVarUint(inner, clientId);
  encoding.writeVarUint(inner, clock);
  encoding.writeVarString(inner, JSON.stringify(state));
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
  return encoding.toUint8Array(encoder);
}

const me = { userId: 'mallory', name: 'Mallory' };
const origin = createLocalOrigin('mallory');
const writeTo = (container: BoardContainer) => (doc: Y.Doc) => getContainer(doc, container).set('forged', 1);

/** What a role must not do to others' work, to locked items, to facilitator-only and server-only state. */
const WRITES: [string, (doc: Y.Doc) => void, Who['role'][]][] = [
  [
    'edit the victim’s note',
    (doc) => setItemText(doc, victimNote.id, 'defaced', origin),
    ['observer', 'expert'],
  ],
  ['delete the victim’s note', (doc) => deleteItems(doc, [victimNote.id], origin), ['observer', 'expert']],
  [
    'add a note',
    (doc) => void createItem(doc, { type: 'sticky', x: 0, y: 0, text: 'x' }, me, origin),
    ['observer', 'expert'],
  ],
  [
    'move a locked note',
    (doc) => moveItems(doc, [{ id: lockedNote.id, x: 999, y: 999 }], origin),
    ['observer', 'expert', 'participant'],
  ],
  [
    'delete a locked note',
    (doc) => deleteItems(doc, [lockedNote.id], origin),
    ['observer', 'expert', 'participant'],
  ],
  ['write session state', writeTo('session'), ['observer', 'expert', 'participant']],
  ['write board settings', writeTo('meta'), ['observer', 'expert', 'participant']],
  ['write votes', writeTo('votes'), ['observer', 'expert', 'participant']],
  ['write comments', writeTo('comments'), ['observer', 'expert', 'participant']],
  ['write reactions', writeTo('reactions'), ['observer', 'expert', 'participant']],
];

/**
 * Sends `messages` as `who`, then a clock request: the server handles a socket's messages in order, so
 * its answer (or the socket closing) means every attack before it was decided.
 */
async function attack(who: Who, messages: Uint8Array[]): Promise<void> {
  const raw = await rawSocket(server, boardId, who);
  for (const message of messages) raw.ws.send(message);
  raw.ws.send(wrap(MESSAGE_SERVER_TIME, 7));
  let closed = false;
  void raw.closed.then(() => (closed = true));
  await waitFor(
    () => closed || raw.messages.some((m) => m[0] === MESSAGE_SERVER_TIME),
    'the server’s answer',
  );
  raw.ws.close();
}

beforeAll(async () => {
  dataDir = tempDataDir();
  server = await startTestServer(dataDir);
  boardId = await createBoard(server);
  facilitator = connectClient(server, boardId, { name: 'Fien', role: 'facilitator' });
  victim = connectClient(server, boardId, { name: 'Vera', role: 'participant' });
  await Promise.all([waitForSync(facilitator), waitForSync(victim)]);
  room = (await server.rooms.loaded(boardId))!;
  const fien = { userId: 'fien', name: 'Fien' };
  lockedNote = createItem(
    facilitator.doc,
    { type: 'sticky', x: 1, y: 1, text: 'vast', locked: true },
    fien,
    createLocalOrigin('fien'),
  );
  victimNote = createItem(
    victim.doc,
    { type: 'sticky', x: 5, y: 5, text: 'mine' },
    { userId: 'vera', name: 'Vera' },
    createLocalOrigin('vera'),
  );
  victim.provider.awareness.setLocalStateField('cursor', { x: 1, y: 2 });
  await waitFor(
    () => getItemsMap(room.doc).has(victimNote.id) && getItemsMap(room.doc).has(lockedNote.id),
    'the setup at the server',
  );
  await waitFor(() => room.awareness.getStates().has(victim.doc.clientID), 'Vera’s presence at the server');
});

afterAll(async () => {
  facilitator.destroy();
  victim.destroy();
  await server.close();
  removeDir(dataDir);
});

describe('forged raw updates and messages, by role', () => {
  it('0 of N succeed, and the victim’s later edits still apply', async () => {
    let attempts = 0;
    const succeeded: string[] = [];
    const victimId = victim.doc.clientID;
    const victimPresence = () => JSON.stringify(room.awareness.getStates().get(victimId));
    for (const who of ATTACKERS) {
      for (const [name, change, forbiddenFor] of WRITES) {
        if (!forbiddenFor.includes(who.role)) continue;
        const before = Y.encodeStateVector(room.doc);
        await attack(who, [forge(change)]);
        attempts++;
        if (!equal(before, Y.encodeStateVector(room.doc))) succeeded.push(`${who.role}: ${name}`);
      }
      const presenceBefore = victimPresence();
      const stateBefore = Y.encodeStateVector(room.doc);
      await attack(who, [
        // Move the victim's cursor, then make her vanish.
        presence(victimId, 10_000, { user: { name: 'Vera' }, cursor: { x: 666, y: 666 } }),
        presence(victimId, 10_001, null),
      ]);
      // Reveal everyone's private notes (facilitators only), then a ballot as if from the server.
      await attack(who, [wrap(MESSAGE_PRIVATE, PRIVATE_MESSAGE.reveal, 0)]);
      await attack(who, [wrap(MESSAGE_BALLOT, 0)]);
      attempts += 3;
      if (victimPresence() !== presenceBefore) succeeded.push(`${who.role}: spoof presence`);
      if (!equal(stateBefore, Y.encodeStateVector(room.doc))) succeeded.push(`${who.role}: reveal or ballot`);
    }
    expect(attempts).toBeGreaterThanOrEqual(30);
    expect(succeeded, `${succeeded.length} of ${attempts} forged attempts succeeded`).toEqual([]);

    // The victim was never disturbed: her next edits reach the server and everyone else.
    setItemText(victim.doc, victimNote.id, 'still mine', createLocalOrigin('vera'));
    const later = createItem(
      victim.doc,
      { type: 'sticky', x: 9, y: 9, text: 'later' },
      { userId: 'vera', name: 'Vera' },
      createLocalOrigin('vera'),
    );
    await waitFor(
      () => getItemsMap(facilitator.doc).has(later.id) && getItemsMap(room.doc).has(later.id),
      'the victim’s later edits everywhere',
    );
    expect(victim.provider.wsconnected).toBe(true);
  });
});

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
