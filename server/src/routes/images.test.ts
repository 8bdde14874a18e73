import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_IMAGE_BYTES } from '@werkplaats/shared';
import type { RunningServer } from '../server.js';
import {
  api,
  cookieFor,
  createBoard,
  removeDir,
  startTestServer,
  tempDataDir,
  type Who,
} from '../server.test-helpers.js';
import { TINY_PNG, uploadBytes } from '../uploads/images.test-helpers.js';

let dataDir: string;
let server: RunningServer;
let boardId: string;
let otherBoardId: string;

const PARTICIPANT: Who = { name: 'Pieter', role: 'participant' };

beforeAll(async () => {
  dataDir = tempDataDir();
  server = await startTestServer(dataDir);
  boardId = await createBoard(server, 'Beelden');
  otherBoardId = await createBoard(server, 'Elders');
});

afterAll(async () => {
  await server.close();
  removeDir(dataDir);
});

const cookie = (who: Who, board = boardId) => cookieFor(server, board, who);

describe('uploading images', () => {
  it('stores a PNG and serves it back with its type, nosniff and long caching', async () => {
    const response = await uploadBytes(
      server.url,
      boardId,
      TINY_PNG,
      await cookie(PARTICIPANT),
      'text/plain',
    );
    expect(response.status).toBe(201);
    const uploaded = (await response.json()) as { assetId: string; src: string; mimeType: string };
    expect(uploaded.mimeType).toBe('image/png');
    expect(uploaded.src).toBe(`/api/boards/${boardId}/images/${uploaded.assetId}`);

    const served = await fetch(`${server.url}${uploaded.src}`, {
      headers: { cookie: await cookie({ name: 'Olga', role: 'observer' }) },
    });
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('cache-control')).toContain('max-age=31536000');
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(TINY_PNG);
  });

  it('judges by content: an SVG or an HTML page named .png is refused with 415 and a clear message', async () => {
    for (const body of ['<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>', '<html>hi</html>']) {
      const response = await uploadBytes(server.url, boardId, body, await cookie(PARTICIPANT), 'image/png');
      expect(response.status).toBe(415);
      const { error } = (await response.json()) as { error: { code: string; message: string } };
      expect(error.code).toBe('not_an_image');
      expect(error.message).toMatch(/PNG, JPEG, GIF or WebP/);
    }
  });

  it('refuses a file over the limit with 413 and says how large a picture may be', async () => {
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1);
    big.set(TINY_PNG);
    const response = await uploadBytes(server.url, boardId, big, await cookie(PARTICIPANT));
    expect(response.status).toBe(413);
    const { error } = (await response.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('image_too_large');
    expect(error.message).toContain('10 MB');
  });

  it('takes a picture exactly at the limit', async () => {
    const edge = new Uint8Array(MAX_IMAGE_BYTES);
    edge.set(TINY_PNG);
    const response = await uploadBytes(server.url, boardId, edge, await cookie(PARTICIPANT));
    expect(response.status).toBe(201);
  });

  it('lets only people who may edit upload; observers and comment-only experts get 403', async () => {
    for (const who of [
      { name: 'Olga', role: 'observer' },
      { name: 'Kees', role: 'expert', commentOnly: true },
    ] as Who[]) {
      const response = await uploadBytes(server.url, boardId, TINY_PNG, await cookie(who));
      expect(response.status, who.name).toBe(403);
    }
    expect((await uploadBytes(server.url, boardId, TINY_PNG, '')).status).toBe(404);
  });

  it('serves a picture only on its own board, to people with access to it', async () => {
    const response = await uploadBytes(server.url, boardId, TINY_PNG, await cookie(PARTICIPANT));
    const { assetId } = (await response.json()) as { assetId: string };
    const outsider = await cookie({ name: 'Otto' }, otherBoardId);
    expect(
      (await api(server.url, 'GET', `/api/boards/${boardId}/images/${assetId}`, { cookie: outsider })).status,
    ).toBe(404);
    expect((await api(server.url, 'GET', `/api/boards/${boardId}/images/${assetId}`)).status).toBe(404);
    const elsewhere = await api(server.url, 'GET', `/api/boards/${otherBoardId}/images/${assetId}`, {
      cookie: outsider,
    });
    expect(elsewhere.status).toBe(404);
    const probing = await api(server.url, 'GET', `/api/boards/${boardId}/images/..%2F..%2Fwerkplaats.db`, {
      cookie: await cookie(PARTICIPANT),
    });
    expect(probing.status).toBe(404);
  });
});
