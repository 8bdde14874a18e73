import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createItem,
  createLocalOrigin,
  getContainer,
  getItemsMap,
  MESSAGE_AUTH,
  MESSAGE_BALLOT,
  MESSAGE_SYNC,
  readVoteRecords,
  type Ballot,
  type VoteParticipation,
  type VoteRecord,
} from '@werkplaats/shared';
import { syncStep1Message, syncUpdateMessage } from '../collab/messages.js';
import type { RunningServer } from '../server.js';
import {
  api,
  connectClient,
  cookieFor,
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
} from '../server.test-helpers.js';

let dataDir: string;
let server: RunningServer;
let boardId: string;
let facilitator: TestClient;
let fien: string;
let pieter: string;
let an: string;
let observer: string;
const ids: Record<'frame' | 'a' | 'b' | 'c' | 'outside', string> = {
  frame: '',
  a: '',
  b: '',
  c: '',
  outside: '',
};

beforeAll(async () => {
  dataDir = tempDataDir();
  server = await startTestServer(dataDir);
  boardId = await createBoard(server, 'Stemmen');
  fien = await facilitatorCookie(server);
  pieter = await cookieFor(server, boardId, { name: 'Pieter' });
  an = await cookieFor(server, boardId, { name: 'An' });
  observer = await cookieFor(server, boardId, { name: 'Olga', role: 'observer' });
  facilitator = connectClient(server, boardId, { name: 'Fien', role: 'facilitator' });
  await waitForSync(facilitator);
  const author = { userId: 'fien', name: 'Fien' };
  const origin = createLocalOrigin('fien');
  const at = (x: number, y: number, type: 'sticky' | 'frame' = 'sticky', w = 100, h = 100) =>
    createItem(facilitator.doc, { type, x, y, w, h }, author, origin).id;
  ids.frame = at(10_000, 10_000, 'frame', 1000, 1000);
  ids.a = at(10_100, 10_100);
  ids.b = at(10_300, 10_100);
  ids.c = at(10_500, 10_100);
  ids.outside = at(20_000, 20_000);
  const room = await server.rooms.acquire(boardId);
  await waitFor(() => getItemsMap(room.doc).has(ids.outside), 'the items on the server');
  server.rooms.release(room);
});

afterAll(async () => {
  facilitator.destroy();
  await server.close();
  removeDir(dataDir);
});

const call = (cookie: string, method: string, path: string, body?: unknown) =>
  api(server.url, method, `/api/boards/${boardId}/votes${path}`, { cookie, body });

async function start(fields: Record<string, unknown> = {}): Promise<VoteRecord> {
  const response = await call(fien, 'POST', '', {
    title: 'Top ideas',
    frameId: ids.frame,
    budget: 3,
    ...fields,
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()) as VoteRecord;
}

const dot = (cookie: string, voteId: string, itemId: string) =>
  call(cookie, 'POST', '/dots', { voteId, itemId });
const undot = (cookie: string, voteId: string, itemId: string) =>
  call(cookie, 'POST', '/dots/remove', { voteId, itemId });
const reveal = async (voteId: string) =>
  (await (await call(fien, 'POST', '/reveal', { voteId })).json()) as VoteRecord;
const codeOf = async (response: Response) =>
  ((await response.json()) as { error: { code: string } }).error.code;

describe('dot voting', () => {
  it('lets only the facilitator start, close, reveal and see participation', async () => {
    for (const cookie of [pieter, observer]) {
      expect((await call(cookie, 'POST', '', { budget: 3 })).status).toBe(401);
      expect((await call(cookie, 'POST', '/close', { voteId: 'x' })).status).toBe(401);
      expect((await call(cookie, 'POST', '/reveal', { voteId: 'x' })).status).toBe(401);
      expect((await call(cookie, 'GET', '/participation')).status).toBe(401);
    }
    expect(readVoteRecords(facilitator.doc)).toEqual([]);
  });

  it('keeps the budget across two tabs racing, with one ballot per person', async () => {
    const vote = await start({ maxPerItem: 3 });
    const tries = [ids.a, ids.b, ids.c, ids.a, ids.b, ids.c].map((item) => dot(pieter, vote.id, item));
    const statuses = (await Promise.all(tries)).map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(3);
    expect(statuses.filter((status) => status === 409)).toHaveLength(3);
    const ballot = (await (await call(pieter, 'GET', `/ballot?voteId=${vote.id}`)).json()) as Ballot;
    expect(ballot).toMatchObject({ used: 3, left: 0 });
    const fourth = await dot(pieter, vote.id, ids.a);
    expect(await codeOf(fourth)).toBe('budget_spent');
    // Removing a dot frees it for another item.
    const [placed] = Object.keys(ballot.dots);
    expect((await undot(pieter, vote.id, placed!)).status).toBe(200);
    expect((await dot(pieter, vote.id, ids.c)).status).toBe(200);
    const participation = (await (await call(fien, 'GET', '/participation')).json()) as VoteParticipation;
    expect(participation.people).toEqual([expect.objectContaining({ name: 'Pieter', used: 3, left: 0 })]);
    expect(JSON.stringify(participation)).not.toContain(ids.c);
    await reveal(vote.id);
  });

  it('keeps the per-item limit, the frame, and refuses observers', async () => {
    const vote = await start({ budget: 5, maxPerItem: 1 });
    expect((await dot(an, vote.id, ids.a)).status).toBe(200);
    expect(await codeOf(await dot(an, vote.id, ids.a))).toBe('item_limit');
    expect(await codeOf(await dot(an, vote.id, ids.outside))).toBe('item_not_in_vote');
    expect(await codeOf(await dot(an, vote.id, ids.frame))).toBe('item_not_in_vote');
    expect(await codeOf(await undot(an, vote.id, ids.b))).toBe('no_dot');
    expect((await dot(observer, vote.id, ids.b)).status).toBe(403);
    expect(await codeOf(await call(fien, 'POST', '', { budget: 3 }))).toBe('vote_open');
    await reveal(vote.id);
  });

  it('refuses dots after close and after the end time', async () => {
    const vote = await start();
    expect((await call(fien, 'POST', '/close', { voteId: vote.id })).status).toBe(200);
    expect(await codeOf(await dot(pieter, vote.id, ids.a))).toBe('vote_closed');
    expect(await codeOf(await undot(pieter, vote.id, ids.a))).toBe('vote_closed');
    const timed = await start({ endsAt: Date.now() + 300 });
    expect((await dot(pieter, timed.id, ids.a)).status).toBe(200);
    await sleep(350);
    expect(await codeOf(await dot(pieter, timed.id, ids.b))).toBe('vote_closed');
    await reveal(timed.id);
  });

  it('refuses a forged update to the votes container', async () => {
    const raw = await rawSocket(server, boardId, { name: 'Pieter' });
    const forged = new Y.Doc();
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(facilitator.doc));
    const before = Y.encodeStateVector(forged);
    const [first] = readVoteRecords(forged);
    getContainer(forged, 'votes').set(first!.id, { ...first, totals: { [ids.outside]: 99 } });
    raw.ws.send(syncUpdateMessage(Y.encodeStateAsUpdate(forged, before)));
    await waitFor(() => raw.messages.some((m) => m[0] === MESSAGE_AUTH), 'the refusal');
    raw.ws.close();
    const room = await server.rooms.acquire(boardId);
    expect(readVoteRecords(room.doc).find((r) => r.id === first!.id)?.totals?.[ids.outside]).toBeUndefined();
    server.rooms.release(room);
  });
});

/** Applies every sync message a raw socket received to a fresh document. */
function replay(messages: readonly Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const message of messages) {
    const decoder = decoding.createDecoder(message);
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) continue;
    syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), doc, 'replay');
  }
  return doc;
}

describe('what another participant receives', () => {
  it('holds no one else’s ballot while the vote is open, and the totals after reveal', async () => {
    const pieterTab = await rawSocket(server, boardId, { name: 'Pieter' });
    const anTab = await rawSocket(server, boardId, { name: 'An' });
    anTab.ws.send(syncStep1Message(new Y.Doc()));
    await sleep(100);
    // Earlier votes on this board were revealed already: look at what arrives from now on.
    const from = anTab.messages.length;
    const pieterId = (
      (await (await api(server.url, 'GET', `/api/boards/${boardId}/access`, { cookie: pieter })).json()) as {
        user: { id: string };
      }
    ).user.id;
    const vote = await start({ title: 'Secret', maxPerItem: 2 });
    expect((await dot(pieter, vote.id, ids.b)).status).toBe(200);
    expect((await dot(pieter, vote.id, ids.b)).status).toBe(200);
    expect((await dot(pieter, vote.id, ids.c)).status).toBe(200);
    // Pieter's other tab is told his ballot; An is told nothing about it.
    await waitFor(() => pieterTab.messages.filter((m) => m[0] === MESSAGE_BALLOT).length === 3, 'his ballot');
    const last = pieterTab.messages.filter((m) => m[0] === MESSAGE_BALLOT).at(-1)!;
    const decoder = decoding.createDecoder(last);
    decoding.readVarUint(decoder);
    expect(JSON.parse(decoding.readVarString(decoder))).toMatchObject({ dots: { [ids.b]: 2, [ids.c]: 1 } });
    await sleep(150);
    const seen = () => Buffer.concat(anTab.messages.slice(from).map((m) => Buffer.from(m)));
    expect(anTab.messages.length).toBeGreaterThan(from);
    expect(anTab.messages.some((m) => m[0] === MESSAGE_BALLOT)).toBe(false);
    for (const secret of ['totals', 'voters', 'dots', pieterId]) expect(seen().includes(secret)).toBe(false);
    expect(readVoteRecords(replay(anTab.messages)).find((r) => r.id === vote.id)).toMatchObject({
      title: 'Secret',
      budget: 3,
    });

    await reveal(vote.id);
    await waitFor(
      () => readVoteRecords(replay(anTab.messages)).find((r) => r.id === vote.id)?.revealedAt !== undefined,
      'the reveal',
    );
    const record = readVoteRecords(replay(anTab.messages)).find((r) => r.id === vote.id)!;
    expect(record.totals).toEqual({ [ids.b]: 2, [ids.c]: 1 });
    expect(record.voters).toBe(1);
    pieterTab.ws.close();
    anTab.ws.close();
  });
});
