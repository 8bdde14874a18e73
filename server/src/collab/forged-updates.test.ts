import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import {
  createItem,
  createLocalOrigin,
  deleteItems,
  getContainer,
  getItemsMap,
  MESSAGE_AUTH,
  MESSAGE_SYNC,
  moveItems,
  readItems,
  REFUSAL_REASONS,
  setItemText,
  updateItems,
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

let dataDir: string;
let server: RunningServer;
let boardId: string;
let facilitator: TestClient;
const origin = createLocalOrigin('forger');
const author = { userId: 'forger', name: 'Forger' };
let lockedNote: Item;
let lockedFrame: Item;
let openNote: Item;

const FACILITATOR: Who = { name: 'Fien', role: 'facilitator' };
const PARTICIPANT: Who = { name: 'Pieter', role: 'participant' };

function syncUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

function refusalReason(message: Uint8Array): string | undefined {
  if (message[0] !== MESSAGE_AUTH) return undefined;
  const decoder = decoding.createDecoder(message);
  decoding.readVarUint(decoder);
  decoding.readVarUint(decoder);
  return decoding.readVarString(decoder);
}

/** The server's current document, read by a fresh client that syncs and leaves. */
async function serverState(): Promise<Y.Doc> {
  const probe = connectClient(server, boardId, { name: 'Probe', role: 'observer' });
  await waitForSync(probe);
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(probe.doc));
  probe.destroy();
  return copy;
}

/** An update made by a hand-built doc holding the server's state: no client code stands in between. */
async function forge(change: (doc: Y.Doc) => void): Promise<Uint8Array> {
  const doc = await serverState();
  const before = Y.encodeStateVector(doc);
  change(doc);
  return Y.encodeStateAsUpdate(doc, before);
}

/**
 * Sends `update` as `who` on a raw socket and reports the server's answer: the refusal reason, or
 * `accepted` once the facilitator's live client has the change.
 */
async function send(who: Who, update: Uint8Array, applied: (doc: Y.Doc) => boolean): Promise<string> {
  const raw = await rawSocket(server, boardId, who);
  try {
    raw.ws.send(syncUpdateMessage(update));
    let answer: string | undefined;
    await waitFor(() => {
      answer = raw.messages.map(refusalReason).find((reason) => reason !== undefined);
      if (answer === undefined && applied(facilitator.doc)) answer = 'accepted';
      return answer !== undefined;
    }, 'the server’s answer');
    return answer!;
  } finally {
    raw.ws.close();
  }
}

const item = (doc: Y.Doc, id: string) => readItems(doc).items.find((it) => it.id === id);

beforeAll(async () => {
  dataDir = tempDataDir();
  server = await startTestServer(dataDir);
  boardId = await createBoard(server);
  facilitator = connectClient(server, boardId, FACILITATOR);
  await waitForSync(facilitator);
  const fac = createLocalOrigin('fien');
  const fien = { userId: 'fien', name: 'Fien' };
  lockedFrame = createItem(
    facilitator.doc,
    { type: 'frame', x: 0, y: 0, title: 'Stap 1', locked: true },
    fien,
    fac,
  );
  lockedNote = createItem(
    facilitator.doc,
    { type: 'sticky', x: 10, y: 10, text: 'vast', locked: true },
    fien,
    fac,
  );
  openNote = createItem(facilitator.doc, { type: 'sticky', x: 400, y: 10, text: 'open' }, fien, fac);
  await waitFor(() => readItems(facilitator.doc).items.length === 3, 'the setup');
  // A fresh look each time: the facilitator's updates may still be on their way to the server.
  for (let attempt = 0; (await serverItemCount()) < 3; attempt++) {
    if (attempt > 50) throw new Error('the setup never reached the server');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
});

async function serverItemCount(): Promise<number> {
  const state = await serverState();
  const count = readItems(state).items.length;
  state.destroy();
  return count;
}

afterAll(async () => {
  facilitator.destroy();
  await server.close();
  removeDir(dataDir);
});

const CONTAINER_CASES: { container: BoardContainer; facilitator: string; participant: string }[] = [
  { container: 'session', facilitator: 'accepted', participant: REFUSAL_REASONS.facilitatorOnly },
  { container: 'meta', facilitator: 'accepted', participant: REFUSAL_REASONS.facilitatorOnly },
  { container: 'votes', facilitator: REFUSAL_REASONS.serverOnly, participant: REFUSAL_REASONS.serverOnly },
  { container: 'comments', facilitator: REFUSAL_REASONS.serverOnly, participant: REFUSAL_REASONS.serverOnly },
  {
    container: 'reactions',
    facilitator: REFUSAL_REASONS.serverOnly,
    participant: REFUSAL_REASONS.serverOnly,
  },
];

describe('forged updates against facilitator-only and server-only state', () => {
  it.each(CONTAINER_CASES)('$container: participant $participant, facilitator $facilitator', async (c) => {
    for (const [who, expected] of [
      [PARTICIPANT, c.participant],
      [FACILITATOR, c.facilitator],
    ] as const) {
      const key = `${who.name}-${c.container}`;
      const update = await forge((doc) => getContainer(doc, c.container).set(key, { status: 'running' }));
      expect(await send(who, update, (doc) => getContainer(doc, c.container).has(key))).toBe(expected);
      const state = await serverState();
      expect(getContainer(state, c.container).has(key)).toBe(expected === 'accepted');
    }
  });

  it('refuses a container replaced in the root map, whoever sends it', async () => {
    const update = await forge((doc) => doc.getMap('board').set('session', new Y.Map()));
    expect(await send(FACILITATOR, update, () => false)).toBe(REFUSAL_REASONS.invalidUpdate);
    expect(await send(PARTICIPANT, update, () => false)).toBe(REFUSAL_REASONS.invalidUpdate);
  });
});

describe('forged updates against locked items', () => {
  const attacks: { name: string; change: (doc: Y.Doc) => void; landed: (doc: Y.Doc) => boolean }[] = [
    {
      name: 'move the locked frame',
      change: (doc) => getItemsMap(doc).get(lockedFrame.id)!.set('x', 999),
      landed: (doc) => item(doc, lockedFrame.id)?.x === 999,
    },
    {
      name: 'edit the locked note’s text',
      change: (doc) => (getItemsMap(doc).get(lockedNote.id)!.get('text') as Y.Text).insert(0, 'weg '),
      landed: (doc) => (item(doc, lockedNote.id) as { text?: string } | undefined)?.text === 'weg vast',
    },
    {
      name: 'delete the locked note',
      change: (doc) => getItemsMap(doc).delete(lockedNote.id),
      landed: (doc) => item(doc, lockedNote.id) === undefined,
    },
    {
      name: 'unlock the locked note',
      change: (doc) => getItemsMap(doc).get(lockedNote.id)!.set('locked', false),
      landed: (doc) => item(doc, lockedNote.id)?.locked === false,
    },
    {
      name: 'lock the open note',
      change: (doc) =>
        updateItems(doc, [{ id: openNote.id, patch: { locked: true } }], origin, { unlockedOnly: false }),
      landed: (doc) => item(doc, openNote.id)?.locked === true,
    },
    {
      name: 'replace the locked frame with a new map',
      change: (doc) => getItemsMap(doc).set(lockedFrame.id, new Y.Map()),
      landed: (doc) => item(doc, lockedFrame.id) === undefined,
    },
  ];

  it.each(attacks)('a participant cannot $name; a sneaked-in valid change goes with it', async (attack) => {
    const update = await forge((doc) =>
      doc.transact(() => {
        attack.change(doc);
        moveItems(doc, [{ id: openNote.id, x: 401, y: 11 }], origin);
      }),
    );
    expect(await send(PARTICIPANT, update, attack.landed)).toBe(REFUSAL_REASONS.locked);
    const state = await serverState();
    expect(attack.landed(state)).toBe(false);
    expect(item(state, openNote.id)?.x).toBe(400);
  });

  it('the facilitator can do each of these', async () => {
    for (const attack of attacks.slice(0, 2)) {
      const update = await forge(attack.change);
      expect(await send(FACILITATOR, update, attack.landed)).toBe('accepted');
    }
    const relock = await forge((doc) =>
      updateItems(doc, [{ id: openNote.id, patch: { locked: true } }], origin, { unlockedOnly: false }),
    );
    expect(await send(FACILITATOR, relock, (doc) => item(doc, openNote.id)?.locked === true)).toBe(
      'accepted',
    );
    const unlock = await forge((doc) =>
      updateItems(doc, [{ id: openNote.id, patch: { locked: false } }], origin, { unlockedOnly: false }),
    );
    expect(await send(FACILITATOR, unlock, (doc) => item(doc, openNote.id)?.locked === false)).toBe(
      'accepted',
    );
  });

  it('a participant still adds notes inside a locked frame and edits unlocked ones', async () => {
    let created = '';
    const update = await forge((doc) => {
      created = createItem(
        doc,
        { type: 'sticky', x: 20, y: 20, parentId: lockedFrame.id, text: 'idee' },
        author,
        origin,
      ).id;
      setItemText(doc, openNote.id, 'open en bewerkt', origin);
    });
    expect(await send(PARTICIPANT, update, (doc) => item(doc, created) !== undefined)).toBe('accepted');
    const state = await serverState();
    expect((item(state, openNote.id) as { text?: string }).text).toBe('open en bewerkt');
    const gone = await forge((doc) => deleteItems(doc, [created], origin));
    expect(await send(PARTICIPANT, gone, (doc) => item(doc, created) === undefined)).toBe('accepted');
  });

  it('a participant cannot create an item that is locked from the start', async () => {
    let id = '';
    const update = await forge((doc) => {
      id = createItem(doc, { type: 'sticky', x: 0, y: 0, locked: true }, author, origin).id;
    });
    expect(await send(PARTICIPANT, update, (doc) => item(doc, id) !== undefined)).toBe(
      REFUSAL_REASONS.locked,
    );
  });

  it('refuses bytes that name no known parent, and keeps serving others afterwards', async () => {
    const stranger = new Y.Doc();
    stranger.getMap('board').set('x', 1);
    const first = Y.encodeStateAsUpdate(stranger);
    const before = Y.encodeStateVector(stranger);
    stranger.getMap('board').set('x', 2);
    const second = Y.encodeStateAsUpdate(stranger, before);
    expect(first.length).toBeGreaterThan(0);
    expect(await send(PARTICIPANT, second, () => false)).toBe(REFUSAL_REASONS.invalidUpdate);
    // The victim of each attempt, the facilitator, keeps working on the board as before.
    updateItems(facilitator.doc, [{ id: lockedNote.id, patch: { x: 77 } }], createLocalOrigin('fien'), {
      unlockedOnly: false,
    });
    const later = connectClient(server, boardId, PARTICIPANT);
    await waitForSync(later);
    await waitFor(
      () => item(later.doc, lockedNote.id)?.x === 77,
      'the facilitator’s later move at a participant',
    );
    later.destroy();
  });
});
