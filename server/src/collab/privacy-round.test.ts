import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import {
  addPrivateNote,
  createItem,
  createLocalOrigin,
  getItemsMap,
  MESSAGE_BALLOT,
  MESSAGE_PRIVATE,
  MESSAGE_SYNC,
  PRIVATE_MESSAGE,
  readItems,
  readSessionState,
  readVoteRecords,
  setPrivateMode,
  type VoteRecord,
} from '@werkplaats/shared';
import type { RunningServer } from '../server.js';
import {
  api,
  connectClient,
  cookieFor,
  createBoard,
  facilitatorCookie,
  rawSocket,
  removeDir,
  startTestServer,
  tempDataDir,
  waitFor,
  waitForSync,
  type TestClient,
} from '../server.test-helpers.js';
import { syncStep1Message } from './messages.js';

type Raw = Awaited<ReturnType<typeof rawSocket>>;

let dataDir: string;
let server: RunningServer;
let boardId: string;
let facilitator: TestClient;
const notes: string[] = [];

function privateSync(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_PRIVATE);
  encoding.writeVarUint(encoder, PRIVATE_MESSAGE.sync);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** Every byte a socket received, in one buffer. */
const bytesOf = (raw: Raw) => Buffer.concat(raw.messages.map((m) => Buffer.from(m)));

function replay(messages: readonly Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const message of messages) {
    const decoder = decoding.createDecoder(message);
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) continue;
    syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), doc, 'replay');
  }
  return doc;
}

beforeAll(async () => {
  dataDir = tempDataDir();
  server = await startTestServer(dataDir);
  boardId = await createBoard(server, 'Privacy');
  facilitator = connectClient(server, boardId, { name: 'Fien', role: 'facilitator' });
  await waitForSync(facilitator);
  const author = { userId: 'fien', name: 'Fien' };
  for (const x of [0, 200, 400]) {
    notes.push(
      createItem(
        facilitator.doc,
        { type: 'sticky', x, y: 0, text: `idea ${x}` },
        author,
        createLocalOrigin('fien'),
      ).id,
    );
  }
  const room = (await server.rooms.loaded(boardId))!;
  await waitFor(() => notes.every((id) => getItemsMap(room.doc).has(id)), 'the notes on the server');
});

afterAll(async () => {
  facilitator.destroy();
  await server.close();
  removeDir(dataDir);
});

describe('one round with private mode and a vote at once', () => {
  it('sends a participant 0 hidden notes and 0 other ballots before reveal, in every byte of the round', async () => {
    // Cas watches the whole round as a participant client would: board sync and private sync.
    const cas = await rawSocket(server, boardId, { name: 'Cas' });
    cas.ws.send(syncStep1Message(new Y.Doc()));
    cas.ws.send(privateSync((e) => syncProtocol.writeSyncStep1(e, new Y.Doc())));

    setPrivateMode(facilitator.doc, { anonymous: false, since: Date.now() }, createLocalOrigin('fien'));
    const room = (await server.rooms.loaded(boardId))!;
    await waitFor(() => readSessionState(room.doc).private !== undefined, 'private mode on at the server');
    const fien = await facilitatorCookie(server);
    const started = await api(server.url, 'POST', `/api/boards/${boardId}/votes`, {
      cookie: fien,
      body: { title: 'Round', budget: 3, maxPerItem: 2 },
    });
    expect(started.status).toBe(201);
    const vote = (await started.json()) as VoteRecord;

    // Ann writes a hidden note; Pieter places his dots, with a second tab open that is told his ballot.
    const ann = await rawSocket(server, boardId, { name: 'Ann' });
    ann.ws.send(privateSync((e) => syncProtocol.writeSyncStep1(e, new Y.Doc())));
    const hiddenText = 'hidden-ann-5e1d';
    const hidden = new Y.Doc();
    const hiddenId = addPrivateNote(
      hidden,
      { x: 9, y: 9, text: hiddenText },
      { userId: 'ann', name: 'Ann' },
      createLocalOrigin('ann'),
    ).id;
    ann.ws.send(privateSync((e) => syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(hidden))));
    const pieter = await cookieFor(server, boardId, { name: 'Pieter' });
    const pieterTab = await rawSocket(server, boardId, { name: 'Pieter' });
    const pieterId = (
      (await (await api(server.url, 'GET', `/api/boards/${boardId}/access`, { cookie: pieter })).json()) as {
        user: { id: string };
      }
    ).user.id;
    for (const item of [notes[1]!, notes[1]!, notes[2]!]) {
      const placed = await api(server.url, 'POST', `/api/boards/${boardId}/votes/dots`, {
        cookie: pieter,
        body: { voteId: vote.id, itemId: item },
      });
      expect(placed.status).toBe(200);
    }
    await waitFor(
      () => pieterTab.messages.filter((m) => m[0] === MESSAGE_BALLOT).length === 3,
      'his own ballot in his tab',
    );
    await waitFor(
      () => room.privateNotes.counts().some((c) => c.name === 'Ann' && c.count === 1),
      'Ann’s hidden note at the server',
    );
    // Cas's own presence renewal and the clock keep flowing; give the server time to send anything it would.
    await new Promise((resolve) => setTimeout(resolve, 200));

    const before = bytesOf(cas);
    expect(cas.messages.length).toBeGreaterThan(2);
    const leaks = [hiddenText, hiddenId, pieterId, '"dots"', '"totals"', '"voters"'].filter((s) =>
      before.includes(s),
    );
    expect(leaks, 'hidden notes or ballots in what Cas received').toEqual([]);
    expect(cas.messages.filter((m) => m[0] === MESSAGE_BALLOT)).toEqual([]);
    expect(readVoteRecords(replay(cas.messages)).find((r) => r.id === vote.id)?.totals).toBeUndefined();

    // After the reveals the same socket gets both: the capture would have seen them.
    const revealNotes = encoding.createEncoder();
    encoding.writeVarUint(revealNotes, MESSAGE_PRIVATE);
    encoding.writeVarUint(revealNotes, PRIVATE_MESSAGE.reveal);
    encoding.writeVarUint(revealNotes, 0);
    const fienTab = await rawSocket(server, boardId, { name: 'Fien', role: 'facilitator' });
    fienTab.ws.send(encoding.toUint8Array(revealNotes));
    await waitFor(() => readItems(room.doc).items.some((item) => item.id === hiddenId), 'the note revealed');
    expect(
      (
        await api(server.url, 'POST', `/api/boards/${boardId}/votes/reveal`, {
          cookie: fien,
          body: { voteId: vote.id },
        })
      ).status,
    ).toBe(200);
    await waitFor(() => bytesOf(cas).includes(hiddenText), 'the revealed note at Cas');
    await waitFor(
      () => readVoteRecords(replay(cas.messages)).find((r) => r.id === vote.id)?.totals !== undefined,
      'totals at Cas',
    );
    expect(readVoteRecords(replay(cas.messages)).find((r) => r.id === vote.id)?.totals).toEqual({
      [notes[1]!]: 2,
      [notes[2]!]: 1,
    });
    for (const raw of [cas, ann, pieterTab, fienTab]) raw.ws.close();
  });
});
