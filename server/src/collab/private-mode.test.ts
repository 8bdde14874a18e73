import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import {
  addPrivateNote,
  createLocalOrigin,
  MESSAGE_AUTH,
  MESSAGE_PRIVATE,
  MESSAGE_SYNC,
  PRIVATE_MESSAGE,
  readItems,
  readSessionState,
  REFUSAL_REASONS,
  setPrivateMode,
  type PrivateCount,
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
  type Who,
} from '../server.test-helpers.js';

type Raw = Awaited<ReturnType<typeof rawSocket>>;

const FACILITATOR: Who = { name: 'Fien', role: 'facilitator' };
const ANN: Who = { name: 'Ann', role: 'participant' };
const BEN: Who = { name: 'Ben', role: 'participant' };
const OBSERVER: Who = { name: 'Olga', role: 'observer' };

let dataDir: string;
let server: RunningServer;
let boardId: string;

beforeEach(async () => {
  dataDir = tempDataDir();
  server = await startTestServer(dataDir);
  boardId = await createBoard(server);
});

afterEach(async () => {
  await server.close();
  removeDir(dataDir);
});

function privateMessage(kind: number, write: (encoder: encoding.Encoder) => void = () => undefined) {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_PRIVATE);
  encoding.writeVarUint(encoder, kind);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** Joins private mode as a client does: asks for its own private document. */
function joinPrivate(raw: Raw): void {
  raw.ws.send(privateMessage(PRIVATE_MESSAGE.sync, (e) => syncProtocol.writeSyncStep1(e, new Y.Doc())));
}

/** Writes a private note as `who` would, and sends it as a private update; returns its id. */
function sendPrivateNote(raw: Raw, who: Who, text: string): string {
  const doc = new Y.Doc();
  const note = addPrivateNote(
    doc,
    { x: 40, y: 40, text },
    { userId: who.name, name: who.name },
    createLocalOrigin('t'),
  );
  raw.ws.send(
    privateMessage(PRIVATE_MESSAGE.sync, (e) => syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(doc))),
  );
  return note.id;
}

function syncUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

function latestCounts(raw: Raw): PrivateCount[] | undefined {
  const found = raw.messages
    .filter((m) => m[0] === MESSAGE_PRIVATE && m[1] === PRIVATE_MESSAGE.counts)
    .at(-1);
  if (!found) return undefined;
  const decoder = decoding.createDecoder(found);
  decoding.readVarUint(decoder);
  decoding.readVarUint(decoder);
  return JSON.parse(decoding.readVarString(decoder)) as PrivateCount[];
}

function refusals(raw: Raw): string[] {
  return raw.messages
    .filter((m) => m[0] === MESSAGE_AUTH)
    .map((m) => {
      const decoder = decoding.createDecoder(m);
      decoding.readVarUint(decoder);
      decoding.readVarUint(decoder);
      return decoding.readVarString(decoder);
    });
}

/** Whether `needle` occurs anywhere in what a socket received, byte for byte. */
function received(raw: Raw, needle: string): boolean {
  const all = Buffer.concat(raw.messages.map((m) => Buffer.from(m)));
  return all.includes(Buffer.from(needle, 'utf8'));
}

const countOf = (raw: Raw, name: string) =>
  latestCounts(raw)?.find((entry) => entry.name === name)?.count ?? 0;

async function switchOn(): Promise<void> {
  const facilitator = connectClient(server, boardId, FACILITATOR);
  await waitForSync(facilitator);
  setPrivateMode(facilitator.doc, { anonymous: true, since: Date.now() }, createLocalOrigin('fien'));
  const room = await server.rooms.loaded(boardId);
  await waitFor(() => readSessionState(room!.doc).private !== undefined, 'private mode on at the server');
  facilitator.destroy();
}

describe('private mode', () => {
  it('sends a hidden note’s text and id to no one but its author before the reveal, and to all after', async () => {
    await switchOn();
    const fien = await rawSocket(server, boardId, FACILITATOR);
    const ann = await rawSocket(server, boardId, ANN);
    const annSecondTab = await rawSocket(server, boardId, ANN);
    const ben = await rawSocket(server, boardId, BEN);
    const olga = await rawSocket(server, boardId, OBSERVER);
    fien.ws.send(privateMessage(PRIVATE_MESSAGE.watchCounts));
    for (const raw of [ann, annSecondTab, ben]) joinPrivate(raw);
    const annText = 'ann-secret-7f3a';
    const benText = 'ben-secret-91c2';
    const annId = sendPrivateNote(ann, ANN, annText);
    const benId = sendPrivateNote(ben, BEN, benText);

    await waitFor(
      () => countOf(fien, ANN.name) === 1 && countOf(fien, BEN.name) === 1,
      'counts for the facilitator',
    );
    await waitFor(() => received(annSecondTab, annText), 'the author’s other tab to get the note');
    expect(received(annSecondTab, annId)).toBe(true);
    for (const [raw, secrets] of [
      [fien, [annText, annId, benText, benId]],
      [olga, [annText, annId, benText, benId]],
      [ben, [annText, annId]],
      [ann, [benText, benId]],
    ] as const) {
      for (const secret of secrets) expect(received(raw, secret)).toBe(false);
    }
    const room = await server.rooms.loaded(boardId);
    expect(readItems(room!.doc).items).toEqual([]);

    fien.ws.send(privateMessage(PRIVATE_MESSAGE.reveal, (e) => encoding.writeVarUint(e, 1)));
    await waitFor(() => readItems(room!.doc).items.length === 2, 'the reveal on the board');
    for (const raw of [fien, olga, ben, ann]) {
      await waitFor(() => received(raw, annText) && received(raw, benText), 'the revealed notes everywhere');
      expect(received(raw, annId) && received(raw, benId)).toBe(true);
    }
    expect(readItems(room!.doc).items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: annId, text: annText, createdBy: '', authorName: '', anonymous: true }),
        expect.objectContaining({ id: benId, text: benText, createdBy: '', authorName: '' }),
      ]),
    );
    expect(readSessionState(room!.doc).private).toBeUndefined();
    await waitFor(() => countOf(fien, ANN.name) === 0 && countOf(fien, BEN.name) === 0, 'counts back to 0');
    expect(refusals(fien)).toEqual([]);
  });

  it('refuses counts and reveals to participants, and private notes from read-only people', async () => {
    const ann = await rawSocket(server, boardId, ANN);
    const olga = await rawSocket(server, boardId, OBSERVER);
    joinPrivate(ann);
    const annId = sendPrivateNote(ann, ANN, 'kept private');
    ann.ws.send(privateMessage(PRIVATE_MESSAGE.watchCounts));
    ann.ws.send(privateMessage(PRIVATE_MESSAGE.reveal, (e) => encoding.writeVarUint(e, 0)));
    joinPrivate(olga);
    sendPrivateNote(olga, OBSERVER, 'not allowed');
    await waitFor(() => refusals(ann).length === 2 && refusals(olga).length === 1, 'the refusals');
    expect(refusals(ann)).toEqual([REFUSAL_REASONS.facilitatorOnly, REFUSAL_REASONS.facilitatorOnly]);
    expect(refusals(olga)).toEqual([REFUSAL_REASONS.readOnly]);

    const room = await server.rooms.loaded(boardId);
    expect(readItems(room!.doc).items).toEqual([]);
    expect(room!.privateNotes.counts()).toEqual([{ userId: expect.any(String), name: ANN.name, count: 1 }]);
    expect(received(olga, annId)).toBe(false);
  });

  it('keeps each person’s notes in their own document: a participant cannot read or write another’s', async () => {
    const ann = await rawSocket(server, boardId, ANN);
    joinPrivate(ann);
    const annId = sendPrivateNote(ann, ANN, 'ann only');
    const room = await server.rooms.loaded(boardId);
    await waitFor(() => room!.privateNotes.counts().length === 1, 'Ann’s note stored');
    // Ben sends what Ann's document holds (as if he had her bytes): it lands in his own document only.
    const ben = await rawSocket(server, boardId, BEN);
    joinPrivate(ben);
    await waitFor(() => ben.messages.filter((m) => m[0] === MESSAGE_PRIVATE).length >= 2, 'Ben’s own sync');
    expect(received(ben, annId)).toBe(false);
    sendPrivateNote(ben, BEN, 'ben only');
    await waitFor(() => room!.privateNotes.counts().length === 2, 'Ben’s note stored');
    expect(room!.privateNotes.counts().map(({ name, count }) => ({ name, count }))).toEqual([
      { name: ANN.name, count: 1 },
      { name: BEN.name, count: 1 },
    ]);
    expect(received(ben, 'ann only')).toBe(false);
  });

  it('refuses a participant’s forged private-mode switch, and keeps notes when the mode ends without a reveal', async () => {
    const copy = connectClient(server, boardId, ANN);
    await waitForSync(copy);
    const before = Y.encodeStateVector(copy.doc);
    setPrivateMode(copy.doc, { anonymous: false, since: 1 }, createLocalOrigin('ann'));
    const forged = Y.encodeStateAsUpdate(copy.doc, before);
    copy.destroy();
    const forger = await rawSocket(server, boardId, ANN);
    forger.ws.send(syncUpdate(forged));
    await waitFor(() => refusals(forger).length === 1, 'the refusal');
    expect(refusals(forger)).toEqual([REFUSAL_REASONS.facilitatorOnly]);
    const room = await server.rooms.loaded(boardId);
    expect(readSessionState(room!.doc).private).toBeUndefined();

    await switchOn();
    const ann = await rawSocket(server, boardId, ANN);
    joinPrivate(ann);
    sendPrivateNote(ann, ANN, 'survives a restart');
    await waitFor(() => room!.privateNotes.counts().length === 1, 'the note stored');
    await server.rooms.change(boardId, 'end-private', (doc) =>
      setPrivateMode(doc, undefined, createLocalOrigin('fien')),
    );
    ann.ws.close();
    await server.close();

    server = await startTestServer(dataDir);
    const fien = await rawSocket(server, boardId, FACILITATOR);
    fien.ws.send(privateMessage(PRIVATE_MESSAGE.watchCounts));
    await waitFor(() => countOf(fien, ANN.name) === 1, 'the note still private after a restart');
    const again = await rawSocket(server, boardId, ANN);
    joinPrivate(again);
    await waitFor(() => received(again, 'survives a restart'), 'the author gets it back');
  });
});
