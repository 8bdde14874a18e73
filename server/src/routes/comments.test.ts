import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createItem,
  createLocalOrigin,
  getContainer,
  readItemComments,
  summarizeReactions,
} from '@werkplaats/shared';
import type { RunningServer } from '../server.js';
import {
  api,
  connectClient,
  cookieFor,
  createBoard,
  removeDir,
  startTestServer,
  tempDataDir,
  waitFor,
  waitForSync,
  type Who,
} from '../server.test-helpers.js';

let dataDir: string;
let server: RunningServer;
let boardId: string;
let itemId: string;

const PARTICIPANT: Who = { name: 'Pieter', role: 'participant' };
const COMMENTER: Who = { name: 'Kees', role: 'expert', commentOnly: true };
const OBSERVER: Who = { name: 'Olga', role: 'observer' };
const FACILITATOR: Who = { name: 'Fien', role: 'facilitator' };

beforeAll(async () => {
  dataDir = tempDataDir();
  server = await startTestServer(dataDir);
  boardId = await createBoard(server, 'Reacties');
  itemId = await server.rooms.change(
    boardId,
    'test',
    (doc) =>
      createItem(
        doc,
        { type: 'sticky', x: 0, y: 0, text: 'Idee' },
        { userId: 'f', name: 'F' },
        createLocalOrigin('f'),
      ).id,
  );
});

afterAll(async () => {
  await server.close();
  removeDir(dataDir);
});

const as = async (who: Who, method: string, path: string, body?: unknown) =>
  api(server.url, method, `/api/boards/${boardId}${path}`, {
    cookie: await cookieFor(server, boardId, who),
    body,
  });

describe('comments', () => {
  it('a comment-only expert comments; another person sees it live, with the server’s author and time', async () => {
    const watcher = connectClient(server, boardId, PARTICIPANT);
    await waitForSync(watcher);
    const before = Date.now();
    const response = await as(COMMENTER, 'POST', '/comments', {
      itemId,
      text: '  Goed punt!  ',
      authorName: 'Fake',
    });
    expect(response.status).toBe(201);
    await waitFor(() => readItemComments(watcher.doc, itemId).length === 1, 'the comment to arrive');
    const [comment] = readItemComments(watcher.doc, itemId);
    expect(comment).toMatchObject({ text: 'Goed punt!', authorName: 'Kees', itemId });
    expect(comment!.createdAt).toBeGreaterThanOrEqual(before);
    watcher.destroy();
  });

  it('refuses observers (403), empty or overlong text (400) and items that are gone (404)', async () => {
    expect((await as(OBSERVER, 'POST', '/comments', { itemId, text: 'Mag ik?' })).status).toBe(403);
    expect((await as(PARTICIPANT, 'POST', '/comments', { itemId, text: '   ' })).status).toBe(400);
    expect((await as(PARTICIPANT, 'POST', '/comments', { itemId, text: 'x'.repeat(2001) })).status).toBe(400);
    const gone = await as(PARTICIPANT, 'POST', '/comments', { itemId: 'no-such-item', text: 'Hallo' });
    expect(gone.status).toBe(404);
    expect(((await gone.json()) as { error: { code: string } }).error.code).toBe('item_not_found');
  });

  it('a comment is deleted by its author or a facilitator, not by someone else', async () => {
    const mine = (await (await as(PARTICIPANT, 'POST', '/comments', { itemId, text: 'Van mij' })).json()) as {
      id: string;
    };
    const theirs = (await (
      await as(COMMENTER, 'POST', '/comments', { itemId, text: 'Van Kees' })
    ).json()) as {
      id: string;
    };
    expect((await as(PARTICIPANT, 'DELETE', `/comments/${theirs.id}`)).status).toBe(403);
    expect((await as(OBSERVER, 'DELETE', `/comments/${mine.id}`)).status).toBe(403);
    expect((await as(PARTICIPANT, 'DELETE', `/comments/${mine.id}`)).status).toBe(204);
    expect((await as(FACILITATOR, 'DELETE', `/comments/${theirs.id}`)).status).toBe(204);
    expect((await as(FACILITATOR, 'DELETE', `/comments/${theirs.id}`)).status).toBe(404);
    const room = await server.rooms.loaded(boardId);
    const ids = readItemComments(room!.doc, itemId).map((comment) => comment.id);
    expect(ids).not.toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
  });

  it('a client cannot write a comment itself through sync', async () => {
    const forger = connectClient(server, boardId, PARTICIPANT);
    await waitForSync(forger);
    getContainer(forger.doc, 'comments').set('forged', { id: 'forged', itemId, text: 'x' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const room = await server.rooms.loaded(boardId);
    expect(getContainer(room!.doc, 'comments').has('forged')).toBe(false);
    forger.destroy();
  });
});

describe('reactions', () => {
  it('toggles one person’s reaction; another client sees it come and go', async () => {
    const watcher = connectClient(server, boardId, { name: 'Wout', role: 'participant' });
    await waitForSync(watcher);
    const added = await as(COMMENTER, 'POST', '/reactions', { itemId, emoji: '👍' });
    expect(await added.json()).toMatchObject({ reacted: true });
    await as(PARTICIPANT, 'POST', '/reactions', { itemId, emoji: '👍' });
    await waitFor(() => summarizeReactions(watcher.doc, itemId, 'x')[0]?.count === 2, 'two thumbs');
    expect(summarizeReactions(watcher.doc, itemId, 'x')[0]!.names.sort()).toEqual(['Kees', 'Pieter']);

    const removed = await as(COMMENTER, 'POST', '/reactions', { itemId, emoji: '👍' });
    expect(await removed.json()).toMatchObject({ reacted: false });
    await waitFor(() => summarizeReactions(watcher.doc, itemId, 'x')[0]?.count === 1, 'one thumb left');
    watcher.destroy();
  });

  it('refuses observers, unknown emoji and items that are gone', async () => {
    expect((await as(OBSERVER, 'POST', '/reactions', { itemId, emoji: '👍' })).status).toBe(403);
    expect((await as(PARTICIPANT, 'POST', '/reactions', { itemId, emoji: '💩' })).status).toBe(400);
    expect((await as(PARTICIPANT, 'POST', '/reactions', { itemId: 'gone', emoji: '👍' })).status).toBe(404);
  });
});
