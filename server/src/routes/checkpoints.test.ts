import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import {
  createItem,
  createLocalOrigin,
  getContainer,
  getItemsMap,
  readItems,
  type Item,
  type Sticky,
} from '@werkplaats/shared';
import type { RunningServer } from '../server.js';
import {
  api,
  connectClient,
  cookieFor,
  createNetwork,
  facilitatorCookie,
  removeDir,
  startTestServer,
  tempDataDir,
  waitFor,
  waitForSync,
  type TestNetwork,
} from '../server.test-helpers.js';

let dataDir: string;
let server: RunningServer;
let network: TestNetwork;
let fien: string;

beforeAll(async () => {
  dataDir = tempDataDir();
  server = await startTestServer(dataDir);
  network = await createNetwork(server, { title: 'Duurzame financiering', language: 'nl' });
  fien = await facilitatorCookie(server);
});

afterAll(async () => {
  await server.close();
  removeDir(dataDir);
});

/** Lets the client's updates reach the server and be stored before the API reads the board. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 250));
const week = (n: number) => network.sessions[n - 1]!;
const texts = (items: Item[]) =>
  items.filter((item): item is Sticky => item.type === 'sticky').map((item) => item.text);

describe('checkpoints', () => {
  it('store the board as it was, and show what changed since', async () => {
    const boardId = week(1).boardId;
    const ana = connectClient(server, boardId, { name: 'Ana', role: 'participant' });
    await waitForSync(ana);
    const origin = createLocalOrigin('ana');
    const kept = createItem(
      ana.doc,
      { type: 'sticky', x: 0, y: 0, text: 'cash flow first' },
      { userId: 'ana', name: 'Ana' },
      origin,
    );
    const gone = createItem(
      ana.doc,
      { type: 'sticky', x: 300, y: 0, text: 'gone later' },
      { userId: 'ana', name: 'Ana' },
      origin,
    );
    await settled();

    const created = await api(server.url, 'POST', `/api/boards/${boardId}/checkpoints`, {
      cookie: fien,
      body: { name: 'Week 1 closed' },
    });
    expect(created.status).toBe(201);
    const checkpoint = (await created.json()) as { id: string; name: string };
    expect(checkpoint.name).toBe('Week 1 closed');

    // The week goes on: one note edited, one removed, one added.
    ana.doc.transact(() => {
      const items = getItemsMap(ana.doc);
      const text = items.get(kept.id)!.get('text') as Y.Text;
      text.insert(text.length, '!');
      items.delete(gone.id);
    }, origin);
    const added = createItem(
      ana.doc,
      { type: 'sticky', x: 0, y: 300, text: 'new idea' },
      { userId: 'ana', name: 'Ana' },
      origin,
    );
    await settled();

    const list = await api(server.url, 'GET', `/api/boards/${boardId}/checkpoints`, { cookie: fien });
    expect(((await list.json()) as { id: string }[]).map((c) => c.id)).toEqual([checkpoint.id]);
    const read = await api(server.url, 'GET', `/api/boards/${boardId}/checkpoints/${checkpoint.id}`, {
      cookie: fien,
    });
    const body = (await read.json()) as {
      items: Item[];
      changesSince: { added: Item[]; removed: string[]; changed: { id: string; fields: string[] }[] };
    };
    expect(texts(body.items).sort()).toEqual(['cash flow first', 'gone later']);
    expect(body.changesSince.added.map((item) => item.id)).toEqual([added.id]);
    expect(body.changesSince.removed).toEqual([gone.id]);
    expect(body.changesSince.changed).toEqual([{ id: kept.id, fields: ['text'] }]);
    ana.destroy();
  });

  it('are the facilitator’s only, and name a board that exists', async () => {
    const boardId = week(1).boardId;
    const pieter = await cookieFor(server, boardId, { name: 'Pieter', role: 'participant' });
    const refused = await api(server.url, 'POST', `/api/boards/${boardId}/checkpoints`, {
      cookie: pieter,
      body: { name: 'mine' },
    });
    expect(refused.status).toBe(401);
    const empty = await api(server.url, 'POST', `/api/boards/${boardId}/checkpoints`, {
      cookie: fien,
      body: { name: ' ' },
    });
    expect(empty.status).toBe(400);
    const unknown = await api(server.url, 'GET', `/api/boards/${boardId}/checkpoints/nope`, { cookie: fien });
    expect(unknown.status).toBe(404);
  });
});

describe('carry forward', () => {
  it('copies the chosen notes into next week’s board, live, in a frame named in the network’s language', async () => {
    const from = week(3).boardId;
    const to = week(4).boardId;
    const ana = connectClient(server, from, { name: 'Ana', role: 'participant' });
    const ben = connectClient(server, to, { name: 'Ben', role: 'participant' });
    await Promise.all([waitForSync(ana), waitForSync(ben)]);
    const origin = createLocalOrigin('ana');
    const notes = ['crowdfunding', 'patrons', 'shared office'].map((text, i) =>
      createItem(ana.doc, { type: 'sticky', x: i * 250, y: 0, text }, { userId: 'ana', name: 'Ana' }, origin),
    );
    await settled();

    const response = await api(server.url, 'POST', `/api/boards/${from}/carry-forward`, {
      cookie: fien,
      body: { itemIds: [notes[2]!.id, notes[0]!.id] },
    });
    expect(response.status).toBe(201);
    const result = (await response.json()) as { targetBoardId: string; frameId: string; itemIds: string[] };
    expect(result.targetBoardId).toBe(to);
    await waitFor(
      () => readItems(ben.doc).items.some((item) => item.id === result.frameId),
      'the frame at Ben',
    );
    const items = readItems(ben.doc).items;
    const frame = items.find((item) => item.id === result.frameId);
    expect(frame).toMatchObject({ type: 'frame', title: `Meegenomen uit ${week(3).title}` });
    const copies = result.itemIds.map((id) => items.find((item) => item.id === id) as Sticky);
    expect(copies.map((copy) => [copy.text, copy.origin])).toEqual([
      ['shared office', { boardId: from, itemId: notes[2]!.id }],
      ['crowdfunding', { boardId: from, itemId: notes[0]!.id }],
    ]);
    // Nothing was taken away from week 3.
    expect(texts(readItems(ana.doc).items).sort()).toEqual(['crowdfunding', 'patrons', 'shared office']);
    expect(getContainer(ana.doc, 'session').size).toBe(0);
    ana.destroy();
    ben.destroy();
  });

  it('refuses the last session, unknown items and participants', async () => {
    const last = week(5).boardId;
    const lastTry = await api(server.url, 'POST', `/api/boards/${last}/carry-forward`, {
      cookie: fien,
      body: { itemIds: ['x'] },
    });
    expect(lastTry.status).toBe(409);
    const none = await api(server.url, 'POST', `/api/boards/${week(2).boardId}/carry-forward`, {
      cookie: fien,
      body: { itemIds: ['not-there'] },
    });
    expect(none.status).toBe(400);
    const pieter = await cookieFor(server, week(2).boardId, { name: 'Pieter', role: 'participant' });
    const refused = await api(server.url, 'POST', `/api/boards/${week(2).boardId}/carry-forward`, {
      cookie: pieter,
      body: { itemIds: ['x'] },
    });
    expect(refused.status).toBe(401);
  });
});
